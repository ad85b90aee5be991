/// What became of the order to remedy.
public enum CaseStatus: String, Sendable, Hashable, CaseIterable {
    case open
    case complied = "voldaan"
    case notComplied = "niet-voldaan"

    /// As shown on the site.
    public var label: String {
        switch self {
        case .open: "Open"
        case .complied: "Voldaan"
        case .notComplied: "Niet voldaan"
        }
    }
}

/// A school (vestiging) named in a case.
public struct School: Hashable, Sendable {
    public var name: String
    public var brin: String
    public var branch: String
    public var place: String?
    public var line: Int

    /// "12AB00"
    public var brinAndBranch: String { brin + branch }
}

/// A board as it was named in one case; its number is its identity across years.
public struct BoardRef: Hashable, Sendable {
    public var name: String
    public var number: String
    public var place: String?
}

/// A value of content that reaches the public site, with the line it was written on.
public struct PublishedField: Hashable, Sendable {
    public var text: String
    public var location: SourceLocation
}

/// A private field of a case: read so the privacy gate can look for it, never published.
public struct PrivateValue: Hashable, Sendable {
    public var field: String
    public var value: String
    public var location: SourceLocation
}

/// Markdown text with the line its first line had in the source file.
public struct MarkdownSource: Hashable, Sendable {
    public var file: String
    public var firstLine: Int
    public var text: String

    public init(file: String, firstLine: Int, text: String) {
        self.file = file
        self.firstLine = firstLine
        self.text = text
    }

    public var isBlank: Bool { text.allSatisfy(\.isWhitespace) }
}

/// One closed or open herstelopdracht for one board in one school year, as checked.
public struct Case: Hashable, Sendable {
    public var file: String
    public var schoolYear: SchoolYear
    public var sector: String
    public var board: BoardRef
    public var schools: [School]
    public var ordered: Day
    public var deadline: Day
    public var status: CaseStatus
    public var received: Day?
    public var closed: Day?
    public var publish: Bool
    public var reportTemplate: String?
    public var privateValues: [PrivateValue]
    /// `wijzigingen`: corrections after publication, oldest first (checked to be in order).
    public var corrections: [Correction] = []
    /// `ingetrokken`: the report was withdrawn.
    public var withdrawal: Withdrawal? = nil
    public var body: MarkdownSource
    /// Line of each front matter field, for messages about the values.
    public var fieldLines: [String: Int]
    /// Every front matter value that is published (names, places), with its line,
    /// so the privacy gate can say where published text came from.
    public var publishedFields: [PublishedField]

    /// SPEC §1: closed with an outcome, a closing date, and not withheld.
    public var isPublished: Bool {
        status != .open && closed != nil && publish
    }

    public func line(of field: String) -> Int { fieldLines[field] ?? 1 }
}

extension Case {
    /// The case's facts alone: what the open data, feed and sitemap are made from.
    var withoutBody: Case {
        var facts = self
        facts.body = MarkdownSource(file: body.file, firstLine: body.firstLine, text: "")
        return facts
    }
}
