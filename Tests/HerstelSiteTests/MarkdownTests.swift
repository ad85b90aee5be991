import HerstelSite
import Testing

/// The cmark-gfm wrapper: what a report's Markdown may and may not become.
@Suite("Markdown")
struct MarkdownTests {
    @Test func anUnsafeLinkKeepsItsTextButIsNoLink() {
        let html = Markdown.html("Klik [hier](javascript:alert(1)) of [daar](data:text/html,x).")
        #expect(html == "<p>Klik hier of daar.</p>\n")
    }

    @Test func safeLinksStay() {
        let html = Markdown.html("[a](https://example.org/) [b](../besturen/) [c](mailto:info@example.org)")
        #expect(html.contains("<a href=\"https://example.org/\">a</a>"))
        #expect(html.contains("<a href=\"../besturen/\">b</a>"))
        #expect(html.contains("<a href=\"mailto:info@example.org\">c</a>"))
    }

    @Test func anUnsafeImageIsLeftOut() {
        #expect(!Markdown.html("![x](javascript:alert(1))").contains("<img"))
    }

    @Test func rawHTMLIsLeftOutEntirely() {
        let html = Markdown.html("Tekst <script>alert(1)</script> en <b>vet</b>.\n\n<div>blok</div>\n")
        #expect(!html.contains("<script") && !html.contains("<b>") && !html.contains("<div>") && !html.contains("raw HTML"))
    }

    @Test func aDroppedHeadingWithRawHTMLInsideIsFreedOnce() {
        // The heading and the HTML inside it are both removed; only the heading is freed.
        let html = Markdown.html("# Titel <b>x</b> [y](javascript:z)\n\nTekst.\n", dropLeadingHeading: true)
        #expect(html == "<p>Tekst.</p>\n")
    }

    @Test func headingsAreShiftedBelowThePageTitle() {
        #expect(Markdown.html("# Een\n\n## Twee\n") == "<h2>Een</h2>\n<h3>Twee</h3>\n")
    }
}

/// cmark-gfm marks '~' special in a table shared by all parsers while one parser reads
/// inlines, and unmarks it when done: rendering on all cores must still give every
/// strikethrough (a build once showed `~~alsnog~~` literally in a few reports).
@Suite("Markdown on all cores")
struct MarkdownConcurrencyTests {
    @Test func everyStrikethroughSurvivesParallelRendering() async {
        let documents = (0..<4000).map { "Punt \($0): ~~alsnog~~ en *nadruk* in een | tabel |\n|---|\n| ~~x~~ |\n" }
        let results = await withTaskGroup(of: Bool.self) { group in
            for document in documents {
                group.addTask {
                    let html = Markdown.html(document)
                    return html.contains("<del>alsnog</del>") && !html.contains("~~")
                }
            }
            var all: [Bool] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.filter { !$0 }.isEmpty, "\(results.filter { !$0 }.count) of \(results.count) lost their strikethrough")
    }
}
