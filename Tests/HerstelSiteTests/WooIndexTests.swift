import Foundation
import Testing

@testable import HerstelSite

/// Runs xmllint on DiWoo files with the schemas in schemas/diwoo/, offline. xmllint must be
/// there (scripts/install-deps.sh installs it): when it is missing, the check fails.
enum XMLLint {
    static let schemas = Support.packageRoot.appendingPathComponent("schemas/diwoo")

    static var executable: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/xmllint" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Each file against its schema: a sitemap index against siteindex.xsd, a sitemap against
    /// the sitemaps.org schema with DiWoo. Records an issue for every file that does not validate.
    static func expectValid(_ files: [URL], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        guard let xmllint = executable else {
            Issue.record("xmllint is missing: install libxml2-utils (scripts/install-deps.sh does)", sourceLocation: sourceLocation)
            return
        }
        #expect(!files.isEmpty, "no DiWoo files to validate", sourceLocation: sourceLocation)
        for file in files {
            let isIndex = Support.text(file).contains("<sitemapindex")
            let schema = schemas.appendingPathComponent(isIndex ? "sitemaps.org/siteindex.xsd" : "sitemap-with-diwoo.xsd")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: xmllint)
            process.arguments = ["--nonet", "--noout", "--schema", schema.path, file.path]
            process.environment = ["XML_CATALOG_FILES": schemas.appendingPathComponent("catalog.xml").path]
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(file.lastPathComponent) does not validate:\n\(output)", sourceLocation: sourceLocation)
        }
    }
}

/// What a sitemap holds, read back as text.
enum SitemapText {
    /// The text of every `<loc>` in order.
    static func locations(_ text: String) -> [String] {
        text.components(separatedBy: "<loc>").dropFirst().map { String($0.prefix(while: { $0 != "<" })) }
    }

    /// The DiWoo files of a built site: the index first, then the sitemaps it lists, by name.
    static func diwooFiles(in output: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
        return names.filter { $0.contains("diwoo") }.sorted()
    }
}

/// SPEC §1 `woo:` and §3 "Woo-index": the `woo` fixture (the `basic` cases, with `woo:` set)
/// built by the real executable.
@Suite("Woo-index: DiWoo sitemaps of a build")
struct WooBuildTests {
    let folder: URL
    let output: URL
    let run: Run
    let base = "https://www.example.org/herstelopdrachten/"

    init() throws {
        folder = try Support.copyFixture("woo")
        output = folder.appendingPathComponent("public")
        run = try Support.run(["build", "--content", folder.appendingPathComponent("Content").path, "--output", output.path])
    }

    func text(_ path: String) -> String { Support.text(output.appendingPathComponent(path)) }

    var publishedReports: [String] {
        ["besturen/04127/2021-2022/", "besturen/04127/2022-2023/", "besturen/30001/2022-2023/", "besturen/41234/2022-2023/"].map { base + $0 }
    }

