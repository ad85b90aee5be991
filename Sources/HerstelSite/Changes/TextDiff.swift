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
    /// After the word diff a semantic clean-up folds short equalities into the changes around
    /// them (`cleanedUp`), so a rewritten passage reads as one deletion and one insertion.
    public static func words(_ old: String, _ new: String) -> [DiffSegment] {
        let a = old.split(whereSeparator: \.isWhitespace).map(String.init)
        let b = new.split(whereSeparator: \.isWhitespace).map(String.init)
        let edits =
            Diff.edits(a, b, maximumEdits: maximumEdits)
            ?? (a.indices.map { Diff.Edit.deleted($0) } + b.indices.map { Diff.Edit.inserted($0) })
        var runs: [Run] = []
        for edit in edits {
            switch edit {
            case .same(let i, _):
                if case .same(let words) = runs.last { runs[runs.count - 1] = .same(words + [a[i]]) } else { runs.append(.same([a[i]])) }
            case .deleted(let i):
                if case .change(let deleted, let inserted) = runs.last {
                    runs[runs.count - 1] = .change(deleted: deleted + [a[i]], inserted: inserted)
                } else {
                    runs.append(.change(deleted: [a[i]], inserted: []))
                }
            case .inserted(let j):
                if case .change(let deleted, let inserted) = runs.last {
                    runs[runs.count - 1] = .change(deleted: deleted, inserted: inserted + [b[j]])
                } else {
                    runs.append(.change(deleted: [], inserted: [b[j]]))
                }
            }
        }
        // Within a change, all deletions first and then all insertions: "[-a b-]{+c d+}" reads
        // better than "[-a-]{+c+}[-b-]{+d+}".
        return cleanedUp(runs).flatMap { run -> [DiffSegment] in
            switch run {
            case .same(let words): return [.same(words.joined(separator: " "))]
            case .change(let deleted, let inserted):
                return (deleted.isEmpty ? [] : [.deleted(deleted.joined(separator: " "))])
                    + (inserted.isEmpty ? [] : [.inserted(inserted.joined(separator: " "))])
            }
        }
    }

    /// Kept words, or a change: the words taken out and the words put in at one place.
    enum Run: Equatable {
        case same([String])
        case change(deleted: [String], inserted: [String])
    }

    /// The semantic clean-up of diff-match-patch (`diff_cleanupSemantic`), on words: an equality
    /// no longer than the larger side of the change before it and of the change after it is
    /// folded into them, as deleted and inserted again, and the three become one change; until
    /// no equality is that short. Common words ("de", "van het") between two rewritten passages
    /// then no longer cut them into pieces, while a small edit in a long kept text stays small.
    static func cleanedUp(_ runs: [Run]) -> [Run] {
        var runs = runs
        func length(_ words: [String]) -> Int { words.isEmpty ? 0 : words.reduce(words.count - 1) { $0 + $1.count } }
        var index = 1
        while index + 1 < runs.count {
            guard case .change(let deleted1, let inserted1) = runs[index - 1], case .same(let kept) = runs[index],
                case .change(let deleted2, let inserted2) = runs[index + 1]
            else {
                index += 1
                continue
            }
            let size = length(kept)
            if size <= max(length(deleted1), length(inserted1)), size <= max(length(deleted2), length(inserted2)) {
                runs.replaceSubrange(
                    (index - 1)...(index + 1), with: [.change(deleted: deleted1 + kept + deleted2, inserted: inserted1 + kept + inserted2)])
                // The change grew, so the equality before it may now be short enough too.
                index = max(1, index - 2)
            } else {
                index += 1
            }
        }
        return runs
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
