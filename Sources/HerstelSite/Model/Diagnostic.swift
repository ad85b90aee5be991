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
    public var location: SourceLocation
    public var message: String

    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    public init(file: String, line: Int, _ message: String) {
        self.init(SourceLocation(file: file, line: line), message)
    }

    /// Compiler style, so editors and CI annotate the right line.
    public var description: String { "\(location.file):\(location.line): error: \(message)" }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.message) < (rhs.location, rhs.message)
    }
}

/// The result of a stage that may find problems: a value, or every problem found.
public enum Checked<Value> {
    case success(Value)
    case failure([Diagnostic])
}

extension Checked: Sendable where Value: Sendable {}
