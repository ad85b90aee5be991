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

    public var location: SourceLocation
    public var message: String
    public var severity: Severity

    public init(_ location: SourceLocation, _ message: String, severity: Severity = .error) {
        self.location = location
        self.message = message
        self.severity = severity
    }

    public init(file: String, line: Int, _ message: String, severity: Severity = .error) {
        self.init(SourceLocation(file: file, line: line), message, severity: severity)
    }

    public static func warning(file: String, line: Int, _ message: String) -> Diagnostic {
        Diagnostic(file: file, line: line, message, severity: .warning)
    }

    public var isError: Bool { severity == .error }

    /// Compiler style, so editors and CI annotate the right line. Always one line: control
    /// characters from content (a line break in a field name, a terminal escape) are shown as
    /// escapes, so they can neither split the message nor act on the terminal.
    public var description: String {
        Diagnostic.visible("\(location.file):\(location.line): \(severity.rawValue): \(message)")
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

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.message) < (rhs.location, rhs.message)
    }
}

extension [Diagnostic] {
    public var errors: [Diagnostic] { filter(\.isError) }
    public var warnings: [Diagnostic] { filter { !$0.isError } }
    /// "2 errors and 1 warning", for the line after a list of diagnostics.
    public var tally: String {
        let errors = self.errors.count
        let warnings = count - errors
        var parts: [String] = []
        if errors > 0 || warnings == 0 { parts.append("\(errors) error\(errors == 1 ? "" : "s")") }
        if warnings > 0 { parts.append("\(warnings) warning\(warnings == 1 ? "" : "s")") }
        return parts.joined(separator: " and ")
    }
}

/// The result of a stage that may find problems: a value, or every problem found (with
/// the warnings found before it stopped, so they are shown too).
public enum Checked<Value> {
    case success(Value)
    case failure([Diagnostic])
}

extension Checked: Sendable where Value: Sendable {}
