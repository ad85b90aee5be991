/// Dutch telephone numbers (SPEC §2): ten digits starting with 0, or the same number with
/// +31 or 0031, however the digits are grouped.
enum PhoneNumbers {
    static func find(in text: ScanText) -> [Finding] {
        phones(in: text.plain).map { found, _, end in Finding(kind: .phone, range: (end - found.utf8.count)..<end) }
    }

    /// The ten digits of a Dutch number ("0612345678") written with 0, +31 or 0031, or nil.
    static func phoneDigits(_ bytes: [UInt8]) -> String? {
        let plus = bytes.first(where: { !ByteClass.isSpace($0) }) == UInt8(ascii: "+")
        let digits = bytes.filter(ByteClass.isDigit)
        guard
            bytes.allSatisfy({ ByteClass.isDigit($0) || NormalizedText.isSeparator($0) || ByteClass.isSpace($0) || $0 == UInt8(ascii: "+") }
            )
        else { return nil }
        return canonicalPhone(digits, plus: plus)
    }

    static func canonicalPhone(_ digits: [UInt8], plus: Bool) -> String? {
        let text = String(decoding: digits, as: UTF8.self)
        if plus, digits.count == 11, text.hasPrefix("31") { return "0" + text.dropFirst(2) }
        if digits.count == 13, text.hasPrefix("0031") { return "0" + text.dropFirst(4) }
        if digits.count == 10, text.hasPrefix("0"), !text.hasPrefix("00") { return text }
        return nil
    }

    /// A group of digits in a run of digits joined by spaces or `- . / ( )`.
    struct DigitGroup {
        var start: Int
        var end: Int
        /// Written with a `+` right before it.
        var plus: Bool
        /// What joins it to the next group ("-", " ", ") "…), empty for the last.
        var joiner: ArraySlice<UInt8> = []
        /// Part of a date, a school year or a time, which is never part of a telephone number.
        var isDate = false

        var count: Int { end - start }
    }

    /// Dutch telephone numbers in normalised text: ten digits starting with 0, or +31 / 0031 and
    /// nine digits, with `(0)` allowed after the country code. To keep ordinary content free of
    /// false alarms, the first group of a national number is an area code (2 to 4 digits) or the
    /// whole number, and dates (2023-07-10, 10-07-2023) and school years (2022-2023) are never
    /// part of a number, however they are lined up.
    static func phones(in text: [UInt8]) -> [(String, String, Int)] {
        var result: [(String, String, Int)] = []
        var i = 0
        let n = text.count
        func joins(_ b: UInt8) -> Bool { NormalizedText.isSeparator(b) || b == 0x20 }
        while i < n {
            guard ByteClass.isDigit(text[i]) || (text[i] == UInt8(ascii: "+") && i + 1 < n && ByteClass.isDigit(text[i + 1])) else {
                i += 1
                continue
            }
            // Digits glued to letters (a BRIN code, "12AB00") are not numbers; a '+' is not glue.
            // (A '+' after a letter once made this skip stand still, and the build hang: found by fuzzing.)
            if i > 0, ByteClass.isLowerLetter(text[i - 1]), text[i] != UInt8(ascii: "+") {
                repeat { i += 1 } while i < n && ByteClass.isDigit(text[i])
                continue
            }
            var groups: [DigitGroup] = []
            var j = i
            while j < n {
                var plus = false
                if text[j] == UInt8(ascii: "+") {
                    plus = true
                    j += 1
                }
                let start = j
                while j < n, ByteClass.isDigit(text[j]) { j += 1 }
                if j == start { break }
                if j < n, ByteClass.isLowerLetter(text[j]) {
                    while j < n, text[j] != 0x20, text[j] != NormalizedText.boundary { j += 1 }
                    break
                }
                groups.append(DigitGroup(start: start, end: j, plus: plus))
                var k = j
                while k < n, joins(text[k]) { k += 1 }
                guard k > j, k < n, ByteClass.isDigit(text[k]) || text[k] == UInt8(ascii: "+") else { break }
                groups[groups.count - 1].joiner = text[j..<k]
                j = k
            }
            markDates(&groups, text)
            for first in groups.indices {
                if let (canonical, last) = phone(startingAt: first, in: groups, text) {
                    var start = groups[first].plus ? groups[first].start - 1 : groups[first].start
                    if start > 0, text[start - 1] == UInt8(ascii: "(") { start -= 1 }
                    result.append((String(decoding: text[start..<groups[last].end], as: UTF8.self), canonical, groups[last].end))
                }
            }
            i = max(j, i + 1)
        }
        return result
    }

