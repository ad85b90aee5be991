import Foundation
import Testing

@testable import HerstelSite

/// SPEC §1 and §4: every content mistake is reported, all at once, as `FILE:LINE: error:`, with
/// status 1, and the site already in the output folder stays exactly as it was.
@Suite("Validation: bad content is reported, at its line, and nothing is written")
struct ValidationTests {
    static let fixtures: [FixtureCase] = [
        FixtureCase(
            "bad-missing-field",
            [
                ExpectedError("cases/noorderlicht.md:1", "missing required field 'sector'"),
                ExpectedError("cases/noorderlicht.md:1", "missing required field 'termijn'"),
                ExpectedError("cases/noorderlicht.md:3", "missing required field 'nummer'"),
                ExpectedError("cases/noorderlicht.md:7", "missing required field 'brin'"),
                ExpectedError("cases/zuiderzon.md:7", "'scholen' must list at least one school"),
                ExpectedError("cases/zuiderzon.md:10", "'status' is empty", "open, voldaan or niet-voldaan"),
            ]),
        FixtureCase(
            "bad-formats",
            [
                ExpectedError("cases/noorderlicht.md:2", "'2022-2024' is not a school year", "2022-2023"),
                ExpectedError("cases/noorderlicht.md:3", "unknown sector 'mbo'", "po, vo"),
                ExpectedError("cases/noorderlicht.md:6", "'4123' must be exactly 5 digits"),
                ExpectedError("cases/noorderlicht.md:9", "BRIN '12ab'", "12AB"),
                ExpectedError("cases/noorderlicht.md:10", "vestiging '0' must be 2 digits", "\"00\""),
                ExpectedError("cases/noorderlicht.md:11", "'15-07-2023' is not a date", "JJJJ-MM-DD"),
                ExpectedError("cases/noorderlicht.md:12", "'2023-02-30' is not a date"),
                ExpectedError("cases/noorderlicht.md:13", "status 'afgerond' is not known", "open, voldaan or niet-voldaan"),
                ExpectedError("cases/noorderlicht.md:15", "'publiceren' must be true or false, not 'ja'"),
                ExpectedError("cases/noorderlicht.md:16", "'rapport' must name a file in reports/"),
                ExpectedError("cases/noorderlicht.md:17", "unknown field 'publicern'", "did you mean 'publiceren'?"),
            ]),
        FixtureCase(
            "bad-status-rules",
            [
                ExpectedError("cases/niet-voldaan-zonder-afgesloten.md:12", "status 'niet-voldaan' needs 'afgesloten'"),
                ExpectedError("cases/open-met-afgesloten.md:13", "an open case cannot have 'afgesloten'"),
                ExpectedError("cases/voldaan-zonder-ontvangen.md:12", "status 'voldaan' needs 'ontvangen'"),
            ]),
        FixtureCase(
            "bad-date-order",
            [
                ExpectedError("cases/noorderlicht.md:11", "termijn 2023-07-01 lies before herstelopdracht 2023-07-15"),
                ExpectedError("cases/noorderlicht.md:14", "afgesloten 2023-10-01 lies before ontvangen 2023-10-20"),
                ExpectedError("cases/zuiderzon.md:10", "herstelopdracht 2023-03-01 lies before 1 July 2023"),
                ExpectedError("cases/zuiderzon.md:13", "ontvangen 2023-02-20 lies before herstelopdracht 2023-03-01"),
            ]),
        FixtureCase(
            "bad-duplicate-case",
            [
                // One error that names both files, at the board number of each.
                ExpectedError(
                    "cases/noorderlicht.md:6", "board 41234 already has a case for 2022-2023", "cases/2022-2023/noorderlicht-kopie.md:6")
            ]),
        FixtureCase(
            "bad-unknown-template",
            [
                ExpectedError("cases/noorderlicht.md:15", "no report template reports/voldaan-na-termijn.md", "templates are: voldaan"),
                ExpectedError("cases/zuiderzon.md:15", "no report template reports/niet-voldaan.md"),
            ]),
        FixtureCase(
            "bad-unknown-placeholder",
            [
                ExpectedError("cases/zuiderzon.md:18", "unknown placeholder @plaats@", "@bestuur@", "@@"),
                ExpectedError("reports/voldaan.md:3", "unknown placeholder @bestuurnaam@", "did you mean @bestuur@?"),
                ExpectedError("reports/voldaan.md:9", "unknown placeholder @datum@"),
            ]),
        FixtureCase(
            "bad-placeholder-lookalike",
            [
                ExpectedError("cases/zuiderzon.md:30", "'@afgesloten_datum@' looks like a placeholder", "did you mean @afgesloten@?", "@@"),
                ExpectedError("cases/zuiderzon.md:31", "'@Afgesloten datum@' looks like a placeholder", "did you mean @afgesloten@?"),
                ExpectedError("cases/zuiderzon.md:31", "'@volgend schooljaar@' looks like a placeholder", "did you mean @volgend-schooljaar@?"),
                ExpectedError("reports/voldaan.md:19", "'@ontvangën@' looks like a placeholder", "did you mean @ontvangen@?"),
            ]),
        FixtureCase(
            "bad-placeholder-without-value",
            [
                ExpectedError("cases/zuiderzon.md:18", "placeholder @ontvangen@ has no value", "no 'ontvangen' date"),
                ExpectedError("reports/voldaan.md:15", "placeholder @ontvangen@ has no value for", "cases/oosterwind.md"),
            ]),
        FixtureCase(
            "bad-utf8",
            [
                ExpectedError("cases/zuiderzon.md:5", "not valid UTF-8", "0xE9", "column 29", "'é' in Latin-1", "save the file as UTF-8"),
                ExpectedError("pages/over.md:6", "not valid UTF-8", "0xC3"),
            ]),
        FixtureCase(
            "bad-front-matter-unclosed",
            [
                ExpectedError("cases/zonder-front-matter.md:1", "missing front matter", "'---'"),
                ExpectedError("cases/zuiderzon.md:1", "never closed", "'---'"),
            ]),
        FixtureCase(
            "bad-yaml-syntax",
            [
                ExpectedError("cases/noorderlicht.md:15", "field 'status' is given more than once"),
                ExpectedError("cases/oosterwind.md:6", "invalid YAML", "indentation"),
                ExpectedError("cases/zuiderzon.md:6", "invalid YAML", "quotes"),
            ]),
        FixtureCase(
            "bad-site-yml",
            [
                ExpectedError("site.yml:2", "'organisatie' is empty"),
                ExpectedError("site.yml:3", "'basis-url' must be an absolute http(s) URL"),
                ExpectedError("site.yml:6", "sector 'po' is missing 'wetsartikel'"),
                ExpectedError("site.yml:10", "'2015-2017' is not a school year"),
                ExpectedError("site.yml:15", "every entry of 'verboden' must be a text"),
                ExpectedError("site.yml:16", "unknown field 'toegestaam'", "did you mean 'toegestaan'?"),
                ExpectedError("site.yml:17", "unknown field 'kleur' in site.yml"),
            ]),
        FixtureCase(
            "bad-page-slug-clash",
            [
                ExpectedError("pages/Over Ons.md:1", "page name 'Over Ons' becomes its URL"),
                ExpectedError("pages/besturen.md:1", "would clash with the site's own /besturen/"),
                ExpectedError("pages/index.md:1", "would clash"),
                ExpectedError("pages/leeg.md:1", "page has no title"),
            ]),
        FixtureCase(
            "bad-many-files",
            [
                ExpectedError("site.yml:3", "'basis-url'"),
                ExpectedError("cases/noorderlicht.md:15", "status 'klaar' is not known"),
                ExpectedError("cases/zuiderzon.md:9", "BRIN '34-CD'"),
                ExpectedError("cases/zuiderzon.md:11", "BRIN '34-CD'"),
                ExpectedError("pages/contact.md:3", "unknown field 'kop'"),
                // A template problem is reported together with the problems of the other files.
                ExpectedError("reports/voldaan.md:10", "unknown placeholder @briefkenmerk@"),
            ]),
    ]

