import ArgumentParser
import Foundation
import HerstelSite

/// What a build would publish that is new or different, compared with an earlier build.
struct Changes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what a build would add, change or remove compared with an earlier build; writes nothing.",
        discussion: """
            Exit status 0 when the comparison is shown (with or without changes), 1 when the \
            content has errors, 2 when --against is not a folder that herstelsite built.
            """)

    @Option(help: "The content folder.") var content = "Content"
    @Option(help: "The earlier build to compare with, typically a copy of the published site.") var against = "public"

    func run() throws {
        if let problem = EarlierBuild.problem(at: against) {
            FileHandle.standardError.write(Data("\(problem)\n".utf8))
            throw ExitCode(2)
        }
        let progress = ProgressLine.forStandardError()
        let built: BuiltSite
        switch Pipeline.build(contentPath: content, options: Pipeline.Options(progress: progress?.draw)) {
        case .failure(let diagnostics): throw report(diagnostics)
        case .success(let site): built = site
        }
        tell(built.warnings)
        let meter = progress.map { ProgressMeter(report: $0.draw) }
        let earlier: EarlierBuild.Comparison
        switch EarlierBuild.load(from: against, comparedWith: built.files, progress: meter) {
        case .failure(let problem):
            FileHandle.standardError.write(Data("\(problem)\n".utf8))
            throw ExitCode(2)
        case .success(let comparison): earlier = comparison
        }
        FileHandle.standardError.write(Data(ManifestNote(check: earlier.manifest, against: against).text.utf8))
        let changes = SiteChanges.compare(old: earlier.old, new: earlier.new, progress: meter)
        let colour = isatty(1) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        print(ChangesText(changes: changes, against: against, colour: colour).text, terminator: "")
    }
}

/// What `changes` says of the earlier build's SHA256SUMS, on standard error: whether the copy
/// is still what was built, and if not, every file that was changed on it since.
struct ManifestNote {
    let check: EarlierBuild.ManifestCheck
    let against: String

    var text: String {
        let earlier = against.hasSuffix("/") ? against : against + "/"
        switch check {
        case .absent:
            return
                "note: \(earlier) has no SHA256SUMS (built by an older herstelsite?): every file is compared, and edits made on the copy cannot be told apart from the build\n"
        case .unusable(let messages):
            return messages.map { $0 + "\n" }.joined()
                + "warning: \(earlier)SHA256SUMS cannot be used; every file is compared as it is\n"
        case .matches:
            return ""
        case .differs(let findings):
            let lines = findings.map { "  \(earlier)\($0.description)\n" }.joined()
            return
                "warning: \(earlier) no longer matches its own SHA256SUMS: it was changed after it was built (someone edited the copy?); compared as it is now. \(findings.count) difference\(findings.count == 1 ? "" : "s"):\n"
                + lines
        }
    }
}

/// `changes` as text: plain like `git diff --word-diff` ([-old-]{+new+}) when piped, in
/// colour with strikethrough and underline on a terminal.
struct ChangesText {
    let changes: SiteChanges
    let against: String
    let colour: Bool

    var text: String {
        let earlier = against.hasSuffix("/") ? against : against + "/"
        guard !changes.isEmpty else {
            return "No changes: a build now would publish the same as \(earlier)\n"
        }
        var out = "Compared with the earlier build in \(earlier):\n"
        func section(_ title: String, _ count: Int, _ lines: [String]) {
            guard count > 0 else { return }
            out += "\n\(title) (\(count)):\n" + lines.map { $0 + "\n" }.joined()
        }
        section("New reports", changes.newReports.count, changes.newReports.map { "  + \($0.path)  \($0.board), \($0.schoolYear)" })
        section(
            "Removed reports", changes.removedReports.count, changes.removedReports.map { "  - \($0.path)  \($0.board), \($0.schoolYear)" })
        section(
            "Changed reports", changes.changedReports.count,
            changes.changedReports.map { report in
                "  ~ \(report.path)  \(report.board), \(report.schoolYear)\n" + origin(report) + correction(report)
                    + report.blocks.map { "      " + line($0) }.joined(separator: "\n")
            })
        section(
            "Withdrawn reports", changes.withdrawnReports.count,
            changes.withdrawnReports.map { report in
                guard case .withdrawn(let date) = report.correction else { return "" }
                return "  x \(report.path)  \(report.board), \(report.schoolYear): withdrawn on \(date); its address keeps the notice"
            })
        section(
            "Other pages", changes.pages.count,
            changes.pages.map { page in
                "  \(mark(page.kind)) \(page.path.isEmpty ? "/" : page.path)  \(role(page.role)) “\(page.title)”\(page.kind == .changed ? "" : " (\(page.kind.rawValue))")"
            })
        section(
            "Open data rows", changes.rows.count,
            changes.rows.map { row in
                var text = "  \(mark(row.kind)) \(row.schoolYear) \(row.boardNumber) \(row.board)"
                if !row.fields.isEmpty {
                    text += ": " + row.fields.map { "\($0.column) \(quoted($0.old)) → \(quoted($0.new))" }.joined(separator: "; ")
                }
                return text
            })
        section("Other files", changes.files.count, changes.files.map { "  \(mark($0.kind)) \($0.path)" })
        out += "\n" + summary + "\n"
        return out
    }

