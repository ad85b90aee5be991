/// `build --offline` (SPEC §3): a copy that opens and navigates from the file system. A web
/// server answers `besturen/` with its `index.html`; `file://` shows a folder listing. So in
/// every HTML page each relative link to a folder (`href`, form `action`) is pointed at that
/// folder's `index.html`, whoever wrote it: the theme, a theme override, or an author in
/// Markdown. Links with a scheme, from the host root (`/x/`) and within the page (`#x`,
/// `?x`) stay as they are, as do links to files.
///
/// Works on the page's bytes: the templates and cmark-gfm escape `"`, `'` and `<` in text and
/// attribute values, so `href=` after a space with a quote or a value is only ever an attribute.
enum OfflineLinks {
    static func rewrite(_ html: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(html.count + html.count / 64)
        var i = 0
        var copied = 0
        while i < html.count {
            guard let value = attributeValue(in: html, at: i) else {
                i += 1
                continue
            }
            if let fixed = offlineTarget(html[value]) {
                out.append(contentsOf: html[copied..<value.lowerBound])
                out.append(contentsOf: fixed)
                copied = value.upperBound
            }
            i = value.upperBound
        }
        if copied == 0 { return html }
        out.append(contentsOf: html[copied...])
        return out
    }

    /// The bytes of the value when an `href` or `action` attribute starts at `start`, which
    /// must follow white space (so `data-href` is not one).
    static func attributeValue(in html: [UInt8], at start: Int) -> Range<Int>? {
        guard start > 0, ByteClass.isSpace(html[start - 1]) else { return nil }
        var i = start
        var matched = false
        for name in names where html.count - i > name.count {
            if zip(name, html[i..<(i + name.count)]).allSatisfy({ $0 == ($1 | 0x20) }) {
                i += name.count
                matched = true
                break
            }
        }
        guard matched else { return nil }
        while i < html.count, ByteClass.isSpace(html[i]) { i += 1 }
        guard i < html.count, html[i] == UInt8(ascii: "=") else { return nil }
        i += 1
        while i < html.count, ByteClass.isSpace(html[i]) { i += 1 }
        guard i < html.count else { return nil }
        let quote = html[i]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            guard let end = html[(i + 1)...].firstIndex(of: quote) else { return nil }
            return (i + 1)..<end
        }
        var end = i
        while end < html.count, !ByteClass.isSpace(html[end]), html[end] != UInt8(ascii: ">") { end += 1 }
        return i..<end
    }

    static let names: [[UInt8]] = [Array("href".utf8), Array("action".utf8)]

    /// The value pointed at the folder's `index.html`, or nil when it stays as it is.
    static func offlineTarget(_ value: ArraySlice<UInt8>) -> [UInt8]? {
        let end = value.firstIndex { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? value.endIndex
        let path = value[value.startIndex..<end]
        guard let first = path.first, first != UInt8(ascii: "/"), !hasScheme(path) else { return nil }
        let addition: String
        if path.last == UInt8(ascii: "/") {
            addition = "index.html"
        } else if path.elementsEqual(".".utf8) || path.elementsEqual("..".utf8) || path.reversed().starts(with: "./".utf8)
            || path.reversed().starts(with: "../".utf8)
        {
            addition = "/index.html"
        } else {
            return nil
        }
        return Array(path) + Array(addition.utf8) + Array(value[end...])
    }

    /// `mailto:`, `https:` and the like: letters, digits, `+`, `-` or `.` before a `:` that
    /// comes before any `/`.
    static func hasScheme(_ path: ArraySlice<UInt8>) -> Bool {
        guard let colon = path.firstIndex(of: UInt8(ascii: ":")), colon > path.startIndex else { return false }
        return path[path.startIndex..<colon].allSatisfy {
            ByteClass.isASCIIAlphanumeric($0) || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".")
        }
    }
}
