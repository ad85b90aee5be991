import Foundation

/// The one form in which the gate reads every character outside ASCII, for every check alike:
/// intern values, forbidden terms, allowed exceptions and the detectors (docs/privacy-gate.md,
/// "The canonical form"). ASCII is only lower-cased (by `NormalizedText`); everything else is
/// folded here, one scalar at a time:
///
/// - invisible code points (default-ignorable ones such as U+034F, U+FE0F, U+3164, variation
///   selectors, zero-width spaces and joiners, the soft hyphen; format and control characters)
///   are removed; blank glyphs (U+2800 and whitespace of any kind) are a space;
/// - every dash and minus (U+2010–U+2015, U+2212, U+FE58, U+FE63, U+FF0D …) is "-";
/// - a digit of any script is its ASCII digit;
/// - NFKC and case folding: fullwidth and mathematical letters are the letters they are, capitals
///   are lower case, "ß" is "ss", Turkish "ı" and "İ" are "i";
/// - a letter that only looks like a Latin letter is that letter (Unicode's confusables data,
///   `ConfusableLetters.swift`): Cyrillic "і" is "i";
/// - a combining mark joins the letter before it where Unicode composes them (NFD "o" + U+0308
///   is "ö"), and is removed where it does not.
enum CanonicalForm {
    /// What one scalar outside ASCII becomes.
    enum Folded {
        /// Already in the canonical form: its bytes as written.
        case same
        /// Invisible: nothing.
        case drop
        /// A space.
        case space
        /// A combining mark, for the letter before it.
        case mark
        /// Scalars in lower case, each with the scalar to show where the case matters (a
        /// capital stays a capital where both are as long in UTF-8).
        case scalars([(lower: Unicode.Scalar, written: Unicode.Scalar)])
    }

    /// Blank glyphs that are no whitespace to Unicode but show as a gap.
    static let blanks: Set<UInt32> = [0x2800, 0x115F, 0x1160, 0x3164, 0xFFA0]

    static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return scalar.properties.generalCategory == .dashPunctuation || value == 0x2212 || value == 0x2796 || value == 0x2043
            || value == 0x02D7 || value == 0x2E3A || value == 0x2E3B
    }

    /// Confusable letters by code point, as the Latin letters they look like.
    static let confusables: [UInt32: [Unicode.Scalar]] = {
        var table: [UInt32: [Unicode.Scalar]] = [:]
        for entry in confusableList.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            guard let equals = entry.firstIndex(of: "="), let code = UInt32(entry[..<equals], radix: 16) else { continue }
            table[code] = entry[entry.index(after: equals)...].unicodeScalars.map { $0 }
        }
        return table
    }()

    static func fold(_ scalar: Unicode.Scalar) -> Folded {
        let properties = scalar.properties
        if properties.isDefaultIgnorableCodePoint { return .drop }
        if scalar == "\u{A0}" || properties.isWhitespace || blanks.contains(scalar.value) { return .space }
        if isDash(scalar) { return .scalars([("-", "-")]) }
        switch properties.generalCategory {
        case .format, .control, .surrogate, .privateUse, .unassigned: return .drop
        case .nonspacingMark, .enclosingMark: return .mark
        default: break
        }
        if properties.numericType == .decimal, let value = properties.numericValue, value >= 0, value <= 9 {
            return .scalars([(Unicode.Scalar(UInt8(48 + Int(value))), Unicode.Scalar(UInt8(48 + Int(value))))])
        }
        switch scalar.value {
        case 0x130: return .scalars([("i", "I")])  // İ
        case 0x131: return .scalars([("i", "i")])  // ı
        case 0xDF: return .scalars([("s", "s"), ("s", "s")])  // ß
        case 0x1E9E: return .scalars([("s", "S"), ("s", "S")])  // ẞ
        case 0x3C2: return fold("\u{3C3}")  // final sigma
        default: break
        }
        if !properties.changesWhenNFKCCaseFolded {
            if let letters = confusables[scalar.value] { return .scalars(letters.map { ($0, $0) }) }
            return .same
        }
        // A capital whose lower case is one canonical scalar ("É", "Ö"): no normalisation needed.
        let lower = properties.lowercaseMapping.unicodeScalars
        if lower.count == 1, let only = lower.first, !only.properties.changesWhenNFKCCaseFolded {
            if let letters = confusables[only.value] { return .scalars(letters.map { ($0, upper($0)) }) }
            return .scalars([(only, scalar)])
        }
        // Compatibility characters (fullwidth, mathematical, ligatures, circled …): NFKC, then
        // each scalar of that folded on its own.
        var result: [(lower: Unicode.Scalar, written: Unicode.Scalar)] = []
        for part in String(scalar).precomposedStringWithCompatibilityMapping.unicodeScalars {
            if part.isASCII {
                let lowered = part.properties.lowercaseMapping.unicodeScalars.first ?? part
                result.append((lowered, part))
                continue
            }
            guard part != scalar else {
                // NFKC leaves it as it is: its lower case, as far as that is one scalar each.
                for lowered in part.properties.lowercaseMapping.unicodeScalars {
                    if lowered == part {
                        // Changed only by a case folding of its own (Cherokee): kept as it is.
                        result.append((lowered, lowered))
                        continue
                    }
                    switch fold(lowered) {
                    case .same: result.append((lowered, lowered))
                    case .scalars(let more): result += more
                    case .space: result.append((" ", " "))
                    case .drop, .mark: continue
                    }
                }
                continue
            }
            switch fold(part) {
            case .same: result.append((part, part))
            case .scalars(let more): result += more
            case .space: result.append((" ", " "))
            case .drop, .mark: continue
            }
        }
        return .scalars(result)
    }

    static func upper(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let mapped = scalar.properties.uppercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first! : scalar
    }

    /// The letter that `base` (as written) and a combining mark make together, or nil where
    /// Unicode has no such letter.
    static func composed(_ base: [UInt8], _ mark: Unicode.Scalar) -> Unicode.Scalar? {
        var text = String(decoding: base, as: UTF8.self)
        text.unicodeScalars.append(mark)
        let scalars = text.precomposedStringWithCanonicalMapping.unicodeScalars
        return scalars.count == 1 ? scalars.first : nil
    }
}
