import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// SPEC §3: `open-data/catalogus.rdf`, a DCAT-AP-NL 3.0 catalogue of the open data, with the
/// licence from `open-data.licentie`. scripts/test.sh checks it against Geonovum's SHACL shapes.
@Suite("Catalogue: DCAT-AP-NL 3.0 for data.overheid.nl")
struct CatalogueTests {
    static func build(_ fixture: String, siteYML: ((String) -> String)? = nil) throws -> (URL, Run) {
        let folder = try Support.copyFixture(fixture)
        let content = folder.appendingPathComponent("Content")
        if let siteYML {
            let url = content.appendingPathComponent("site.yml")
            try Support.write(siteYML(Support.text(url)), to: url)
        }
        let run = try Support.run(["build", "--content", content.path, "--output", folder.appendingPathComponent("public").path])
        return (folder, run)
    }

    static func catalogue(_ folder: URL) -> String {
        Support.text(folder.appendingPathComponent("public/open-data/catalogus.rdf"))
    }

    /// The elements of the file in order, and whether it parsed as XML.
    static func elements(_ text: String) -> (parsed: Bool, names: [String]) {
        final class Names: NSObject, XMLParserDelegate {
            var names: [String] = []
            func parser(
                _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]
            ) { names.append(qualifiedName ?? name) }
        }
        let parser = XMLParser(data: Data(text.utf8))
        let names = Names()
        parser.delegate = names
        let parsed = parser.parse()
        return (parsed, names.names)
    }

    @Test func theCatalogueIsWellFormedRDFXMLWithOneCatalogOneDatasetAndTwoDistributions() throws {
        let (folder, run) = try Self.build("basic")
        #expect(run.status == 0, "\(run.stderr)")
        let (parsed, names) = Self.elements(Self.catalogue(folder))
        #expect(parsed)
        #expect(names.first == "rdf:RDF")
        #expect(names.filter { $0 == "dcat:Catalog" }.count == 1)
        #expect(names.filter { $0 == "dcat:Dataset" }.count == 1)
        #expect(names.filter { $0 == "dcat:Distribution" }.count == 2)
        let text = Self.catalogue(folder)
        for url in ["open-data/herstelopdrachten.csv", "open-data/herstelopdrachten.json"] {
            #expect(text.contains("<dcat:accessURL rdf:resource=\"https://www.example.org/herstelopdrachten/\(url)\"/>"), "\(url)")
        }
    }

    @Test func everyMandatoryPropertyHasAValue() throws {
        let (folder, run) = try Self.build("basic")
        #expect(run.status == 0, "\(run.stderr)")
        let text = Self.catalogue(folder)
        // Without woo: the publisher is a blank node with the organisation's name.
        #expect(text.contains("<dct:publisher rdf:nodeID=\"publisher\"/>"))
        #expect(text.contains("<foaf:Agent rdf:nodeID=\"publisher\">\n    <foaf:name xml:lang=\"nl\">Inspectie van het Onderwijs</foaf:name>"))
        #expect(text.contains("<vcard:hasURL rdf:resource=\"https://www.example.org/contact\"/>"))
        #expect(
            text.components(separatedBy: "<dct:license rdf:resource=\"http://publications.europa.eu/resource/authority/licence/CC0\"/>").count == 4)
        #expect(text.contains("<dcat:theme rdf:resource=\"http://publications.europa.eu/resource/authority/data-theme/EDUC\"/>"))
        #expect(text.contains("<dct:accessRights rdf:resource=\"http://publications.europa.eu/resource/authority/access-right/PUBLIC\"/>"))
        for property in ["dct:title", "dct:description", "dct:identifier", "dct:creator", "dcat:contactPoint"] {
            #expect(text.contains("<\(property)"), "\(property)")
        }
    }

    @Test func modifiedIsTheLatestDayAPublishedCaseWasClosed() throws {
        let (folder, run) = try Self.build("basic")
        #expect(run.status == 0, "\(run.stderr)")
        let text = Self.catalogue(folder)
        // ster.md, closed 2023-12-04, is the latest; the withheld case and the open one do not count.
        #expect(text.contains("<dct:modified rdf:datatype=\"http://www.w3.org/2001/XMLSchema#date\">2023-12-04</dct:modified>"))
        #expect(!text.contains("2022-11-15"))
    }

    @Test func aCorrectionOrAWithdrawalMovesModifiedToItsDay() throws {
        let (folder, run) = try Self.build("corrections")
        #expect(run.status == 0, "\(run.stderr)")
        // amstel.md was withdrawn on 2024-04-10: it left the open data that day.
        #expect(Self.catalogue(folder).contains("XMLSchema#date\">2024-04-10</dct:modified>"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("Content/cases/amstel.md"))
        let again = try Support.run([
            "build", "--content", folder.appendingPathComponent("Content").path, "--output", folder.appendingPathComponent("public").path,
        ])
        #expect(again.status == 0, "\(again.stderr)")
        // Then the latest is nieuw-noord-2022.md's second correction, after every afgesloten.
        #expect(Self.catalogue(folder).contains("XMLSchema#date\">2024-03-04</dct:modified>"))
    }

    @Test func withWooThePublisherIsTheTOOIOrganisation() throws {
        let (folder, run) = try Self.build("woo")
        #expect(run.status == 0, "\(run.stderr)")
        let text = Self.catalogue(folder)
        #expect(text.contains("<dct:publisher rdf:resource=\"https://identifier.overheid.nl/tooi/id/oorg/oorg12355\"/>"), "\(text)")
        #expect(text.contains("<foaf:Agent rdf:about=\"https://identifier.overheid.nl/tooi/id/oorg/oorg12355\">"))
    }

    @Test func theLicenceComesFromSiteYMLByCodeLabelOrURI() throws {
        for written in ["CC_BY_4_0", "cc by 4.0", "http://publications.europa.eu/resource/authority/licence/CC_BY_4_0"] {
            let (folder, run) = try Self.build("basic") { $0 + "open-data:\n  licentie: \"\(written)\"\n" }
            #expect(run.status == 0, "\(written): \(run.stderr)")
            let text = Self.catalogue(folder)
            #expect(text.contains("licence/CC_BY_4_0\"/>"), "\(written)")
            #expect(!text.contains("licence/CC0"), "\(written)")
        }
    }

    @Test func anUnknownLicenceIsAnErrorAtItsLineNamingTheValidOnes() throws {
        let (folder, run) = try Self.build("basic") { $0 + "open-data:\n  licentie: MIT\n" }
        #expect(run.status == 1)
        let lines = Support.text(folder.appendingPathComponent("Content/site.yml")).split(separator: "\n", omittingEmptySubsequences: false)
        let line = lines.firstIndex { $0.contains("licentie: MIT") }! + 1
        #expect(
            run.errors == [
                "\(folder.appendingPathComponent("Content").path)/site.yml:\(line): error: 'licentie' 'MIT' is not an open licence of the EU licence list; valid values: CC0 (CC0 1.0, http://publications.europa.eu/resource/authority/licence/CC0), CC_BY_4_0 (CC BY 4.0, http://publications.europa.eu/resource/authority/licence/CC_BY_4_0), CC_BYSA_4_0 (CC BY-SA 4.0, http://publications.europa.eu/resource/authority/licence/CC_BYSA_4_0)"
            ], "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("public").path))
    }

    @Test func anUnknownFieldUnderOpenDataIsAnError() throws {
        let (_, run) = try Self.build("basic") { $0 + "open-data:\n  licentie: CC0\n  formaat: csv\n" }
        #expect(run.status == 1)
        #expect(run.errors.count == 1 && run.errors[0].contains("formaat"), "\(run.stderr)")
    }
}
