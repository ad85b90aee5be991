/// IBANs of any country, plain or in groups of four, in any case: the country's length and
/// valid mod-97 check digits ("NL91ABNA0417164300", "nl91 abna 0417 1643 00").
enum BankAccounts {
    /// Starts only where a two-letter word is glued to a number ("nl" + "91"): one check a word.
    static func find(in text: ScanText, tokens: [Token]) -> [Finding] {
        var found: [Finding] = []
        let plain = text.plain
        let n = plain.count
        var after = 0
        for (t, token) in tokens.enumerated() where token.kind == .word && token.length == 2 && token.start >= after {
            guard t + 1 < tokens.count, tokens[t + 1].kind == .number, tokens[t + 1].start == token.end, tokens[t + 1].length >= 2 else { continue }
            let i = token.start
            // Glued to what comes before ("12LU00", a BRIN with its branch) it is a code.
            guard i == 0 || !ByteClass.isAlphanumeric(plain[i - 1]), ByteClass.isLowerASCII(plain[i]), ByteClass.isLowerASCII(plain[i + 1]),
                let length = lengths[String(decoding: plain[i..<(i + 2)], as: UTF8.self)]
            else { continue }
            // Read `length` letters and digits, allowing one space, '-' or '.' between groups of four.
            var characters: [UInt8] = []
            var j = i
            while j < n, characters.count < length {
                let b = plain[j]
                if ByteClass.isLowerASCIIAlphanumeric(b) {
                    characters.append(b)
                    j += 1
                } else if b == 0x20 || b == UInt8(ascii: "-") || b == UInt8(ascii: "."), j + 1 < n, ByteClass.isAlphanumeric(plain[j + 1]),
                    !characters.isEmpty, characters.count % 4 == 0
                {
                    j += 1
                } else {
                    break
                }
            }
            if characters.count == length, j == n || !ByteClass.isAlphanumeric(plain[j]), isValid(characters) {
                found.append(Finding(kind: .bankAccount, range: i..<j))
                after = j
            }
        }
        return found
    }

    /// ISO 13616 mod 97: the first four characters moved to the end, letters as 10…35.
    static func isValid(_ characters: [UInt8]) -> Bool {
        var remainder = 0
        for b in characters.dropFirst(4) + characters.prefix(4) {
            if ByteClass.isDigit(b) {
                remainder = (remainder * 10 + Int(b) - 48) % 97
            } else {
                remainder = (remainder * 100 + Int(b) - 97 + 10) % 97
            }
        }
        return remainder == 1
    }

    /// IBAN lengths per country (the SWIFT IBAN registry).
    static let lengths: [String: Int] = [
        "ad": 24, "ae": 23, "al": 28, "at": 20, "az": 28, "ba": 20, "be": 16, "bg": 22, "bh": 22, "bi": 27, "br": 29, "by": 28,
        "ch": 21, "cr": 22, "cy": 28, "cz": 24, "de": 22, "dj": 27, "dk": 18, "do": 28, "ee": 20, "eg": 29, "es": 24, "fi": 18,
        "fk": 18, "fo": 18, "fr": 27, "gb": 22, "ge": 22, "gi": 23, "gl": 18, "gr": 27, "gt": 28, "hr": 21, "hu": 28, "ie": 22,
        "il": 23, "iq": 23, "is": 26, "it": 27, "jo": 30, "kw": 30, "kz": 20, "lb": 28, "lc": 32, "li": 21, "lt": 20, "lu": 20,
        "lv": 21, "ly": 25, "mc": 27, "md": 24, "me": 22, "mk": 19, "mn": 20, "mr": 27, "mt": 31, "mu": 30, "ni": 28, "nl": 18,
        "no": 15, "om": 23, "pk": 24, "pl": 28, "ps": 29, "pt": 25, "qa": 29, "ro": 24, "rs": 22, "ru": 33, "sa": 24, "sc": 31,
        "sd": 18, "se": 24, "si": 19, "sk": 24, "sm": 27, "so": 23, "st": 25, "sv": 28, "tl": 23, "tn": 24, "tr": 26, "ua": 29,
        "va": 22, "vg": 24, "xk": 20, "ye": 30,
    ]
}
