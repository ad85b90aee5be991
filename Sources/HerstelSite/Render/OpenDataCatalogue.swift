/// `open-data/catalogus.rdf` (SPEC §3): a DCAT-AP-NL 3.0 catalogue of the open data, so
/// data.overheid.nl can harvest it — one `dcat:Catalog`, one `dcat:Dataset` (every published
/// case, all school years) and a `dcat:Distribution` for each of the CSV and the JSON.
///
/// RDF/XML, because it is the serialisation every DCAT harvester reads: data.overheid.nl's
/// harvester (CKAN with DCAT) and data.europa.eu, which harvests data.overheid.nl in turn,
/// take RDF/XML; JSON-LD is not read by all of them. The file is written from typed values,
/// and `problems` checks, without RDF tooling, that every property DCAT-AP-NL 3.0 makes
/// mandatory has a value of the right kind; the tests check the file against Geonovum's SHACL
/// shapes (schemas/dcat-ap-nl/).
struct OpenDataCatalogue {
    static let path = "open-data/catalogus.rdf"

    /// A foaf:Agent: the organisation's TOOI URI when site.yml has `woo.publisher`, else a
    /// blank node with its name.
    struct Agent {
        var uri: String?
        var name: String
    }

    struct Distribution {
        var id: String
        var title: String
        var url: String
        /// Code of the EU file-type list ("CSV", "JSON").
        var format: String
        /// IANA media type ("text/csv").
        var mediaType: String
    }

    var base: String
    var title: String
    var description: String
    var publisher: Agent
    var contactName: String
    var contactURL: String?
    var licence: Licence
    /// The latest day the data changed; nil while nothing is published.
    var modified: Day?
    var distributions: [Distribution]

    init(site: Site) {
        let settings = site.settings
        base = settings.baseURL
        title = settings.title
        description =
            "Alle gepubliceerde herstelopdrachten van \(settings.organisation): per schoolbestuur en schooljaar de scholen, de status, de data van de herstelopdracht en de afsluiting, en een link naar het geanonimiseerde rapport."
        publisher = Agent(uri: settings.woo?.publisher.uri, name: settings.organisation)
        contactName = settings.organisation
        contactURL = settings.contact
        licence = settings.licence
        modified = OpenDataCatalogue.modified(site)
        distributions = [
            Distribution(
                id: "csv", title: "\(settings.title) (CSV)", url: base + "open-data/herstelopdrachten.csv", format: "CSV",
                mediaType: "text/csv"),
            Distribution(
                id: "json", title: "\(settings.title) (JSON)", url: base + "open-data/herstelopdrachten.json", format: "JSON",
                mediaType: "application/json"),
        ]
    }

    /// When the data last changed: the latest day a case in it was closed or corrected
    /// (`wijzigingen`, the column `gewijzigd`), or a case left it because its report was
    /// withdrawn (`ingetrokken`). This is the one place that decides it.
    static func modified(_ site: Site) -> Day? {
        let listed = site.listedCases.flatMap { [$0.closed].compactMap { $0 } + $0.corrections.map(\.date) }
        let withdrawn = site.withdrawnCases.compactMap { $0.withdrawal?.date }
        return (listed + withdrawn).max()
    }

    var catalogueURI: String { base + OpenDataCatalogue.path }
    var datasetURI: String { catalogueURI + "#herstelopdrachten" }

    // MARK: Fixed values of DCAT-AP-NL's lists

    static let accessRights = "http://publications.europa.eu/resource/authority/access-right/PUBLIC"
    /// The EU data theme "Education, culture and sport".
    static let theme = "http://publications.europa.eu/resource/authority/data-theme/EDUC"
    static let themeScheme = "http://publications.europa.eu/resource/authority/data-theme"
    static let dutch = "http://publications.europa.eu/resource/authority/language/NLD"
    static let fileTypes = "http://publications.europa.eu/resource/authority/file-type/"
    static let mediaTypes = "https://www.iana.org/assignments/media-types/"

