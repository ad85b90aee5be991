import Foundation
import Testing

@testable import HerstelSite

/// SPEC §1: a placeholder whose value a draft lacks is a warning and a visible gap in the
/// preview; in a published case it stays an error. Fixture: `draft-missing-values`.
@Suite("Drafts: a missing value never stops the public site")
struct DraftGapTests {
    static let expectedWarnings = [
        "cases/open-met-tekst.md:18: warning: placeholder @afgesloten@ has no value yet: the case has no 'afgesloten' date",
        "reports/voldaan.md:5: warning: placeholder @ontvangen@ has no value yet for cases/open-met-sjabloon.md:",
        "reports/voldaan.md:5: warning: placeholder @ontvangen@ has no value yet for cases/teruggehouden.md:",
        "reports/voldaan.md:6: warning: placeholder @afgesloten@ has no value yet for cases/open-met-sjabloon.md:",
    ]

    /// The warning lines of standard error, with the content folder's path taken off.
    static func warnings(_ run: Run, content: URL) -> [String] {
        run.stderr.split(separator: "\n").map(String.init).filter { $0.contains(": warning: ") }
            .map { $0.replacingOccurrences(of: content.path + "/", with: "") }
    }

    @Test func checkWarnsAtEachPlaceholderOfEachDraftAndSucceeds() throws {
        let folder = try Support.copyFixture("draft-missing-values")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("Content")
        let run = try Support.run(["check", "--content", content.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.errors.isEmpty)
        let warnings = Self.warnings(run, content: content)
        #expect(warnings.count == Self.expectedWarnings.count, "\(warnings)")
        for (line, expected) in zip(warnings, Self.expectedWarnings) {
            #expect(line.hasPrefix(expected), "\(line)")
        }
        #expect(run.stdout.contains("OK: 1 published case"))
    }

    @Test func buildSucceedsAndPublishesNothingOfTheDrafts() throws {
        let folder = try Support.copyFixture("draft-missing-values")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("Content")
        let output = folder.appendingPathComponent("public")
        let run = try Support.run(["build", "--content", content.path, "--output", output.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(Self.warnings(run, content: content).count == Self.expectedWarnings.count)
        #expect(run.stdout.contains("Built 1 school year, 1 board, 1 report"))
        for (path, data) in Support.tree(output) {
            let text = String(decoding: data, as: UTF8.self)
            for trace in ["Nog Bezig", "Sjabloon Open", "Teruggehouden", "nog niet bekend", "class=\"gap\""] {
                #expect(!text.contains(trace), "\(trace) in \(path)")
            }
        }
        #expect(
            Support.text(output.appendingPathComponent("besturen/41234/2022-2023/index.html")).contains("De zaak is afgesloten op 20 november 2023."))
    }

    @Test func thePublishedCaseWithTheSameProblemStillFails() throws {
        let folder = try Support.copyFixture("draft-missing-values")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("Content")
        let file = content.appendingPathComponent("cases/teruggehouden.md")
        try Support.write(Support.text(file).replacingOccurrences(of: "publiceren: false\n", with: ""), to: file)
        let output = folder.appendingPathComponent("public")
        let run = try Support.run(["build", "--content", content.path, "--output", output.path])
        #expect(run.status == 1)
        let errors = run.errors.map { $0.replacingOccurrences(of: content.path + "/", with: "") }
        #expect(errors.count == 1, "\(run.stderr)")
        #expect(errors.first?.hasPrefix("reports/voldaan.md:5: error: placeholder @ontvangen@ has no value for cases/teruggehouden.md") == true)
        // The drafts' problems are still told, as warnings, with the error.
        #expect(Self.warnings(run, content: content).count == 3)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func anUnknownPlaceholderInADraftStaysAnError() throws {
        let folder = try Support.copyFixture("draft-missing-values")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("Content")
        let file = content.appendingPathComponent("cases/open-met-tekst.md")
        try Support.write(Support.text(file) + "Zie @besluitdatum@.\n", to: file)
        let run = try Support.run(["check", "--content", content.path])
        #expect(run.status == 1)
        #expect(run.errors.contains { $0.contains("open-met-tekst.md:19: error: unknown placeholder @besluitdatum@") }, "\(run.stderr)")
    }

    @Test func theDraftPreviewShowsEachGapAsMarkedText() async throws {
        let server = try PreviewProcess(drafts: true, fixture: "draft-missing-values")
        defer { server.kill() }
        let page = try server.get("/besturen/50001/2022-2023/").body
        #expect(page.contains("De zaak is afgesloten op <mark class=\"gap\">[afgesloten: nog niet bekend]</mark>."), "\(page)")
        #expect(page.contains("Nog niet bekend en in de tekst gemarkeerd: afgesloten."))
        let template = try server.get("/besturen/50002/2022-2023/").body
        #expect(template.contains("<mark class=\"gap\">[ontvangen: nog niet bekend]</mark>"))
        #expect(template.contains("<mark class=\"gap\">[afgesloten: nog niet bekend]</mark>"))
        // Told after the build is served, so it may come a moment after the page.
        try await eventually { server.errors.contains("warning: placeholder @afgesloten@ has no value yet") }
        let css = try server.get("/assets/herstelsite.css").body
        #expect(css.contains("mark.gap"))
        #expect(try server.stop() == 0)
    }
}

/// The gap is markup the renderer makes; nothing an author writes becomes one.
@Suite("Drafts: gaps are made by the renderer")
struct GapRenderingTests {
    static func draft(body: String) -> Case {
        Case(
            file: "cases/x.md", schoolYear: SchoolYear("2022-2023")!, sector: "po", board: BoardRef(name: "Stichting <b>Ster</b>", number: "41234"),
            schools: [School(name: "De Ster", brin: "12AB", branch: "00", line: 8)], ordered: Day(iso: "2023-07-15")!,
            deadline: Day(iso: "2023-11-01")!, status: .open, received: nil, closed: nil, publish: true, reportTemplate: nil, privateValues: [],
            body: MarkdownSource(file: "cases/x.md", firstLine: 10, text: body), fieldLines: [:], publishedFields: [])
    }

    static func render(_ item: Case) -> (html: String, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let report = Anonymiser.report(for: item, templates: [:], settings: nil, &diagnostics)!
        return (Markdown.html(report.markdown, gaps: report.gaps), diagnostics)
    }

    @Test func aGapInRunningTextIsAMarkElement() {
        let (html, diagnostics) = Self.render(Self.draft(body: "Afgesloten op @afgesloten@, ontvangen *@ontvangen@*.\n"))
        #expect(
            html
                == "<p>Afgesloten op <mark class=\"gap\">[afgesloten: nog niet bekend]</mark>, ontvangen <em><mark class=\"gap\">[ontvangen: nog niet bekend]</mark></em>.</p>\n"
        )
        #expect(diagnostics.map(\.severity) == [.warning, .warning])
        #expect(diagnostics.map(\.location.line) == [10, 10])
    }

    @Test func markersAnAuthorWritesAreNotGaps() {
        let forged = "Nep \u{E000}0\u{E001} en echt @afgesloten@.\n"
        let (html, _) = Self.render(Self.draft(body: forged))
        #expect(html.components(separatedBy: "<mark").count == 2, "\(html)")
        #expect(!html.contains("\u{E000}"))
        #expect(html.contains("Nep \u{FFFD}0\u{FFFD} en echt <mark class=\"gap\">"))
    }

    @Test func whereMarkupCannotGoTheGapIsPlainText() {
        let (html, _) = Self.render(Self.draft(body: "`@afgesloten@` en ![foto @afgesloten@](a.png)\n"))
        #expect(html.contains("<code>[afgesloten: nog niet bekend]</code>"), "\(html)")
        #expect(html.contains("alt=\"foto [afgesloten: nog niet bekend]\""), "\(html)")
        #expect(!html.contains("\u{E000}"))
    }

    @Test func aPublishedCaseHasNoGapsButErrors() {
        var item = Self.draft(body: "Ontvangen op @ontvangen@.\n")
        item.status = .notComplied
        item.closed = Day(iso: "2023-12-01")
        let (html, diagnostics) = Self.render(item)
        #expect(!html.contains("<mark"))
        #expect(diagnostics.count == 1 && diagnostics[0].isError)
    }
}
