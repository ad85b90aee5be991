/// What one build worked out that the next one need not work out again: the preview
/// (`serve`) keeps it between builds, so an edit to one case rebuilds little more than
/// that case's pages (docs/architecture.md).
///
/// Every entry is the result of a pure step stored with that step's inputs, and is used
/// only when the inputs are equal to the new ones; so a build with a memo writes exactly
/// what a build without one writes (IncrementalBuildTests checks this after random edits).
/// A build carries on only the entries it used, so the memo never outgrows the site.
public struct BuildMemo: Sendable {
    public init() {}

    // MARK: Load

    struct LoadedFile: Sendable {
        var entry: FileEntry
        var display: String
        var result: ContentLoader.ReadResult
    }

    /// By relative path: what the file was when it was read, and what it read as.
    var loaded: [String: LoadedFile] = [:]

    // MARK: Validate

    struct ParsedCase: Sendable {
        var file: SourceFile
        var parsed: Case?
        var diagnostics: [Diagnostic]
    }

    /// Settings the parsed cases were checked against; nil when there were none.
    var caseSettings: Settings?
    /// By relative path.
    var parsedCases: [String: ParsedCase] = [:]

    // MARK: Anonymise

    struct AnonymisedCase: Sendable {
        var item: Case
        var result: ReportedCase
        var diagnostics: [Diagnostic]
    }

    var anonymiseInputs: (templates: [String: ReportTemplate], settings: Settings?)?
    /// By case file.
    var anonymised: [String: AnonymisedCase] = [:]

    // MARK: Render

    struct RenderedMarkdown: Sendable {
        var text: String
        var dropLeadingHeading: Bool
        var gaps: [String]
        var html: String
        var removals: [Markdown.Removal]
    }

    struct RenderedPage: Sendable {
        var template: String
        var context: TemplateObject
        var contents: [UInt8]
    }

    struct RenderedJob: Sendable {
        var inputs: SiteRenderer.JobInputs
        var files: [OutputFile]
        var warnings: [Diagnostic]
    }

    /// What every page depends on besides its own cases; with `jobs`, the report, board and
    /// year pages by path, with what each was made from.
    var renderGlobals: SiteRenderer.Globals?
    var jobs: [String: RenderedJob] = [:]

    /// The templates of the theme in `renderGlobals`, with the stamps made so far.
    var stamps: PageStamps?
    /// By output path.
    var markdown: [String: RenderedMarkdown] = [:]
    var pages: [String: RenderedPage] = [:]
    /// The files made from all cases at once (open data, feed, sitemap, Woo-index), with what they were made from.
    var dataFiles: (cases: [Case], settings: Settings, files: [OutputFile])?

    // MARK: Gate

    /// What one published file showed the gate, valid while the gate looks for the same things.
    struct Scan: Sendable {
        var contents: [UInt8]
        var scan: PrivacyGate.FileScan
    }

    var gateInputs: PrivacyGate.Lookout?
    /// The gate's automaton and name detector, with what they were made from.
    var matcher: (keys: [[UInt8]], matcher: PatternMatcher)?
    var names: (organisations: [String], names: PersonNames)?
    /// By output path.
    var scans: [String: Scan] = [:]
}
