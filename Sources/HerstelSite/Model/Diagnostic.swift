/// A place in a source file, for messages that an editor can jump to.
public struct SourceLocation: Hashable, Sendable, Comparable {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line) < (rhs.file, rhs.line)
    }
}

/// One problem with the content. Stages collect these instead of stopping at the first.
public struct Diagnostic: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// An error stops the build; a warning is told but changes nothing (SPEC §4).
    public enum Severity: String, Hashable, Sendable {
        case error
        case warning
    }

    /// What kind of problem, for tools that sort or filter them (`--format json`).
    public enum Category: String, Hashable, Sendable, CaseIterable {
        /// A case file, free page or year intro: front matter, fields, Markdown, files.
        case content
        /// site.yml.
        case settings
        /// A placeholder in a case body or report template.
        case placeholder
        /// A theme template or file under theme/.
        case theme
        /// The privacy gate: personal data or a forbidden term in what would be published.
        case privacy
        /// Writing the site: the output folder, leftovers, the file system.
        case output
    }

    public var location: SourceLocation
    /// In English: what the command line prints (`check`, `build`, `serve`'s terminal, `--format json`).
    public var message: String
    /// The same message in Dutch, for reviewers in the preview (its error page). Written at the
    /// creation site beside the English; nil only where a stage has no Dutch yet (the preview
    /// then shows the English, marked as such).
    public var dutch: String?
    public var severity: Severity
    /// For the line that stands for diagnostics left out (`limitedPerFile`): how many. Zero
    /// for every real diagnostic.
    public var leftOut: Int = 0
    public var category: Category
    /// The column (1-based, in characters) of the offending text, where a stage knows it.
    public var column: Int?

    /// A problem told in English (`message`) and in Dutch (`dutch`), the way every stage makes one.
    public init(
        _ location: SourceLocation, _ message: String, dutch: String, severity: Severity = .error, category: Category? = nil,
        column: Int? = nil
    ) {
        self.location = location
        self.message = message
        self.dutch = dutch
        self.severity = severity
        self.category = category ?? Diagnostic.category(of: location.file)
        self.column = column
    }

    public init(
        file: String, line: Int, _ message: String, dutch: String, severity: Severity = .error, category: Category? = nil, column: Int? = nil
    ) {
        self.init(SourceLocation(file: file, line: line), message, dutch: dutch, severity: severity, category: category, column: column)
    }

    public init(file: String, line: Int, _ wording: Wording, severity: Severity = .error, category: Category? = nil, column: Int? = nil) {
        self.init(file: file, line: line, wording.english, dutch: wording.dutch, severity: severity, category: category, column: column)
    }

    /// English only: the preview shows such a message in English. Kept for stages not yet
    /// translated (the gate); give `dutch:` instead.
    @available(*, deprecated, message: "give the Dutch text too: Diagnostic(file:line:_:dutch:)")
    public init(_ location: SourceLocation, _ message: String, severity: Severity = .error, category: Category? = nil, column: Int? = nil) {
        self.location = location
        self.message = message
        self.dutch = nil
        self.severity = severity
        self.category = category ?? Diagnostic.category(of: location.file)
        self.column = column
    }

    @available(*, deprecated, message: "give the Dutch text too: Diagnostic(file:line:_:dutch:)")
    public init(file: String, line: Int, _ message: String, severity: Severity = .error, category: Category? = nil, column: Int? = nil) {
        self.init(SourceLocation(file: file, line: line), message, severity: severity, category: category, column: column)
    }

    /// The category of a problem of a file when its stage does not name one: by where the file is.
    static func category(of file: String) -> Category {
        let parts = file.split(separator: "/")
        if parts.last == "site.yml" { return .settings }
        // The folder nearest the file decides, whatever the folders of the content path are called.
        for folder in parts.dropLast().reversed() {
            if folder == "theme" { return .theme }
            if ["cases", "reports", "pages", "schooljaren"].contains(folder) { return .content }
        }
        return .content
    }

    /// The same problem, put in `category` by the stage that found it.
    public func inCategory(_ category: Category) -> Diagnostic {
        var copy = self
        copy.category = category
        return copy
    }

    public static func warning(file: String, line: Int, _ message: String, dutch: String) -> Diagnostic {
        Diagnostic(file: file, line: line, message, dutch: dutch, severity: .warning)
    }

    @available(*, deprecated, message: "give the Dutch text too: Diagnostic.warning(file:line:_:dutch:)")
    public static func warning(file: String, line: Int, _ message: String) -> Diagnostic {
        Diagnostic(file: file, line: line, message, severity: .warning)
    }

    /// Whether the preview can show this problem in Dutch.
    public var hasDutch: Bool { !(dutch ?? "").isEmpty }

    /// What the preview shows: the Dutch, or the English where there is no Dutch yet. One line,
    /// like `description`.
    public var previewText: String { Diagnostic.visible(hasDutch ? dutch! : message) }

    public var isError: Bool { severity == .error }

    /// Compiler style, so editors and CI annotate the right line. Always one line: control
    /// characters from content (a line break in a field name, a terminal escape) are shown as
    /// escapes, so they can neither split the message nor act on the terminal.
    public var description: String {
        // Line 0 is a problem of a whole folder or file with no line to point at ("DIR: error: …").
        let place = location.line > 0 ? "\(location.file):\(location.line)" : location.file
        return Diagnostic.visible("\(place): \(severity.rawValue): \(message)")
    }

    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || (0x202A...0x202E).contains(scalar.value)
            || (0x2066...0x2069).contains(scalar.value)
    }

    /// By file and line; the line that stands for diagnostics left out comes last in its file.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location.file != rhs.location.file { return lhs.location.file < rhs.location.file }
        if (lhs.leftOut > 0) != (rhs.leftOut > 0) { return rhs.leftOut > 0 }
        return (lhs.location.line, lhs.message, lhs.severity.rawValue) < (rhs.location.line, rhs.message, rhs.severity.rawValue)
    }
}

