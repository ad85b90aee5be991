import Foundation
import Testing

@testable import HerstelPreview
@testable import HerstelSite

/// The preview speaks Dutch to reviewers (issue 21): the error page shows each problem's Dutch
/// text, and `/_wijzigingen/` has no English left. The command line stays English.
@Suite("Preview: the error page and /_wijzigingen/ in Dutch")
struct PreviewDutchTests {
    /// The diagnostics of some bad fixtures, as the preview would get them.
    static func fixtureDiagnostics() -> [Diagnostic] {
        ["bad-formats", "bad-yaml-syntax", "bad-site-yml", "bad-unknown-placeholder", "bad-status-rules"].flatMap { name in
            let result = Pipeline.build(contentPath: Support.fixtures.appendingPathComponent(name).path, options: Pipeline.Options(drafts: true))
            guard case .failure(let diagnostics) = result else { return [Diagnostic]() }
            return diagnostics
        }
    }

    /// Visible text of a page: no markup, styles, scripts or code (file and field names).
    static func visibleText(_ html: String) -> String {
        html.replacing(/(?s)<style>.*?<\/style>/, with: " ").replacing(/(?s)<script>.*?<\/script>/, with: " ")
            .replacing(/(?s)<code>.*?<\/code>/, with: " ").replacing(/<[^>]+>/, with: " ")
            .replacingOccurrences(of: "&apos;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// English words a Dutch page has no use for.
    static let englishWords = [
        "the", "and", "or", "with", "without", "are", "not", "report", "reports", "changed", "new", "removed", "withdrawn",
        "correction", "entry", "error", "errors", "warning", "page", "pages", "file", "files", "folder", "summary", "does", "exist", "build",
        "must", "cannot", "line", "write", "remove",
    ]

    static func englishIn(_ text: String) -> [String] {
        // Paths (reports/voldaan.md) and placeholders are names, whatever language they are in.
        let prose = text.split(whereSeparator: \.isWhitespace).filter { !$0.contains("/") && !$0.contains("@") }.joined(separator: " ")
        let words = Set(prose.lowercased().split { !$0.isLetter }.map(String.init))
        return englishWords.filter(words.contains)
    }

    @Test func theErrorPageShowsEachProblemInDutch() {
        let hostile = Diagnostic(
            file: "Content/cases/<b>.md", line: 3, "name is \"<script>alert(1)</script>\" & more",
            dutch: "De naam is \"<script>alert(1)</script>\" & meer.")
        let diagnostics = Self.fixtureDiagnostics() + [hostile]
        #expect(diagnostics.count >= 20, "\(diagnostics.count)")
        #expect(diagnostics.allSatisfy { $0.hasDutch })
        let html = ErrorPage.html(diagnostics, generation: "g-1")
        #expect(html.contains("<html lang=\"nl\">"))
        #expect(!html.contains("lang=\"en\""), "\(html)")
        #expect(!html.contains("nog niet vertaald"))
        for diagnostic in diagnostics {
            #expect(html.contains("<span class=\"melding\">\(Escape.xml(diagnostic.previewText))</span>"), "\(diagnostic)")
            #expect(!html.contains(Escape.xml(diagnostic.message)), "English left: \(diagnostic.message)")
        }
        #expect(html.contains("De naam is &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot; &amp; meer."))
        #expect(!html.contains("<script>alert"))
        #expect(Self.englishIn(Self.visibleText(html)).isEmpty, "\(Self.englishIn(Self.visibleText(html)))")
    }

    /// What the preview serves while the content has errors: the page, and the same list as
    /// text for requests that are not pages, both in Dutch.
    @Test func thePreviewServesTheDutchPageAndText() {
        let diagnostics = Self.fixtureDiagnostics()
        let site = PreviewSite(.failure(diagnostics), generation: "g-2")
        let page = site.reply(method: .get, target: "/besturen/").text
        #expect(page.contains("<span class=\"melding\">\(Escape.xml(diagnostics[0].dutch!))</span>"), "\(page)")
        #expect(!page.contains("lang=\"en\""))
        let text = site.reply(method: .get, target: "/assets/herstelsite.css").text
        for diagnostic in diagnostics {
            #expect(text.contains(diagnostic.previewText), "\(diagnostic)")
            #expect(!text.contains(diagnostic.message), "English left: \(diagnostic.message)")
        }
        #expect(!text.contains(": error: ") && text.contains(": fout: "))
    }

    @Test func theChangesPageHasNoEnglishLeft() throws {
        let setup = try ChangesCorrectionTests()
        defer { try? FileManager.default.removeItem(at: setup.folder) }
        try setup.makeEdits()
        // Besides a changed, a corrected and a withdrawn report: a new one, a changed page, and
        // a report that switched from its own text to its template.
        try Support.write(
            ChangesCorrectionTests.ster.replacingOccurrences(of: "41111", with: "42222").replacingOccurrences(of: "Ster", with: "Maan"),
            to: setup.content.appendingPathComponent("cases/maan.md"))
        try setup.edit("pages/over.md") { $0 + "\nEen nieuwe alinea over deze lijst.\n" }
        let html = ChangesPage.make(contentPath: setup.content.path, against: setup.public_.path, generation: "1")
        for heading in ["Nieuwe rapporten (1)", "Gewijzigde rapporten", "Ingetrokken rapporten (1)", "Andere pagina’s", "Open data"] {
            #expect(html.contains("<h2>\(heading)"), "\(heading)\n\(html)")
        }
        #expect(html.contains("<strong>Waarschuwing:</strong> de tekst van dit rapport is gewijzigd"))
        #expect(!html.contains("lang=\"en\""), "\(html)")
        let english = Self.englishIn(Self.visibleText(html))
        #expect(english.isEmpty, "English on /_wijzigingen/: \(english)\n\(Self.visibleText(html))")
    }

    @Test func withoutAnEarlierBuildTheChangesPageSaysSoInDutch() throws {
        let folder = try Support.temporaryFolder("dutch-changes")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bestand")
        try Support.write("x", to: file)
        let minimal = Support.fixtures.appendingPathComponent("minimal").path
        for (against, words) in [
            (folder.appendingPathComponent("bestaat-niet").path, "bestaat niet"), (file.path, "is geen map"),
            (folder.path, "is geen site die herstelsite bouwde"),
        ] {
            let html = ChangesPage.make(contentPath: minimal, against: against, generation: "1")
            #expect(html.contains("Geen eerdere bouw om mee te vergelijken"))
            #expect(html.contains(words), "\(html)")
            #expect(!html.contains("lang=\"en\""))
            #expect(Self.englishIn(Self.visibleText(html)).isEmpty, "\(Self.englishIn(Self.visibleText(html)))")
        }
    }
}
