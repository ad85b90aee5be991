/// One published case as the open data gives it (SPEC §3): a row of the CSV, an object of
/// the JSON. Both files are made from these values, so they cannot disagree.
struct OpenDataCase: Codable, Equatable {
    struct School: Codable, Equatable {
        var brin: String
        var branch: String
        var name: String
        var place: String?

        enum CodingKeys: String, CodingKey {
            case brin
            case branch = "vestiging"
            case name = "naam"
            case place = "plaats"
        }

        // Written by hand so an absent place is `null`: the synthesised one leaves the key out.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(brin, forKey: .brin)
            try container.encode(branch, forKey: .branch)
            try container.encode(name, forKey: .name)
            try container.encode(place, forKey: .place)
        }
    }

    var schoolYear: String
    var boardNumber: String
    var board: String
    var place: String?
    var sector: String
    var schools: [School]
    var status: String
    var ordered: String
    var deadline: String
    var received: String?
    var closed: String?
    /// The date of the latest correction (SPEC §3 `gewijzigd`), nil when there is none.
    var modified: String?
    var report: String

    /// The keys of the JSON, which are the columns of the CSV, in the CSV's order.
    enum CodingKeys: String, CodingKey, CaseIterable {
        case schoolYear = "schooljaar"
        case boardNumber = "bestuursnummer"
        case board = "bestuur"
        case place = "plaats"
        case sector
        case schools = "scholen"
        case status
        case ordered = "herstelopdracht"
        case deadline = "termijn"
        case received = "ontvangen"
        case closed = "afgesloten"
        case modified = "gewijzigd"
        case report = "rapport"
    }

    static let columns = CodingKeys.allCases.map(\.rawValue)

    /// The fields of the CSV row, in the order of `columns`: `scholen` as "12AB00 Naam; …",
    /// an absent value empty.
    var csvFields: [String] {
        [
            schoolYear, boardNumber, board, place ?? "", sector,
            schools.map { "\($0.brin)\($0.branch) \($0.name)" }.joined(separator: "; "),
            status, ordered, deadline, received ?? "", closed ?? "", modified ?? "", report,
        ]
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schoolYear, forKey: .schoolYear)
        try container.encode(boardNumber, forKey: .boardNumber)
        try container.encode(board, forKey: .board)
        try container.encode(place, forKey: .place)
        try container.encode(sector, forKey: .sector)
        try container.encode(schools, forKey: .schools)
        try container.encode(status, forKey: .status)
        try container.encode(ordered, forKey: .ordered)
        try container.encode(deadline, forKey: .deadline)
        try container.encode(received, forKey: .received)
        try container.encode(closed, forKey: .closed)
        try container.encode(modified, forKey: .modified)
        try container.encode(report, forKey: .report)
    }
}
