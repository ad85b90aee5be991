/// Turns published bytes into the two forms the privacy gate reads (SPEC §2).
///
/// - `compact`: lower case, no whitespace, no separators inside numbers, markup removed.
///   Private values and forbidden terms are matched here, however they are cased or spaced.
/// - `plain`: lower case, whitespace folded to one space, markup made a boundary.
///   E-mail addresses, numbers, dates and addresses are recognised here.
/// - `cased`: `plain` with the case as written, offset for offset, for the detectors that
///   need capitals (names of persons, postcodes).
///
/// Inline tags (`<em>`, `<a>`…) vanish so text split by them still matches; other tags become
/// a boundary byte that no pattern contains. Attribute values are read too (`href="mailto:…"`).
struct NormalizedText {
    var compact: [UInt8] = []
    var plain: [UInt8] = []
    var cased: [UInt8] = []
    /// Offsets in `compact` and `plain` where each output line starts, for messages.
    var compactLines: [Int] = [0]
    var plainLines: [Int] = [0]

    static let boundary: UInt8 = 0x01

    static let inlineTags: Set<String> = [
        "a", "abbr", "b", "bdi", "cite", "code", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s",
        "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
    ]

    static func isSeparator(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: "/") || b == UInt8(ascii: "(") || b == UInt8(ascii: ")")
    }

    /// Normalises a pattern (a private value, a forbidden term) exactly as text is normalised.
    static func pattern(_ text: String) -> [UInt8] {
        var n = NormalizedText()
        n.append(text: Array(text.utf8), markup: false)
        n.flush()
        return n.compact
    }

    init() {}

    init(_ bytes: [UInt8], markup: Bool) {
        compact.reserveCapacity(bytes.count)
        plain.reserveCapacity(bytes.count)
        cased.reserveCapacity(bytes.count)
        append(text: bytes, markup: markup)
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

    mutating func emitScalar(_ scalar: Unicode.Scalar) {
        if scalar.isASCII {
            let b = UInt8(scalar.value)
            emit(ByteClass.isUpperASCII(b) ? b + 0x20 : b, written: b)
        } else if scalar == "\u{A0}" || scalar.properties.isWhitespace {
            emit(0x20)
        } else if scalar.properties.generalCategory == .format {
            return  // soft hyphen, zero-width space and joiners: invisible, so they split nothing
        } else {
            let lower = Array(String(scalar).lowercased().utf8)
            let written = Array(String(scalar).utf8)
            // Capitals are kept where the lower case is as long (Ö, Ş); else written in lower case.
            let keep = lower.count == written.count
            for (index, b) in lower.enumerated() { emit(b, written: keep ? written[index] : b) }
        }
    }

    mutating func append(text bytes: [UInt8], markup: Bool) {
        bytes.withUnsafeBufferPointer { append(text: $0, markup: markup) }
    }

    mutating func append(text bytes: UnsafeBufferPointer<UInt8>, markup: Bool) {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x0A {
                flush()
                emit(0x20)
                compactLines.append(compact.count)
                plainLines.append(plain.count)
                i += 1
            } else if markup && b == UInt8(ascii: "<") {
                i = readTag(bytes, from: i)
            } else if markup && b == UInt8(ascii: "&") {
                i = readEntity(bytes, from: i)
            } else if b < 0x80 {
                emit(ByteClass.isUpperASCII(b) ? b + 0x20 : b, written: b)
                i += 1
            } else {
                let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                let end = min(n, i + length)
                if let s = String(validating: UnsafeBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self), let scalar = s.unicodeScalars.first {
                    emitScalar(scalar)
                }
                i = end
            }
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
            // Comment or doctype: skip, as a boundary.
            if i + 2 < n, bytes[i + 1] == UInt8(ascii: "-"), bytes[i + 2] == UInt8(ascii: "-") {
                var j = i + 3
                while j + 2 < n, !(bytes[j] == UInt8(ascii: "-") && bytes[j + 1] == UInt8(ascii: "-") && bytes[j + 2] == UInt8(ascii: ">")) { j += 1 }
                emitBoundary()
                return min(n, j + 3)
            }
        }
        if i < n, bytes[i] == UInt8(ascii: "/") { i += 1 }
        var name: UInt64 = 0
        var nameLength = 0
        while i < n, bytes[i] != UInt8(ascii: ">"), !ByteClass.isSpace(bytes[i]), bytes[i] != UInt8(ascii: "/") {
            var c = bytes[i]
            if ByteClass.isUpperASCII(c) { c += 0x20 }
            name = name << 8 | UInt64(c)
            nameLength += 1
            i += 1
        }
        let inline = nameLength <= 8 && NormalizedText.packedInlineTags.contains(name)
        // The attribute values: first only whether there are any, then each read as text.
        let attributes = i
        var hasValues = false
        while i < n, bytes[i] != UInt8(ascii: ">") {
            let quote = bytes[i]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                hasValues = true
                var j = i + 1
                while j < n, bytes[j] != quote { j += 1 }
                i = j + 1
            } else {
                i += 1
            }
        }
        let end = i
        if !inline || hasValues { emitBoundary() }
        i = attributes
        while i < end {
            let quote = bytes[i]
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
                i += 1
                continue
            }
            var j = i + 1
            while j < n, bytes[j] != quote { j += 1 }
            let value = UnsafeBufferPointer(rebasing: bytes[(i + 1)..<min(j, n)])
            if !value.isEmpty {
                if value.contains(UInt8(ascii: "%")) {
                    append(text: NormalizedText.percentDecoded(Array(value)), markup: true)
                } else {
                    append(text: value, markup: true)
                }
                emitBoundary()
            }
            i = j + 1
        }
        return min(n, end + 1)
    }

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
        "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}",
    ]

    mutating func readEntity(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var j = start + 1
        while j < bytes.count, j - start < 12, bytes[j] != UInt8(ascii: ";"), bytes[j] != UInt8(ascii: "&"), !ByteClass.isSpace(bytes[j]) {
            j += 1
        }
        guard j < bytes.count, bytes[j] == UInt8(ascii: ";") else {
            emit(UInt8(ascii: "&"))
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
            emit(UInt8(ascii: "&"))
            return start + 1
        }
        emitScalar(scalar)
        return j + 1
    }
}