    /// Every mandatory property of DCAT-AP-NL 3.0 that has no value, or a value of the wrong
    /// kind, in words; empty for a catalogue that can be published. What site.yml's checks
    /// already guarantee is checked again here, so a later change cannot quietly break it.
    var problems: [Wording] {
        var found: [Wording] = []
        func text(_ value: String, _ what: String, _ wat: String) {
            if value.trimmed.isEmpty { found.append(Wording("\(what) is empty", dutch: "\(wat) is leeg")) }
        }
        func uri(_ value: String?, _ what: String, _ wat: String) {
            guard let value else { return }
            if !SettingsParser.isWebURL(value) {
                found.append(Wording("\(what) '\(value)' is not an absolute http(s) URI", dutch: "\(wat) '\(value)' is geen absolute http(s)-URI"))
            }
        }
        text(title, "the title of the catalogue and the dataset (titel)", "de titel van de catalogus en de dataset (titel)")
        text(description, "the description", "de beschrijving")
        text(publisher.name, "the publisher's name (organisatie)", "de naam van de uitgever (organisatie)")
        text(contactName, "the contact point's name (organisatie)", "de naam van het contactpunt (organisatie)")
        uri(base, "the base URL (basis-url)", "de basis-URL (basis-url)")
        uri(publisher.uri, "the publisher (woo.publisher)", "de uitgever (woo.publisher)")
        uri(contactURL, "the contact point's URL (contact)", "de URL van het contactpunt (contact)")
        uri(licence.uri, "the licence (open-data.licentie)", "de licentie (open-data.licentie)")
        if !Licence.known.contains(licence) {
            found.append(
                Wording(
                    "the licence \(licence.uri) is not one of the EU licence list",
                    dutch: "de licentie \(licence.uri) staat niet op de EU-licentielijst"))
        }
        if distributions.count != 2 {
            found.append(
                Wording(
                    "the dataset needs a distribution for each of the CSV and the JSON",
                    dutch: "de dataset heeft een distributie nodig voor zowel de CSV als de JSON"))
        }
        for distribution in distributions {
            uri(distribution.url, "the access URL of the \(distribution.format)", "de toegangs-URL van de \(distribution.format)")
        }
        return found
    }

    var xml: String {
        func resource(_ name: String, _ uri: String) -> String { "    <\(name) rdf:resource=\"\(Escape.xml(uri))\"/>\n" }
        func literal(_ name: String, _ text: String, lang: Bool = true) -> String {
            "    <\(name)\(lang ? " xml:lang=\"nl\"" : "")>\(Escape.xml(text))</\(name)>\n"
        }
        func date(_ name: String) -> String {
            guard let modified else { return "" }
            return "    <\(name) rdf:datatype=\"http://www.w3.org/2001/XMLSchema#date\">\(modified.iso)</\(name)>\n"
        }
        let publisherRef =
            publisher.uri.map { "rdf:resource=\"\(Escape.xml($0))\"" } ?? "rdf:nodeID=\"publisher\""
        var out = """
            <?xml version="1.0" encoding="utf-8"?>
            <rdf:RDF
                xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"
                xmlns:dcat="http://www.w3.org/ns/dcat#"
                xmlns:dct="http://purl.org/dc/terms/"
                xmlns:foaf="http://xmlns.com/foaf/0.1/"
                xmlns:skos="http://www.w3.org/2004/02/skos/core#"
                xmlns:vcard="http://www.w3.org/2006/vcard/ns#">

            """
        out += "  <dcat:Catalog rdf:about=\"\(Escape.xml(catalogueURI))\">\n"
        out += literal("dct:title", title)
        out += literal("dct:description", "De open data van de site \(title) van \(publisher.name).")
        out += "    <dct:publisher \(publisherRef)/>\n"
        out += "    <dct:creator \(publisherRef)/>\n"
        out += "    <dcat:contactPoint rdf:nodeID=\"contact\"/>\n"
        out += resource("foaf:homepage", base)
        out += resource("dct:language", OpenDataCatalogue.dutch)
        out += resource("dct:license", licence.uri)
        out += date("dct:modified")
        out += resource("dcat:dataset", datasetURI)
        out += "  </dcat:Catalog>\n\n"

