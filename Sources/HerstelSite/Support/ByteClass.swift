/// What kind of byte a UTF-8 byte is, for code that reads text byte by byte (the privacy
/// gate's scanners, the changes' HTML reader). Every byte of 0x80 or more belongs to a
/// non-ASCII character; the classes that speak of letters count it as one (`ScanText`
/// decodes the character where that is not good enough).
enum ByteClass {
    /// 0–9.
    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// a–z.
    static func isLowerASCII(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }

    /// A–Z.
    static func isUpperASCII(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }

    /// a–z, A–Z, 0–9.
    static func isASCIIAlphanumeric(_ b: UInt8) -> Bool { isLowerASCII(b) || isUpperASCII(b) || isDigit(b) }

    /// a–z, 0–9: a letter or digit of lower-case ASCII text (host names, e-mail addresses).
    static func isLowerASCIIAlphanumeric(_ b: UInt8) -> Bool { isLowerASCII(b) || isDigit(b) }

    /// A letter in text as written: a–z, A–Z or a byte of a non-ASCII character.
    static func isLetter(_ b: UInt8) -> Bool { isLowerASCII(b) || isUpperASCII(b) || b >= 0x80 }

    /// A letter in text made lower case: a–z or a byte of a non-ASCII character.
    static func isLowerLetter(_ b: UInt8) -> Bool { isLowerASCII(b) || b >= 0x80 }

    /// A letter or a digit in text as written.
    static func isAlphanumeric(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) }

    /// A letter or a digit in text made lower case: a byte of a word.
    static func isLowerAlphanumeric(_ b: UInt8) -> Bool { isLowerLetter(b) || isDigit(b) }

    /// White space as HTML reads it: space, tab, line feed, form feed, carriage return.
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C }
}
