/// The text a visitor reads on a page: the main content of its HTML, block by block, without
/// markup, scripts or text that is only there for screen readers.
public struct VisibleText: Hashable, Sendable {
    /// Paragraphs, headings, list items, table rows: each one line of plain text.
    public var blocks: [String]
    /// The text of the first `<h1>`: what the page is about.
    public var heading: String?

    /// Elements that start and end a block of text.
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    ]
    /// Cells and terms stay on the line of their row, so a fact reads "Afgesloten 20 november 2023".
    static let inlineCells: Set<String> = ["td", "th", "dt", "dd"]
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]
    static let unseenElements: Set<String> = ["script", "style", "template", "noscript", "head", "title"]

    /// The main content of a page (all of it when it has no `<main>`).
    public init(html: [UInt8]) {
        let bytes = Array(VisibleText.mainContent(html))
        var blocks: [String] = []
        var heading: String?
        var text: [UInt8] = []
        var inHeading = false
        var headingText: [UInt8] = []
        // Open elements, and whether each hides what is inside it.
        var open: [(name: String, hides: Bool)] = []
        var hidden = 0
        func flush() {
            let line = VisibleText.collapse(text)
            if !line.isEmpty { blocks.append(line) }
            text = []
        }
        var i = 0
        while i < bytes.count {
            let c = bytes[i]
            guard c == UInt8(ascii: "<") else {
                var end = i
                while end < bytes.count, bytes[end] != UInt8(ascii: "<") { end += 1 }
                if hidden == 0 {
                    let decoded = VisibleText.decodeEntities(bytes[i..<end])
                    text += decoded
                    if inHeading { headingText += decoded }
                }
                i = end
                continue
            }
            guard let tag = Tag(bytes[...], at: i) else {
                if hidden == 0 { text.append(c) }
                i += 1
                continue
            }
            i = tag.end
            guard let name = tag.name else { continue }
            if tag.isClosing {
                if let index = open.lastIndex(where: { $0.name == name }) {
                    hidden -= open[index...].filter(\.hides).count
                    open.removeSubrange(index...)
                }
            } else if !VisibleText.voidElements.contains(name) && !tag.isSelfClosing {
                let hides = VisibleText.unseenElements.contains(name) || tag.hidesContent
                open.append((name, hides))
                if hides { hidden += 1 }
            }
            if name == "h1", heading == nil {
                if tag.isClosing, inHeading {
                    heading = VisibleText.collapse(headingText)
                    inHeading = false
                } else if !tag.isClosing {
                    inHeading = true
                }
            }
            if VisibleText.inlineCells.contains(name) {
                text.append(UInt8(ascii: " "))
            } else if VisibleText.blockElements.contains(name) {
                flush()
            } else if name == "img", hidden == 0, let alt = tag.attribute("alt"), !alt.isEmpty {
                text += Array(" \(alt) ".utf8)
            }
        }
        flush()
        self.blocks = blocks
        self.heading = heading
    }

    /// Between `<main …>` and `</main>`.
    static func mainContent(_ html: [UInt8]) -> ArraySlice<UInt8> {
        guard let start = ByteSearch.firstIndex(of: Array("<main".utf8), in: html[...]) else { return html[...] }
        let rest = html[start...]
        guard let end = ByteSearch.firstIndex(of: Array("</main>".utf8), in: rest) else { return rest }
        return html[start..<(end + "</main>".utf8.count)]
    }

    /// White space of any kind becomes one space; none at the ends.
    static func collapse(_ bytes: [UInt8]) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var space = false
        for byte in bytes {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                space = !result.isEmpty
            } else {
                if space { result.append(0x20) }
                space = false
                result.append(byte)
            }
        }
        let text = String(decoding: result, as: UTF8.self)
        // A no-break space is white space too, but only where it stands alone.
        return text.contains("\u{00A0}") ? text.split(whereSeparator: \.isWhitespace).joined(separator: " ") : text
    }

    static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "ndash": "–", "mdash": "—",
        "hellip": "…", "middot": "·", "euro": "€", "copy": "©", "laquo": "«", "raquo": "»", "lsquo": "‘", "rsquo": "’",
        "ldquo": "“", "rdquo": "”",
    ]

    static func decodeEntities(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        guard bytes.contains(UInt8(ascii: "&")) else { return Array(bytes) }
        var result: [UInt8] = []
        var i = bytes.startIndex
        while i < bytes.endIndex {
            guard bytes[i] == UInt8(ascii: "&"), let semicolon = bytes[i..<min(bytes.endIndex, i + 12)].firstIndex(of: UInt8(ascii: ";")) else {
                result.append(bytes[i])
                i += 1
                continue
            }
            let name = String(decoding: bytes[(i + 1)..<semicolon], as: UTF8.self)
            var decoded: String?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else if name.hasPrefix("#") {
                decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else {
                decoded = namedEntities[name]
            }
            if let decoded {
                result += Array(decoded.utf8)
                i = semicolon + 1
            } else {
                result.append(bytes[i])
                i += 1
            }
        }
        return result
    }
}