    @Test func theBuildWritesTheIndexAndTheSitemapItLists() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(run.status == 0, "\(run.stderr)")
        #expect(SitemapText.diwooFiles(in: output) == ["sitemap-diwoo-infocat015-1.xml", "sitemapindex-diwoo-infocat015.xml"])
        let index = text("sitemapindex-diwoo-infocat015.xml")
        #expect(SitemapText.locations(index) == [base + "sitemap-diwoo-infocat015-1.xml"])
        #expect(index.contains("<lastmod>2023-12-04</lastmod>"), "the index gives the latest date in the sitemap")
    }

    @Test func robotsTxtNamesTheIndexByItsAbsoluteURL() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(
            text("robots.txt")
                == "User-agent: *\nAllow: /\n\nSitemap: \(base)sitemap.xml\nSitemap: \(base)sitemapindex-diwoo-infocat015.xml\n")
    }

    @Test func everyDiWooFileValidatesAgainstTheSchemas() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(run.status == 0, "\(run.stderr)")
        try XMLLint.expectValid(SitemapText.diwooFiles(in: output).map { output.appendingPathComponent($0) })
    }

    @Test func everyPublishedReportIsInTheSitemapExactlyOnceAndNothingElse() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let sitemap = text("sitemap-diwoo-infocat015-1.xml")
        let locations = SitemapText.locations(sitemap)
        #expect(locations.sorted() == publishedReports.sorted())
        #expect(sitemap.components(separatedBy: "<url>").count - 1 == 4)
        #expect(sitemap.components(separatedBy: "<diwoo:Document>").count - 1 == 4)
        // Nothing of the open case (50001) or the withheld one (50002).
        for file in SitemapText.diwooFiles(in: output) {
            for trace in ["50001", "50002", "Nog Open Zaak", "Teruggehouden", "71344309", "71344310"] {
                #expect(!text(file).contains(trace), "\(trace) in \(file)")
            }
        }
    }

    @Test func eachReportCarriesItsDiWooMetadata() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let sitemap = text("sitemap-diwoo-infocat015-1.xml")
        let entries = sitemap.components(separatedBy: "<url>").dropFirst()
        let ster = try #require(entries.first { $0.contains("besturen/41234/2022-2023/") })
        #expect(ster.contains("<loc>\(base)besturen/41234/2022-2023/</loc><lastmod>2023-12-04</lastmod>"))
        #expect(
            ster.contains(
                "<diwoo:publisher resource=\"https://identifier.overheid.nl/tooi/id/oorg/oorg12355\">Inspectie van het Onderwijs</diwoo:publisher>"))
        #expect(
            ster.contains(
                "<diwoo:officieleTitel>Rapport herstelopdracht monitoring sociale veiligheid Stichting *Ster* [SSO] &amp; Zn. (bestuursnummer 41234), schooljaar 2022-2023</diwoo:officieleTitel>"
            ))
        #expect(
            ster.contains(
                "<diwoo:informatiecategorie resource=\"https://identifier.overheid.nl/tooi/def/thes/kern/c_fdaee95e\">onderzoeksrapporten</diwoo:informatiecategorie>"
            ))
        #expect(
            ster.contains(
                "<diwoo:soortHandeling resource=\"https://identifier.overheid.nl/tooi/def/thes/kern/c_641ecd76\">vaststelling</diwoo:soortHandeling><diwoo:atTime>2023-12-04T00:00:00+01:00</diwoo:atTime>"
            ))
        #expect(
            ster.contains("<diwoo:language resource=\"http://publications.europa.eu/resource/authority/language/NLD\">Nederlands</diwoo:language>"))
        #expect(ster.contains("<diwoo:format resource=\"http://publications.europa.eu/resource/authority/file-type/HTML\">HTML</diwoo:format>"))
        // A case closed in summer time: midnight in Amsterdam is +02:00.
        let amstel = try #require(entries.first { $0.contains("besturen/30001/2022-2023/") })
        #expect(amstel.contains("<diwoo:atTime>2023-10-02T00:00:00+02:00</diwoo:atTime>"))
        // The board's name as it was in the case, not its later name.
        let older = try #require(entries.first { $0.contains("besturen/04127/2021-2022/") })
        #expect(older.contains("Stichting Oud Noord (bestuursnummer 04127), schooljaar 2021-2022"))
    }

    @Test func twoBuildsAreByteIdentical() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let second = folder.appendingPathComponent("second")
        let again = try Support.run(["build", "--content", folder.appendingPathComponent("Content").path, "--output", second.path])
        #expect(again.status == 0, "\(again.stderr)")
        let first = Support.tree(output)
        #expect(first.keys.contains("sitemapindex-diwoo-infocat015.xml"))
        #expect(first == Support.tree(second))
    }
}

