import Foundation
import HerstelSite
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// End-to-end: the real executable builds the `basic` fixture, and the files it writes are read back.
@Suite("Build: Content/ to a complete public/")
struct BuildTests {
    let folder: URL
    let output: URL
    let run: Run

    /// Built once for the suite's tests that only read it; a test that changes files builds its own.
    static let shared = Result { try BuiltFixture("basic") }

    init() throws {
        let built = try Self.shared.get()
        (folder, output, run) = (built.folder, built.output, built.run)
    }

    func page(_ path: String) -> String { Support.text(output.appendingPathComponent(path)) }

    /// Every file as text, for searching the whole site.
    var allText: [String: String] { Support.tree(output).mapValues { String(decoding: $0, as: UTF8.self) } }

    @Test func buildSucceedsAndPrintsASummaryLine() {
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Built 2 school years, 3 boards, 4 reports"))
        // The fixture's cases/readme.txt is not read, and is named (SPEC §1); nothing else is said.
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 1, "\(run.stderr)")
        #expect(
            lines.first?.hasSuffix(
                "Content/cases/readme.txt:1: warning: this file is not read: only names ending in .md (lower case) are read in cases/; if it is a case, rename it to readme.md, otherwise move it out of cases/"
            ) == true, "\(run.stderr)")
    }

    @Test func everyPublishedCaseHasItsReportAtTheSpecURL() {
        for path in ["besturen/04127/2021-2022/", "besturen/04127/2022-2023/", "besturen/41234/2022-2023/", "besturen/30001/2022-2023/"] {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(path + "index.html").path), "\(path)")
        }
        #expect(page("besturen/04127/2022-2023/index.html").contains("<aside class=\"feiten\""))
    }

    @Test func theSiteHasEveryPageOfSpecSection3() {
        let files = Set(Support.tree(output).keys)
        let expected = [
            "index.html", "schooljaren/index.html", "schooljaren/2021-2022/index.html", "schooljaren/2022-2023/index.html",
            "besturen/index.html", "besturen/04127/index.html", "besturen/41234/index.html", "besturen/30001/index.html",
            "over/index.html", "colofon/index.html", "open-data/herstelopdrachten.csv", "open-data/herstelopdrachten.json",
            "open-data/2022-2023/herstelopdrachten.csv", "feed.xml", "sitemap.xml", "robots.txt", "404.html", "assets/herstelsite.css",
        ]
        for path in expected { #expect(files.contains(path), "missing \(path)") }
    }

    @Test func nothingOfAnOpenOrWithheldCaseAppearsAnywhere() {
        for (path, text) in allText {
            for trace in ["Nog Open Zaak", "Onzichtbaar Open", "50001", "Teruggehouden", "50002", "71344309", "71344310"] {
                #expect(!text.contains(trace), "\(trace) found in \(path)")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("besturen/50001").path))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("besturen/50002").path))
    }

    @Test func privateFieldsNeverReachAnyFile() {
        for (path, text) in allText {
            for secret in ["Geheimhouder", "p.geheimhouder@voorbeeld.nl", "06-11223344", "71344305", "excuses"] {
                #expect(!text.contains(secret), "\(secret) found in \(path)")
            }
        }
    }

    @Test func eachYearIndexListsExactlyThatYearsPublishedCases() {
        let year = page("schooljaren/2022-2023/index.html")
        let reportLinks = year.components(separatedBy: "href=\"../../besturen/").dropFirst().map { $0.prefix(while: { $0 != "\"" }) }
            .filter { $0.hasSuffix("2022-2023/") }
        #expect(Set(reportLinks) == ["04127/2022-2023/", "41234/2022-2023/", "30001/2022-2023/"])
        #expect(year.components(separatedBy: "<tr data-zoek=").count - 1 == 3)
        #expect(year.contains("Inleiding voor het schooljaar <strong>2022-2023</strong>"))
        let older = page("schooljaren/2021-2022/index.html")
        #expect(older.components(separatedBy: "<tr data-zoek=").count - 1 == 1)
    }

    @Test func yearTableIsSortedByBoardNameIgnoringCaseAndAccents() throws {
        let year = page("schooljaren/2022-2023/index.html")
        let a = try #require(year.range(of: "Álgemene Scholengroep Amstel"))
        let n = try #require(year.range(of: "Stichting Nieuw Noord"))
        let s = try #require(year.range(of: "Stichting *Ster*"))
        #expect(a.lowerBound < n.lowerBound && n.lowerBound < s.lowerBound)
    }

    @Test func boardListIsCompleteAndGroupsAccentedNamesUnderTheirLetter() {
        let list = page("besturen/index.html")
        for name in ["Álgemene Scholengroep Amstel", "Stichting Nieuw Noord", "Stichting *Ster* [SSO] &amp; Zn."] {
            #expect(list.contains(name), "\(name)")
        }
        #expect(!list.contains(">Stichting Oud Noord<"), "a renamed board is listed under its latest name")
        #expect(list.contains("id=\"letter-a\""))
        #expect(list.components(separatedBy: "<li data-zoek=").count - 1 == 3)
    }

    @Test func aBoardPageShowsItsLatestNameAndEarlierNames() {
        let board = page("besturen/04127/index.html")
        #expect(board.contains("<h1>Stichting Nieuw Noord</h1>"))
        #expect(board.contains("Eerdere namen"))
        #expect(board.contains("Stichting Oud Noord"))
        #expect(board.contains("href=\"2021-2022/\"") || board.contains("href=\"../../besturen/04127/2021-2022/\""))
        // The report of the older case shows the board's name as it was then.
        #expect(page("besturen/04127/2021-2022/index.html").contains("<h1>Stichting Oud Noord</h1>"))
    }

    @Test func placeholdersRenderAsSpecified() {
        let report = page("besturen/04127/2022-2023/index.html")
        #expect(
            report.contains(
                "Bestuur Stichting Nieuw Noord (04127) leverde voor Obs De Noorderzon, Obs Het Wad en Cbs De Ster (12AB00, 12AB01, 34CD00)"))
        #expect(
            report.contains("de gegevens over 2022-2023 niet op tijd aan. Grondslag: artikel 4c, eerste lid onder b, van de WPO (primair onderwijs).")
        )
        #expect(report.contains("De opdracht van 15 juli 2023 had als termijn 1 november 2023."))
        #expect(report.contains("binnen op 20 oktober 2023; de zaak is afgesloten op 20 november 2023. Kenmerk: [weggelaten]."))
        #expect(report.contains("Denk ook aan 2023-2024. Vragen: 088-6696060 of info@inspectie."))
        // The legal basis that held in the case's school year.
        #expect(page("besturen/30001/2022-2023/index.html").contains("artikel 3.40, eerste lid onder b en vierde lid van de WVO 2020"))
    }

    @Test func placeholderValuesArePlainTextNeverMarkdown() {
        let report = page("besturen/41234/2022-2023/index.html")
        #expect(report.contains("Stichting *Ster* [SSO] &amp; Zn. heeft niet voldaan"))
        #expect(!report.contains("<em>Ster</em>"))
    }

    @Test func caseBodiesUseGitHubFlavouredMarkdown() {
        let report = page("besturen/30001/2022-2023/index.html")
        #expect(report.contains("<table>"))
        #expect(report.contains("<del>doorgehaald</del>"))
        #expect(report.contains("aria-label=\"afgevinkt\""))
        #expect(report.contains("<a href=\"https://www.example.org/uitleg\">"))
        // The body's own h1 is shifted below the page's h1.
        #expect(report.contains("<h2>Rapport voor Álgemene Scholengroep Amstel</h2>"))
        #expect(report.components(separatedBy: "<h1").count == 2)
    }

    @Test func internalLinksAreRelativeAndCanonicalLinksAbsolute() {
        let report = page("besturen/04127/2022-2023/index.html")
        #expect(report.contains("href=\"../../../assets/herstelsite.css\""))
        #expect(report.contains("<link rel=\"canonical\" href=\"https://www.example.org/herstelopdrachten/besturen/04127/2022-2023/\">"))
        #expect(page("index.html").contains("href=\"assets/herstelsite.css\""))
        #expect(page("index.html").contains("<html lang=\"nl\">"))
    }

    @Test func freePagesTakeTheirTitleFromFrontMatterOrFirstHeading() {
        #expect(page("over/index.html").contains("<h1>Over deze lijst</h1>"))
        let colofon = page("colofon/index.html")
        #expect(colofon.contains("<h1>Colofon</h1>"))
        #expect(colofon.components(separatedBy: "Colofon</h").count == 2, "the heading is not shown twice")
    }

    @Test func openDataHasTheDocumentedColumnsInOrder() throws {
        let csv = page("open-data/herstelopdrachten.csv")
        #expect(
            csv.hasPrefix(
                "schooljaar,bestuursnummer,bestuur,plaats,sector,scholen,status,herstelopdracht,termijn,ontvangen,afgesloten,gewijzigd,rapport\r\n"))
        #expect(csv.contains("\"12AB00 Obs De Noorderzon; 12AB01 Obs Het Wad; 34CD00 Cbs De Ster\""))
        #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 5)
        let json = try #require(JSONSerialization.jsonObject(with: Data(page("open-data/herstelopdrachten.json").utf8)) as? [[String: Any]])
        #expect(json.count == 4)
        let ster = try #require(json.first { $0["bestuursnummer"] as? String == "41234" })
        #expect(ster["bestuur"] as? String == "Stichting *Ster* [SSO] & Zn.")
        #expect(ster["ontvangen"] is NSNull)
        #expect(ster["rapport"] as? String == "https://www.example.org/herstelopdrachten/besturen/41234/2022-2023/")
        let schools = try #require(ster["scholen"] as? [[String: Any]])
        #expect(schools.first?["brin"] as? String == "56EF" && schools.first?["vestiging"] as? String == "00")
    }

    @Test func openDataJSONHoldsTheCSVRowsWithItsKeysSorted() throws {
        let text = page("open-data/herstelopdrachten.json")
        #expect(text.hasPrefix("[\n  {\n    \"afgesloten\" : "), "JSONEncoder, pretty printed, keys sorted")
        #expect(text.hasSuffix("\n  }\n]\n"))
        let firstKeys = text.split(separator: "\n").prefix { $0 != "  }," }.compactMap { line in
            line.hasPrefix("    \"") ? String(line.dropFirst(5).prefix { $0 != "\"" }) : nil
        }
        #expect(
            firstKeys == [
                "afgesloten", "bestuur", "bestuursnummer", "gewijzigd", "herstelopdracht", "ontvangen", "plaats", "rapport", "scholen",
                "schooljaar", "sector", "status", "termijn",
            ])
        let objects = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        let rows = HostileTests.parseCSV(page("open-data/herstelopdrachten.csv"))
        #expect(objects.count == 4 && rows.count == 5)
        for (object, row) in zip(objects, rows.dropFirst()) {
            #expect(object.count == rows[0].count)
            for (column, value) in zip(rows[0], row) {
                switch object[column] {
                case let text as String: #expect(text == value, "\(column)")
                case is NSNull: #expect(value.isEmpty, "\(column)")
                case let schools as [[String: Any]]:
                    #expect(schools.map { "\($0["brin"]!)\($0["vestiging"]!) \($0["naam"]!)" }.joined(separator: "; ") == value)
                default: Issue.record("\(column): \(String(describing: object[column]))")
                }
            }
        }
    }

    @Test func feedListsPublishedCasesNewestClosedFirst() throws {
        let feed = page("feed.xml")
        let parser = XMLParser(data: Data(feed.utf8))
        #expect(parser.parse(), "feed.xml is well-formed XML")
        let ster = try #require(feed.range(of: "besturen/41234/2022-2023/"))
        let amstel = try #require(feed.range(of: "besturen/30001/2022-2023/"))
        #expect(ster.lowerBound < amstel.lowerBound, "closed 2023-12-04 comes before 2023-10-02")
        #expect(feed.contains("<updated>2023-12-04T00:00:00Z</updated>"))
    }

    @Test func sitemapHasAbsoluteURLsOfPublishedPagesOnly() {
        let sitemap = page("sitemap.xml")
        #expect(XMLParser(data: Data(sitemap.utf8)).parse())
        #expect(sitemap.contains("<loc>https://www.example.org/herstelopdrachten/besturen/04127/2022-2023/</loc><lastmod>2023-11-20</lastmod>"))
        #expect(sitemap.contains("<loc>https://www.example.org/herstelopdrachten/over/</loc>"))
        #expect(page("robots.txt").contains("Sitemap: https://www.example.org/herstelopdrachten/sitemap.xml"))
    }

    @Test func notFoundPageIsNotIndexedAndLinksFromTheSiteRoot() {
        let notFound = page("404.html")
        #expect(notFound.contains("noindex"))
        #expect(notFound.contains("<a href=\"https://www.example.org/herstelopdrachten/besturen/\">"))
        #expect(notFound.contains("<style>"), "the page is styled wherever it is served")
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let (folder, output) = try BuiltFixture("basic").places
        let second = folder.appendingPathComponent("public-2")
        let again = try Support.run(["build", "--content", folder.appendingPathComponent("Content").path, "--output", second.path])
        #expect(again.status == 0)
        let first = Support.tree(output)
        #expect(!first.isEmpty)
        #expect(first == Support.tree(second))
    }

    @Test func rebuildingReplacesTheOutputAndLeavesNothingBeside() throws {
        let (folder, output) = try BuiltFixture("basic").places
        try Support.write("stale", to: output.appendingPathComponent("stale.html"))
        let again = try Support.run(["build", "--content", folder.appendingPathComponent("Content").path, "--output", output.path])
        #expect(again.status == 0)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("stale.html").path))
        let beside = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(beside.sorted() == ["Content", "public"])
    }

    @Test func refusesToReplaceAFolderThatIsNotABuild() throws {
        let folder = try BuiltFixture("basic").folder
        let other = folder.appendingPathComponent("documents")
        try Support.write("keep me", to: other.appendingPathComponent("letter.txt"))
        let refused = try Support.run(["build", "--content", folder.appendingPathComponent("Content").path, "--output", other.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("not an earlier herstelsite build"))
        #expect(Support.text(other.appendingPathComponent("letter.txt")) == "keep me")
    }
}

