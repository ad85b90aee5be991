/// Personal data the gate recognises by its form (SPEC §2 items 2 and 4): nobody has to
/// declare it for the gate to stop it.
public enum PersonalData: String, Sendable, CaseIterable {
    case name = "name of a person"
    case citizenNumber = "BSN"
    case bankAccount = "IBAN"
    case homeAddress = "home address"
    case birthDate = "date of birth"
    case email = "e-mail address"
    case phone = "telephone number"

    /// The kind in Dutch, for the preview.
    var dutch: String {
        switch self {
        case .name: "naam van een persoon"
        case .citizenNumber: "BSN"
        case .bankAccount: "IBAN"
        case .homeAddress: "huisadres"
        case .birthDate: "geboortedatum"
        case .email: "e-mailadres"
        case .phone: "telefoonnummer"
        }
    }
}

/// Where a detector found personal data, as offsets in `ScanText`.
struct Finding: Hashable {
    var kind: PersonalData
    var range: Range<Int>
}

/// Published text as the detectors read it: `plain` in lower case, `cased` as written, offset
/// for offset; whitespace folded to one space and markup a boundary byte (see NormalizedText).
struct ScanText {
    var plain: [UInt8]
    var cased: [UInt8]
    /// Offsets where each line of the published file starts.
    var lineStarts: [Int]
    /// Characters that `cased` shows folded, with the bytes that were written.
    var substitutions: [NormalizedText.Substitution]

    init(_ normalized: NormalizedText) {
        plain = normalized.plain
        cased = normalized.cased
        lineStarts = normalized.plainLines
        substitutions = normalized.substitutions
    }

    init(_ text: String) {
        self.init(NormalizedText(Array(text.utf8), markup: false))
    }

    var count: Int { plain.count }

    /// Whether the character starting at `offset` (a byte of 0x80 or more) is a letter.
    func isLetterScalar(at offset: Int) -> Bool {
        let b = plain[offset]
        guard b >= 0xC0 else { return true }  // a continuation byte belongs to the letter before
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        guard offset + length <= plain.count else { return false }
        // Decoded by hand: this runs for every non-ASCII character the gate reads.
        var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { value = value << 6 | (UInt32(plain[offset + k]) & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
    }

    /// The text as written, for messages: folded characters as they were written
    /// ("Mehmet Yılmaz", not "Mehmet Yilmaz").
    func written(_ range: Range<Int>) -> String {
        guard !substitutions.isEmpty else { return String(decoding: cased[range], as: UTF8.self) }
        var low = 0
        var high = substitutions.count
        while low < high {
            let mid = (low + high) / 2
            if Int(substitutions[mid].start) < range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var bytes: [UInt8] = []
        var offset = range.lowerBound
        while low < substitutions.count, Int(substitutions[low].end) <= range.upperBound {
            let substitution = substitutions[low]
            bytes += cased[offset..<Int(substitution.start)]
            bytes += substitution.original
            offset = Int(substitution.end)
            low += 1
        }
        bytes += cased[offset..<range.upperBound]
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether the character at `offset` is a capital (its bytes differ from the lower case).
    func isUpper(_ offset: Int) -> Bool {
        let b = plain[offset]
        let length = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        for k in offset..<min(plain.count, offset + length) where cased[k] != plain[k] { return true }
        return false
    }

    /// Whether `word` (lower case) is written at `offset`.
    func has(_ word: [UInt8], at offset: Int) -> Bool {
        guard offset >= 0, offset + word.count <= plain.count else { return false }
        for index in word.indices where plain[offset + index] != word[index] { return false }
        return true
    }
}

/// FNV-1a over lower-case bytes: words are looked up by hash, without making strings.
enum WordHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func add(_ byte: UInt8, to hash: UInt64) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }

    /// One hash for a run of words, for phrases ("met vriendelijke groet").
    static func combine(_ hash: UInt64, _ next: UInt64) -> UInt64 { (hash ^ next) &* 0x100_0000_01b3 &+ 0x9e37_79b9 }

    /// The hash of the (first) word of `word`, as `words(in:)` reads it.
    static func of(_ word: String) -> UInt64 { words(in: word).first ?? seed }

    /// The words of a list written with spaces or line breaks between them.
    static func set(_ words: String) -> WordSet { WordSet(self.words(in: words)) }

    /// The hashes of the words of `text` exactly as the detectors read published text: in the
    /// canonical form (`NormalizedText`: "Ömer" is "ömer", "Akpınar" is "akpinar") and cut into
    /// words by `ScanText.tokens()`. Every word list and lexicon is read through here, so a
    /// word is looked up the way it is read, beyond ASCII too.
    static func words(in text: String) -> [UInt64] { wordsByLine(Array(text.utf8)).flatMap { $0 } }

    /// The same for each line of `bytes` (a lexicon file: an entry a line), one list a line.
    static func wordsByLine(_ bytes: [UInt8]) -> [[UInt64]] {
        let text = ScanText(NormalizedText(bytes, markup: false))
        var lines = [[UInt64]](repeating: [], count: text.lineStarts.count)
        var line = 0
        for token in text.tokens() where token.kind == .word {
            while line + 1 < text.lineStarts.count, text.lineStarts[line + 1] <= token.start { line += 1 }
            lines[line].append(token.hash)
        }
        return lines
    }
}

/// A set of word hashes, looked up with one or two probes: the keys are hashes already, so
/// unlike `Set<UInt64>` there is no hashing per lookup (the detectors look up every word).
struct WordSet: Sendable {
    private var keys: [UInt64]
    private var mask: Int

    init<S: Sequence<UInt64>>(_ hashes: S) {
        let unique = Array(Set(hashes))
        var size = 16
        while size < unique.count * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        mask = size - 1
        for hash in unique {
            let key = hash == 0 ? 1 : hash
            var index = WordSet.slot(key, mask)
            while keys[index] != 0 { index = (index + 1) & mask }
            keys[index] = key
        }
    }

    @inline(__always)
    static func slot(_ key: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: (key ^ (key >> 31)) &* 0x9E37_79B9_7F4A_7C15 >> 20) & mask }

    @inline(__always)
    func contains(_ hash: UInt64) -> Bool {
        let key = hash == 0 ? 1 : hash
        var index = WordSet.slot(key, mask)
        while true {
            let stored = keys[index]
            if stored == key { return true }
            if stored == 0 { return false }
            index = (index + 1) & mask
        }
    }
}

/// A word, number or mark of published text, for the detectors that read words.
struct Token {
    enum Kind: UInt8 {
        case word, number, mark, boundary, lineBreak
    }

