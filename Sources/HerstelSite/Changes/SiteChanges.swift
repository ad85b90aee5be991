/// What a build would change on the public site, compared with an earlier build (SPEC §4
/// `changes`): what a reviewer signs off before the web team publishes. Made from two sets of
/// output files alone; the command line and the preview only present it.
public struct SiteChanges: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case added, removed, changed
    }

    /// A report page (`besturen/NR/JJJJ-JJJJ/`).
    public struct Report: Hashable, Sendable {
        /// The page's folder, as in its URL: "besturen/41234/2022-2023/".
        public var path: String
        public var board: String
        public var schoolYear: String
        /// For a changed report: the blocks of visible text that differ.
        public var blocks: [BlockDiff] = []
        /// For a changed or withdrawn report: what it records of the change (SPEC §3).
        public var correction: Correction? = nil
        /// For a changed report whose text switched between its template and its own text
        /// (as the pages' comments record it; nil when either build has none).
        public var origin: OriginSwitch? = nil
    }

    public struct OriginSwitch: Hashable, Sendable {
        public var old: ReportOrigin
        public var new: ReportOrigin
    }

    /// Where a report page's text came from, as its comment records it.
    static func origin(of html: [UInt8]) -> ReportOrigin? {
        let open = Array("<!-- rapport: ".utf8)
        guard let start = ByteSearch.firstIndex(of: open, in: html[...]) else { return nil }
        let from = start + open.count
        guard let end = ByteSearch.firstIndex(of: Array(" -->".utf8), in: html[from...]), end - from < 300 else { return nil }
        return ReportOrigin(label: String(decoding: html[from..<end], as: UTF8.self))
    }

    /// What a changed report says of its change, from the open data's `gewijzigd` and the
    /// feed's tombstones of both builds.
    public enum Correction: Hashable, Sendable {
        /// A new `wijzigingen` entry: `gewijzigd` moved to this date.
        case entry(date: String)
        /// `ingetrokken`: withdrawn on this date.
        case withdrawn(date: String)
        /// The visible text changed and `gewijzigd` did not: the reviewer's reminder
        /// ("report changed without a correction entry").
        case missingEntry
    }

    /// Another page: a board, a school year, a free page, an overview.
    public struct Page: Hashable, Sendable {
        public enum Role: String, Hashable, Sendable, Comparable {
            case overview, schoolYear, board, free, other

            public static func < (lhs: Role, rhs: Role) -> Bool { lhs.order < rhs.order }
            var order: Int { [.overview, .schoolYear, .board, .free, .other].firstIndex(of: self)! }
        }

        public var path: String
        public var role: Role
        public var title: String
        public var kind: Kind
    }

    /// A row of the open data, by school year and board number.
    public struct Row: Hashable, Sendable {
        public struct Field: Hashable, Sendable {
            public var column: String
            public var old: String
            public var new: String
        }

        public var schoolYear: String
        public var boardNumber: String
        public var board: String
        public var kind: Kind
        /// For a changed row: the columns that differ.
        public var fields: [Field] = []
    }

    /// Any other file that differs: the feed, the sitemap, the stylesheet.
    public struct File: Hashable, Sendable {
        public var path: String
        public var kind: Kind
    }

    public var newReports: [Report] = []
    public var removedReports: [Report] = []
    public var changedReports: [Report] = []
    /// Reports withdrawn since the earlier build: their address now holds the notice.
    public var withdrawnReports: [Report] = []
    public var pages: [Page] = []
    public var rows: [Row] = []
    public var files: [File] = []

    public var isEmpty: Bool {
        newReports.isEmpty && removedReports.isEmpty && changedReports.isEmpty && withdrawnReports.isEmpty && pages.isEmpty && rows.isEmpty
            && files.isEmpty
    }

    /// Changed reports whose text changed without a new correction entry.
    public var reportsWithoutEntry: [Report] { changedReports.filter { $0.correction == .missingEntry } }

    /// Compares what a build makes now (`new`) with what an earlier build wrote (`old`).
    /// Pages count as changed when the text a visitor reads in their main content differs;
    /// other files when their bytes differ.
    public static func compare(old: [OutputFile], new: [OutputFile], progress: ProgressMeter? = nil) -> SiteChanges {
        let oldFiles = Dictionary(old.map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first })
        let newFiles = Dictionary(new.map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first })
        let paths = Set(oldFiles.keys).union(newFiles.keys).sorted()
        progress?.begin(.comparing, total: paths.count)

        enum Found: Sendable {
            case report(Kind, Report)
            case page(Page)
            case file(File)
        }
        let rows = (old: OpenDataRows(csv: oldFiles[OpenDataRows.path] ?? []), new: OpenDataRows(csv: newFiles[OpenDataRows.path] ?? []))
        let tombstones = (old: Tombstones(feed: oldFiles[Tombstones.path]), new: Tombstones(feed: newFiles[Tombstones.path]))
        // Identical bytes are the same page: only files that differ are read as text.
        let found = Parallel.map(paths) { path -> Found? in
            defer { progress?.advance() }
            let before = oldFiles[path]
            let after = newFiles[path]
            if let before, let after, before == after { return nil }
            let kind: Kind = before == nil ? .added : after == nil ? .removed : .changed
            guard path.hasSuffix(".html") else { return .file(File(path: path, kind: kind)) }
            let oldText = before.map { VisibleText(html: $0) }
            let newText = after.map { VisibleText(html: $0) }
            if let oldText, let newText, oldText.blocks == newText.blocks { return nil }
            let folder = path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path
            let title = newText?.heading ?? oldText?.heading ?? folder
            if let report = reportPath(folder) {
                // A withdrawn report's notice does not name the board: the earlier copy does.
                let withdrawal = kind == .removed ? nil : tombstones.new.date(of: folder)
                let board = withdrawal != nil ? (oldText?.heading ?? title) : title
                var found = Report(path: folder, board: board, schoolYear: report.schoolYear)
                if let oldText, let newText { found.blocks = TextDiff.blocks(oldText.blocks, newText.blocks) }
                if let before, let after, let old = origin(of: before), let new = origin(of: after), old != new {
                    found.origin = OriginSwitch(old: old, new: new)
                }
                if let withdrawal, tombstones.old.date(of: folder) == nil {
                    found.correction = .withdrawn(date: withdrawal)
                } else if kind == .changed {
                    let key = "\(report.schoolYear) \(report.board)"
                    let before = rows.old.rows[key]?["gewijzigd"] ?? ""
                    let after = rows.new.rows[key]?["gewijzigd"] ?? ""
                    found.correction = after != before && !after.isEmpty ? .entry(date: after) : .missingEntry
                }
                return .report(kind, found)
            }
            return .page(Page(path: folder, role: role(of: folder), title: title, kind: kind))
        }.compactMap { $0 }

        var changes = SiteChanges()
        for item in found {
            switch item {
            case .report(_, let report) where report.correction.map({ if case .withdrawn = $0 { true } else { false } }) ?? false:
                changes.withdrawnReports.append(report)
            case .report(.added, let report): changes.newReports.append(report)
            case .report(.removed, let report): changes.removedReports.append(report)
            case .report(_, let report): changes.changedReports.append(report)
            case .page(let page): changes.pages.append(page)
            case .file(let file): changes.files.append(file)
            }
        }
        changes.pages.sort { ($0.role, $0.path) < ($1.role, $1.path) }
        changes.rows = oldFiles[OpenDataRows.path] == newFiles[OpenDataRows.path] ? [] : rowChanges(rows.old, rows.new)
        // Open data files are told as rows; a file only when its rows do not show what changed.
        if !changes.rows.isEmpty { changes.files.removeAll { $0.path.hasPrefix("open-data/") } }
        progress?.finish()
        return changes
    }

    /// "besturen/41234/2022-2023/" → its board number and school year.
    static func reportPath(_ folder: String) -> (board: String, schoolYear: String)? {
        let parts = folder.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "besturen", parts[3].isEmpty, SchoolYear(String(parts[2])) != nil else { return nil }
        return (String(parts[1]), String(parts[2]))
    }

    static func role(of folder: String) -> Page.Role {
        let parts = folder.split(separator: "/")
        switch (parts.first, parts.count) {
        case (nil, _), ("besturen", 1), ("schooljaren", 1): return .overview
        case ("schooljaren", 2): return .schoolYear
        case ("besturen", 2): return .board
        case (_, 1) where folder.hasSuffix("/"): return .free
        default: return .other
        }
    }

    static func rowChanges(old: [UInt8]?, new: [UInt8]?) -> [Row] {
        guard old != new else { return [] }
        return rowChanges(OpenDataRows(csv: old ?? []), OpenDataRows(csv: new ?? []))
    }

    static func rowChanges(_ before: OpenDataRows, _ after: OpenDataRows) -> [Row] {
        var result: [Row] = []
        for key in Set(before.rows.keys).union(after.rows.keys).sorted() {
            let a = before.rows[key]
            let b = after.rows[key]
            let values = (b ?? a)!
            var row = Row(
                schoolYear: values["schooljaar"] ?? "", boardNumber: values["bestuursnummer"] ?? "", board: values["bestuur"] ?? "", kind: .changed)
            if a == nil {
                row.kind = .added
            } else if b == nil {
                row.kind = .removed
            } else if let a, let b {
                let columns = after.columns + before.columns.filter { !after.columns.contains($0) }
                row.fields = columns.compactMap { column in
                    let old = a[column] ?? ""
                    let new = b[column] ?? ""
                    return old == new ? nil : Row.Field(column: column, old: old, new: new)
                }
                if row.fields.isEmpty { continue }
            }
            result.append(row)
        }
        return result
    }
}
