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