        out += "  <dcat:Dataset rdf:about=\"\(Escape.xml(datasetURI))\">\n"
        out += literal("dct:title", title)
        out += literal("dct:description", description)
        out += literal("dct:identifier", datasetURI, lang: false)
        out += "    <dct:publisher \(publisherRef)/>\n"
        out += "    <dct:creator \(publisherRef)/>\n"
        out += "    <dcat:contactPoint rdf:nodeID=\"contact\"/>\n"
        out += resource("dct:accessRights", OpenDataCatalogue.accessRights)
        out += resource("dcat:theme", OpenDataCatalogue.theme)
        out += resource("dct:language", OpenDataCatalogue.dutch)
        out += resource("dcat:landingPage", base)
        for keyword in ["herstelopdracht", "sociale veiligheid", "onderwijsinspectie", "schoolbestuur"] {
            out += literal("dcat:keyword", keyword)
        }
        out += date("dct:modified")
        for distribution in distributions { out += resource("dcat:distribution", catalogueURI + "#" + distribution.id) }
        out += "  </dcat:Dataset>\n\n"

        for distribution in distributions {
            out += "  <dcat:Distribution rdf:about=\"\(Escape.xml(catalogueURI + "#" + distribution.id))\">\n"
            out += literal("dct:title", distribution.title)
            out += resource("dcat:accessURL", distribution.url)
            out += resource("dcat:downloadURL", distribution.url)
            out += resource("dct:license", licence.uri)
            out += resource("dct:language", OpenDataCatalogue.dutch)
            out += resource("dct:format", OpenDataCatalogue.fileTypes + distribution.format)
            out += resource("dcat:mediaType", OpenDataCatalogue.mediaTypes + distribution.mediaType)
            out += date("dct:modified")
            out += "  </dcat:Distribution>\n\n"
        }

        // What the values above are, so a validator that reads only this file knows their kinds.
        if let uri = publisher.uri {
            out += "  <foaf:Agent rdf:about=\"\(Escape.xml(uri))\">\n"
        } else {
            out += "  <foaf:Agent rdf:nodeID=\"publisher\">\n"
        }
        out += literal("foaf:name", publisher.name)
        out += "  </foaf:Agent>\n"
        out += "  <vcard:Kind rdf:nodeID=\"contact\">\n"
        out += resource("rdf:type", "http://www.w3.org/2006/vcard/ns#Organization")
        out += literal("vcard:fn", contactName)
        if let contactURL { out += resource("vcard:hasURL", contactURL) }
        out += "  </vcard:Kind>\n"
        out += "  <dct:LicenseDocument rdf:about=\"\(Escape.xml(licence.uri))\">\n"
        out += literal("skos:prefLabel", licence.label, lang: false)
        out += "  </dct:LicenseDocument>\n"
        out += "  <dct:RightsStatement rdf:about=\"\(OpenDataCatalogue.accessRights)\"/>\n"
        out += "  <skos:Concept rdf:about=\"\(OpenDataCatalogue.theme)\">\n"
        out += literal("skos:prefLabel", "Onderwijs, cultuur en sport")
        out += resource("skos:inScheme", OpenDataCatalogue.themeScheme)
        out += "  </skos:Concept>\n"
        out += "  <skos:ConceptScheme rdf:about=\"\(OpenDataCatalogue.themeScheme)\">\n"
        out += literal("dct:title", "Data theme", lang: false)
        out += "  </skos:ConceptScheme>\n"
        out += "  <dct:LinguisticSystem rdf:about=\"\(OpenDataCatalogue.dutch)\"/>\n"
        out += "  <foaf:Document rdf:about=\"\(Escape.xml(base))\"/>\n"
        for distribution in distributions {
            out += "  <dct:MediaTypeOrExtent rdf:about=\"\(OpenDataCatalogue.fileTypes + distribution.format)\"/>\n"
            out += "  <dct:MediaType rdf:about=\"\(OpenDataCatalogue.mediaTypes + distribution.mediaType)\"/>\n"
            out += "  <rdfs:Resource rdf:about=\"\(Escape.xml(distribution.url))\"/>\n"
        }
        return out + "</rdf:RDF>\n"
    }
}
