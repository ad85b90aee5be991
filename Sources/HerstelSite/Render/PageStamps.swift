import Mustache
import Synchronization

/// Renders the site's templates fast: thousands of pages share a handful of shapes (the
/// same keys, flags and numbers of items; only the texts differ), so each template is
/// rendered by Mustache once per shape, with a marker in place of every text. What comes
/// out is a *stamp*: the fixed HTML between the markers, and which text, escaped or not,
/// goes at each marker. A page is then its texts filled into the stamp, escaped on bytes.
///
/// Themes stay Mustache templates, overridable without recompiling. Templates whose output
/// could depend on a text's contents are always rendered by Mustache itself: those that
/// transform values (`{{f(x)}}`) or use partials (`{{> x}}`, whose indentation follows the
/// lines of the texts). And the first stamps of each template are proven: their first page
/// is also rendered by Mustache and compared, and a stamp that differs is never used.
final class PageStamps: Sendable {
    let library: MustacheLibrary
    /// Whether no template can make its output depend on a text's contents.
    let stampable: Bool
    private let stamps = Mutex<[String: Stamp?]>([:])
    /// Hashes of the shapes met once, that have no stamp yet.
    private let seen = Mutex<Set<Int>>([])
    /// Stamps proven per template so far.
    private let proven = Mutex<[String: Int]>([:])
    /// How many stamps of each template are proven; the rest are trusted, as those proved the
    /// template fills texts in as they are.
    static let provenPerTemplate = 24

    /// Objects with more values than this are lists of a whole school year or all boards:
    /// each has a shape of its own, so a stamp would only cost.
    static let largestShape = 2_000

    init(library: MustacheLibrary, templates: [String]) {
        self.library = library
        stampable = !templates.contains { text in
            text.contains("(") && Self.tagsContain(text, "(") || text.contains("{{>") || text.contains("{{ >")
                || text.unicodeScalars.contains { $0 == Marker.open || $0 == Marker.close }
        }
    }

    /// Whether a `{{...}}` tag of `text` holds `needle`.
    static func tagsContain(_ text: String, _ needle: Character) -> Bool {
        var inTag = false
        var previous: Character = " "
        for character in text {
            if !inTag, previous == "{", character == "{" { inTag = true }
            if inTag, character == needle { return true }
            if inTag, previous == "}", character == "}" { inTag = false }
            previous = character
        }
        return false
    }

    /// The template rendered with `object`, as UTF-8.
    func render(_ object: TemplateObject, withTemplate name: String) -> [UInt8] {
        guard stampable else { return direct(object, name) }
        var walk = Walk()
        walk.object(object)
        guard walk.texts.count + walk.shape.count / 8 <= Self.largestShape else { return direct(object, name) }
        let key = name + "\u{0}" + walk.shape
        let known = stamps.withLock { $0[key] }
        switch known {
        case .some(.some(let stamp)):
            return stamp.fill(walk.texts)
        case .some(.none):
            return direct(object, name)
        case .none:
            // A shape met for the first time may be the only one of its kind (a board page
            // with its own mix of cases): rendered as it is, and only its hash kept. A stamp is
            // made when the shape comes again.
            guard seen.withLock({ !$0.insert(key.hashValue).inserted }) else { return direct(object, name) }
            let stamp = makeStamp(object, name, textCount: walk.texts.count)
            let prove = proven.withLock { count in
                count[name, default: 0] += 1
                return count[name]! <= Self.provenPerTemplate
            }
            guard prove || stamp == nil else {
                stamps.withLock { $0[key] = .some(stamp) }
                return stamp!.fill(walk.texts)
            }
            let rendered = direct(object, name)
            // Proven on this page, or never used for this shape.
            let checked = stamp.flatMap { $0.fill(walk.texts) == rendered ? $0 : nil }
            stamps.withLock { $0[key] = .some(checked) }
            return rendered
        }
    }

    private func direct(_ object: TemplateObject, _ name: String) -> [UInt8] {
        Array((library.render(object.mustacheContext, withTemplate: name) ?? "").utf8)
    }

    private func makeStamp(_ object: TemplateObject, _ name: String, textCount: Int) -> Stamp? {
        var counter = 0
        let marked = object.mustacheValue({ _, index in Marker.text(index) }, counter: &counter)
        guard let text = library.render(marked, withTemplate: name) else { return nil }
        return Stamp(parsing: Array(text.utf8), textCount: textCount)
    }

