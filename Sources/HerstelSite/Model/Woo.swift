/// A value of a TOOI list: its URI and the label the list gives it.
public struct TOOIValue: Hashable, Sendable {
    public var uri: String
    public var label: String
}

/// site.yml `woo:`, checked: how the site's reports are described to the national Woo-index.
public struct WooSettings: Hashable, Sendable {
    /// The publishing organisation, from DiWoo's `organisatielijst`.
    public var publisher: TOOIValue
    /// The Woo information category, from `informatiecategorielijst`.
    public var category: TOOIValue
    /// The Woo-index number of the category, "015", as in `sitemapindex-diwoo-infocat015.xml`.
    public var categoryNumber: String

    /// Fixed values of the standard that every report of this site has.
    public static let establishment = TOOIValue(uri: "https://identifier.overheid.nl/tooi/def/thes/kern/c_641ecd76", label: "vaststelling")
    public static let dutch = TOOIValue(uri: "http://publications.europa.eu/resource/authority/language/NLD", label: "Nederlands")
    public static let html = TOOIValue(uri: "http://publications.europa.eu/resource/authority/file-type/HTML", label: "HTML")

    /// The index the harvester reads; its name is fixed by the Woo-index.
    public var indexFileName: String { "sitemapindex-diwoo-infocat\(categoryNumber).xml" }
}

extension Day {
    /// Midnight at the start of this day in the Netherlands as an `xs:dateTime`:
    /// "2023-11-20T00:00:00+01:00", or "+02:00" in summer time.
    public var dutchMidnight: String {
        iso + "T00:00:00" + (isDutchSummerTimeAtMidnight ? "+02:00" : "+01:00")
    }

    /// The EU rule (since 1996): summer time from 01:00 UTC on the last Sunday of March to
    /// 01:00 UTC on the last Sunday of October. Midnight of those Sundays themselves is still
    /// before the change, so it is winter time on the March Sunday and summer time on the
    /// October Sunday. From 1981 to 1995 summer time ended on the last Sunday of September.
    var isDutchSummerTimeAtMidnight: Bool {
        let start = Day.lastSunday(month: 3, year: year)
        let end = Day.lastSunday(month: year < 1996 ? 9 : 10, year: year)
        return start < self && self <= end
    }

    /// The last Sunday of a month, by the day of the week of its last day.
    static func lastSunday(month: Int, year: Int) -> Day {
        let last = daysIn(month: month, year: year)
        let weekday = dayOfWeek(year: year, month: month, day: last)  // 0 = Sunday
        var day = Day(iso: "2000-01-01")!
        (day.year, day.month, day.day) = (year, month, last - weekday)
        return day
    }

    /// 0 = Sunday ... 6 = Saturday (Sakamoto's method, proleptic Gregorian calendar).
    static func dayOfWeek(year: Int, month: Int, day: Int) -> Int {
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        return (y + y / 4 - y / 100 + y / 400 + offsets[month - 1] + day) % 7
    }
}
