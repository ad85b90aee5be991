import Mustache
import Synchronization

/// Renders the checked site and its public reports into the files of `public/`.
struct SiteRenderer {
    let site: Site
    /// The cases this build shows, with their reports.
    let shown: [ReportedCase]
    let drafts: Bool
    /// `build --offline`: every link to a folder goes to its index.html (`OfflineLinks`).
    let offline: Bool
    let stamps: PageStamps
    let stylesheet: String
    /// Pages and Markdown of the last build that may be reused (`Memo`), and what this build made.
    let earlier: Earlier?
    let made = Made()

    struct Earlier: Sendable {
        var markdown: [String: Memo.RenderedMarkdown]
        var pages: [String: Memo.RenderedPage]
        var dataFiles: (cases: [Case], settings: Settings, files: [OutputFile])?
        /// Whole jobs, when the site-wide inputs are the same (`Globals`).
        var jobs: [String: Memo.RenderedJob] = [:]
    }

    /// What every page depends on besides its own cases.
    struct Globals: Equatable, Sendable {
        var settings: Settings
        var publishedFields: [String]
        var pages: [FreePage]
        var yearIntros: [SchoolYear: MarkdownSource]
        var theme: [String: ThemeFile]
        var drafts: Bool
        var offline: Bool

        init(_ site: Site, drafts: Bool, offline: Bool) {
            settings = site.settings
            publishedFields = site.settings.publishedFieldsKey
            pages = site.pages
            yearIntros = site.yearIntros
            theme = site.theme
            self.drafts = drafts
            self.offline = offline
        }
    }

    /// What a report, board or year page is made from besides the `Globals`: when it is what
    /// it was in the last build, so are the page's bytes and warnings.
    enum JobInputs: Equatable, Sendable {
        case report(ReportedCase)
        /// Facts only: a board or year page shows no report text.
        case cases([Case])
    }

    /// The memo key and inputs of a job that has them.
    func inputs(of job: Job, in layout: Layout) -> (key: String, inputs: JobInputs)? {
        switch job {
        case .report(let shown): return (SitePath.report(shown.item), .report(shown))
        case .board(let index):
            let board = layout.boards[index]
            return (SitePath.board(board.number), .cases(board.cases.map(\.withoutBody)))
        case .year(let year): return (SitePath.schoolYear(year), .cases(layout.years[year]!.map(\.withoutBody)))
        default: return nil
        }
    }

    final class Made: Sendable {
        let markdown = Mutex<[String: Memo.RenderedMarkdown]>([:])
        let pages = Mutex<[String: Memo.RenderedPage]>([:])
        let dataFiles = Mutex<(cases: [Case], settings: Settings, files: [OutputFile])?>(nil)
        let jobs = Mutex<[String: Memo.RenderedJob]>([:])
    }

    /// Builds the template library, with theme overrides; a broken override is a diagnostic.
    /// With a `memo` of a build with the same theme, its templates and stamps are reused, and
    /// its pages and Markdown where their inputs are the same.
    static func make(_ anonymised: AnonymisedSite, drafts: Bool, offline: Bool = false, memo: Memo? = nil) -> Checked<SiteRenderer> {
        let site = anonymised.site
        // The open-data catalogue must be one data.overheid.nl can harvest, or none is published.
        let catalogueProblems = OpenDataCatalogue(site: site).problems
        guard catalogueProblems.isEmpty else {
            return .failure(
                catalogueProblems.map {
                    Diagnostic(
                        file: site.settings.file, line: 1, "the open-data catalogue (\(OpenDataCatalogue.path)) cannot be made: \($0.english)",
                        dutch: "De catalogus van de open data (\(OpenDataCatalogue.path)) kan niet worden gemaakt: \($0.dutch).")
                })
        }
        let css = site.theme[BuiltinTheme.stylesheetName]?.text ?? BuiltinTheme.stylesheet
        if let memo, let stamps = memo.stamps, memo.globals?.theme == site.theme {
            var earlier = Earlier(markdown: memo.markdown, pages: memo.pages, dataFiles: memo.dataFiles)
            if memo.globals == Globals(site, drafts: drafts, offline: offline) { earlier.jobs = memo.jobs }
            return .success(
                SiteRenderer(
                    site: site, shown: anonymised.shown(drafts: drafts), drafts: drafts, offline: offline, stamps: stamps, stylesheet: css,
                    earlier: earlier))
        }
        var library = MustacheLibrary()
        var diagnostics: [Diagnostic] = []
        var texts: [String] = []
        for (name, text) in BuiltinTheme.templates.sorted(by: { $0.key < $1.key }) {
            let override = site.theme[name]
            texts.append(override?.text ?? text)
            let file = override?.file ?? "(built-in theme)/\(name).mustache"
            do {
                try library.register(override?.text ?? text, named: name)
                diagnostics += TemplateCheck.unknownValues(in: override?.text ?? text, template: name, file: file)
            } catch {
                diagnostics.append(TemplateCheck.parseError(error, in: override?.text ?? text, file: file))
            }
        }
        guard diagnostics.isEmpty else { return .failure(diagnostics) }
        let stamps = PageStamps(library: library, templates: texts)
        let earlier = memo.map { Earlier(markdown: $0.markdown, pages: [:], dataFiles: $0.dataFiles) }
        return .success(
            SiteRenderer(
                site: site, shown: anonymised.shown(drafts: drafts), drafts: drafts, offline: offline, stamps: stamps, stylesheet: css,
                earlier: earlier))
    }
}