    /// Marks groups that form a date (4-2-2, 2-2-4, 1-1-4) or a school year (4-4), written with
    /// one and the same `-`, `/` or `.` between their parts, or a time (09.00).
    static func markDates(_ groups: inout [DigitGroup], _ text: [UInt8]) {
        // A year is 19xx or 20xx: "0488.60.12.71" is a number, not the date 0488-60-12.
        func isYear(_ g: DigitGroup) -> Bool {
            g.count == 4 && (text[g.start...].starts(with: [0x31, 0x39]) || text[g.start...].starts(with: [0x32, 0x30]))
        }
        func tight(_ g: DigitGroup) -> UInt8? {
            guard g.joiner.count == 1, let b = g.joiner.first, b != 0x20 else { return nil }
            return b
        }
        var k = 0
        while k < groups.count {
            if k + 2 < groups.count, let a = tight(groups[k]), a == tight(groups[k + 1]) {
                let lengths = (groups[k].count, groups[k + 1].count, groups[k + 2].count)
                if (lengths == (4, 2, 2) && isYear(groups[k]))
                    || ((1...2).contains(lengths.0) && (1...2).contains(lengths.1) && lengths.2 == 4 && isYear(groups[k + 2]))
                {
                    for m in k...(k + 2) { groups[m].isDate = true }
                    k += 3
                    continue
                }
            }
            if k + 1 < groups.count, let a = tight(groups[k]), a == UInt8(ascii: "-") || a == UInt8(ascii: "/"),
                groups[k].count == 4, groups[k + 1].count == 4
            {
                groups[k].isDate = true
                groups[k + 1].isDate = true
                k += 2
                continue
            }
            // A time, 09.00: two groups joined by a dot, not part of a longer dotted number
            // (020.123.45.67) nor followed by more groups after a space (06.12 34 56 78).
            if k + 1 < groups.count, tight(groups[k]) == UInt8(ascii: "."), (1...2).contains(groups[k].count), groups[k + 1].count == 2,
                k == 0 || tight(groups[k - 1]) != UInt8(ascii: "."), tight(groups[k + 1]) != UInt8(ascii: "."),
                !groups[k + 1].joiner.elementsEqual([0x20])
            {
                groups[k].isDate = true
                groups[k + 1].isDate = true
                k += 2
                continue
            }
            k += 1
        }
    }

    /// A number written as two groups with the area code run on into the first: six and four
    /// digits ("065555 5555", "030555 5555"), or five and five joined by a hyphen
    /// ("08875-55555"). Only two groups alone: bestuursnummers in a row ("05678 05679 00123",
    /// "05678 05679") are five digits apart by spaces, not a telephone number.
    static func isLongAreaGroup(_ first: Int, _ groups: [DigitGroup]) -> Bool {
        guard groups.count == 2, first == 0, !groups[1].isDate else { return false }
        let joiner = Array(groups[0].joiner)
        switch (groups[0].count, groups[1].count) {
        case (6, 4): return joiner == [0x20] || joiner == [UInt8(ascii: "-")]
        case (5, 5): return joiner == [UInt8(ascii: "-")]
        default: return false
        }
    }

    /// The canonical ten digits and the last group of a telephone number that starts at `first`.
    static func phone(startingAt first: Int, in groups: [DigitGroup], _ text: [UInt8]) -> (String, Int)? {
        let head = Array(text[groups[first].start..<groups[first].end])
        guard !groups[first].isDate else { return nil }
        var digits: [UInt8]
        var index = first
        if (groups[first].plus && head.starts(with: Array("31".utf8))) || head.starts(with: Array("0031".utf8)) {
            // International: the country code, an optional (0), then nine digits.
            digits = Array(head.dropFirst(groups[first].plus ? 2 : 4))
            if digits.isEmpty, index + 1 < groups.count, text[groups[index + 1].start..<groups[index + 1].end].elementsEqual([UInt8(ascii: "0")]) {
                index += 1
            }
            if digits.first == UInt8(ascii: "0") { return nil }
            while digits.count < 9, index + 1 < groups.count, !groups[index + 1].isDate {
                index += 1
                digits += text[groups[index].start..<groups[index].end]
            }
            guard digits.count == 9, digits.first != UInt8(ascii: "0") else { return nil }
            return ("0" + String(decoding: digits, as: UTF8.self), index)
        }
        // A '+' before a national number ("+06-…") is a slip of the pen; the number is still one.
        guard head.first == UInt8(ascii: "0"), head.count < 2 || head[1] != UInt8(ascii: "0"),
            (2...4).contains(head.count) || head.count == 10 || isLongAreaGroup(first, groups)
        else { return nil }
        digits = head
        while digits.count < 10, index + 1 < groups.count, !groups[index + 1].isDate {
            index += 1
            digits += text[groups[index].start..<groups[index].end]
        }
        guard digits.count == 10 else { return nil }
        // After the area code, one group or groups of at most four: "06 12345678", "06 123 456 78".
        // Numbers from neighbouring fields ("06 941" and "40188") are not grouped like that.
        if index > first + 1, groups[(first + 1)...index].contains(where: { $0.count > 4 }) { return nil }
        return (String(decoding: digits, as: UTF8.self), index)
    }

}
