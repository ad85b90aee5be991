/// Dates of birth: a date in any common notation ("12-03-2011", "12 maart 2011",
/// "2011-03-12", "12/3/'11") or a year, near "geboren", "geb.", "geboortedatum" or
/// "geboortejaar". Other dates (of the case, of a letter) are no personal data.
enum BirthDates {
    static func find(in text: ScanText, tokens: [Token]) -> [Finding] {
        var found: [Finding] = []
        for (i, token) in tokens.enumerated()
        where token.kind == .word && (text.plain[token.start] == UInt8(ascii: "g") || text.plain[token.start] == UInt8(ascii: "d"))
            && isKeyword(token, text)
        {
            // The nearest date within a few words after the keyword, else before it.
            var match: Finding?
            var j = i + 1
            var cells = 0
            while match == nil, j < tokens.count, j - i <= 8, tokens[j].kind != .boundary || (cells < 2 && isLabel(i, tokens)) {
                if tokens[j].kind == .boundary { cells += 1 }
                // In the next cell, the date alone is the finding (it is written on its own there).
                if let end = date(at: j, tokens, text) { match = Finding(kind: .birthDate, range: (cells > 0 ? tokens[j].start : token.start)..<end) }
                j += 1
            }
            var k = i - 1
            while match == nil, k >= 0, i - k <= 6, tokens[k].kind != .boundary {
                if tokens[k].kind == .number, date(at: k, tokens, text) != nil {
                    match = Finding(kind: .birthDate, range: tokens[k].start..<token.end)
                }
                k -= 1
            }
            if let match { found.append(match) }
        }
        return found
    }

    /// A keyword alone in its cell ("| Geboortedatum | 9 maart 2010 |"): the value is in the next one.
    static func isLabel(_ i: Int, _ tokens: [Token]) -> Bool {
        guard i > 0, tokens[i - 1].kind == .boundary || tokens[i - 1].kind == .lineBreak else { return false }
        var j = i + 1
        while j < tokens.count, tokens[j].kind == .mark, [UInt8(ascii: ":"), UInt8(ascii: ".")].contains(UInt8(truncatingIfNeeded: tokens[j].hash)) {
            j += 1
        }
        return j < tokens.count && tokens[j].kind == .boundary
    }

    static let keywords = WordHash.set("geboren geb geboortedatum geboortejaar geboorte geboortedag gebdatum dob")

    static let geboorte = Array("geboorte".utf8)

    static func isKeyword(_ token: Token, _ text: ScanText) -> Bool {
        keywords.contains(token.hash) || text.has(geboorte, at: token.start)
    }

    static let months = WordHash.set(
        """
        januari februari maart april mei juni juli augustus september oktober november december jan feb mrt mar apr
        jun jul aug sep sept okt oct nov dec
        """)

    /// The end of a date that starts at token `i`.
    static func date(at i: Int, _ tokens: [Token], _ text: ScanText) -> Int? {
        let token = tokens[i]
        if token.kind == .number {
            if let end = numericDate(from: token.start, text.plain) { return end }
            // 12 maart 2011, 12 mrt. '11, or 12 maart
            if token.length <= 2, i + 1 < tokens.count, tokens[i + 1].kind == .word, months.contains(tokens[i + 1].hash) {
                return year(after: tokens[i + 1].end + (tokens[i + 1].period ? 1 : 0), text.plain) ?? tokens[i + 1].end
            }
            // A year alone: "geboortejaar 2011".
            if token.length == 4, text.plain[token.start] == UInt8(ascii: "1") || text.plain[token.start] == UInt8(ascii: "2") { return token.end }
            return nil
        }
        // maart 2011
        if token.kind == .word, months.contains(token.hash) { return year(after: token.end + (token.period ? 1 : 0), text.plain) }
        return nil
    }

    /// d-m-yyyy, dd/mm/yy, d.m.yyyy, dd mm yyyy, yyyy-mm-dd (one separator throughout).
    static func numericDate(from start: Int, _ plain: [UInt8]) -> Int? {
        func digits(_ from: Int) -> Int {
            var e = from
            while e < plain.count, ByteClass.isDigit(plain[e]) { e += 1 }
            return e
        }
        let aEnd = digits(start)
        guard aEnd + 1 < plain.count else { return nil }
        let separator = plain[aEnd]
        guard [UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "."), 0x20].contains(separator) else { return nil }
        let bEnd = digits(aEnd + 1)
        guard bEnd > aEnd + 1, bEnd + 1 < plain.count, plain[bEnd] == separator else { return nil }
        var cStart = bEnd + 1
        if plain[cStart] == UInt8(ascii: "'") { cStart += 1 }
        let cEnd = digits(cStart)
        let (a, b, c) = (aEnd - start, bEnd - aEnd - 1, cEnd - cStart)
        func value(_ from: Int, _ to: Int) -> Int { plain[from..<to].reduce(0) { $0 * 10 + Int($1) - 48 } }
        // A real day and month: "06 44 89" in a list of numbers is no date.
        if a <= 2, b <= 2, c == 4 || c == 2, (1...31).contains(value(start, aEnd)), (1...12).contains(value(aEnd + 1, bEnd)) { return cEnd }
        if a == 4, b <= 2, (1...2).contains(c), (1...12).contains(value(aEnd + 1, bEnd)), (1...31).contains(value(cStart, cEnd)) { return cEnd }
        return nil
    }

    static func year(after offset: Int, _ plain: [UInt8]) -> Int? {
        var k = offset
        while k < plain.count, plain[k] == 0x20 || plain[k] == UInt8(ascii: "'") { k += 1 }
        var e = k
        while e < plain.count, ByteClass.isDigit(plain[e]) { e += 1 }
        return e - k == 4 || e - k == 2 ? e : nil
    }
}
