import CCmarkGFM
import Foundation

/// The one place that talks to cmark-gfm. Every pointer is freed in the scope that made it.
public enum Markdown {
    /// The GFM extensions the site uses: tables, ~~strikethrough~~, autolinks, tag filter and task
    /// lists; footnotes are a parser option (CMARK_OPT_FOOTNOTES).
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Registration is not thread-safe; a global's initialiser runs exactly once.
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// cmark-gfm reads inlines with one table of special characters shared by every parser:
    /// each parser marks its extensions' characters ('~') special while it reads inlines and
    /// unmarks them when done. Two parsers finishing at once unmark each other's '~', and
    /// `~~alsnog~~` is published literally. Inline parsing (in `cmark_parser_finish`) is
    /// therefore one at a time; everything else still runs on all cores.
    private static let readingInlines = NSLock()

    /// Link schemes a reader may follow; anything else (javascript:, data:, vbscript:, file:) is dropped.
    static let safeSchemes: Set<String> = ["http", "https", "mailto"]

    /// Something an author wrote that the site leaves out, at a line of the Markdown text
    /// (1 is its first line), with what to write instead.
    public struct Removal: Hashable, Sendable {
        public var line: Int
        public var message: String
        /// The same for the preview, in Dutch.
        public var dutch: String

        init(line: Int, _ wording: Wording) {
            self.line = line
            self.message = wording.english
            self.dutch = wording.dutch
        }
    }

    /// Renders Markdown to HTML: raw HTML left out entirely, unsafe link targets removed,
    /// headings shifted so the highest is `topHeadingLevel` (the page has its own h1).
    /// `gaps` are the placeholders a draft lacks, by the number of their `GapMarker`: each
    /// becomes a `<mark class="gap">` made here, never text an author could write.
    public static func html(_ markdown: String, topHeadingLevel: Int = 2, dropLeadingHeading: Bool = false, gaps: [String] = []) -> String {
        render(markdown, topHeadingLevel: topHeadingLevel, dropLeadingHeading: dropLeadingHeading, gaps: gaps).html
    }

    /// The same, with everything that was left out, so the author can be told (SPEC §3).
    public static func render(_ markdown: String, topHeadingLevel: Int = 2, dropLeadingHeading: Bool = false, gaps: [String] = []) -> (
        html: String, removals: [Removal]
    ) {
        precondition(registered)
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES
        guard let parser = cmark_parser_new(options) else { return ("", []) }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        markdown.utf8CString.withUnsafeBufferPointer { buffer in
            cmark_parser_feed(parser, buffer.baseAddress, buffer.count - 1)
        }
        readingInlines.lock()
        let finished = cmark_parser_finish(parser)
        readingInlines.unlock()
        guard let document = finished else { return ("", []) }
        defer { cmark_node_free(document) }

        let removals = clean(document, topHeadingLevel: topHeadingLevel, dropLeadingHeading: dropLeadingHeading)
        if !gaps.isEmpty { markGaps(document, gaps) }

        // Column alignment as style="text-align: ..." rather than the obsolete align attribute.
        let renderOptions = options | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES
        guard let rendered = cmark_render_html(document, renderOptions, cmark_parser_get_syntax_extensions(parser)) else { return ("", removals) }
        defer { cmark_get_default_mem_allocator().pointee.free(rendered) }
        let html = footnotes(scrollableTables(accessibleTaskItems(String(cString: rendered))), headingLevel: topHeadingLevel)
        return (html, (removals + unusedFootnotes(markdown, html: html)).sorted { ($0.line, $0.message) < ($1.line, $1.message) })
    }

