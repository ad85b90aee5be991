import Foundation
import Testing

@testable import HerstelSite

#if canImport(Glibc)
    import Glibc
#endif

/// Every problem herstelsite finds is told twice: in English on the command line and in Dutch
/// in the preview, for reviewers (issue 21). Each input here, from the fixtures and from small
/// edits of `minimal` in memory, must give diagnostics whose Dutch text is there, differs from
/// the English and reads as Dutch. The privacy gate's messages are the one exception for now
/// (category `.privacy`, translated on the gate's own branch).
@Suite("Diagnostics: a Dutch text for the preview beside the English")
struct DutchDiagnosticTests {
    // MARK: The check

    /// Words of English that no Dutch message uses outside a quoted value.
    static let englishWords = [
        "the", "must", "cannot", "should", "does", "is not", "are", "and", "with", "without", "file", "folder", "missing", "write",
        "remove", "use", "line", "did you mean", "not",
    ]

    /// The Dutch with quoted values (file contents, the parser's own words) and system messages
    /// taken out: what is left is written by us and must not be English.
    static func ownWords(_ dutch: String) -> String {
        var text = dutch.replacing(/'[^']*'/, with: "''").replacing(/`[^`]*`/, with: "``").replacing(/“[^”]*”/, with: "“”")
        text = text.replacing(/systeemmelding: [^)]*\)/, with: "systeemmelding)")
        // Paths and options are names, whatever language they are in.
        text = text.replacing(/\S*\/\S*/, with: " ").replacing(/--\S+/, with: " ")
        return text.lowercased()
    }

    /// What is wrong with the Dutch of one diagnostic, or nil when it is fine.
    static func problem(_ diagnostic: Diagnostic) -> String? {
        guard diagnostic.category != .privacy else { return nil }
        guard let dutch = diagnostic.dutch, !dutch.trimmingCharacters(in: .whitespaces).isEmpty else {
            return "no Dutch text: \(diagnostic)"
        }
        if dutch == diagnostic.message { return "the Dutch is the English: \(diagnostic)" }
        let own = " " + ownWords(dutch).replacing(/[^\p{L}\p{N}]+/, with: " ") + " "
        if let word = englishWords.first(where: { own.contains(" \($0) ") }) {
            return "the Dutch holds the English word '\(word)': \(dutch)"
        }
        return nil
    }

    static func expectDutch(_ diagnostics: [Diagnostic], _ context: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for diagnostic in diagnostics {
            if let problem = problem(diagnostic) { Issue.record("\(context): \(problem)", sourceLocation: sourceLocation) }
        }
    }

    static func diagnostics(_ result: Checked<BuiltSite>) -> [Diagnostic] {
        switch result {
        case .success(let built): built.warnings
        case .failure(let diagnostics): diagnostics
        }
    }

    // MARK: The fixtures

    static let fixtureNames: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Support.fixtures.path)) ?? []
        return names.sorted()
    }()

    @Test func thereAreFixturesToRead() {
        #expect(Self.fixtureNames.filter { $0.hasPrefix("bad-") }.count >= 15, "\(Self.fixtureNames)")
    }

    /// Every fixture folder, as `build` (no drafts) and as the preview (drafts) sees it.
    @Test(arguments: fixtureNames)
    func everyFixtureTellsItsProblemsInDutch(_ fixture: String) {
        let path = Support.fixtures.appendingPathComponent(fixture).path
        var all: [Diagnostic] = []
        for drafts in [false, true] {
            let found = Self.diagnostics(Pipeline.build(contentPath: path, options: Pipeline.Options(drafts: drafts)))
            Self.expectDutch(found, "\(fixture)\(drafts ? " (drafts)" : "")")
            all += found
        }
        if fixture.hasPrefix("bad-") {
            #expect(all.contains { $0.category != .privacy }, "\(fixture) gave no diagnostic to check")
        }
    }

    // MARK: Small edits of minimal, in memory

    struct Edit: Sendable, CustomTestStringConvertible {
        /// Words of the English message the edit must give, so each edit reaches the rule it is for.
        var expected: String
        var drafts: Bool
        var change: @Sendable ([String: String]) -> [String: String]

        var testDescription: String { expected }
    }

    static let minimal: [String: String] = {
        Dictionary(uniqueKeysWithValues: SiteValidatorTests.minimal.map { ($0.relativePath, $0.text) })
    }()

    static let noorderlicht = "cases/noorderlicht.md"
    static let zuiderzon = "cases/zuiderzon.md"

    /// `text` in `path` replaced by `with`; the edit fails loudly when `text` is not there.
    static func replace(_ path: String, _ text: String, _ with: String, drafts: Bool = false, expect: String) -> Edit {
        Edit(expected: expect, drafts: drafts) { files in
            var files = files
            precondition(files[path]?.contains(text) == true, "\(path) does not hold \(text)")
            files[path] = files[path]!.replacingOccurrences(of: text, with: with)
            return files
        }
    }

    static func add(_ path: String, _ text: String, drafts: Bool = false, expect: String) -> Edit {
        Edit(expected: expect, drafts: drafts) { files in
            var files = files
            files[path] = (files[path] ?? "") + text
            return files
        }
    }

    static func set(_ path: String, _ text: String?, drafts: Bool = false, expect: String) -> Edit {
        Edit(expected: expect, drafts: drafts) { files in
            var files = files
            files[path] = text
            return files
        }
    }

    static let layout = BuiltinTheme.templates["layout"]!
    static let school = "  - naam: De Poolster\n    brin: 12AB\n    vestiging: \"00\"\n    plaats: Groningen\n"
    static let board = "bestuur:\n  naam: Stichting Noorderlicht\n  nummer: \"41234\"\n  plaats: Groningen\n"
    static let entry = "wijzigingen:\n  - datum: 2024-03-04\n    reden: correctie procedurele fout\n    toelichting: De termijn is verbeterd.\n"

    static let edits: [Edit] = [
        // YAML
        replace(noorderlicht, "  plaats: Groningen\nscholen:", "\tplaats: Groningen\nscholen:", expect: "a tab is not allowed"),
        replace(noorderlicht, "status: voldaan", "status: *x", expect: "YAML aliases"),
        replace(noorderlicht, "termijn: 2023-11-01", "termijn: 2023-11-01\ntermijn: 2023-11-02", expect: "is given more than once"),
        replace(noorderlicht, "herstelopdracht: 2023-07-15", "herstelopdracht: [2023-07-15", expect: "invalid YAML"),
        replace(noorderlicht, "  plaats: Groningen\nscholen:", "  plaats: Groningen: Stad\nscholen:", expect: "invalid YAML"),
        replace(noorderlicht, "status: voldaan", "status: \"voldaan", expect: "invalid YAML"),
        set(noorderlicht, "---\n---\nTekst.\n", expect: "front matter is empty"),
        set(noorderlicht, "Tekst zonder velden.\n", expect: "missing front matter"),
        set(noorderlicht, "---\nschooljaar: 2022-2023\n", expect: "is never closed"),
        set(noorderlicht, "---\n- een lijst\n---\n", expect: "must be YAML fields"),
        // Fields of a case
        replace(noorderlicht, "status: voldaan", "statsu: voldaan", expect: "did you mean 'status'"),
        replace(noorderlicht, "status: voldaan", "status: voldaan\nxyzzy: 1", expect: "known fields are"),
        replace(noorderlicht, "brin: 12AB", "brin: 12ab", expect: "BRIN codes use capital letters"),
        replace(noorderlicht, "brin: 12AB", "brin: 1AB", expect: "such as 12AB"),
        replace(noorderlicht, "vestiging: \"00\"", "vestiging: \"0\"", expect: "vestiging '0' must be 2 digits"),
        replace(noorderlicht, "naam: Stichting Noorderlicht", "naam: " + String(repeating: "Noorderlicht ", count: 20), expect: "at most 200"),
        replace(noorderlicht, "    plaats: Groningen", "    plaats: " + String(repeating: "Groningen ", count: 25), expect: "at most 200"),
        replace(noorderlicht, "herstelopdracht: 2023-07-15", "herstelopdracht: 15-07-2023", expect: "did you mean 2023-07-15"),
        replace(noorderlicht, "herstelopdracht: 2023-07-15", "herstelopdracht: gisteren", expect: "is not a date"),
        replace(noorderlicht, "status: voldaan", "status: klaar", expect: "is not known"),
        replace(noorderlicht, "ontvangen: 2023-10-20\n", "", expect: "needs 'ontvangen'"),
        replace(noorderlicht, "status: voldaan", "status: open", expect: "an open case cannot have 'afgesloten'"),
        replace(zuiderzon, "afgesloten: 2023-12-04\n", "", expect: "needs 'afgesloten'"),
        replace(noorderlicht, "termijn: 2023-11-01", "termijn: 2023-07-01", expect: "the deadline comes after the order"),
        replace(noorderlicht, "herstelopdracht: 2023-07-15", "herstelopdracht: 2022-07-15", expect: "lies before 1 July"),
        replace(noorderlicht, "ontvangen: 2023-10-20", "ontvangen: 2023-07-01", expect: "leave no order to remedy"),
        replace(noorderlicht, "afgesloten: 2023-11-20", "afgesloten: 2023-10-01", expect: "a case is closed after the data arrive"),
        replace(noorderlicht, "afgesloten: 2023-11-20", "afgesloten: 2023-07-01", expect: "lies before herstelopdracht"),
        replace(noorderlicht, "intern:\n", "intern: geheim\nx-intern:\n", expect: "'intern' must hold fields"),
        replace(noorderlicht, board, "bestuur: Noorderlicht\n", expect: "'bestuur' needs fields"),
        replace(noorderlicht, board, "", expect: "missing required field 'bestuur'"),
        replace(noorderlicht, "nummer: \"41234\"", "nummer: \"4123\"", expect: "must be exactly 5 digits"),
        replace(noorderlicht, "scholen:\n" + school, "scholen: []\n", expect: "'scholen' must list"),
        replace(noorderlicht, "scholen:\n" + school, "", expect: "missing required field 'scholen'"),
        replace(noorderlicht, school, "  - De Poolster\n", expect: "each school needs"),
        replace(noorderlicht, school, "  - naam: De Poolster\n    brin: 12AB\n    adres: Dorpsstraat 1\n", expect: "in a school"),
        replace(noorderlicht, "sector: po", "sector: xx", expect: "unknown sector"),
        replace(noorderlicht, "naam: Stichting Noorderlicht", "naam: \"\"", expect: "'naam' is empty"),
        replace(noorderlicht, "naam: Stichting Noorderlicht", "naam: [Stichting, Noorderlicht]", expect: "must be a single value"),
        replace(noorderlicht, "naam: Stichting Noorderlicht", "naam: \"Stichting\\u0007Noorderlicht\"", expect: "invisible control character"),
        replace(noorderlicht, "status: voldaan", "status: voldaan\npubliceren: misschien", expect: "must be true or false"),
        replace(noorderlicht, "status: voldaan", "status: voldaan\nrapport: voldaan.md", expect: "'rapport' must name a file"),
        replace(noorderlicht, "status: voldaan", "status: voldaan\nrapport: bestaatniet", expect: "there is no report template"),
        replace(noorderlicht, "schooljaar: 2022-2023", "schooljaar: 2022-2024", expect: "is not a school year"),
        // Corrections and withdrawals
        replace(noorderlicht, "intern:\n", "wijzigingen: vandaag\nintern:\n", expect: "'wijzigingen' is a list"),
        replace(noorderlicht, "intern:\n", "wijzigingen:\n  - vandaag\nintern:\n", expect: "each correction in 'wijzigingen'"),
        replace(
            noorderlicht, "intern:\n", entry.replacingOccurrences(of: "correctie procedurele fout", with: "typfout") + "intern:\n",
            expect: "is not in the TOOI list"),
        replace(
            noorderlicht, "intern:\n", entry.replacingOccurrences(of: "2024-03-04", with: "2023-11-01") + "intern:\n",
            expect: "a report is corrected after it was published"),
        replace(
            noorderlicht, "intern:\n",
            entry + "  - datum: 2024-01-02\n    reden: correctie procedurele fout\n    toelichting: Nog een.\nintern:\n",
            expect: "list the corrections oldest first"),
        replace(
            noorderlicht, "intern:\n",
            entry.replacingOccurrences(of: "    toelichting: De termijn is verbeterd.\n", with: "    uitleg: x\n") + "intern:\n",
            expect: "in a correction"),
        replace(noorderlicht, "intern:\n", "ingetrokken: ja\nintern:\n", expect: "'ingetrokken' needs fields"),
        replace(
            noorderlicht, "intern:\n",
            "ingetrokken:\n  datum: 2023-11-01\n  reden: correctie procedurele fout\n  toelichting: Ingetrokken.\nintern:\n",
            expect: "a report is withdrawn after it was published"),
        replace(
            noorderlicht, "intern:\n",
            entry + "ingetrokken:\n  datum: 2024-01-01\n  reden: correctie procedurele fout\n  toelichting: Ingetrokken.\nintern:\n",
            expect: "a report is withdrawn after its last correction"),
        replace(
            noorderlicht, "intern:\n", "ingetrokken:\n  datum: 2024-05-01\n  reden: correctie procedurele fout\nintern:\n",
            expect: "missing required field 'toelichting'"),
        replace(
            noorderlicht, "status: voldaan\nontvangen: 2023-10-20\nafgesloten: 2023-11-20\n", "status: open\n" + entry,
            expect: "an open case has not been published"),
        // site.yml
        set("site.yml", nil, expect: "site.yml is missing"),
        set("site.yml", "- een lijst\n", expect: "site.yml must hold fields"),
        replace("site.yml", "basis-url: https://www.example.org/herstelopdrachten/", "basis-url: www.example.org", expect: "'basis-url' must be"),
        replace("site.yml", "contact: https://www.example.org/contact", "contact: contact", expect: "'contact' must be"),
        replace("site.yml", "titel: Herstelopdrachten", "titl: Herstelopdrachten", expect: "in site.yml"),
        replace("site.yml", "organisatie: Inspectie van het Onderwijs", "organisatie:", expect: "'organisatie' is empty"),
        replace("site.yml", "privacy:", "sectorn: {}\nprivacy:", expect: "unknown field 'sectorn'"),
        set("site.yml", "titel: T\norganisatie: O\nbasis-url: https://www.example.org/h/\n", expect: "missing required field 'sectoren'"),
        set("site.yml", "titel: T\norganisatie: O\nbasis-url: https://www.example.org/h/\nsectoren: []\n", expect: "'sectoren' must list"),
        replace("site.yml", "  vo:\n", "  VO:\n", expect: "sector key 'VO'"),
        replace(
            "site.yml", "  po: { naam: primair onderwijs, wetsartikel: \"artikel 4c, eerste lid onder b, van de WPO\" }", "  po: primair",
            expect: "sector 'po' needs fields"),
        replace("site.yml", ", wetsartikel: \"artikel 4c, eerste lid onder b, van de WPO\" }", " }", expect: "is missing 'wetsartikel'"),
        replace(
            "site.yml", "wetsartikel: \"artikel 4c, eerste lid onder b, van de WPO\"", "wetsartikel: { \"2021\": x }", expect: "is not a school year"),
        replace(
            "site.yml", "wetsartikel: \"artikel 4c, eerste lid onder b, van de WPO\"", "wetsartikel: { 2021-2022: [x] }", expect: "must be a text"),
        replace(
            "site.yml", "wetsartikel: \"artikel 4c, eerste lid onder b, van de WPO\"", "wetsartikel: [x]", expect: "or texts by the first school year"
        ),
        replace(
            "site.yml", "wetsartikel: \"artikel 4c, eerste lid onder b, van de WPO\"", "wetsartikel: { 2023-2024: x }", expect: "gives no wetsartikel"
        ),
        replace("site.yml", "wetsartikel: \"artikel 4c, eerste lid onder b, van de WPO\" }", "wetsartikel: x, oud: y }", expect: "in sector 'po'"),
        replace(
            "site.yml", "privacy:\n  weggelaten: \"[weggelaten]\"\n  toegestaan: [\"088-6696060\"]\n  verboden: [\"R. Pol\"]", "privacy: geen",
            expect: "'privacy' must have fields"),
        replace("site.yml", "toegestaan: [\"088-6696060\"]", "toegestaan: [[\"088-6696060\"]]", expect: "every entry of 'toegestaan'"),
        replace(
            "site.yml", "toegestaan: [\"088-6696060\"]", "toegestaan: [{ tekst: \"088-6696060\", waarom: x }]", expect: "an entry of 'toegestaan'"),
        replace("site.yml", "verboden: [\"R. Pol\"]", "verboden: { naam: R. Pol }", expect: "must be a list of texts"),
        replace("site.yml", "verboden: [\"R. Pol\"]", "verboden: [[\"R. Pol\"]]", expect: "every entry of 'verboden'"),
        replace("site.yml", "weggelaten: \"[weggelaten]\"", "weggelaten: \"[weg]\"\n  extra: 1", expect: "in privacy"),
        add("site.yml", "woo: ja\n", expect: "'woo' must have fields"),
        add("site.yml", "woo:\n  publisher: https://example.org/x\n  informatiecategorie: onderzoek\n", expect: "closest valid values"),
        add("site.yml", "woo:\n  uitgever: x\n", expect: "in woo"),
        add("site.yml", "open-data: ja\n", expect: "'open-data' must have the field"),
        add("site.yml", "open-data:\n  licentie: XYZ\n", expect: "is not an open licence"),
        add("site.yml", "open-data:\n  licence: CC0\n", expect: "in open-data"),
        // Files and folders of the content
        set("notities.txt", "x", expect: "unexpected file"),
        set("cases/extra.MD", "x", expect: "this file is not read"),
        set("reports/eigen.md", "Tekst.\n", expect: "cannot be a template's name"),
        replace(zuiderzon, String(minimal[zuiderzon]!.split(separator: "---\n", maxSplits: 2)[1]), "", expect: "says the body is the whole report"),
        set("cases/kopie.md", minimal[noorderlicht]!, expect: "already has a case"),
        set("reports/sub/x.md", "Tekst.\n", expect: "directly in reports/"),
        set("reports/leeg.md", "", expect: "report template is empty"),
        set("pages/Over Ons.md", "# Over\n", expect: "page name 'Over Ons'"),
        set("pages/besturen.md", "# Besturen\n", expect: "would clash"),
        set("pages/x.md", "geen titel\n", expect: "page has no title"),
        set("pages/y.md", "---\ntitle: Y\n---\n# Y\n", expect: "in a page"),
        set("schooljaren/2022.md", "Inleiding.\n", expect: "name the file JJJJ-JJJJ.md"),
        // Theme
        set("theme/nieuw.mustache", "x", expect: "no built-in template"),
        set("theme/notities.txt", "x", expect: "a theme holds"),
        set("theme/layout.mustache", layout + "{{#reportHTML}}", expect: "is never closed"),
        set("theme/layout.mustache", layout + "{{#a}}{{#b}}{{/a}}{{/b}}", expect: "does not close the open section"),
        set("theme/layout.mustache", layout + "{{/a}}", expect: "closes a section that is not open"),
        set("theme/layout.mustache", layout + "{{nietbestaand}}", expect: "is not a value of the template"),
        set("theme/layout.mustache", layout + "{{=<% =}}", expect: "template does not parse"),
        // Markdown the site leaves out
        add(noorderlicht, "<b>vet</b>\n", expect: "raw HTML"),
        add(noorderlicht, "<!-- notitie -->\n", expect: "HTML comment"),
        add(noorderlicht, "[klik](javascript:alert(1))\n", expect: "link target"),
        add(noorderlicht, "![plaatje](javascript:x)\n", expect: "image"),
        add(noorderlicht, "Tekst.\n\n[^2]: Een voetnoot.\n", expect: "footnote [^2]"),
        // Placeholders
        add(noorderlicht, "@bestuurnaam@\n", expect: "unknown placeholder"),
        add(noorderlicht, "@afgesloten_datum@\n", expect: "looks like a placeholder"),
        add("reports/voldaan.md", "\n@rapport@\n", expect: "@rapport@ works only in a case body"),
        add(noorderlicht, "Een extra alinea.\n", expect: "this body replaces the report template"),
        add(noorderlicht, "@rapport@\n\nTekst.\n\n@rapport@\n", expect: "inserts the template once"),
        add(zuiderzon, "\n@rapport@\n", expect: "says it has none"),
        replace(zuiderzon, "status: niet-voldaan\nafgesloten: 2023-12-04\n", "status: open\n", drafts: true, expect: "the draft shows a gap here")
            .then(add(zuiderzon, "\n@rapport@\n", expect: "")),
        replace(noorderlicht, "status: voldaan", "status: voldaan\nrapport: bestaatniet", expect: "which does not exist")
            .then(add(noorderlicht, "@rapport@\n", expect: "")),
        add(zuiderzon, "\nOntvangen op @ontvangen@.\n", expect: "placeholder @ontvangen@ has no value"),
        replace(zuiderzon, "status: niet-voldaan\nafgesloten: 2023-12-04\n", "status: open\n", drafts: true, expect: "has no value yet")
            .then(add(zuiderzon, "\nAfgesloten op @afgesloten@.\n", expect: "")),
    ]

    @Test(arguments: edits)
    func everyRuleTellsItsProblemInDutch(_ edit: Edit) {
        let files = edit.change(Self.minimal).sorted { $0.key < $1.key }.map {
            SourceFile(relativePath: $0.key, displayPath: "Content/" + $0.key, text: $0.value)
        }
        let found = Self.diagnostics(
            Pipeline.build(ContentSnapshot(files: files), contentPath: "Content", options: Pipeline.Options(drafts: edit.drafts)))
        #expect(found.contains { $0.message.contains(edit.expected) }, "no message holds '\(edit.expected)': \(found)")
        Self.expectDutch(found, edit.expected)
    }

    // MARK: Loading, writing and verifying, outside the pipeline

    @Test func theFileSystemsProblemsAreToldInDutch() throws {
        var found: [Diagnostic] = []
        for data in [Data([0x61, 0x0A, 0xE9, 0x0A]), Data([0x61, 0xFF, 0xFE])] {
            guard case .failure(let diagnostic) = ContentLoader.read(data, relativePath: "cases/a.md", displayPath: "Content/cases/a.md")
            else {
                Issue.record("invalid UTF-8 was read")
                continue
            }
            found.append(diagnostic)
        }
        found.append(ContentLoader.tooLarge("Content/cases/a.md", size: 20_000_000))
        let reasons: [UnlistedEntry.Reason] = [
            .unreadableFolder(EACCES), .cannotStat(ENOENT), .danglingLink(target: "x.md"), .linkLoop(target: "x.md"),
            .unresolvableLink(target: "x.md", errno: EIO), .linkToFolder(target: "map", resolved: "/tmp/map"),
            .linkToSpecial(target: "pijp", resolved: "/tmp/pijp"), .special(kind: "a named pipe"), .special(kind: "a socket"),
        ]
        found += reasons.map { Diagnostic(file: "Content/x", line: 0, ContentLoader.problem($0)) }
        for target in ["/elders/x.md", "/inhoud/.git/x.md"] {
            found += ContentLoader.linkProblem(target, inside: "/inhoud/").map { [Diagnostic(file: "Content/x", line: 0, $0)] } ?? []
        }
        found += ContentLoader.load(from: "/bestaat/niet/Content").diagnostics
        #expect(found.count == 2 + 1 + reasons.count + 2 + 1)
        Self.expectDutch(found, "loading")
        #expect(ContentLoader.describeDutch(EACCES) == "geen toegang")
    }

    @Test func writingAndVerifyingAreToldInDutch() throws {
        let folder = try Support.temporaryFolder("dutch-write")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        let busy = folder.appendingPathComponent("bezet")
        try Support.write("x", to: busy.appendingPathComponent("notitie.txt"))
        let file = folder.appendingPathComponent("bestand")
        try Support.write("x", to: file)
        var found: [Diagnostic] = []
        for output in [folder, content.appendingPathComponent("public"), file, busy] {
            if let refusal = SiteWriter.refusal(output: output, contentPath: content.path) {
                found.append(Diagnostic(file: output.path, line: 0, refusal))
            }
        }
        #expect(found.count == 4)
        found.append(SiteWriter.Staging.notWritten("public", CocoaError(.fileWriteNoPermission)))
        found.append(SiteWriter.Staging.notMoved("public", EACCES))
        for (target, overwrite) in [(file.path, false), (busy.path, false)] {
            if case .failed(let problems) = ThemeExport.write(to: target, overwrite: overwrite) { found += problems }
        }
        #expect(found.count == 8)
        let digest = String(repeating: "a", count: 64)
        let manifest = [
            "kapot", "\(digest) x", "\(digest)  /etc/passwd", "\(digest)  a//b", "\(digest)  a/../b", "\(digest)  SHA256SUMS",
            "\\\(digest)  a\\qb", "\(digest)  dubbel", "\(digest)  dubbel", "\(digest)  ",
        ].joined(separator: "\n")
        if case .failure(let problems) = SiteManifest.parse(Array(manifest.utf8), file: "public/SHA256SUMS") { found += problems }
        if case .failure(let problems) = SiteManifest.parse([0xFF, 0x0A], file: "public/SHA256SUMS") { found += problems }
        #expect(found.count == 8 + 9 + 1, "\(found)")
        Self.expectDutch(found, "writing")
    }

    @Test func theLineForProblemsLeftOutIsDutch() {
        let many = (1...60).map { Diagnostic(file: "cases/a.md", line: $0, "error \($0)", dutch: "fout \($0)") }
        let warnings = (1...52).map { Diagnostic.warning(file: "cases/a.md", line: $0, "warning \($0)", dutch: "waarschuwing \($0)") }
        let left = (many + warnings).limitedPerFile().filter { $0.leftOut > 0 }
        #expect(
            left.map(\.dutch) == [
                "Nog 10 fouten in dit bestand worden niet getoond; herstel eerst de meldingen hierboven.",
                "Nog 2 waarschuwingen in dit bestand worden niet getoond; herstel eerst de meldingen hierboven.",
            ])
        Self.expectDutch(left, "left out")
    }

    /// The check itself: English passed off as Dutch is caught.
    @Test func englishPassedOffAsDutchIsCaught() {
        let cases = [
            Diagnostic(file: "a", line: 1, "x is empty", dutch: "x is empty"),
            Diagnostic(file: "a", line: 1, "x is empty", dutch: ""),
            Diagnostic(file: "a", line: 1, "x is empty", dutch: "X is empty; write it."),
        ]
        #expect(cases.allSatisfy { Self.problem($0) != nil })
        #expect(Self.problem(Diagnostic(file: "a", line: 1, "x is empty", dutch: "'is not' staat tussen aanhalingstekens.")) == nil)
        var gate = Diagnostic(file: "a", line: 1, "a name would be published", dutch: "", category: .privacy)
        gate.dutch = nil
        #expect(Self.problem(gate) == nil)
    }
}

extension DutchDiagnosticTests.Edit {
    /// This edit, then `next` on its result (what `next` expects is not checked).
    func then(_ next: DutchDiagnosticTests.Edit) -> DutchDiagnosticTests.Edit {
        let first = change
        return DutchDiagnosticTests.Edit(expected: expected, drafts: drafts || next.drafts) { next.change(first($0)) }
    }
}
