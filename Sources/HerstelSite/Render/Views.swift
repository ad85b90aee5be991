/// A board across the years, as the site shows it.
struct BoardView {
    var number: String
    /// Newest school year first.
    var cases: [Case]
    var latest: Case { cases[0] }
    var name: String { latest.board.name }
    var place: String? { cases.lazy.compactMap(\.board.place).first }
    /// Names other than the latest, each with the school years it was used in.
    var earlierNames: [(name: String, years: [SchoolYear])] {
        var order: [String] = []
        var years: [String: [SchoolYear]] = [:]
        for item in cases where item.board.name != name {
            if years[item.board.name] == nil { order.append(item.board.name) }
            years[item.board.name, default: []].append(item.schoolYear)
        }
        return order.map { ($0, years[$0]!.sorted()) }
    }
}

/// Paths of the pages, relative to the site root. Every internal link is built from these.
enum SitePath {
    static func schoolYear(_ year: SchoolYear) -> String { "schooljaren/\(year)/" }
    static func board(_ number: String) -> String { "besturen/\(number)/" }
    static func report(_ item: Case) -> String { "besturen/\(item.board.number)/\(item.schoolYear)/" }
    static let boards = "besturen/"
    static let schoolYears = "schooljaren/"

    /// "../" once per folder, so links work from any host path and from the file system.
    static func root(of path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count)
    }
}

extension Array where Element == Case {
    /// Sorted by board name the Dutch way (case and accents ignored), then by number.
    /// Each sort key is computed once, not in every comparison.
    func sortedByBoardName() -> [Case] {
        map { (key: DutchText.sortKey($0.board.name), item: $0) }
            .sorted { ($0.key, $0.item.board.number, $0.item.schoolYear) < ($1.key, $1.item.board.number, $1.item.schoolYear) }
            .map(\.item)
    }
}
