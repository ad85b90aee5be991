/// Turns published bytes into the two forms the privacy gate reads (SPEC §2).
///
/// - `compact`: lower case, no whitespace, no separators inside numbers, markup removed.
///   Private values and forbidden terms are matched here, however they are cased or spaced.
/// - `plain`: lower case, whitespace folded to one space, markup made a boundary.
///   E-mail addresses, numbers, dates and addresses are recognised here.
/// - `cased`: `plain` with the case as written, offset for offset, for the detectors that
///   need capitals (names of persons, postcodes).
///
/// Every character is read in the canonical form (`CanonicalForm`), and markup as a reader sees
/// it: inline tags (`<em>`, `<a>`…) vanish, so text split by them still matches
/// (`Bakh<a href="…">uizen</a>`), and a hard line break (`<br>`) is a space; other tags become a
/// boundary byte that no pattern contains. Attribute values (quoted or not), comments and the
/// contents of `<script>` and `<style>` are read too, each between boundaries; an attribute
/// value is read at the next boundary, so it never splits the text its tag stands in.
struct NormalizedText {
    var compact: [UInt8] = []
    var plain: [UInt8] = []
    var cased: [UInt8] = []
    /// Offsets in `compact` and `plain` where each output line starts, for messages.
    var compactLines: [Int] = [0]
    var plainLines: [Int] = [0]
    /// Where `cased` shows other bytes than were written (a folded or composed character):
    /// the range in `cased` and the bytes as written, for messages (`ScanText.written`).
    var substitutions: [Substitution] = []

    struct Substitution {
        var start: Int32
        var end: Int32
        var original: [UInt8]
    }

    static let boundary: UInt8 = 0x01

