import Foundation
import HerstelSite
import Testing

/// SPEC §3: GFM footnotes, rendered with labelled links both ways, in Dutch.
@Suite("Markdown: footnotes")
struct FootnoteTests {
    static let text = "Zie de wet[^1] en de regeling[^regeling].\n\nNog eens de wet[^1].\n\n[^1]: Artikel 4c WPO.\n[^regeling]: De regeling.\n"

    @Test func aFootnoteIsRenderedNotShownAsLiteralText() {
        let html = Markdown.html(Self.text)
        #expect(!html.contains("[^1]") && !html.contains("[^regeling]"))
        #expect(html.contains("<li id=\"fn-1\">") && html.contains("Artikel 4c WPO."))
        #expect(html.contains("<li id=\"fn-regeling\">"))
    }

    @Test func referencesAndLinksBackAreLabelledInDutch() {
        let html = Markdown.html(Self.text)
        #expect(html.contains("<a href=\"#fn-1\" id=\"fnref-1\" data-footnote-ref aria-label=\"Voetnoot 1\">1</a>"))
        #expect(html.contains("<a href=\"#fn-regeling\" id=\"fnref-regeling\" data-footnote-ref aria-label=\"Voetnoot 2\">2</a>"))
        // The second reference to the same note has an id of its own, and its own way back.
        #expect(html.contains("id=\"fnref-1-2\""))
        #expect(html.contains("<a href=\"#fnref-1-2\" class=\"footnote-backref\" data-footnote-backref aria-label=\"Terug naar de tekst\">"))
        #expect(!html.contains("Back to content"))
    }

    @Test func theNotesHaveAHeadingAtTheLevelOfTheText() {
        #expect(Markdown.html(Self.text).contains("<section class=\"footnotes\" data-footnotes>\n<h2>Voetnoten</h2>\n<ol>"))
        #expect(Markdown.html(Self.text, topHeadingLevel: 3).contains("<h3>Voetnoten</h3>"))
    }

    @Test func idsAreStableAndEveryIdIsUsedOnce() throws {
        let html = Markdown.html(Self.text)
        #expect(html == Markdown.html(Self.text))
        let ids = try Regex(#"id="([^"]+)""#)
        let found = html.matches(of: ids).map { String($0.output[1].substring!) }
        #expect(found.count == 5)
        #expect(Set(found).count == found.count, "\(found)")
    }

    /// Thousands of notes (issue 22: 20,000 took minutes, the finding of the notes shown being
    /// quadratic; bench/footnotes.sh times it). Each note is still numbered and linked both
    /// ways, and exactly the unused ones are told, each at its own line.
    @Test func thousandsOfNotesAreEachShownOrToldAtTheirLine() {
        let count = 3000
        let references = (1...count).filter { $0 % 3 != 0 }.map { "Zin \($0)[^n\($0)]." }.joined(separator: " ")
        let definitions = (1...count).map { "[^n\($0)]: Noot \($0)." }.joined(separator: "\n")
        let rendered = Markdown.render(references + "\n\n" + definitions + "\n")
        let used = (1...count).filter { $0 % 3 != 0 }
        #expect(rendered.html.components(separatedBy: "<li id=\"fn-").count - 1 == used.count)
        #expect(rendered.html.contains("<a href=\"#fn-n2\" id=\"fnref-n2\" data-footnote-ref aria-label=\"Voetnoot 2\">2</a>"))
        #expect(rendered.html.contains("aria-label=\"Voetnoot \(used.count)\">\(used.count)</a>"))
        #expect(rendered.html.contains("<a href=\"#fnref-n\(count - 1)\" class=\"footnote-backref\""))
        // Definitions start at line 3: note k is on line k + 2.
        #expect(rendered.removals.map(\.line) == (1...count).filter { $0 % 3 == 0 }.map { $0 + 2 })
        #expect(rendered.removals.first?.message.hasPrefix("footnote [^n3] is not referred to") == true)
    }

    @Test func aNoteWithALabelThatIsNotASCIIIsFoundAsUsed() {
        let rendered = Markdown.render("Zie de wet[^één] en[^Twee].\n\n[^één]: Eén.\n[^twee]: Twee.\n[^drie]: Drie.\n")
        #expect(
            rendered.removals.map(\.message) == [
                "footnote [^drie] is not referred to in the text, so it is not shown; refer to it with [^drie] or remove it"
            ])
    }

    @Test func textWithoutFootnotesIsUnchanged() {
        #expect(Markdown.html("Gewoon [^niet] een noot.\n") == "<p>Gewoon [^niet] een noot.</p>\n")
    }

    @Test func aReportWithFootnotesIsBuiltWithThem() throws {
        let result = try FixtureRun("warnings-removed")
        defer { result.cleanUp() }
        #expect(result.run.status == 0, "\(result.run.stderr)")
        let page = Support.text(result.output.appendingPathComponent("besturen/41234/2022-2023/index.html"))
        #expect(page.contains("<h2>Voetnoten</h2>"))
        #expect(page.contains("<li id=\"fn-wet\">\n<p>Artikel 4c, eerste lid onder b, van de WPO."))
        #expect(page.contains("aria-label=\"Voetnoot 1\""))
        // The page's own h1 stays the only one.
        #expect(page.components(separatedBy: "<h1").count == 2)
    }
}
