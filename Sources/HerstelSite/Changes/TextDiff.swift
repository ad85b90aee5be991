/// A piece of a compared text: kept, taken out or put in.
public enum DiffSegment: Hashable, Sendable {
    case same(String)
    case deleted(String)
    case inserted(String)
}

/// One block of visible text (a paragraph, a heading, a row) that differs, word by word.
public struct BlockDiff: Hashable, Sendable {
    public var segments: [DiffSegment]
}

/// Word-level differences between texts as a visitor reads them.
public enum TextDiff {
    /// Beyond this many changed words in one comparison a text counts as rewritten: shown
    /// as all old words out and all new words in, which is what a reader would make of it anyway.
    static let maximumEdits = 2_000

    /// The words of `old` and `new`, marked kept, deleted or inserted; runs of one kind are joined.
    public static func words(_ old: String, _ new: String) -> [DiffSegment] {
        let a = old.split(whereSeparator: \.isWhitespace).map(String.init)
        let b = new.split(whereSeparator: \.isWhitespace).map(String.init)
        let edits =
            Diff.edits(a, b, maximumEdits: maximumEdits)
            ?? (a.indices.map { Diff.Edit.deleted($0) } + b.indices.map { Diff.Edit.inserted($0) })
        // Within a change, all deletions first and then all insertions: "[-a b-]{+c d+}" reads
        // better than "[-a-]{+c+}[-b-]{+d+}".
        var result: [DiffSegment] = []
        var same: [String] = []
        var deleted: [String] = []
        var inserted: [String] = []
        func flushChange() {
            if !deleted.isEmpty { result.append(.deleted(deleted.joined(separator: " "))) }
            if !inserted.isEmpty { result.append(.inserted(inserted.joined(separator: " "))) }
            deleted = []
            inserted = []
        }
        for edit in edits {
            switch edit {
            case .same(let i, _):
                if !deleted.isEmpty || !inserted.isEmpty {
                    flushChange()
                }
                same.append(a[i])
                continue
            case .deleted(let i): deleted.append(a[i])
            case .inserted(let j): inserted.append(b[j])
            }
            if !same.isEmpty {
                result.append(.same(same.joined(separator: " ")))
                same = []
            }
        }
        flushChange()
        if !same.isEmpty { result.append(.same(same.joined(separator: " "))) }
        return result
    }

    /// The blocks of a page that differ: blocks are matched first (a paragraph added or taken out
    /// is one change), then the words of blocks that replace others.
    public static func blocks(_ old: [String], _ new: [String]) -> [BlockDiff] {
        let edits =
            Diff.edits(old, new, maximumEdits: maximumEdits)
            ?? (old.indices.map { Diff.Edit.deleted($0) } + new.indices.map { Diff.Edit.inserted($0) })
        var result: [BlockDiff] = []
        var deleted: [String] = []
        var inserted: [String] = []
        func flush() {
            defer {
                deleted = []
                inserted = []
            }
            if deleted.isEmpty {
                result += inserted.map { BlockDiff(segments: [.inserted($0)]) }
            } else if inserted.isEmpty {
                result += deleted.map { BlockDiff(segments: [.deleted($0)]) }
            } else if deleted.count == inserted.count {
                result += zip(deleted, inserted).map { BlockDiff(segments: words($0, $1)) }
            } else {
                result.append(BlockDiff(segments: words(deleted.joined(separator: " "), inserted.joined(separator: " "))))
            }
        }
        for edit in edits {
            switch edit {
            case .same: flush()
            case .deleted(let i): deleted.append(old[i])
            case .inserted(let j): inserted.append(new[j])
            }
        }
        flush()
        return result
    }
}