    @Test("build reports every error at its line and leaves the earlier site untouched", arguments: fixtures)
    func buildReportsEveryError(_ item: FixtureCase) throws {
        try Trust.expectFailure(item)
    }

    @Test("check reports the same errors and writes nothing", arguments: fixtures)
    func checkReportsTheSameErrors(_ item: FixtureCase) throws {
        try Trust.expectFailure(item, command: "check")
    }

    @Test func allProblemsOfSeveralFilesAreReportedInOneRun() throws {
        let result = try FixtureRun("bad-many-files")
        defer { result.cleanUp() }
        let files = Set(result.places.map { $0.split(separator: ":")[0] })
        #expect(files == ["site.yml", "cases/noorderlicht.md", "cases/zuiderzon.md", "pages/contact.md", "reports/voldaan.md"])
        #expect(result.run.stderr.hasSuffix("6 errors; nothing was written.\n"))
    }

    @Test func errorsAreSortedByFileAndLine() throws {
        let result = try FixtureRun("bad-formats")
        defer { result.cleanUp() }
        let lines = result.places.map { Int($0.split(separator: ":")[1])! }
        #expect(lines == lines.sorted())
    }

    @Test func theSampleContentChecksCleanly() throws {
        let run = try Support.run(["check", "--content", Support.packageRoot.appendingPathComponent("Content").path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("the privacy gate found nothing"))
    }

    @Test func theMinimalFixtureBuilds() throws {
        let folder = try Support.temporaryFolder("minimal")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Support.run([
            "build", "--content", Support.fixtures.appendingPathComponent("minimal").path, "--output", folder.appendingPathComponent("public").path,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
    }
}

/// SPEC §4: wrong usage is status 2, a content problem status 1; never a stack trace.
@Suite("Validation: the command line")
struct ValidationCommandLineTests {
    @Test(
        "wrong usage exits with status 2",
        arguments: [
            ["frobnicate"], ["build", "--nope"], ["check", "extra"], ["build", "--content"], ["check", "--output", "x"],
            ["build", "--content", "a", "--content"],
        ])
    func wrongUsageExitsWith2(_ arguments: [String]) throws {
        let folder = try Support.temporaryFolder("usage")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Support.run(arguments, in: folder)
        #expect(run.status == 2, "\(arguments): \(run.stderr)")
        #expect(!run.stderr.isEmpty)
        Trust.expectNoCrash(run)
        #expect((try FileManager.default.contentsOfDirectory(atPath: folder.path)).isEmpty, "usage errors write nothing")
    }

    @Test func aMissingContentFolderIsOneClearError() throws {
        let folder = try Support.temporaryFolder("missing")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Support.run(["build", "--content", "Nergens", "--output", "public"], in: folder)
        #expect(run.status == 1)
        #expect(run.errors == ["Nergens: error: content folder not found; run in the folder that holds Content/ or pass --content DIR"])
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("public").path))
    }

    @Test func checkWritesNothingEvenWhenTheContentIsGood() throws {
        let folder = try Support.copyFixture("minimal")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Support.run(["check", "--content", "Content"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["Content"])
    }

    @Test func helpIsNotAnError() throws {
        let run = try Support.run(["build", "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("--output"))
    }
}

/// Rules that need one small change to a good site, each shown on its own.
@Suite("Validation: single rules")
struct ValidationRuleTests {
    /// Runs check on `minimal` with one file replaced, and gives the errors without the folder.
    func check(_ path: String, _ text: String) throws -> (status: Int32, errors: [String]) {
        let folder = try Trust.minimalCopy(path) { content in
            try Support.write(text, to: content.appendingPathComponent(path))
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("Content")
        let run = try Support.run(["check", "--content", content.path])
        Trust.expectNoCrash(run)
        return (run.status, run.errors.map { $0.replacingOccurrences(of: content.path + "/", with: "") })
    }

    static let head = """
        ---
        schooljaar: 2022-2023
        sector: po
        bestuur:
          naam: Stichting Noorderlicht
          nummer: "41234"
        scholen:
          - naam: De Poolster
            brin: 12AB
        herstelopdracht: 2023-07-15
        termijn: 2023-11-01
        status: open

        """

    @Test func aQuotedEmptyNameIsEmpty() throws {
        let result = try check(
            "cases/noorderlicht.md", Self.head.replacingOccurrences(of: "naam: Stichting Noorderlicht", with: "naam: \"  \"") + "---\n")
        #expect(result.errors == ["cases/noorderlicht.md:5: error: 'naam' is empty; give the name of the board"])
    }

    @Test func aNameOf200CharactersWithAccentsIsFineAnd201IsNot() throws {
        let ok = try check(
            "cases/noorderlicht.md", Self.head.replacingOccurrences(of: "Stichting Noorderlicht", with: String(repeating: "é", count: 200)) + "---\n")
        #expect(ok.status == 0, "\(ok.errors)")
        let long = try check(
            "cases/noorderlicht.md", Self.head.replacingOccurrences(of: "Stichting Noorderlicht", with: String(repeating: "é", count: 201)) + "---\n")
        #expect(long.errors == ["cases/noorderlicht.md:5: error: the board's name has 201 characters; at most 200 are allowed"])
    }

    @Test func aNumberWrittenWithoutQuotesKeepsItsLeadingZero() throws {
        let result = try check("cases/noorderlicht.md", Self.head.replacingOccurrences(of: "\"41234\"", with: "01234") + "---\n")
        #expect(result.status == 0, "\(result.errors)")
    }

    @Test func invisibleControlCharactersInANameAreRefused() throws {
        let result = try check(
            "cases/noorderlicht.md",
            Self.head.replacingOccurrences(of: "naam: Stichting Noorderlicht", with: "naam: \"Stichting \\u202EthgildrooN\"") + "---\n")
        #expect(
            result.errors == [
                "cases/noorderlicht.md:5: error: 'naam' holds an invisible control character (U+202E); remove it and write the name of the board"
            ])
    }

    @Test func yamlAliasesAreRefusedBeforeTheyCanExpand() throws {
        var bomb = Self.head + "intern:\n  a0: &a0 [xxxx, xxxx, xxxx, xxxx, xxxx, xxxx, xxxx, xxxx, xxxx]\n"
        for level in 1...12 {
            bomb += "  a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        let start = Date()
        let result = try check("cases/noorderlicht.md", bomb + "---\n")
        #expect(Date().timeIntervalSince(start) < 20)
        #expect(
            result.errors == [
                "cases/noorderlicht.md:15: error: YAML aliases (*name) are not used in content; write the value out, or put it in quotes if it starts with '*'"
            ])
    }

    @Test func deeplyNestedYAMLIsAnErrorNotACrash() throws {
        let deep = Self.head + "intern:\n  diep: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n---\n"
        let result = try check("cases/noorderlicht.md", deep)
        #expect(result.errors == ["cases/noorderlicht.md:14: error: invalid YAML: values are nested too deeply; content needs only a few levels"])
    }

    @Test func aFlagUnderInternIsNotPrivateText() throws {
        // `true` would otherwise match the site's own markup (aria-hidden="true") and block every build.
        let result = try check("cases/noorderlicht.md", Self.head + "intern:\n  spoed: true\n  gemeld: false\n---\n")
        #expect(result.status == 0, "\(result.errors)")
    }

    @Test func aTemplateNoCaseUsesIsCheckedToo() throws {
        let result = try check("reports/open.md", "Nog open: @bestuur@ en @bestuurder@.\n")
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.hasPrefix("reports/open.md:1: error: unknown placeholder @bestuurder@ (did you mean @bestuur@?)") == true)
    }

    @Test func aFileWithThousandsOfErrorsIsCutShort() throws {
        var text = Self.head
        for index in 0..<500 { text += "onbekend\(index): x\n" }
        let result = try check("cases/noorderlicht.md", text + "---\n")
        #expect(result.errors.count == 51)
        #expect(result.errors.last?.contains("450 more problems in this file are not shown") == true)
    }
}

/// Messages are one line each, whatever the content holds.
@Suite("Validation: messages")
struct ValidationMessageTests {
    @Test func controlCharactersFromContentCannotSplitAMessageOrReachTheTerminal() throws {
        let folder = try Trust.minimalCopy("escape") { content in
            try Support.write(
                ValidationRuleTests.head + "\"on\\nbekend\\u001B[2J\": x\n---\n", to: content.appendingPathComponent("cases/noorderlicht.md"))
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Support.run(["check", "--content", "Content"], in: folder)
        #expect(run.status == 1)
        #expect(!run.stderr.unicodeScalars.contains { $0 == "\u{1B}" })
        #expect(
            run.errors == [
                #"Content/cases/noorderlicht.md:13: error: unknown field 'on\u{A}bekend\u{1B}[2J' in a case; known fields are 'schooljaar', 'sector', 'bestuur', 'scholen', 'herstelopdracht', 'termijn', 'status', 'ontvangen', 'afgesloten', 'publiceren', 'rapport', 'intern', 'wijzigingen', 'ingetrokken'"#
            ])
    }
}

/// The light reading of YAML that refuses aliases must not mistake ordinary text for one.
@Suite("Validation: YAML aliases")
struct ValidationAliasTests {
    @Test(
        "text with a star is not an alias",
        arguments: [
            "naam: Stichting *Ster* [SSO]", "naam: \"*Ster*\"", "naam: '*Ster*'", "naam: Ster # *geen alias*",
            "notities: |\n  *belangrijk*\n  - *ook*\nstatus: open", "notities: >\n  * punt\nstatus: open", "lijst: [a*, b]",
            "naam: \"Ster\n  *nog*\"", "bestuur: { naam: 'It''s *x*', nummer: '01234' }", "naam: a & b", "naam: &anker Ster",
        ])
    func textWithAStarIsNotAnAlias(_ yaml: String) {
        #expect(YAMLText.firstAliasLine(yaml) == nil, "\(yaml)")
    }

    @Test(
        "an alias is found where a value starts",
        arguments: [
            ("naam: *a", 1), ("a: &a x\nb: *a", 2), ("lijst:\n  - *a", 2), ("lijst: [x, *a]", 1), ("m: { k: *a }", 1),
            ("? *a\n: x", 1), ("<<: *a", 1), ("naam: !!str *a", 1),
        ])
    func anAliasIsFound(_ yaml: String, _ line: Int) {
        #expect(YAMLText.firstAliasLine(yaml) == line, "\(yaml)")
    }
}
