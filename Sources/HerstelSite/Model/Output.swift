/// A file of the built site, in memory until the write stage.
public struct OutputFile: Hashable, Sendable {
    /// Path relative to the output folder ("besturen/41234/2022-2023/index.html").
    public var path: String
    public var contents: [UInt8]

    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: Array(text.utf8))
    }
}

/// What a build produced, before it is written.
public struct BuiltSite: Sendable {
    /// Sorted by path.
    public var files: [OutputFile]
    public var summary: BuildSummary
    /// Every warning of every stage, sorted: told, but the site is built.
    public var warnings: [Diagnostic] = []
    /// The allowed exceptions (`privacy.toegestaan`) the site shows, for `check --privacy`.
    public var allowedInUse: [AllowedUse] = []
}

/// An allowed exception that the site shows: what a privacy officer signs off.
public struct AllowedUse: Hashable, Sendable {
    public var allowed: AllowedText
    /// Where the text was written: source files and lines.
    public var sources: [SourceLocation]
    /// How many published files show it.
    public var files: Int
}

/// Counts for the one-line report after a build.
public struct BuildSummary: Hashable, Sendable {
    public var schoolYears: Int
    public var boards: Int
    public var reports: Int
    public var drafts: Int
    public var files: Int
}
