/// A calendar day as written in content (ISO 8601), free of time zones and clocks.
public struct Day: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            (1...12).contains(m), d >= 1, d <= Day.daysIn(month: m, year: y)
        else { return nil }
        (year, month, day) = (y, m, d)
    }

    /// A date written the Dutch way, day first ("7-11-2023", "07/11/2023", "7.11.2023"), for
    /// suggesting the ISO form; nil when it is not a real date written so.
    public init?(dutch text: String) {
        let parts = text.split(omittingEmptySubsequences: false) { $0 == "-" || $0 == "/" || $0 == "." }
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]),
            (1...12).contains(m), d >= 1, d <= Day.daysIn(month: m, year: y)
        else { return nil }
        (year, month, day) = (y, m, d)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// "2023-11-01"
    public var description: String { iso }

    public var iso: String {
        let y = String(year)
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(y)-\(m)-\(d)"
    }

    /// "1 november 2023", as Dutch government letters write it.
    public var dutch: String { "\(day) \(Day.dutchMonths[month - 1]) \(year)" }

    static let dutchMonths = [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ]

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

/// A school year such as 2022-2023, identified by its first calendar year.
public struct SchoolYear: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var firstYear: Int

    public init(firstYear: Int) { self.firstYear = firstYear }

    /// Accepts exactly "JJJJ-JJJJ" where the second year is the first plus one.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let a = Int(parts[0]), let b = Int(parts[1]), b == a + 1
        else { return nil }
        firstYear = a
    }

    public var description: String { "\(firstYear)-\(firstYear + 1)" }
    public var next: SchoolYear { SchoolYear(firstYear: firstYear + 1) }

    public static func < (lhs: SchoolYear, rhs: SchoolYear) -> Bool { lhs.firstYear < rhs.firstYear }
}