@Suite("Dutch text")
struct DutchTextTests {
    @Test func listsAreJoinedTheDutchWay() {
        #expect(DutchText.list(["A"]) == "A")
        #expect(DutchText.list(["A", "B"]) == "A en B")
        #expect(DutchText.list(["A", "B", "C"]) == "A, B en C")
    }

    @Test func datesAreWrittenInFull() {
        #expect(Day(iso: "2023-11-01")?.dutch == "1 november 2023")
        #expect(Day(iso: "2024-02-29")?.dutch == "29 februari 2024")
        #expect(Day(iso: "2023-02-29") == nil)
        #expect(Day(iso: "2023-1-01") == nil)
    }

    @Test func sortingIgnoresCaseAndAccents() {
        let names = ["Stichting Zuid", "Ônderwiis Fryslân", "stichting alfa", "Élan", "Onderwijs Oost"]
        let sorted = names.sorted { DutchText.sortKey($0) < DutchText.sortKey($1) }
        #expect(sorted == ["Élan", "Ônderwiis Fryslân", "Onderwijs Oost", "stichting alfa", "Stichting Zuid"])
    }

    @Test func schoolYearsMustBeConsecutive() {
        #expect(SchoolYear("2022-2023")?.next.description == "2023-2024")
        #expect(SchoolYear("2022-2024") == nil)
        #expect(SchoolYear("22-23") == nil)
    }
}
