import CCmarkGFM
import Foundation

/// The one place that talks to cmark-gfm. Every pointer is freed in the scope that made it.
public enum Markdown {
    /// The GFM extensions the site uses: tables, ~~strikethrough~~, autolinks, tag filter and task lists.
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Registration is not thread-safe; a global's initialiser runs exactly once.
    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// Link schemes a reader may follow; anything else (javascript:, data:, vbscript:, file:) is dropped.
    static let safeSchemes: Set<String> = ["http", "https", "mailto"]

    /// Renders Markdown to HTML: raw HTML left out entirely, unsafe link targets removed,
    /// headings shifted so the highest is `topHeadingLevel` (the page has its own h1).
    public static func html(_ markdown: String, topHeadingLevel: Int = 2, dropLeadingHeading: Bool = false) -> String {
        precondition(registered)
        let options = CMARK_OPT_DEFAULT
        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntax = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntax)
            }
        }
        markdown.utf8CString.withUnsafeBufferPointer { buffer in
            cmark_parser_feed(parser, buffer.baseAddress, buffer.count - 1)
        }
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }

        clean(document, topHeadingLevel: topHeadingLevel, dropLeadingHeading: dropLeadingHeading)

        // Column alignment as style="text-align: ..." rather than the obsolete align attribute.
        let renderOptions = options | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES
        guard let rendered = cmark_render_html(document, renderOptions, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { cmark_get_default_mem_allocator().pointee.free(rendered) }
        return scrollableTables(accessibleTaskItems(String(cString: rendered)))
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

    private static func clean(_ document: OpaquePointer, topHeadingLevel: Int, dropLeadingHeading: Bool) {
        var remove: [OpaquePointer] = []
        var unwrap: [OpaquePointer] = []
        var headings: [OpaquePointer] = []
        if dropLeadingHeading, let first = cmark_node_first_child(document), cmark_node_get_type(first) == CMARK_NODE_HEADING {
            remove.append(first)
        }
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HTML_BLOCK || type == CMARK_NODE_HTML_INLINE {
                remove.append(node)
            } else if type == CMARK_NODE_HEADING {
                headings.append(node)
            } else if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                // An unsafe link keeps its text but is no link; an unsafe image goes.
                if !isSafe(url: url) {
                    if type == CMARK_NODE_LINK { unwrap.append(node) } else { remove.append(node) }
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
