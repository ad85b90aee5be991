/// Burgerservicenummers (BSN): nine digits, or eight with a leading zero left off, that pass
/// the 11-test, however they are grouped ("123456782", "1234.56.782", "123 456 782").
/// Eight digits are a BSN only near the word for it, as eight-digit numbers are common.
enum CitizenNumbers {
    static func find(in text: ScanText) -> [Finding] {
        var found: [Finding] = []
        let plain = text.plain
        let n = plain.count
        var i = 0
        var groups: [Range<Int>] = []
        groups.reserveCapacity(8)
        while i < n {
            guard ByteClass.isDigit(plain[i]) else {
                i += 1
                continue
            }
            // Digits glued to letters are a code (a BRIN, an IBAN), not a number.
            if i > 0, ByteClass.isLetter(plain[i - 1]) || plain[i - 1] == UInt8(ascii: "+") {
                while i < n, ByteClass.isAlphanumeric(plain[i]) { i += 1 }
                continue
            }
            // Groups of digits joined by one and the same separator.
            groups.removeAll(keepingCapacity: true)
            var separator: UInt8?
            var j = i
            while j < n {
                let start = j
                while j < n, ByteClass.isDigit(plain[j]) { j += 1 }
                groups.append(start..<j)
                guard j + 1 < n, plain[j] == 0x20 || plain[j] == UInt8(ascii: ".") || plain[j] == UInt8(ascii: "-"), ByteClass.isDigit(plain[j + 1]),
                    separator == nil || separator == plain[j]
                else { break }
                separator = plain[j]
                j += 1
            }
            let end = groups.last!.upperBound
            let glued = end < n && ByteClass.isLetter(plain[end])
            var digits = 0
            for group in groups { digits += group.count }
            if !glued, !afterCountryCode(i, plain) {
                // Written in groups, a BSN has groups of two to four ("123 456 782", "1234.56.782"):
                // numbers from neighbouring fields ("2988" and "12988") are not a BSN.
                let grouped = groups.count == 1 || groups.allSatisfy { (2...4).contains($0.count) }
                // A date (2022-11-01, 01-11-2022) is no number.
                let isDate =
                    separator != 0x20 && groups.count == 3
                    && ((groups[0].count == 4 && groups[1].count == 2 && groups[2].count == 2)
                        || (groups[0].count <= 2 && groups[1].count <= 2 && groups[2].count == 4))
                // A school year (2016-2017) is no number either.
                let isSchoolYear = groups.count == 2 && groups[0].count == 4 && groups[1].count == 4 && separator != 0x20
                if grouped, !isDate, !isSchoolYear, digits == 9 || (digits == 8 && nearKeyword(i, plain)),
                    passesElevenTest(groups.flatMap { Array(plain[$0]) })
                {
                    found.append(Finding(kind: .citizenNumber, range: i..<end))
                } else if groups.count > 1 {
                    // One group of nine within a longer run: "BSN 123456782 2023".
                    for group in groups where group.count == 9 && passesElevenTest(Array(plain[group])) {
                        found.append(Finding(kind: .citizenNumber, range: group))
                    }
                }
            }
            i = end
        }
        return found
    }

    /// The 11-test of a BSN: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11 (not all zeros).
    static func passesElevenTest(_ digits: [UInt8]) -> Bool {
        var values = digits.map { Int($0) - 48 }
        if values.count == 8 { values.insert(0, at: 0) }
        guard values.count == 9, values.contains(where: { $0 != 0 }) else { return false }
        var sum = 0
        for (index, value) in values.enumerated() { sum += index == 8 ? -value : (9 - index) * value }
        return sum % 11 == 0
    }

    /// Right after +31 or 0031: a telephone number.
    static func afterCountryCode(_ start: Int, _ plain: [UInt8]) -> Bool {
        var j = start - 1
        while j >= 0, plain[j] == 0x20 || plain[j] == UInt8(ascii: "(") || plain[j] == UInt8(ascii: ")") || plain[j] == UInt8(ascii: "-") { j -= 1 }
        guard j >= 1 else { return false }
        return plain[j] == UInt8(ascii: "1") && plain[j - 1] == UInt8(ascii: "3")
    }

    static let keywords: [[UInt8]] = ["bsn", "burgerservicenummer", "sofinummer", "sofi-nummer", "persoonsnummer"].map { Array($0.utf8) }

    static func nearKeyword(_ start: Int, _ plain: [UInt8]) -> Bool {
        let window = plain[max(0, start - 40)..<start]
        return keywords.contains { ByteSearch.contains($0, in: window) }
    }
}
