extension SiteRenderer {
    /// What one render keeps for the next (the preview): the theme's templates and stamps,
    /// rendered Markdown and template renders by output path, whole report, board and year
    /// pages with what each was made from, and the data files. Every entry is used only when
    /// its inputs equal the new ones, so a render with a memo writes what one without writes.
    /// Opaque to every other stage.
    struct Memo: Sendable {
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

        /// What every page depended on besides its own cases; with `jobs`, the report, board
        /// and year pages by path.
        var globals: SiteRenderer.Globals?
        var jobs: [String: RenderedJob] = [:]
        /// The templates of the theme in `globals`, with the stamps made so far.
        var stamps: PageStamps?
        /// By output path.
        var markdown: [String: RenderedMarkdown] = [:]
        var pages: [String: RenderedPage] = [:]
        /// The files made from all cases at once (open data, feed, sitemap, Woo-index), with
        /// what they were made from.
        var dataFiles: (cases: [Case], settings: Settings, files: [OutputFile])?

        init() {}
    }
}