    /// cmark-gfm's footnotes, made Dutch and findable: the list gets a heading, each
    /// reference says it is a footnote, each link back says where it goes.
    static func footnotes(_ html: String, headingLevel: Int) -> String {
        guard html.containsBytes("<section class=\"footnotes\" data-footnotes>") else { return html }
        let level = min(6, max(1, headingLevel))
        var result =
            html
            .replacingEvery(
                "<section class=\"footnotes\" data-footnotes>\n",
                with: "<section class=\"footnotes\" data-footnotes>\n<h\(level)>Voetnoten</h\(level)>\n"
            )
            .replacingEvery("aria-label=\"Back to content\"", with: "aria-label=\"Terug naar de tekst\"")
        result = result.replacingOccurrences(
            of: "data-footnote-ref>([0-9]+)</a>", with: "data-footnote-ref aria-label=\"Voetnoot $1\">$1</a>", options: .regularExpression)
        return result
    }

    /// Footnote definitions that no reference uses: cmark-gfm leaves them out without a word.
    /// The parser no longer has them once it is done, so they are found in the text: a line
    /// `[^label]: …` outside fenced code whose label has no note in the HTML.
    static func unusedFootnotes(_ markdown: String, html: String) -> [Removal] {
        guard markdown.containsBytes("[^") else { return [] }
        // The labels of the notes shown: cmark-gfm percent-encodes a label that is not plain
        // ASCII in the note's id, and matches labels ignoring case.
        // On bytes: Foundation's `range(of:)` on a Substring measures the whole text again at
        // every call, which made 20,000 notes take minutes (docs/content.md, bench/footnotes.sh).
        var shown = Set<String>()
        let bytes = Array(html.utf8)[...]
        let marker = Array("<li id=\"fn-".utf8)
        var from = bytes.startIndex
        while let start = ByteSearch.firstIndex(of: marker, in: bytes[from...]) {
            let idStart = start + marker.count
            guard let end = bytes[idStart...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            let id = String(decoding: bytes[idStart..<end], as: UTF8.self)
            shown.insert((id.removingPercentEncoding ?? id).lowercased())
            from = end
        }
        var result: [Removal] = []
        var fence: Substring? = nil
        for (offset, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let indent = line.prefix { $0 == " " }.count
            let text = line.dropFirst(indent)
            if indent < 4, let marker = text.first, marker == "`" || marker == "~" {
                let run = text.prefix { $0 == marker }
                if run.count >= 3 {
                    if fence == nil {
                        fence = run
                    } else if let open = fence, run.first == open.first, run.count >= open.count {
                        fence = nil
                    }
                    continue
                }
            }
            guard fence == nil, indent < 4, text.hasPrefix("[^"), let close = text.firstIndex(of: "]") else { continue }
            let label = text[text.index(text.startIndex, offsetBy: 2)..<close]
            guard !label.isEmpty, !label.contains(where: \.isWhitespace), text[close...].dropFirst().first == ":" else { continue }
            if !shown.contains(label.lowercased()) {
                result.append(
                    Removal(
                        line: offset + 1,
                        Wording(
                            "footnote [^\(label)] is not referred to in the text, so it is not shown; refer to it with [^\(label)] or remove it",
                            dutch:
                                "Voetnoot [^\(label)] wordt in de tekst nergens genoemd en wordt dus niet getoond; verwijs ernaar met [^\(label)] of haal haar weg."
                        ))
                )
            }
        }
        return result
    }

    /// Wide tables scroll in their own frame, which a keyboard can reach, instead of widening the page.
    static func scrollableTables(_ html: String) -> String {
        guard html.containsBytes("<table>") else { return html }
        return
            html
            .replacingEvery(
                "<table>",
                with: "<div class=\"tabel-kader\" tabindex=\"0\" role=\"group\" aria-label=\"Tabel, scrollt zijwaarts als hij niet past\"><table>"
            )
            .replacingEvery("</table>", with: "</table></div>")
    }

    /// Task list items become a marked symbol instead of an unlabeled, disabled form field.
    static func accessibleTaskItems(_ html: String) -> String {
        guard html.containsBytes("<input type=\"checkbox\"") else { return html }
        return
            html
            .replacingEvery(
                "<input type=\"checkbox\" checked=\"\" disabled=\"\" />", with: "<span class=\"taak\" role=\"img\" aria-label=\"afgevinkt\">☑</span>"
            )
            .replacingEvery(
                "<input type=\"checkbox\" disabled=\"\" />", with: "<span class=\"taak\" role=\"img\" aria-label=\"niet afgevinkt\">☐</span>")
    }

    private static func clean(_ document: OpaquePointer, topHeadingLevel: Int, dropLeadingHeading: Bool) -> [Removal] {
        var removals: [Removal] = []
        var remove: [OpaquePointer] = []
        var unwrap: [OpaquePointer] = []
        var headings: [OpaquePointer] = []
        if dropLeadingHeading, let first = cmark_node_first_child(document), cmark_node_get_type(first) == CMARK_NODE_HEADING {
            remove.append(first)
        }
        guard let iterator = cmark_iter_new(document) else { return [] }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE {
                remove.append(node)
                let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                removals.append(Removal(line: line(of: node), rawHTMLMessage(literal)))
            } else if type == CMARK_NODE_HEADING {
                headings.append(node)
            } else if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                // An unsafe link keeps its text but is no link; an unsafe image goes.
                if !isSafe(url: url) {
                    if type == CMARK_NODE_LINK {
                        unwrap.append(node)
                        removals.append(
                            Removal(
                                line: line(of: node),
                                Wording(
                                    "link target `\(shown(url))` is not safe and was dropped; the text stays; use an http(s) or mailto link",
                                    dutch:
                                        "Linkdoel `\(shown(url))` is niet veilig en is weggelaten; de tekst blijft staan. Gebruik een http(s)- of mailto-link."
                                )))
                    } else {
                        remove.append(node)
                        removals.append(
                            Removal(
                                line: line(of: node),
                                Wording(
                                    "image `\(shown(url))` is not safe and was left out; use an http(s) address or a path on this site",
                                    dutch:
                                        "Afbeelding `\(shown(url))` is niet veilig en is weggelaten; gebruik een http(s)-adres of een pad op deze site."
                                )))
                    }
                }
            }
        }
        for link in unwrap {
            while let child = cmark_node_first_child(link) { cmark_node_insert_before(link, child) }
            remove.append(link)
        }
        let kept = headings.filter { node in !remove.contains(node) }
        if let highest = kept.map({ Int(cmark_node_get_heading_level($0)) }).min(), highest < topHeadingLevel {
            let shift = topHeadingLevel - highest
            for node in kept {
                cmark_node_set_heading_level(node, Int32(min(6, Int(cmark_node_get_heading_level(node)) + shift)))
            }
        }
        // Freeing a node frees what is inside it: free only the outermost of the removed nodes.
        let removing = Set(remove)
        for node in remove where !hasAncestor(node, in: removing) {
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
        return removals
    }

