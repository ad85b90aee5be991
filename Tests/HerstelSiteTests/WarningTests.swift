import Foundation
import Testing

@testable import HerstelSite

/// SPEC §1 and §3: nothing an author wrote disappears unnoticed.
@Suite("Warnings: what is not read or not published is named")
struct RemovalWarningTests {
    @Test func eachRemovalIsReportedAtItsLineWithWhatToDoInstead() {
        let text =
            "Eerste regel\ntweede <b>vet</b> en\nderde [x](javascript:alert(1)) ok\n\n<details>\n<summary>S</summary>\n\ntekst\n</details>\n\n![p](data:image/png;base64,AAAA)\n"
        let removals = Markdown.render(text).removals
        #expect(
            removals.map { "\($0.line): \($0.message)" } == [
                "2: raw HTML `<b>` is not published; write Markdown instead",
                "2: raw HTML `<b>` is not published; write Markdown instead",
                "3: link target `javascript:alert(1)` is not safe and was dropped; the text stays; use an http(s) or mailto link",
                "5: raw HTML `<details>` is not published; write Markdown instead",
                "9: raw HTML `<details>` is not published; write Markdown instead",
                "11: image `data:image/png;base64,AAAA` is not safe and was left out; use an http(s) address or a path on this site",
            ])
    }

    @Test func removalsInTablesListsAndFootnotesHaveTheirLines() {
        let text = "| a | b |\n|---|---|\n| <i>x</i> | y |\n\n- item\n  met <span>html</span>\n\nNoot[^a].\n\n[^a]: De wet\n    en [y](vbscript:x)\n"
        #expect(Markdown.render(text).removals.map(\.line) == [3, 3, 6, 6, 11])
    }

    @Test func aCommentAndALongTargetAreToldBriefly() {
        let removals = Markdown.render("Tekst <!-- nakijken --> en [a](data:text/html;base64,\(String(repeating: "A", count: 500))).\n").removals
        #expect(removals.first?.message == "an HTML comment is not published; keep notes for writers outside the text")
        #expect(removals.last?.message.contains("`data:text/html;base64,AAAAAAAAAAAAAAAAAA…`") == true)
    }

    @Test func safeMarkdownIsNotWarnedAbout() {
        let text = "# Kop\n\n[a](https://example.org/) [b](../x/) [c](mailto:a@b.nl) ![d](https://example.org/p.png) <https://example.org>\n"
        #expect(Markdown.render(text).removals.isEmpty)
    }

    static let expected = [
        "cases/Zuiderzon.MD:1: warning: this file is not read: only names ending in .md (lower case) are read in cases/; if it is a case, rename it to Zuiderzon.md, otherwise move it out of cases/",
        "cases/noorderlicht.md:20: warning: link target `javascript:alert(1)` is not safe and was dropped; the text stays; use an http(s) or mailto link",
        "cases/noorderlicht.md:20: warning: raw HTML `<sup>` is not published; write Markdown instead",
        "cases/noorderlicht.md:22: warning: raw HTML `<details>` is not published; write Markdown instead",
        "cases/noorderlicht.md:26: warning: raw HTML `<details>` is not published; write Markdown instead",
        "cases/noorderlicht.md:31: warning: image `data:image/png;base64,AAAA` is not safe and was left out; use an http(s) address or a path on this site",
        "cases/noorderlicht.md~:1: warning: this file is not read: only names ending in .md (lower case) are read in cases/; if it is a case, rename it to noorderlicht.md, otherwise move it out of cases/",
        "pages/over.md:6: warning: raw HTML `<iframe>` is not published; write Markdown instead",
        // The template is used by two cases, and told once, at its own line.
        "reports/niet-voldaan.md:4: warning: an HTML comment is not published; keep notes for writers outside the text",
        "schooljaren/2022-2023.md:2: warning: link target `vbscript:msgbox` is not safe and was dropped; the text stays; use an http(s) or mailto link",
    ]

    @Test("build and check name every file not read and every removal, and still succeed", arguments: ["build", "check"])
    func everyRemovalIsAWarning(_ command: String) throws {
        let result = try FixtureRun("warnings-removed", command: command)
        defer { result.cleanUp() }
        #expect(result.run.status == 0, "\(result.run.stderr)")
        let lines = result.run.stderr.split(separator: "\n").map { $0.replacingOccurrences(of: result.content.path + "/", with: "") }
        #expect(lines == Self.expected)
    }

    @Test func aFileThatIsNotReadIsNotPublished() throws {
        let result = try FixtureRun("warnings-removed")
        defer { result.cleanUp() }
        #expect(result.run.stdout.contains("Built 1 school year, 3 boards, 3 reports"), "\(result.run.stdout)")
        #expect(!FileManager.default.fileExists(atPath: result.output.appendingPathComponent("besturen/05678").path))
        let report = Support.text(result.output.appendingPathComponent("besturen/41234/2022-2023/index.html"))
        #expect(report.contains("Lees ook de toelichting en de uitleg1."))
        #expect(report.contains("<p>Deze tekst blijft staan.</p>"))
        #expect(!report.contains("<details") && !report.contains("javascript:") && !report.contains("data:image"))
    }

    @Test func aFileBesideTheCasesThatIsNotTextIsNamedNotRefused() throws {
        let folder = try Support.copyFixture("minimal")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("Content")
        // A letter kept beside its case: not UTF-8, and not read anyway.
        try Data([0x25, 0x50, 0x44, 0x46, 0xE2, 0xE3, 0xCF, 0xD3, 0x0A]).write(to: content.appendingPathComponent("cases/brief.pdf"))
        let run = try Support.run(["check", "--content", content.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stderr == content.path
                + "/cases/brief.pdf:1: warning: this file is not read: only names ending in .md (lower case) are read in cases/; if it is a case, rename it to brief.md, otherwise move it out of cases/\n"
        )
    }

    @Test func aCaseFileThatIsNotTextIsStillAnError() throws {
        let folder = try Support.copyFixture("minimal")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("Content")
        try Data([0x2D, 0x2D, 0x2D, 0x0A, 0xE9, 0x0A]).write(to: content.appendingPathComponent("cases/kapot.md"))
        let run = try Support.run(["check", "--content", content.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("/cases/kapot.md:2: error: line 2 is not valid UTF-8"), "\(run.stderr)")
    }

    @Test func aMisnamedCaseIsNamedInProcessToo() {
        let files = ["Zaak.MD", "zaak.markdown", "zaak.md~", "#zaak.md#", "notities"].map {
            SourceFile(relativePath: "cases/" + $0, displayPath: "Content/cases/" + $0, text: "")
        }
        let snapshot = ContentSnapshot(files: files)
        let renamed = SiteValidator.unreadFiles(snapshot.files.map { ($0.relativePath, $0.displayPath) }).map {
            String($0.message.split(separator: " rename it to ")[1].prefix { $0 != "," })
        }
        #expect(renamed == ["zaak.md", "Zaak.md", "notities.md", "zaak.md", "zaak.md"])
    }
}

/// A footnote that is never referred to is not shown by cmark-gfm; the author is told.
@Suite("Warnings: footnotes that are not shown")
struct UnusedFootnoteTests {
    @Test func aNoteWithoutAReferenceIsAWarningAtItsLine() {
        let text = "Tekst[^a] en [^b].\n\n[^a]: Een.\n\n[^c]: Ongebruikt.\n"
        let rendered = Markdown.render(text)
        #expect(!rendered.html.contains("Ongebruikt"))
        #expect(
            rendered.removals.map { "\($0.line): \($0.message)" } == [
                "5: footnote [^c] is not referred to in the text, so it is not shown; refer to it with [^c] or remove it"
            ])
    }

    @Test func notesThatAreUsedAreNotWarnedAbout() {
        let text = "Een[^wét] twee[^a] drie[^x-1].\n\n[^wét]: W.\n[^A]: Groot.\n[^x-1]: X.\n"
        #expect(Markdown.render(text).removals.isEmpty)
    }

    @Test func aNoteShownAsCodeIsNotANote() {
        let text = "Voorbeeld:\n\n```markdown\n[^1]: Zo schrijf je een voetnoot.\n```\n\n    [^2]: ook ingesprongen code\n"
        #expect(Markdown.render(text).removals.isEmpty)
    }
}