extension [Diagnostic] {
    public var errors: [Diagnostic] { filter(\.isError) }
    public var warnings: [Diagnostic] { filter { !$0.isError } }

    /// How many errors and warnings these are, a line that stands for some left out counted as those.
    public var counts: (errors: Int, warnings: Int) {
        var errors = 0
        var warnings = 0
        for diagnostic in self {
            let count = diagnostic.leftOut > 0 ? diagnostic.leftOut : 1
            if diagnostic.isError { errors += count } else { warnings += count }
        }
        return (errors, warnings)
    }

    /// How many diagnostics these are, a line that stands for some left out counted as those.
    public var totalCount: Int { reduce(0) { $0 + Swift.max(1, $1.leftOut) } }

    /// "2 errors and 1 warning", for the line after a list of diagnostics. A line that stands
    /// for diagnostics left out counts as the number it stands for.
    public var tally: String {
        let (errors, warnings) = counts
        var parts: [String] = []
        if errors > 0 || warnings == 0 { parts.append("\(errors) error\(errors == 1 ? "" : "s")") }
        if warnings > 0 { parts.append("\(warnings) warning\(warnings == 1 ? "" : "s")") }
        return parts.joined(separator: " and ")
    }

    /// Most diagnostics of one severity a single file reports; a broken file of thousands of
    /// lines (or thousands of unused footnotes) would otherwise bury every other file's.
    public static var maximumPerFile: Int { 50 }

    /// At most `maximumPerFile` errors and as many warnings per file, the first ones by line,
    /// each kind with one more line of its own severity saying how many were left out (and
    /// counted as that many by `tally`). Sorted. Lines that already stand for diagnostics left
    /// out are merged, so limiting twice changes nothing.
    public func limitedPerFile() -> [Diagnostic] {
        typealias Key = DiagnosticKind
        var kept: [Diagnostic] = []
        var shown: [Key: Int] = [:]
        var hidden: [Key: Int] = [:]
        var lastShown: [Key: Int] = [:]
        for diagnostic in Set(self).sorted() {
            let key = Key(file: diagnostic.location.file, severity: diagnostic.severity)
            if diagnostic.leftOut > 0 {
                hidden[key, default: 0] += diagnostic.leftOut
            } else if shown[key, default: 0] < Self.maximumPerFile {
                shown[key, default: 0] += 1
                lastShown[key] = diagnostic.location.line
                kept.append(diagnostic)
            } else {
                hidden[key, default: 0] += 1
            }
        }
        for (key, count) in hidden where count > 0 {
            let what = key.severity == .error ? "problems" : "warnings"
            let wat = key.severity == .error ? (count == 1 ? "fout" : "fouten") : (count == 1 ? "waarschuwing" : "waarschuwingen")
            var line = Diagnostic(
                file: key.file, line: lastShown[key] ?? 1,
                "\(count) more \(what) in this file are not shown; fix the ones above first",
                dutch: "Nog \(count) \(wat) in dit bestand \(count == 1 ? "wordt" : "worden") niet getoond; herstel eerst de meldingen hierboven.",
                severity: key.severity)
            line.leftOut = count
            kept.append(line)
        }
        return kept.sorted()
    }
}

/// A text in the two languages herstelsite speaks: English for the command line, Dutch for the
/// preview. For the parts of a message that a helper is given (`Fields.text(what:)`).
public struct Wording: Hashable, Sendable {
    public var english: String
    public var dutch: String

    public init(_ english: String, dutch: String) {
        self.english = english
        self.dutch = dutch
    }
}

/// The diagnostics of one severity of one file, which `limitedPerFile` counts together.
private struct DiagnosticKind: Hashable {
    var file: String
    var severity: Diagnostic.Severity
}

/// The result of a stage that may find problems: a value, or every problem found (with
/// the warnings found before it stopped, so they are shown too).
public enum Checked<Value> {
    case success(Value)
    case failure([Diagnostic])
}

extension Checked: Sendable where Value: Sendable {}