/// A tag of HTML as this site writes it: `<name attr="value">`, `</name>`, or a comment.
struct Tag {
    /// Nil for a comment or a doctype.
    var name: String?
    var isClosing = false
    var isSelfClosing = false
    var attributes: [String: String] = [:]
    /// Just past the `>`.
    var end: Int

    init?(_ bytes: ArraySlice<UInt8>, at start: Int) {
        var i = start + 1
        guard i < bytes.endIndex else { return nil }
        if bytes[i] == UInt8(ascii: "!") {
            let comment = bytes[i...].starts(with: "!--".utf8)
            let closer: [UInt8] = comment ? Array("-->".utf8) : [UInt8(ascii: ">")]
            guard let close = ByteSearch.firstIndex(of: closer, in: bytes[(i + 1)...]) else { return nil }
            end = close + closer.count
            return
        }
        if bytes[i] == UInt8(ascii: "/") {
            isClosing = true
            i += 1
        }
        let nameStart = i
        while i < bytes.endIndex, Tag.isNameByte(bytes[i]) { i += 1 }
        guard i > nameStart else { return nil }
        name = String(decoding: bytes[nameStart..<i], as: UTF8.self).lowercased()
        // Attributes: name, or name=value with the value quoted or not.
        while i < bytes.endIndex, bytes[i] != UInt8(ascii: ">") {
            if bytes[i] == UInt8(ascii: "/") {
                isSelfClosing = true
                i += 1
                continue
            }
            guard Tag.isNameByte(bytes[i]) else {
                i += 1
                continue
            }
            let attributeStart = i
            while i < bytes.endIndex, Tag.isNameByte(bytes[i]) || bytes[i] == UInt8(ascii: ":") { i += 1 }
            let attribute = String(decoding: bytes[attributeStart..<i], as: UTF8.self).lowercased()
            var value = ""
            if i < bytes.endIndex, bytes[i] == UInt8(ascii: "=") {
                i += 1
                if i < bytes.endIndex, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") {
                    let quote = bytes[i]
                    guard let close = bytes[(i + 1)...].firstIndex(of: quote) else { return nil }
                    value = String(decoding: VisibleText.decodeEntities(bytes[(i + 1)..<close]), as: UTF8.self)
                    i = close + 1
                } else {
                    let valueStart = i
                    while i < bytes.endIndex, bytes[i] != UInt8(ascii: ">"), bytes[i] != UInt8(ascii: " ") { i += 1 }
                    value = String(decoding: bytes[valueStart..<i], as: UTF8.self)
                }
            }
            attributes[attribute] = value
        }
        guard i < bytes.endIndex else { return nil }
        end = i + 1
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
        ByteClass.isASCIIAlphanumeric(byte) || byte == UInt8(ascii: "-")
    }

    func attribute(_ name: String) -> String? { attributes[name] }

    /// Hidden from everyone, or there only for screen readers.
    var hidesContent: Bool {
        if attributes["hidden"] != nil || attributes["aria-hidden"] == "true" { return true }
        let classes = (attributes["class"] ?? "").split(separator: " ")
        return classes.contains("visually-hidden") || classes.contains("alleen-print")
    }
}
