import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// SPEC §3: raw HTML in Markdown is left out, unsafe link targets are dropped, and names are
/// escaped wherever they land. Content is written by people, and people paste things.
@Suite("Hostile content: builds, and nothing of it can run in a browser")
struct HostileTests {
    let folder: URL
    let output: URL
    let run: Run

    static let boardName = "Stichting <script>alert('x')</script> \"Zuid\" & Zon, *Ster* [SSO]"
    static let boardPlace = "Zuid<img src=x onerror=alert(1)>dorp"
    static let schoolName = "College '&amp;' \"Zuid\"; <iframe src=javascript:alert(1)>"

    init() throws {
        folder = try Support.copyFixture("hostile")
        output = folder.appendingPathComponent("public")
        run = try Support.run(["build", "--content", folder.appendingPathComponent("Content").path, "--output", output.path])
    }

    var files: [String: String] { Support.tree(output).mapValues { String(decoding: $0, as: UTF8.self) } }

    /// A start tag of a page: its name and attributes (values with entities decoded).
    struct Tag {
        var name: String
        var attributes: [(name: String, value: String)]
        var text: String
    }

    /// Every real tag of a page; text that only looks like a tag (`&lt;script&gt;`) is not one.
    static func tags(_ html: String) -> [Tag] {
        var result: [Tag] = []
        var rest = html[...]
        while let open = rest.range(of: #"<[A-Za-z][^>]*>"#, options: .regularExpression) {
            let text = String(rest[open])
            rest = rest[open.upperBound...]
            let name = String(text.dropFirst().prefix { $0.isLetter || $0.isNumber }).lowercased()
            var attributes: [(String, String)] = []
            var inner = text.dropFirst(1 + name.count).dropLast()[...]
            while let match = inner.range(of: #"([^\s=/]+)(\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?"#, options: .regularExpression) {
                let attribute = inner[match]
                let key = String(attribute.prefix { $0 != "=" && !$0.isWhitespace }).lowercased()
                var value = ""
                if let equals = attribute.firstIndex(of: "=") {
                    value = attribute[attribute.index(after: equals)...].trimmingCharacters(in: .whitespaces)
                    if value.hasPrefix("\"") || value.hasPrefix("'") { value = String(value.dropFirst().dropLast()) }
                }
                let decoded = value.replacingOccurrences(of: "&#58;", with: ":").replacingOccurrences(of: "&colon;", with: ":")
                    .replacingOccurrences(of: "&#x3a;", with: ":", options: .caseInsensitive).replacingOccurrences(of: "&amp;", with: "&")
                attributes.append((key, decoded))
                inner = inner[match.upperBound...]
            }
            result.append(Tag(name: name, attributes: attributes, text: text))
        }
        return result
    }

    /// Tags the built-in theme and cmark-gfm make; content can add no other.
    static let expectedTags: Set<String> = [
        "html", "head", "meta", "title", "link", "body", "header", "nav", "main", "footer", "div", "span", "a", "p", "ul",
        "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "article", "aside", "section", "dl", "dt", "dd", "time", "table",
        "thead", "tbody", "tr", "th", "td", "caption", "em", "strong", "code", "pre", "blockquote", "hr", "br", "img", "del",
        "input", "label", "form", "button", "script", "abbr", "small", "figure", "figcaption", "svg", "path", "noscript",
        "sup", "sub", "mark", "search", "details", "summary", "colgroup", "col", "kbd", "s",
    ]

    /// Elements of the Atom feed and the sitemap.
    static let feedTags: Set<String> = [
        "feed", "title", "subtitle", "id", "link", "updated", "author", "name", "entry", "summary", "urlset", "url", "loc", "lastmod",
    ]

    @Test func hostileContentBuilds() {
        #expect(run.status == 0, "\(run.stderr)")
        Trust.expectNoCrash(run)
    }