    static let inlineTags: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd", "mark", "q", "s",
        "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
    ]

    /// What may stand between the digits of a number: `- . / ( )`, and "_" as a word processor writes a dash.
    static func isSeparator(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: "/") || b == UInt8(ascii: "(") || b == UInt8(ascii: ")")
            || b == UInt8(ascii: "_")
    }

    /// Normalises a pattern (a private value, a forbidden term) exactly as text is normalised.
    static func pattern(_ text: String) -> [UInt8] {
        NormalizedText(Array(text.utf8), markup: false).compact
    }

    /// A text in lower case with spaces, normalised exactly as published text is (`plain`).
    static func plainForm(_ text: String) -> [UInt8] {
        NormalizedText(Array(text.utf8), markup: false).plain
    }

    init() {}

    init(_ bytes: [UInt8], markup: Bool) {
        self.init(bytes, mode: markup ? .markup : .text)
    }

    init(_ bytes: [UInt8], mode: Mode) {
        compact.reserveCapacity(bytes.count)
        plain.reserveCapacity(bytes.count)
        cased.reserveCapacity(bytes.count)
        bytes.withUnsafeBufferPointer { append(text: $0, mode: mode) }
        flushAttributes()
        flush()
    }

    /// Offsets in `compact` where a digit starts a group of digits that was written apart from
    /// the digits before it (by spaces or `- . / ( )`) and is joined to them here. A number
    /// found in `compact` is a whole number when it starts and ends at such places: "41344305"
    /// in "2023-41344305" is, in "141344305" it is not.
    var digitGroupStarts: [Int] = []

    /// Whether `offset` in `compact` starts a group of digits (see `digitGroupStarts`).
    func startsDigitGroup(_ offset: Int) -> Bool {
        var low = 0
        var high = digitGroupStarts.count
        while low < high {
            let mid = (low + high) / 2
            if digitGroupStarts[mid] < offset { low = mid + 1 } else { high = mid }
        }
        return low < digitGroupStarts.count && digitGroupStarts[low] == offset
    }

    // Separators seen after a digit, kept until we know whether a digit follows.
    private var pendingSeparators: [UInt8] = []
    private var lastCompactIsDigit = false
    private var lastPlainIsSpace = true
    /// A space came after the last digit of `compact`.
    private var spacedAfterDigit = false
    /// The last character emitted is a letter, with nothing after it: a combining mark joins it.
    private var lastIsLetter = false
    /// Attribute values not read yet: they are read at the next boundary (`flushAttributes`).
    private var pendingValues: [[UInt8]] = []

    /// Emits a lower-case byte; `written` is the byte as written (its upper case, say).
    @inline(__always)
    mutating func emit(_ byte: UInt8, written: UInt8? = nil) {
        if ByteClass.isSpace(byte) {
            if !lastPlainIsSpace {
                plain.append(0x20)
                cased.append(0x20)
            }
            lastPlainIsSpace = true
            if lastCompactIsDigit { spacedAfterDigit = true }
            return
        }
        let isDigit = ByteClass.isDigit(byte)
        if NormalizedText.isSeparator(byte) && (lastCompactIsDigit || !pendingSeparators.isEmpty) {
            pendingSeparators.append(byte)
        } else {
            if isDigit && lastCompactIsDigit && (spacedAfterDigit || !pendingSeparators.isEmpty) {
                digitGroupStarts.append(compact.count)
            }
            if !pendingSeparators.isEmpty {
                if !isDigit || !lastCompactIsDigit { compact.append(contentsOf: pendingSeparators) }
                pendingSeparators.removeAll(keepingCapacity: true)
            }
            compact.append(byte)
            lastCompactIsDigit = isDigit
            spacedAfterDigit = false
        }
        plain.append(byte)
        cased.append(written ?? byte)
        lastPlainIsSpace = false
    }

    mutating func emitBoundary() {
        if !pendingValues.isEmpty { flushAttributes() }
        boundary()
    }

    /// A boundary for the detectors only (`plain`, `cased`): private values are still matched across it.
    private mutating func plainBoundary() {
        lastIsLetter = false
        plain.append(NormalizedText.boundary)
        cased.append(NormalizedText.boundary)
        lastPlainIsSpace = true
    }

    private mutating func boundary() {
        lastIsLetter = false
        flush()
        compact.append(NormalizedText.boundary)
        plain.append(NormalizedText.boundary)
        cased.append(NormalizedText.boundary)
        lastCompactIsDigit = false
        lastPlainIsSpace = true
    }

    mutating func flush() {
        compact.append(contentsOf: pendingSeparators)
        pendingSeparators.removeAll(keepingCapacity: true)
    }

    /// Emits a character outside ASCII in the canonical form; `written` are its bytes as written.
    mutating func emitScalar(_ scalar: Unicode.Scalar, written: ArraySlice<UInt8>? = nil) {
        if scalar.isASCII {
            let b = UInt8(scalar.value)
            emitASCII(b)
            return
        }
        switch CanonicalForm.fold(scalar) {
        case .same:
            if let written {
                for b in written { emit(b) }
            } else {
                for b in UTF8.encode(scalar)! { emit(b) }
            }
            lastIsLetter = scalar.properties.isAlphabetic
        case .drop:
            return
        case .space:
            lastIsLetter = false
            emit(0x20)
        case .mark:
            compose(scalar)
        case .scalars(let scalars):
            let start = plain.count
            var letter = true
            for (lower, shown) in scalars {
                let lowerBytes = Array(String(lower).utf8)
                var shownBytes = Array(String(shown).utf8)
                if shownBytes.count != lowerBytes.count { shownBytes = lowerBytes }
                for (index, b) in lowerBytes.enumerated() { emit(b, written: shownBytes[index]) }
                letter = letter && lower.properties.isAlphabetic
            }
            let original = written.map(Array.init) ?? Array(String(scalar).utf8)
            if plain.count > start, !cased[start...].elementsEqual(original) {
                substitutions.append(Substitution(start: Int32(start), end: Int32(plain.count), original: original))
            }
            lastIsLetter = letter && plain.count > start
        }
    }

    /// A combining mark after a letter: the letter they make together (NFD "o" + U+0308 is "ö"),
    /// or, where Unicode has none, the letter alone.
    mutating func compose(_ mark: Unicode.Scalar) {
        guard lastIsLetter, !plain.isEmpty else { return }
        // The last letter's bytes: back over UTF-8 continuation bytes; `compact` ends the same.
        var plainStart = plain.count - 1
        while plainStart > 0, plain[plainStart] & 0xC0 == 0x80 { plainStart -= 1 }
        let length = plain.count - plainStart
        let compactStart = compact.count - length
        guard compactStart >= 0, compact[compactStart...].elementsEqual(plain[plainStart...]) else { return }
        let base = Array(cased[plainStart...])
        guard let letter = CanonicalForm.composed(base, mark) else { return }
        var original = base
        if let last = substitutions.last, Int(last.start) == plainStart {
            original = last.original
            substitutions.removeLast()
        }
        original += Array(String(mark).utf8)
        plain.removeLast(plain.count - plainStart)
        cased.removeLast(cased.count - plainStart)
        compact.removeLast(compact.count - compactStart)
        lastPlainIsSpace = plain.last.map { $0 == 0x20 } ?? true
        lastCompactIsDigit = compact.last.map(ByteClass.isDigit) ?? false
        emitScalar(letter)
        while let last = substitutions.last, Int(last.start) >= plainStart { substitutions.removeLast() }
        if !cased[plainStart...].elementsEqual(original) {
            substitutions.append(Substitution(start: Int32(plainStart), end: Int32(plain.count), original: original))
        }
    }

    /// An ASCII byte: letters in lower case, the rest as it is.
    @inline(__always)
    mutating func emitASCII(_ b: UInt8) {
        emit(ByteClass.isUpperASCII(b) ? b + 0x20 : b, written: b)
        lastIsLetter = ByteClass.isLetter(b)
    }

    mutating func append(text bytes: [UInt8], markup: Bool) {
        bytes.withUnsafeBufferPointer { append(text: $0, markup: markup) }
    }

    mutating func append(text bytes: UnsafeBufferPointer<UInt8>, markup: Bool) {
        append(text: bytes, mode: markup ? .markup : .text)
    }

    /// How bytes are read: as text, as HTML or XML, or as an attribute value (entities, no tags).
    enum Mode {
        case text, markup, attribute
    }

    mutating func append(text bytes: UnsafeBufferPointer<UInt8>, mode: Mode) {
        var i = 0
        let n = bytes.count
        let readsTags = mode == .markup
        let readsEntities = mode != .text
        let inAttribute = mode == .attribute
        while i < n {
            let b = bytes[i]
            if b < 0x80, b != 0x0A, b != UInt8(ascii: "<"), b != UInt8(ascii: "&"), b != UInt8(ascii: "_") {
                // Most bytes: ASCII text.
                emit(ByteClass.isUpperASCII(b) ? b + 0x20 : b, written: b)
                lastIsLetter = ByteClass.isLetter(b)
                i += 1
            } else if b == 0x0A {
                if inAttribute {
                    emit(0x20)
                    i += 1
                    continue
                }
                flush()
                lastIsLetter = false
                emit(0x20)
                compactLines.append(compact.count)
                plainLines.append(plain.count)
                i += 1
            } else if readsTags && b == UInt8(ascii: "<") {
                lastIsLetter = false
                i = readTag(bytes, from: i)
            } else if readsEntities && b == UInt8(ascii: "&") {
                i = readEntity(bytes, from: i)
            } else if b < 0x80 {
                // "_" between digits is what a word processor makes of a dash: "06_12345678".
                if b == UInt8(ascii: "_"), lastCompactIsDigit, i + 1 < n, ByteClass.isDigit(bytes[i + 1]) {
                    emitASCII(UInt8(ascii: "-"))
                } else {
                    emitASCII(b)
                }
                i += 1
            } else {
                let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
                let end = min(n, i + length)
                if let scalar = NormalizedText.decode(bytes, i, end) {
                    emitScalar(scalar, written: nil)
                } else {
                    lastIsLetter = false
                }
                i = end
            }
        }
    }

    /// The scalar of the UTF-8 bytes `start..<end`, or nil when they are not one.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Unicode.Scalar? {
        let length = end - start
        let b = bytes[start]
        guard length >= 2, b >= 0xC0 else { return nil }
        var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in (start + 1)..<end {
            guard bytes[k] & 0xC0 == 0x80 else { return nil }
            value = value << 6 | (UInt32(bytes[k]) & 0x3F)
        }
        // Overlong forms are no characters.
        guard value >= (length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000) else { return nil }
        return Unicode.Scalar(value)
    }

    /// The attribute values read since the last boundary, each between boundaries.
    mutating func flushAttributes() {
        guard !pendingValues.isEmpty else { return }
        let values = pendingValues
        pendingValues.removeAll()
        for value in values {
            boundary()
            value.withUnsafeBufferPointer { append(text: $0, mode: .attribute) }
            boundary()
        }
    }

    /// The inline tags' names, each packed into an integer as `packedName` packs them.
    static let packedInlineTags = Set(inlineTags.map { packedName(Array($0.utf8)[...]) })

    /// Up to eight lower-case ASCII bytes in one integer; longer names are no inline tag.
    static func packedName(_ name: ArraySlice<UInt8>) -> UInt64 {
        guard name.count <= 8 else { return 0 }
        return name.reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// Reads `<tag attr="value">` starting at `start`; returns the offset after it. Reads the
    /// bytes in place: a page has hundreds of tags.
    mutating func readTag(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start + 1
        let n = bytes.count
        if i < n, bytes[i] == UInt8(ascii: "!") {
            // A comment is read as text; a doctype or CDATA mark is a boundary.
            emitBoundary()
            if i + 2 < n, bytes[i + 1] == UInt8(ascii: "-"), bytes[i + 2] == UInt8(ascii: "-") {
                var j = i + 3
                while j + 2 < n, !(bytes[j] == UInt8(ascii: "-") && bytes[j + 1] == UInt8(ascii: "-") && bytes[j + 2] == UInt8(ascii: ">")) { j += 1 }
                let end = min(n, j)
                if end > i + 3 { append(text: UnsafeBufferPointer(rebasing: bytes[(i + 3)..<end]), mode: .text) }
                emitBoundary()
                return min(n, j + 3)
            }
        }
        var closing = false
        let valuesBefore = pendingValues.count
        if i < n, bytes[i] == UInt8(ascii: "/") {
            closing = true
            i += 1
        }
        var name: UInt64 = 0
        var nameLength = 0
        while i < n, bytes[i] != UInt8(ascii: ">"), !ByteClass.isSpace(bytes[i]), bytes[i] != UInt8(ascii: "/") {
            var c = bytes[i]
            if ByteClass.isUpperASCII(c) { c += 0x20 }
            name = name << 8 | UInt64(c)
            nameLength += 1
            i += 1
        }
        // Attributes: `name`, `name=value`, `name="value"`, `name='value'`.
        while i < n, bytes[i] != UInt8(ascii: ">") {
            if ByteClass.isSpace(bytes[i]) || bytes[i] == UInt8(ascii: "/") {
                i += 1
                continue
            }
            while i < n, bytes[i] != UInt8(ascii: "="), bytes[i] != UInt8(ascii: ">"), !ByteClass.isSpace(bytes[i]) { i += 1 }
            var j = i
            while j < n, ByteClass.isSpace(bytes[j]) { j += 1 }
            guard j < n, bytes[j] == UInt8(ascii: "=") else {
                i = j
                continue
            }
            j += 1
            while j < n, ByteClass.isSpace(bytes[j]) { j += 1 }
            guard j < n else {
                i = j
                break
            }
            let quote = bytes[j]
            let valueStart: Int
            var valueEnd: Int
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                valueStart = j + 1
                valueEnd = valueStart
                while valueEnd < n, bytes[valueEnd] != quote { valueEnd += 1 }
                i = min(n, valueEnd + 1)
            } else {
                valueStart = j
                valueEnd = j
                while valueEnd < n, !ByteClass.isSpace(bytes[valueEnd]), bytes[valueEnd] != UInt8(ascii: ">") { valueEnd += 1 }
                i = valueEnd
            }
            if valueEnd > valueStart {
                let value = Array(UnsafeBufferPointer(rebasing: bytes[valueStart..<valueEnd]))
                pendingValues.append(value.contains(UInt8(ascii: "%")) ? NormalizedText.percentDecoded(value) : value)
            }
        }
        let end = min(n, i + 1)
        if nameLength == 2, name == NormalizedText.packedBreak {
            // A hard line break: the words on both sides are one text to a reader.
            lastIsLetter = false
            emit(0x20)
            return end
        }
        let inline = nameLength <= 8 && NormalizedText.packedInlineTags.contains(name)
        if !inline {
            emitBoundary()
        } else if pendingValues.count > valuesBefore, start == 0 || ByteClass.isSpace(bytes[start - 1]) || (end < n && ByteClass.isSpace(bytes[end]))
        {
            // An inline tag with attributes between words ("Tuindersbos <span class="brin">35WL01")
            // is structure the theme put between two values: the detectors do not read across it.
            // Inside a word ("Bakh<a href="…">uizen") it is part of what a reader sees as one word.
            plainBoundary()
        }
        // The contents of <script> and <style> are text up to their closing tag, not markup.
        if !closing, nameLength <= 6, name == NormalizedText.packedScript || name == NormalizedText.packedStyle {
            let closer: [UInt8] = name == NormalizedText.packedScript ? Array("</script".utf8) : Array("</style".utf8)
            var k = end
            while k < n {
                if bytes[k] == UInt8(ascii: "<"), k + closer.count <= n,
                    (0..<closer.count).allSatisfy({ bytes[k + $0] | (ByteClass.isUpperASCII(bytes[k + $0]) ? 0x20 : 0) == closer[$0] })
                {
                    break
                }
                k += 1
            }
            if k > end { append(text: UnsafeBufferPointer(rebasing: bytes[end..<k]), mode: .text) }
            emitBoundary()
            return k
        }
        return end
    }

    static let packedBreak = packedName(Array("br".utf8)[...])
    static let packedScript = packedName(Array("script".utf8)[...])
    static let packedStyle = packedName(Array("style".utf8)[...])

    /// `%40` as `@`, so an address in a link (`mailto:a%40b.nl`) is read as it would be followed.
    static func percentDecoded(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(UInt8(ascii: "%")) else { return bytes }
        func hex(_ b: UInt8) -> UInt8? {
            switch b {
            case 0x30...0x39: return b - 0x30
            case 0x41...0x46: return b - 0x41 + 10
            case 0x61...0x66: return b - 0x61 + 10
            default: return nil
            }
        }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "%"), i + 2 < bytes.count, let high = hex(bytes[i + 1]), let low = hex(bytes[i + 2]) {
                result.append(high << 4 | low)
                i += 3
            } else {
                result.append(bytes[i])
                i += 1
            }
        }
        return result
    }

    static let namedEntities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "shy": "\u{AD}",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "hyphen": "\u{2010}", "dash": "\u{2010}",
        "minus": "\u{2212}", "horbar": "\u{2015}", "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}",
        "zwj": "\u{200D}", "zwnj": "\u{200C}", "lrm": "\u{200E}", "rlm": "\u{200F}", "ZeroWidthSpace": "\u{200B}",
        "NoBreak": "\u{2060}", "period": ".", "commat": "@", "lowbar": "_", "sol": "/", "lpar": "(",
        "rpar": ")", "num": "#", "colon": ":", "comma": ",", "szlig": "\u{DF}", "middot": "\u{B7}",
        "uml": "\u{A8}", "auml": "\u{E4}", "ouml": "\u{F6}", "uuml": "\u{FC}", "euml": "\u{EB}", "iuml": "\u{EF}",
        "Auml": "\u{C4}", "Ouml": "\u{D6}", "Uuml": "\u{DC}", "Euml": "\u{CB}", "Iuml": "\u{CF}", "eacute": "\u{E9}",
        "Eacute": "\u{C9}", "egrave": "\u{E8}", "aacute": "\u{E1}", "oacute": "\u{F3}", "iacute": "\u{ED}",
        "uacute": "\u{FA}", "ccedil": "\u{E7}", "Ccedil": "\u{C7}", "ntilde": "\u{F1}", "dot": "\u{2D9}",
    ]

    mutating func readEntity(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var j = start + 1
        while j < bytes.count, j - start < 32, bytes[j] != UInt8(ascii: ";"), bytes[j] != UInt8(ascii: "&"), !ByteClass.isSpace(bytes[j]) {
            j += 1
        }
        guard j < bytes.count, bytes[j] == UInt8(ascii: ";") else {
            emitASCII(UInt8(ascii: "&"))
            return start + 1
        }
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(start + 1)..<j]), as: UTF8.self)
        var scalar: Unicode.Scalar?
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        } else if name.hasPrefix("#") {
            scalar = UInt32(name.dropFirst(1)).flatMap(Unicode.Scalar.init)
        } else {
            scalar = NormalizedText.namedEntities[name]
        }
        guard let scalar else {
            emitASCII(UInt8(ascii: "&"))
            return start + 1
        }
        emitScalar(scalar)
        return j + 1
    }
}
