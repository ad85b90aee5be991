import Foundation

/// Dutch ways of writing things down.
public enum DutchText {
    /// "A", "A en B", "A, B en C".
    public static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " en " + items[items.count - 1]
        }
    }

    /// A key that sorts names the Dutch way: case and accents ignored, so "Ônderwiis" sorts under O.
    public static func sortKey(_ text: String) -> String {
        // Most names are plain ASCII: lower-case letters, digits and spaces, without Unicode tables.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 32)
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: " "): bytes.append(byte)
                default: continue
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var result = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if !(scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == " ") { continue }
            result.append(contentsOf: String(scalar).lowercased().unicodeScalars)
        }
        return String(result)
    }
}