    /// A report whose text switched between its template and its own text.
    func origin(_ report: SiteChanges.Report) -> String {
        guard let origin = report.origin else { return "" }
        return "      text: was \(origin.old.english), now \(origin.new.english)\n"
    }

    /// What a changed report records of its change: a new correction entry, or the reminder
    /// that it has none.
    func correction(_ report: SiteChanges.Report) -> String {
        switch report.correction {
        case .entry(let date): "      correction of \(date) (a new entry under wijzigingen)\n"
        case .missingEntry:
            "      warning: report changed without a correction entry; add one under wijzigingen in its case file, or undo the change\n"
        case .withdrawn, nil: ""
        }
    }

    var summary: String {
        var parts: [String] = []
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        let reports = [
            (changes.newReports.count, "new"), (changes.removedReports.count, "removed"), (changes.changedReports.count, "changed"),
            (changes.withdrawnReports.count, "withdrawn"),
            (changes.reportsWithoutEntry.count, "changed without a correction entry"),
        ].filter { $0.0 > 0 }
        if !reports.isEmpty {
            parts.append("reports: " + reports.map { "\($0.0) \($0.1)" }.joined(separator: ", "))
        }
        if !changes.pages.isEmpty { parts.append(count(changes.pages.count, "other page", "other pages")) }
        if !changes.rows.isEmpty {
            let kinds = [SiteChanges.Kind.added, .removed, .changed].compactMap { kind -> String? in
                let n = changes.rows.filter { $0.kind == kind }.count
                return n > 0 ? "\(n) \(kind.rawValue)" : nil
            }
            parts.append("open data rows: " + kinds.joined(separator: ", "))
        }
        if !changes.files.isEmpty { parts.append(count(changes.files.count, "other file", "other files")) }
        return "Summary: " + parts.joined(separator: "; ") + "."
    }

    func mark(_ kind: SiteChanges.Kind) -> String {
        switch kind {
        case .added: "+"
        case .removed: "-"
        case .changed: "~"
        }
    }

    func role(_ role: SiteChanges.Page.Role) -> String {
        switch role {
        case .overview: "overview"
        case .schoolYear: "school year page"
        case .board: "board page"
        case .free: "page"
        case .other: "page"
        }
    }

    func quoted(_ text: String) -> String { text.isEmpty ? "(empty)" : "“\(text)”" }

    /// One block of the diff on one line; long unchanged stretches are shortened around the change.
    func line(_ block: BlockDiff) -> String {
        block.segments.enumerated().map { index, segment in
            switch segment {
            case .same(let text):
                return shortened(text, keepStart: index > 0, keepEnd: index < block.segments.count - 1)
            case .deleted(let text):
                return colour ? "\u{1B}[9;31m\(text)\u{1B}[0m" : "[-\(text)-]"
            case .inserted(let text):
                return colour ? "\u{1B}[4;32m\(text)\u{1B}[0m" : "{+\(text)+}"
            }
        }.joined(separator: " ")
    }

    /// Keeps 8 words next to a change on either side, and drops the middle of a long stretch.
    func shortened(_ text: String, keepStart: Bool, keepEnd: Bool) -> String {
        let words = text.split(separator: " ")
        let keep = 8
        guard words.count > keep * (keepStart && keepEnd ? 2 : 1) + 2 else { return text }
        let head = keepStart ? words.prefix(keep).joined(separator: " ") + " …" : "…"
        let tail = keepEnd ? " " + words.suffix(keep).joined(separator: " ") : ""
        return keepStart && !keepEnd ? head : keepEnd && !keepStart ? "…" + tail : head + tail
    }
}
