import Foundation
import Testing

@testable import HerstelPreview
@testable import HerstelSite

/// SPEC §1: a case body is its report, else its template. A body that replaces the template the
/// case would get says so; `@rapport@` on a line of its own keeps the template inside the body;
/// `rapport: eigen` says the body is the whole report on purpose; `changes` tells a switch.
/// Fixture: `body-and-template` (noorderlicht replaces voldaan.md, zuiderzon keeps
/// niet-voldaan.md between two paragraphs of its own).
@Suite("A body and the template it replaces or keeps")
struct ReportTemplateBodyTests {
    static func warnings(_ run: Run, content: URL) -> [String] {
        run.stderr.split(separator: "\n").map(String.init).filter { $0.contains(": warning: ") }
            .map { $0.replacingOccurrences(of: content.path + "/", with: "") }
    }

    @Test func aBodyThatReplacesItsTemplateIsAWarningAtItsFirstLine() throws {
        let folder = try Support.copyFixture("body-and-template")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("Content")
        let run = try Support.run(["check", "--content", content.path])
        #expect(run.status == 0, "\(run.stderr)")
        let warnings = Self.warnings(run, content: content)
        let replaced = warnings.filter { $0.contains("replaces the report template") }
        #expect(
            replaced == [
                "cases/noorderlicht.md:24: warning: this body replaces the report template reports/voldaan.md (for status voldaan), which is then not published for this case; to keep the template and add to it, write @rapport@ on a line of its own where its text belongs; if the body is meant as the whole report, write 'rapport: eigen'"
            ], "\(warnings)")
    }

    @Test func rapportOnItsOwnLineInsertsTheFilledTemplate() throws {
        let folder = try Support.copyFixture("body-and-template")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("Content")
        let output = folder.appendingPathComponent("public")
        let run = try Support.run(["build", "--content", content.path, "--output", output.path])
        #expect(run.status == 0, "\(run.stderr)")
        let page = Support.text(output.appendingPathComponent("besturen/05678/2022-2023/index.html"))
        let intro = try #require(page.range(of: "<p>Inleiding bij het rapport.</p>"))
        let filled = try #require(page.range(of: "<li>Bevoegd gezag: Stichting Zuiderzon (bestuursnummer 05678)</li>"))
        let after = try #require(page.range(of: "<p>Na het rapport vet.</p>"))
        #expect(intro.upperBound < filled.lowerBound && filled.upperBound < after.lowerBound)
        #expect(page.contains("De inspectie\nsloot het onderzoek af op 4 december 2023."))
        #expect(!page.contains("@rapport@"))
        #expect(page.contains("<!-- rapport: eigen tekst met sjabloon niet-voldaan -->"))
        let own = Support.text(output.appendingPathComponent("besturen/41234/2022-2023/index.html"))
        #expect(own.contains("<!-- rapport: eigen tekst -->"))
        // The raw HTML after the inserted template is told at its own line of the case file,
        // not at the line it has in the filled text.
        let warnings = Self.warnings(run, content: content)
        #expect(warnings.contains { $0.hasPrefix("cases/zuiderzon.md:25: warning: raw HTML `<b>`") }, "\(warnings)")
        #expect(!warnings.contains { $0.contains("zuiderzon.md") && $0.contains("replaces the report template") })
    }

    @Test func changesNamesAReportThatSwitchedBetweenTemplateAndOwnText() throws {
        let folder = try Support.copyFixture("body-and-template")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("Content")
        let earlier = folder.appendingPathComponent("public")
        // The earlier build: both cases with their template only.
        let templatesOnly = try Support.copyFixture("body-and-template")
        defer { try? FileManager.default.removeItem(at: templatesOnly) }
        for name in ["noorderlicht", "zuiderzon"] {
            let url = templatesOnly.appendingPathComponent("Content/cases/\(name).md")
            let text = Support.text(url)
            let end = text.range(of: "\n---\n", range: text.index(after: text.startIndex)..<text.endIndex)!
            try Support.write(String(text[..<end.upperBound]), to: url)
        }
        let built = try Support.run(["build", "--content", templatesOnly.appendingPathComponent("Content").path, "--output", earlier.path])
        #expect(built.status == 0, "\(built.stderr)")
        let run = try Support.run(["changes", "--content", content.path, "--against", earlier.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout.contains("besturen/41234/2022-2023/  Stichting Noorderlicht, 2022-2023\n      text: was template voldaan, now own text\n"),
            "\(run.stdout)")
        #expect(
            run.stdout.contains(
                "besturen/05678/2022-2023/  Stichting Zuiderzon, 2022-2023\n      text: was template niet-voldaan, now own text with template niet-voldaan\n"
            ),
            "\(run.stdout)")
    }

    @Test func theChangesPageNamesTheSwitchInDutch() {
        var report = SiteChanges.Report(path: "besturen/41234/2022-2023/", board: "Stichting Noorderlicht", schoolYear: "2022-2023")
        report.origin = .init(old: .template("voldaan"), new: .own)
        var changes = SiteChanges()
        changes.changedReports = [report]
        let html = ChangesPage.html(changes, against: "public/", generation: "1")
        #expect(html.contains("<p class=\"bron\">Tekst: was sjabloon voldaan, nu eigen tekst.</p>"), "\(html)")
    }

    @Test func theOriginIsReadBackFromThePageComment() {
        for origin in [ReportOrigin.template("voldaan"), .own, .ownWithTemplate("niet-voldaan")] {
            #expect(SiteChanges.origin(of: Array(("<main>" + origin.comment + "<p>x</p>").utf8)) == origin)
        }
        #expect(SiteChanges.origin(of: Array("<main><p>x</p>".utf8)) == nil)
    }

    /// The lines of a report with an inserted template map back to the body and the template.
    @Test func everyLineOfTheFilledTextHasItsSourceLine() {
        let report = PublicReport(
            markdown: "a\n\nt1\nt2\n\nb", source: MarkdownSource(file: "cases/x.md", firstLine: 10, text: "a\n@rapport@\nb"),
            inserted: .init(template: MarkdownSource(file: "reports/voldaan.md", firstLine: 1, text: "t1\nt2\n"), atLine: 1, lineCount: 4))
        let expected = [
            ("cases/x.md", 10), ("cases/x.md", 11), ("reports/voldaan.md", 1), ("reports/voldaan.md", 2), ("cases/x.md", 11),
            ("cases/x.md", 12),
        ]
        for (index, (file, line)) in expected.enumerated() {
            #expect(report.location(ofLine: index + 1) == SourceLocation(file: file, line: line), "line \(index + 1)")
        }
    }

    func diagnostics(body: String, status: String = "voldaan", template: String? = nil, templates: [String]) throws -> [String] {
        let folder = try Support.copyFixture("body-and-template")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("Content")
        let url = content.appendingPathComponent("cases/noorderlicht.md")
        var text = Support.text(url)
        text = String(text[..<text.range(of: "\n---\n", range: text.index(after: text.startIndex)..<text.endIndex)!.upperBound]) + body
        if let template { text = text.replacingOccurrences(of: "status: voldaan\n", with: "status: \(status)\nrapport: \(template)\n") }
        try Support.write(text, to: url)
        for name in ["voldaan", "niet-voldaan"] where !templates.contains(name) {
            try FileManager.default.removeItem(at: content.appendingPathComponent("reports/\(name).md"))
        }
        let run = try Support.run(["check", "--content", content.path])
        return run.stderr.split(separator: "\n").map { $0.replacingOccurrences(of: content.path + "/", with: "") }
            .filter { $0.hasPrefix("cases/noorderlicht.md") }
    }

    @Test func rapportEigenSaysTheBodyIsTheWholeReport() throws {
        #expect(try diagnostics(body: "Eigen tekst.\n", template: "eigen", templates: ["voldaan", "niet-voldaan"]).isEmpty)
        let empty = try diagnostics(body: "", template: "eigen", templates: ["voldaan", "niet-voldaan"])
        #expect(
            empty.count == 1 && empty[0].hasPrefix("cases/noorderlicht.md:16: error: 'rapport: eigen' says the body is the whole report"), "\(empty)")
    }

    @Test func rapportWithoutATemplateIsAnErrorInAPublishedCase() throws {
        let found = try diagnostics(body: "Tekst.\n\n@rapport@\n", templates: ["niet-voldaan"])
        #expect(
            found == [
                "cases/noorderlicht.md:26: error: @rapport@ inserts the report template reports/voldaan.md, which does not exist; templates are: niet-voldaan"
            ], "\(found)")
    }

    @Test func rapportInsideASentenceOrTwiceIsAnError() throws {
        let inline = try diagnostics(body: "Zie @rapport@ hier.\n", templates: ["voldaan"])
        #expect(
            inline.contains { $0.hasPrefix("cases/noorderlicht.md:24: error: @rapport@ works only in a case body, on a line of its own") },
            "\(inline)")
        let twice = try diagnostics(body: "@rapport@\n\n@rapport@\n", templates: ["voldaan"])
        #expect(
            twice == ["cases/noorderlicht.md:26: error: @rapport@ inserts the template once; this one is left out (the first is at line 24)"],
            "\(twice)")
    }
}
