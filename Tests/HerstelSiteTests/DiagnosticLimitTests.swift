import Foundation
import Testing

@testable import HerstelPreview
@testable import HerstelSite

/// SPEC §4 (all problems at once) without burying them: every kind of diagnostic, errors and
/// warnings alike and from whichever stage, is told at most 50 times per file, followed by
/// one line of the same kind saying how many more there are; the summary counts them all.
@Suite("Diagnostics: at most 50 of each kind per file, counted right")
struct DiagnosticLimitTests {
    static func warnings(_ count: Int, file: String = "cases/a.md") -> [Diagnostic] {
        (1...count).map { Diagnostic.warning(file: file, line: $0, "warning \($0)", dutch: "waarschuwing \($0)") }
    }

    @Test func warningsAreLimitedPerFileWithALineOfTheirOwnKind() {
        let limited = Self.warnings(120).limitedPerFile()
        #expect(limited.count == 51)
        #expect(limited.prefix(50).map(\.location.line) == Array(1...50))
        let last = try! #require(limited.last)
        #expect(last.severity == .warning, "a line about warnings left out must not fail the build")
        #expect(last.message == "70 more warnings in this file are not shown; fix the ones above first")
        #expect(last.location.line == 50)
        #expect(limited.tally == "120 warnings")
    }

    @Test func errorsAndWarningsOfOneFileAreLimitedApart() {
        let errors = (1...60).map { Diagnostic(file: "cases/a.md", line: 100 + $0, "error \($0)", dutch: "fout \($0)") }
        let limited = (Self.warnings(60) + errors + Self.warnings(3, file: "cases/b.md")).limitedPerFile()
        #expect(limited.errors.count == 51)
        #expect(limited.warnings.count == 51 + 3)
        #expect(limited.tally == "60 errors and 63 warnings")
        #expect(
            limited.filter { $0.leftOut > 0 }.map(\.message).sorted() == [
                "10 more problems in this file are not shown; fix the ones above first",
                "10 more warnings in this file are not shown; fix the ones above first",
            ])
        // The lines left out come last in their file, before the next file.
        #expect(limited.firstIndex { $0.location.file == "cases/b.md" } == 102)
        #expect(limited[100].leftOut > 0 && limited[101].leftOut > 0)
    }

    @Test func limitingTwiceChangesNothing() {
        let once = (Self.warnings(200) + Self.warnings(80, file: "pages/p.md")).limitedPerFile()
        #expect(once.limitedPerFile() == once)
        #expect(once.tally == "280 warnings")
        // A later stage's warnings of the same file join the count of those left out.
        let later = (300..<310).map { Diagnostic.warning(file: "cases/a.md", line: $0, "later \($0)", dutch: "later \($0)") }
        let again = (once + later).limitedPerFile()
        #expect(again.filter { $0.location.file == "cases/a.md" }.count == 51)
        #expect(again.tally == "290 warnings")
    }

    @Test func theSameWarningFromTwoPartsOfTheSiteIsToldOnce() {
        let warning = Diagnostic.warning(
            file: "reports/voldaan.md", line: 4, "an HTML comment is not published", dutch: "Een HTML-commentaar wordt niet gepubliceerd.")
        #expect([warning, warning].limitedPerFile() == [warning])
    }

    /// The issue's case: a body with thousands of footnotes that nothing refers to.
    @Test("5,000 unused footnotes give 50 warnings and one line for the rest", arguments: ["build", "check"])
    func thousandsOfUnusedFootnotesAreCutShort(_ command: String) throws {
        let folder = try Trust.minimalCopy("unused-notes") { content in
            let file = content.appendingPathComponent("cases/noorderlicht.md")
            let notes = (1...5000).map { "[^\($0)]: Noot \($0)." }.joined(separator: "\n")
            // rapport: eigen: the body is the whole report, so the only warnings are the notes'.
            let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(
                of: "status: voldaan\n", with: "status: voldaan\nrapport: eigen\n")
            try Support.write(text + "Tekst zonder verwijzing.\n\n" + notes + "\n", to: file)
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Support.run([command, "--content", "Content"] + (command == "build" ? ["--output", "public"] : []), in: folder)
        #expect(run.status == 0, "\(run.stderr.prefix(2000))")
        let lines = run.stderr.split(separator: "\n").map(String.init)
        let warnings = lines.filter { $0.hasPrefix("Content/cases/noorderlicht.md:") }
        #expect(warnings.count == 51, "\(lines.count) lines")
        #expect(warnings.prefix(50).allSatisfy { $0.contains("is not referred to in the text") })
        #expect(warnings.last?.hasSuffix("4950 more warnings in this file are not shown; fix the ones above first") == true, "\(warnings.last ?? "")")
        // Besides them only minimal's own: its allowed number appears nowhere.
        #expect(lines.count == 52, "nothing else on standard error: \(lines.suffix(3))")
        #expect(lines.last?.hasPrefix("Content/site.yml:12: warning: privacy.toegestaan allows") == true)
    }

    @Test func aFailedBuildCountsEveryErrorItLeftOut() throws {
        let folder = try Trust.minimalCopy("many-errors") { content in
            var text = ValidationRuleTests.head
            for index in 0..<500 { text += "onbekend\(index): x\n" }
            try Support.write(text + "---\n", to: content.appendingPathComponent("cases/noorderlicht.md"))
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Support.run(["check", "--content", "Content"], in: folder)
        #expect(run.status == 1)
        #expect(run.errors.count == 51)
        #expect(run.stderr.hasSuffix("\n500 errors.\n"), "\(run.stderr.suffix(300))")
    }

    @Test func thePreviewsErrorPageCountsEveryError() {
        var left = Diagnostic(
            file: "cases/a.md", line: 50, "450 more problems in this file are not shown; fix the ones above first",
            dutch: "Nog 450 fouten in dit bestand worden niet getoond; herstel eerst de meldingen hierboven.")
        left.leftOut = 450
        let shown = (1...50).map { Diagnostic(file: "cases/a.md", line: $0, "error \($0)", dutch: "fout \($0)") }
        let page = ErrorPage.html(shown + [left], generation: "1")
        #expect(page.contains("<title>De inhoud bevat 500 fouten"))
    }
}