    /// Private-use characters around a text's number; `&` in between shows whether the
    /// template escaped it (`&amp;`) or not.
    enum Marker {
        static let open: Unicode.Scalar = "\u{F8F0}"
        static let close: Unicode.Scalar = "\u{F8F1}"
        static func text(_ index: Int) -> String { "\(Character(open))&\(index)\(Character(close))" }
        static let openBytes = Array(String(Character(open)).utf8)
        static let closeBytes = Array(String(Character(close)).utf8)
    }

    /// The shape of an object, and its texts in the order met.
    struct Walk {
        var shape = ""
        var texts: [String] = []

        mutating func object(_ object: TemplateObject) {
            shape += "{"
            for (key, item) in object.entries {
                shape += key
                shape += ":"
                value(item)
            }
            shape += "}"
        }

        mutating func value(_ value: TemplateValue) {
            switch value {
            case .text(let text):
                shape += text.isEmpty ? "e," : "s,"
                texts.append(text)
            case .flag(let flag): shape += flag ? "t," : "f,"
            case .list(let items):
                shape += "["
                for item in items { self.value(item) }
                shape += "],"
            case .object(let inner):
                object(inner)
                shape += ","
            }
        }
    }

    /// Fixed HTML with numbered places for texts.
    struct Stamp: Sendable {
        enum Part: Sendable {
            case html([UInt8])
            case text(Int, escaped: Bool)
        }

        var parts: [Part]
        var fixedSize: Int

        /// Nil when a marker is not whole: the template did something to the text.
        init?(parsing bytes: [UInt8], textCount: Int) {
            var parts: [Part] = []
            var start = 0
            var i = 0
            let open = Marker.openBytes
            let close = Marker.closeBytes
            func matches(_ pattern: [UInt8], at index: Int) -> Bool {
                index + pattern.count <= bytes.count && bytes[index..<(index + pattern.count)].elementsEqual(pattern)
            }
            while i < bytes.count {
                guard bytes[i] == open[0], matches(open, at: i) else {
                    i += 1
                    continue
                }
                if start < i { parts.append(.html(Array(bytes[start..<i]))) }
                var j = i + open.count
                let escapedAmp = Array("&amp;".utf8)
                let escaped: Bool
                if matches(escapedAmp, at: j) {
                    escaped = true
                    j += escapedAmp.count
                } else if j < bytes.count, bytes[j] == UInt8(ascii: "&") {
                    escaped = false
                    j += 1
                } else {
                    return nil
                }
                var number = 0
                let digits = j
                while j < bytes.count, bytes[j] >= 0x30, bytes[j] <= 0x39, j - digits < 9 {
                    number = number * 10 + Int(bytes[j] - 0x30)
                    j += 1
                }
                guard j > digits, number < textCount, matches(close, at: j) else { return nil }
                parts.append(.text(number, escaped: escaped))
                i = j + close.count
                start = i
            }
            if start < bytes.count { parts.append(.html(Array(bytes[start..<bytes.count]))) }
            // A stray closing marker means a marker was cut apart.
            for case .html(let html) in parts where Self.contains(html, close) { return nil }
            self.parts = parts
            fixedSize = parts.reduce(0) { if case .html(let html) = $1 { return $0 + html.count } else { return $0 } }
        }

        static func contains(_ bytes: [UInt8], _ pattern: [UInt8]) -> Bool {
            guard bytes.count >= pattern.count else { return false }
            for start in 0...(bytes.count - pattern.count) where bytes[start..<(start + pattern.count)].elementsEqual(pattern) { return true }
            return false
        }

        func fill(_ texts: [String]) -> [UInt8] {
            var output: [UInt8] = []
            output.reserveCapacity(fixedSize + texts.reduce(0) { $0 + $1.utf8.count } + 64)
            for part in parts {
                switch part {
                case .html(let html): output.append(contentsOf: html)
                case .text(let index, let escaped):
                    var text = texts[index]
                    text.withUTF8 { bytes in
                        if escaped { HTMLEscape.append(bytes, to: &output) } else { output.append(contentsOf: bytes) }
                    }
                }
            }
            return output
        }
    }
}