@Suite("Woo-index: site.yml woo: and builds without it")
struct WooSettingsTests {
    @Test func withoutWooNoDiWooFileIsWrittenAndRobotsTxtIsAsBefore() throws {
        let folder = try Support.copyFixture("basic")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        let run = try Support.run(["build", "--content", folder.appendingPathComponent("Content").path, "--output", output.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(Support.tree(output).keys.filter { $0.lowercased().contains("diwoo") }.isEmpty)
        #expect(
            Support.text(output.appendingPathComponent("robots.txt"))
                == "User-agent: *\nAllow: /\n\nSitemap: https://www.example.org/herstelopdrachten/sitemap.xml\n")
    }

    @Test func withWooButNoPublishedReportNoDiWooFileIsWritten() throws {
        // A sitemap and an index need at least one entry each, so there is nothing to write.
        let folder = try Trust.minimalCopy("woo-none") { content in
            let site = content.appendingPathComponent("site.yml")
            try Support.write(
                Support.text(site)
                    + "woo:\n  publisher: https://identifier.overheid.nl/tooi/id/oorg/oorg12355\n  informatiecategorie: https://identifier.overheid.nl/tooi/def/thes/kern/c_fdaee95e\n",
                to: site)
            for name in ["noorderlicht.md", "zuiderzon.md"] {
                let file = content.appendingPathComponent("cases/" + name)
                try Support.write(Support.text(file).replacingOccurrences(of: "\nstatus: ", with: "\npubliceren: false\nstatus: "), to: file)
            }
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        let run = try Support.run(["build", "--content", folder.appendingPathComponent("Content").path, "--output", output.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("0 reports"), "\(run.stdout)")
        #expect(Support.tree(output).keys.filter { $0.lowercased().contains("diwoo") }.isEmpty)
        #expect(
            Support.text(output.appendingPathComponent("robots.txt"))
                == "User-agent: *\nAllow: /\n\nSitemap: https://www.example.org/herstelopdrachten/sitemap.xml\n")
    }

    @Test func aWrongPublisherOrCategoryURIIsAnErrorAtItsLineNamingTheClosestValues() throws {
        try Trust.expectFailure(
            FixtureCase(
                "bad-woo",
                [
                    ExpectedError(
                        "site.yml:15", "'publisher'", "not in the TOOI list of organisations",
                        "https://identifier.overheid.nl/tooi/id/oorg/oorg12355 (Inspectie van het Onderwijs)"),
                    ExpectedError(
                        "site.yml:16", "'informatiecategorie'", "not in the TOOI list of Woo information categories",
                        "https://identifier.overheid.nl/tooi/def/thes/kern/c_fdaee95e (onderzoeksrapporten)"),
                ]))
    }

    @Test func aNameWrittenInsteadOfTheURIGetsTheURIOfThatName() throws {
        let folder = try Trust.minimalCopy("woo-names") { content in
            let site = content.appendingPathComponent("site.yml")
            try Support.write(
                Support.text(site) + "woo:\n  publisher: inspectie van het onderwijs\n  informatiecategorie: Onderzoeksrapporten\n", to: site)
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        let content = folder.appendingPathComponent("Content")
        let run = try Support.run(["build", "--content", content.path, "--output", output.path])
        #expect(run.status == 1)
        let errors = run.errors.map { $0.replacingOccurrences(of: content.path + "/", with: "") }
        #expect(errors.count == 2, "\(errors)")
        #expect(
            errors.first { $0.hasPrefix("site.yml:15: error: 'publisher' must be a TOOI URI") }?
                .contains("closest valid values: https://identifier.overheid.nl/tooi/id/oorg/oorg12355 (Inspectie van het Onderwijs)") == true,
            "\(errors)")
        #expect(
            errors.first { $0.hasPrefix("site.yml:16: error: 'informatiecategorie' must be a TOOI URI") }?
                .contains("closest valid values: https://identifier.overheid.nl/tooi/def/thes/kern/c_fdaee95e (onderzoeksrapporten)") == true,
            "\(errors)")
        #expect(!FileManager.default.fileExists(atPath: output.path), "nothing is written")
    }

    @Test func wooNeedsBothFieldsAndNoOthers() throws {
        let folder = try Trust.minimalCopy("woo-fields") { content in
            let site = content.appendingPathComponent("site.yml")
            try Support.write(Support.text(site) + "woo:\n  publsher: x\n", to: site)
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("Content")
        let run = try Support.run(["check", "--content", content.path])
        #expect(run.status == 1)
        let errors = run.errors.map { $0.replacingOccurrences(of: content.path + "/", with: "") }
        #expect(errors.contains { $0.hasPrefix("site.yml:15: error: unknown field 'publsher' in woo; did you mean 'publisher'?") }, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("site.yml:14: error: missing required field 'publisher'") }, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("site.yml:14: error: missing required field 'informatiecategorie'") }, "\(errors)")
    }
}

/// The writer in process, on a generated site, with the per-file limits lowered.
@Suite("Woo-index: splitting into several sitemaps")
struct WooSplitTests {
    /// Seven published cases, from the generator the atomic-write tests use, with `woo:` set.
    static func site() throws -> (Site, URL) {
        let folder = try Support.temporaryFolder("woo-split")
        let content = folder.appendingPathComponent("Content")
        try AtomicTests.generateContent(at: content, count: 7)
        let yml = content.appendingPathComponent("site.yml")
        try Support.write(
            Support.text(yml)
                + "woo:\n  publisher: https://identifier.overheid.nl/tooi/id/oorg/oorg12355\n  informatiecategorie: https://identifier.overheid.nl/tooi/def/thes/kern/c_fdaee95e\n",
            to: yml)
        switch Pipeline.check(ContentLoader.load(from: content.path), contentPath: content.path) {
        case .success(let checked): return (checked.site, folder)
        case .failure(let diagnostics): throw FixtureRun.Failure(message: diagnostics.map(\.description).joined(separator: "\n"))
        }
    }

    /// Writes the files, validates each, and returns the report URLs of each sitemap the index lists.
    static func written(_ files: [OutputFile], into folder: URL, woo: WooSettings) throws -> [[String]] {
        for file in files { try Data(file.contents).write(to: folder.appendingPathComponent(file.path)) }
        try XMLLint.expectValid(files.map { folder.appendingPathComponent($0.path) })
        let index = try #require(files.first { $0.path == woo.indexFileName })
        return SitemapText.locations(String(decoding: index.contents, as: UTF8.self)).map { url in
            let name = String(url.dropFirst("https://www.example.org/herstelopdrachten/".count))
            let sitemap = files.first { $0.path == name }
            #expect(sitemap != nil, "the index lists \(name), which is not written")
            return SitemapText.locations(sitemap.map { String(decoding: $0.contents, as: UTF8.self) } ?? "")
        }
    }

    @Test func moreReportsThanTheLimitSplitIntoSeveralSitemapsEachReportOnce() throws {
        let (site, folder) = try Self.site()
        defer { try? FileManager.default.removeItem(at: folder) }
        let woo = try #require(site.settings.woo)
        #expect(site.publishedCases.count == 7)
        let files = WooIndex(site: site, woo: woo, maximumEntries: 2).files()
        #expect(files.count == 5, "\(files.map(\.path))")
        let sitemaps = try Self.written(files, into: folder, woo: woo)
        #expect(sitemaps.map(\.count) == [2, 2, 2, 1])
        let all = sitemaps.flatMap { $0 }
        #expect(all.count == 7 && Set(all).count == 7)
        #expect(Set(all) == Set(site.publishedCases.map { "https://www.example.org/herstelopdrachten/" + SitePath.report($0) }))
    }

    @Test func atTheLimitExactlyOneSitemap() throws {
        let (site, folder) = try Self.site()
        defer { try? FileManager.default.removeItem(at: folder) }
        let woo = try #require(site.settings.woo)
        let sitemaps = try Self.written(WooIndex(site: site, woo: woo, maximumEntries: 7).files(), into: folder, woo: woo)
        #expect(sitemaps.map(\.count) == [7])
    }

    @Test func aFileNeverExceedsTheByteLimit() throws {
        let (site, folder) = try Self.site()
        defer { try? FileManager.default.removeItem(at: folder) }
        let woo = try #require(site.settings.woo)
        // Room for two entries of about 1.2 kB each, not three.
        let limit = 3_000
        let files = WooIndex(site: site, woo: woo, maximumBytes: limit).files()
        for file in files { #expect(file.contents.count <= limit, "\(file.path): \(file.contents.count) bytes") }
        let sitemaps = try Self.written(files, into: folder, woo: woo)
        #expect(sitemaps.map(\.count) == [2, 2, 2, 1])
    }

    @Test func theDefaultLimitsAreThoseOfTheSitemapProtocol() {
        #expect(WooIndex.maximumEntries == 50_000)
        #expect(WooIndex.maximumBytes == 52_428_800)
    }
}

@Suite("Woo-index: the Dutch offset of a closing date")
struct DutchTimeTests {
    func day(_ text: String) -> Day { Day(iso: text)! }

    @Test func winterIsPlusOneAndSummerPlusTwo() {
        #expect(day("2023-12-04").dutchMidnight == "2023-12-04T00:00:00+01:00")
        #expect(day("2023-07-01").dutchMidnight == "2023-07-01T00:00:00+02:00")
    }

    @Test func midnightOfTheChangeoverSundaysIsBeforeTheChange() {
        // 2023: summer time from Sunday 26 March to Sunday 29 October; 2024: 31 March to 27 October.
        #expect(day("2023-03-26").dutchMidnight.hasSuffix("+01:00"))
        #expect(day("2023-03-27").dutchMidnight.hasSuffix("+02:00"))
        #expect(day("2023-10-29").dutchMidnight.hasSuffix("+02:00"))
        #expect(day("2023-10-30").dutchMidnight.hasSuffix("+01:00"))
        #expect(day("2024-03-31").dutchMidnight.hasSuffix("+01:00"))
        #expect(day("2024-04-01").dutchMidnight.hasSuffix("+02:00"))
        #expect(day("2024-10-27").dutchMidnight.hasSuffix("+02:00"))
        #expect(day("2024-10-28").dutchMidnight.hasSuffix("+01:00"))
    }

    @Test func agreesWithTheTimeZoneDatabaseEveryDayFrom1996To2040() throws {
        let zone = try #require(TimeZone(identifier: "Europe/Amsterdam"))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        var mismatches: [String] = []
        for year in 1996...2040 {
            for month in 1...12 {
                for dayNumber in 1...Day.daysIn(month: month, year: year) {
                    let date = calendar.date(from: DateComponents(year: year, month: month, day: dayNumber))!
                    let hours = zone.secondsFromGMT(for: date) / 3600
                    var item = day("2000-01-01")
                    (item.year, item.month, item.day) = (year, month, dayNumber)
                    if !item.dutchMidnight.hasSuffix("+0\(hours):00") { mismatches.append(item.iso) }
                }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }
}