    @Test func noScriptFromContentReachesAPage() {
        var pages = 0
        for (path, text) in files where path.hasSuffix(".html") || path.hasSuffix(".xml") {
            pages += 1
            // 404.html carries its own small stylesheet, as it is served from any depth.
            let allowed = path.hasSuffix(".xml") ? Self.feedTags : path == "404.html" ? Self.expectedTags.union(["style"]) : Self.expectedTags
            for tag in Self.tags(text) {
                #expect(allowed.contains(tag.name), "\(path): \(tag.text)")
                // The site's own search script is the only script, and it is a file of its own.
                if tag.name == "script" {
                    #expect(
                        tag.attributes.map(\.name) == ["src", "defer"] && tag.attributes[0].value.hasSuffix("assets/zoeken.js"),
                        "\(path): \(tag.text)")
                }
                for attribute in tag.attributes {
                    #expect(!attribute.name.hasPrefix("on"), "\(path): \(tag.text)")
                    #expect(attribute.name != "style" || !attribute.value.contains("url("), "\(path): \(tag.text)")
                }
            }
            #expect(!text.contains("raw block") && !text.contains("raw div"), "\(path)")
        }
        #expect(pages > 10)
        for (path, text) in files where path.hasSuffix(".json") {
            #expect(!text.contains("<"), "\(path): JSON writes '<' as \\u003c")
        }
    }

    @Test func noLinkTargetRunsCode() {
        var targets = 0
        for (path, text) in files where path.hasSuffix(".html") || path.hasSuffix(".xml") {
            for tag in Self.tags(text) {
                for attribute in tag.attributes
                where ["href", "src", "action", "formaction", "xlink:href", "poster", "srcset"].contains(attribute.name) {
                    targets += 1
                    let target = attribute.value.filter { !$0.isWhitespace && ($0.asciiValue ?? 0x20) >= 0x20 }.lowercased()
                    for bad in ["javascript:", "vbscript:", "data:", "file:"] {
                        #expect(!target.hasPrefix(bad), "\(path): \(tag.text)")
                    }
                }
            }
        }
        #expect(targets > 20)
    }

    @Test func rawHTMLInMarkdownIsLeftOutNotShown() throws {
        let report = try #require(files["besturen/05678/2022-2023/index.html"])
        let body = try #require(report.range(of: "<div class=\"rapport\">")).upperBound
        let rapport = String(report[body...])
        #expect(!rapport.contains("raw block"))
        #expect(!rapport.contains("raw div"))
        #expect(!rapport.contains("&lt;div"))
        #expect(rapport.contains("<code>&lt;script&gt;in code&lt;/script&gt;</code>"), "code is text, shown as written")
    }

    @Test func theNameIsEscapedInHTML() throws {
        let report = try #require(files["besturen/05678/2022-2023/index.html"])
        #expect(report.contains("<h1>Stichting &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;Zuid&quot; &amp; Zon, *Ster* [SSO]</h1>"))
        #expect(report.contains("Zuid&lt;img src=x onerror=alert(1)&gt;dorp"))
        #expect(report.contains("College &#39;&amp;amp;&#39; &quot;Zuid&quot;; &lt;iframe src=javascript:alert(1)&gt;"))
        // In the report text, where the name came through a placeholder, Markdown in it stays text.
        #expect(
            report.contains(
                "<h2>Vastgesteld rapport over Stichting &lt;script&gt;alert('x')&lt;/script&gt; &quot;Zuid&quot; &amp; Zon, *Ster* [SSO]</h2>"))
    }

    @Test func theFeedIsWellFormedXMLWithTheExactName() throws {
        let feed = try #require(Support.tree(output)["feed.xml"])
        final class Titles: NSObject, XMLParserDelegate {
            var titles: [String] = []
            var current: String?
            func parser(
                _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]
            ) {
                if name == "title" { current = "" }
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) { current? += string }
            func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
                if name == "title", let text = current { titles.append(text) }
                current = nil
            }
        }
        let parser = XMLParser(data: feed)
        let titles = Titles()
        parser.delegate = titles
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(titles.titles.contains(Self.boardName + ": herstelopdracht 2022-2023 niet voldaan"), "\(titles.titles)")
        for path in ["sitemap.xml"] { #expect(XMLParser(data: Support.tree(output)[path]!).parse(), "\(path)") }
    }

    @Test func theJSONHoldsTheExactValues() throws {
        let data = try #require(Support.tree(output)["open-data/herstelopdrachten.json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let row = try #require(rows.first { $0["bestuursnummer"] as? String == "05678" })
        #expect(row["bestuur"] as? String == Self.boardName)
        #expect(row["plaats"] as? String == Self.boardPlace)
        let school = try #require((row["scholen"] as? [[String: Any]])?.first)
        #expect(school["naam"] as? String == Self.schoolName)
        #expect(!String(decoding: data, as: UTF8.self).contains("<"), "'<' is written \\u003c, so the JSON is safe inside HTML too")
    }

    /// RFC 4180, enough to read back what the site wrote.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" {
                        field.append("\"")
                        chars = chars.dropFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" && field.isEmpty {
                quoted = true
            } else if c == "," {
                row.append(field)
                field = ""
            } else if c == "\r\n" || c == "\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.append(c)
            }
        }
        return rows
    }

    @Test func theCSVQuotesAndKeepsTheExactValues() throws {
        let text = try #require(files["open-data/herstelopdrachten.csv"])
        let rows = Self.parseCSV(text)
        #expect(rows.allSatisfy { $0.count == 13 }, "\(rows.map(\.count))")
        let row = try #require(rows.first { $0[1] == "05678" })
        #expect(row[2] == Self.boardName)
        #expect(row[3] == Self.boardPlace)
        #expect(row[5] == "34CD00 " + Self.schoolName)
        #expect(text.contains("\"Stichting <script>alert('x')</script> \"\"Zuid\"\" & Zon, *Ster* [SSO]\""))
    }
}

/// Values that would become part of a path are checked, so no file lands outside the output.
@Suite("Hostile content: paths")
struct HostilePathTests {
    @Test func valuesThatWouldLeaveTheOutputFolderAreRefused() throws {
        try Trust.expectFailure(
            FixtureCase(
                "path-escape",
                [
                    ExpectedError("cases/noorderlicht.md:2", "'../../2022-2023' is not a school year"),
                    ExpectedError("cases/noorderlicht.md:6", "bestuursnummer '../x' must be exactly 5 digits"),
                    ExpectedError("cases/noorderlicht.md:9", "BRIN '../AB'"),
                    ExpectedError("cases/noorderlicht.md:10", "vestiging '/.'"),
                    ExpectedError("cases/noorderlicht.md:16", "'rapport' must name a file in reports/"),
                    ExpectedError("cases/zuiderzon.md:3", "unknown sector '../vo'"),
                    ExpectedError("cases/zuiderzon.md:6", "bestuursnummer '05678/../../../tmp'"),
                    ExpectedError("pages/sub/escape.md:1", "page name 'sub/escape'"),
                ]))
    }

    @Test func nothingIsWrittenOutsideTheOutputFolder() throws {
        let result = try FixtureRun("path-escape")
        defer { result.cleanUp() }
        #expect(result.run.status == 1)
        let parent = result.folder.deletingLastPathComponent()
        let siblings = try FileManager.default.contentsOfDirectory(atPath: parent.path).filter { $0 == "x" || $0 == "tmp" || $0 == "etc" }
        #expect(siblings.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: result.folder.path).sorted() == ["Content", "public"])
        #expect(result.outputUnchanged)
    }
}