    /// The line a node starts on; cmark-gfm leaves it 0 for some inlines, then its block's line counts.
    private static func line(of node: OpaquePointer) -> Int {
        var current: OpaquePointer? = node
        while let here = current {
            let line = Int(cmark_node_get_start_line(here))
            if line > 0 { return line }
            current = cmark_node_parent(here)
        }
        return 1
    }

    /// What an author is told about raw HTML: the tag, so it can be found, and what to do.
    static func rawHTMLMessage(_ literal: String) -> Wording {
        let text = literal.drop { $0.isWhitespace }
        if text.hasPrefix("<!--") {
            return Wording(
                "an HTML comment is not published; keep notes for writers outside the text",
                dutch: "Een HTML-commentaar wordt niet gepubliceerd; houd aantekeningen voor schrijvers buiten de tekst.")
        }
        let name = text.dropFirst().drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber || $0 == "-" }
        let tag = name.isEmpty ? String(text.prefix { !$0.isNewline }.prefix(30)) : "<\(name.lowercased())>"
        return Wording(
            "raw HTML `\(tag)` is not published; write Markdown instead",
            dutch: "HTML `\(tag)` in de tekst wordt niet gepubliceerd; schrijf Markdown in plaats daarvan.")
    }

    /// A link target as shown in a message: one line, and not a whole data: URL.
    static func shown(_ url: String) -> String {
        let flat = String(url.map { $0.isNewline ? " " : $0 })
        return flat.count > 40 ? flat.prefix(40) + "…" : flat
    }

    /// Replaces each gap marker: by a `<mark>` element in running text, by the gap's label
    /// where markup cannot go (code, image descriptions, link targets).
    private static func markGaps(_ document: OpaquePointer, _ gaps: [String]) {
        func label(_ index: Int) -> String { index < gaps.count ? GapMarker.label(gaps[index]) : "" }
        func hasMarker(_ text: String) -> Bool { text.unicodeScalars.contains(GapMarker.open) }
        var texts: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(document) else { return }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE || type == CMARK_NODE_CODE_BLOCK {
                if let literal = cmark_node_get_literal(node), hasMarker(String(cString: literal)) { texts.append(node) }
            } else if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                for (get, set) in [(cmark_node_get_url, cmark_node_set_url), (cmark_node_get_title, cmark_node_set_title)] {
                    if let value = get(node).map({ String(cString: $0) }), hasMarker(value) {
                        _ = set(node, GapMarker.replacing(in: value, label))
                    }
                }
            }
        }
        cmark_iter_free(iterator)
        for node in texts {
            let literal = String(cString: cmark_node_get_literal(node))
            if cmark_node_get_type(node) != CMARK_NODE_TEXT || isInsideImage(node) {
                _ = cmark_node_set_literal(node, GapMarker.replacing(in: literal, label))
                continue
            }
            // Text, gap, text, ...: the parts go before the node, which then goes.
            var rest = Substring(literal)
            while let start = rest.unicodeScalars.firstIndex(of: GapMarker.open),
                let end = rest.unicodeScalars[start...].firstIndex(of: GapMarker.close)
            {
                insertText(String(rest[..<start]), before: node)
                let number = Int(String(rest.unicodeScalars[rest.unicodeScalars.index(after: start)..<end]))
                if let number, number < gaps.count, let mark = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) {
                    _ = cmark_node_set_on_enter(mark, "<mark class=\"gap\">")
                    _ = cmark_node_set_on_exit(mark, "</mark>")
                    if let text = cmark_node_new(CMARK_NODE_TEXT) {
                        _ = cmark_node_set_literal(text, label(number))
                        _ = cmark_node_append_child(mark, text)
                    }
                    _ = cmark_node_insert_before(node, mark)
                }
                rest = rest[rest.unicodeScalars.index(after: end)...]
            }
            insertText(String(rest), before: node)
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }

    private static func insertText(_ text: String, before node: OpaquePointer) {
        guard !text.isEmpty, let part = cmark_node_new(CMARK_NODE_TEXT) else { return }
        _ = cmark_node_set_literal(part, text)
        _ = cmark_node_insert_before(node, part)
    }

    private static func isInsideImage(_ node: OpaquePointer) -> Bool {
        var parent = cmark_node_parent(node)
        while let current = parent {
            if cmark_node_get_type(current) == CMARK_NODE_IMAGE { return true }
            parent = cmark_node_parent(current)
        }
        return false
    }

    private static func hasAncestor(_ node: OpaquePointer, in set: Set<OpaquePointer>) -> Bool {
        var parent = cmark_node_parent(node)
        while let current = parent {
            if set.contains(current) { return true }
            parent = cmark_node_parent(current)
        }
        return false
    }

    /// Relative links, fragments and the safe schemes pass; every other scheme is dropped.
    static func isSafe(url: String) -> Bool {
        let cleaned = url.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }
        var scheme = String.UnicodeScalarView()
        for scalar in cleaned {
            if scalar == ":" { return safeSchemes.contains(String(scheme).lowercased()) }
            if scalar == "/" || scalar == "?" || scalar == "#" { return true }
            scheme.append(scalar)
        }
        return true
    }
}
