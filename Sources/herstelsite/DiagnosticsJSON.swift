import ArgumentParser
import Foundation
import HerstelSite

/// How `check` and `build` tell what they found: lines for people, or one JSON document for CI
/// and editors (SPEC §4), in the shape of schemas/diagnostics/diagnostics.schema.json.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

/// The JSON document: every diagnostic and the summary. Keys are written sorted, so the same
/// content gives the same bytes.
struct DiagnosticsDocument: Encodable {
    struct Item: Encodable {
        var file: String
        /// Absent for a problem of a whole file or folder.
        var line: Int?
        var column: Int?
        var severity: String
        var category: String
        var message: String

        init(_ diagnostic: Diagnostic) {
            file = diagnostic.location.file
            line = diagnostic.location.line > 0 ? diagnostic.location.line : nil
            column = diagnostic.column
            severity = diagnostic.severity.rawValue
            category = diagnostic.category.rawValue
            message = diagnostic.message
        }
    }

    struct Summary: Encodable {
        var errors: Int
        var warnings: Int
        /// The exit status the command ends with.
        var status: Int32
        /// Whether the output folder was replaced (`build` only).
        var written: Bool?
        /// `build` found nothing changed since the last build and did nothing.
        var upToDate: Bool?
        var schoolYears: Int?
        var boards: Int?
        var reports: Int?
        var drafts: Int?
        var files: Int?
        /// The line a person would have read.
        var text: String
    }

    var command: String
    var ok: Bool
    var diagnostics: [Item]
    var summary: Summary

    init(command: String, diagnostics: [Diagnostic], status: Int32, written: Bool?, site: BuildSummary?, text: String, upToDate: Bool? = nil) {
        self.command = command
        ok = status == 0
        self.diagnostics = diagnostics.map(Item.init)
        summary = Summary(
            errors: diagnostics.counts.errors, warnings: diagnostics.counts.warnings, status: status, written: written, upToDate: upToDate,
            schoolYears: site?.schoolYears, boards: site?.boards, reports: site?.reports, drafts: site?.drafts,
            files: site?.files, text: text)
    }

    func print() {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }
}

/// Tells the outcome of `check` or `build` in the format asked for.
struct Outcome {
    var format: OutputFormat
    var command: String
    /// Whether the command writes anything, so a failure can say that nothing was.
    var writes: Bool

    /// Every problem (and the warnings found with them) and the line after them; exit status 1.
    func failed(_ diagnostics: [Diagnostic]) -> ExitCode {
        let text = writes ? "\(diagnostics.tally); nothing was written." : "\(diagnostics.tally)."
        switch format {
        case .text:
            tell(diagnostics)
            FileHandle.standardError.write(Data((text + "\n").utf8))
        case .json:
            DiagnosticsDocument(command: command, diagnostics: diagnostics, status: 1, written: writes ? false : nil, site: nil, text: text)
                .print()
        }
        return ExitCode(1)
    }

    /// The warnings of a command that succeeded and the line that says what it did.
    func succeeded(_ warnings: [Diagnostic], site: BuildSummary?, text: String, upToDate: Bool? = nil) {
        switch format {
        case .text:
            tell(warnings)
            Swift.print(text)
        case .json:
            DiagnosticsDocument(
                command: command, diagnostics: warnings, status: 0, written: writes ? upToDate != true : nil, site: site, text: text,
                upToDate: upToDate
            ).print()
        }
    }
}