    /// Offsets in 32 bits: a published file has far fewer than 2^31 bytes, and a token is
    /// made for every word of every page, so its size is the gate's memory.
    private let start32: Int32
    private let end32: Int32
    var start: Int { Int(start32) }
    var end: Int { Int(end32) }
    var kind: Kind
    /// A '.' follows at once ("dhr.", "P.").
    var period = false
    /// Starts with a capital letter.
    var capital = false
    /// Every letter a capital ("OBS", "BSN").
    var allCapitals = false
    /// WordHash of the lower-case word; for a mark, its byte.
    var hash: UInt64 = 0

    var length: Int { end - start }

    init(start: Int, end: Int, kind: Kind, hash: UInt64 = 0) {
        start32 = Int32(truncatingIfNeeded: start)
        end32 = Int32(truncatingIfNeeded: end)
        self.kind = kind
        self.hash = hash
    }
}

extension ScanText {
    /// Words, numbers and marks, with a `boundary` for markup and a `lineBreak` where a line
    /// of the published file ends.
    func tokens() -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(count / 5)
        var i = 0
        var nextLine = 1
        let n = count
        while i < n {
            while nextLine < lineStarts.count, lineStarts[nextLine] <= i {
                if let last = tokens.last, last.kind != .boundary, last.kind != .lineBreak {
                    tokens.append(Token(start: i, end: i, kind: .lineBreak))
                }
                nextLine += 1
            }
            let b = plain[i]
            if b == 0x20 {
                i += 1
            } else if b == NormalizedText.boundary {
                if let last = tokens.last, last.kind != .boundary {
                    if last.kind == .lineBreak { tokens.removeLast() }
                    tokens.append(Token(start: i, end: i + 1, kind: .boundary))
                }
                i += 1
            } else if (ByteClass.isLetter(b) && (b < 0x80 || isLetterScalar(at: i)))
                || (b == UInt8(ascii: "'") && i + 1 < n && plain[i + 1] == UInt8(ascii: "t") && (i + 2 == n || !ByteClass.isLetter(plain[i + 2])))
            {
                let start = i
                var hash = WordHash.seed
                var capitals = 0
                var letters = 0
                if b == UInt8(ascii: "'") {
                    hash = WordHash.add(b, to: hash)
                    i += 1
                }
                while i < n {
                    let c = plain[i]
                    if ByteClass.isLetter(c) && (c < 0xC0 || isLetterScalar(at: i)) {
                        hash = WordHash.add(c, to: hash)
                        if c < 0x80 || c >= 0xC0 {
                            letters += 1
                            if cased[i] != c { capitals += 1 }
                        }
                        i += 1
                    } else if (c == UInt8(ascii: "-") || c == UInt8(ascii: "'")) && i + 1 < n && ByteClass.isLetter(plain[i + 1]) && i > start {
                        hash = WordHash.add(c, to: hash)
                        i += 1
                    } else {
                        break
                    }
                }
                var token = Token(start: start, end: i, kind: .word, hash: hash)
                token.capital = isUpper(start)
                token.allCapitals = letters > 0 && capitals == letters
                if i < n, plain[i] == UInt8(ascii: ".") {
                    token.period = true
                    i += 1
                }
                tokens.append(token)
            } else if b >= 0x80, !isLetterScalar(at: i) {
                // Punctuation beyond ASCII ("–", "“", "·") is a mark, not part of a word.
                let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
                tokens.append(Token(start: i, end: min(n, i + length), kind: .mark, hash: UInt64(b)))
                i += length
            } else if ByteClass.isDigit(b) {
                let start = i
                while i < n, ByteClass.isDigit(plain[i]) { i += 1 }
                tokens.append(Token(start: start, end: i, kind: .number))
            } else {
                tokens.append(Token(start: i, end: i + 1, kind: .mark, hash: UInt64(b)))
                i += 1
            }
        }
        return tokens
    }
}
