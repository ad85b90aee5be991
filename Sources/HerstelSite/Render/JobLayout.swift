import Mustache
import Synchronization

/// The jobs of a render: which pages and files the site has, in which order they are made
/// on all cores, and which of them the last build's memo may give whole.
extension SiteRenderer {
    /// One piece of work: the files of one page or of the machine-readable data.
    enum Job: Sendable {
        case publicData, boardList
        case year(SchoolYear)
        case home, schoolYears, notFound, assets
        case page(Int)
        case board(Int)
        case report(ReportedCase)
        /// The notice at a withdrawn report's address.
        case withdrawn(Case)
        /// The notice at the address of a board whose every shown case was withdrawn.
        case withdrawnBoard(BoardView)
    }

    /// The boards and school years of the shown cases, as the pages list them.
    struct Layout: Sendable {
        var boards: [BoardView]
        var years: [SchoolYear: [Case]]
        /// Boards with withdrawn reports and no other shown case: each keeps a notice.
        var withdrawnBoards: [BoardView]
        /// The few large pages first, so they start early; every report last.
        var jobs: [Job]
    }

    /// The shown cases whose reports the site shows and lists: a withdrawn report is in none.
    var listed: [ReportedCase] { shown.filter { !$0.item.isWithdrawn } }

    func layout() -> Layout {
        let listed = self.listed
        let visible = listed.map(\.item)
        let boards = Dictionary(grouping: visible, by: \.board.number)
            .map { BoardView(number: $0.key, cases: $0.value.sorted { $0.schoolYear > $1.schoolYear }) }
            .map { (key: DutchText.sortKey($0.name), board: $0) }
            .sorted { ($0.key, $0.board.name, $0.board.number) < ($1.key, $1.board.name, $1.board.number) }
            .map(\.board)
        let years = Dictionary(grouping: visible, by: \.schoolYear)
        let withdrawn = shown.map(\.item).filter(\.isWithdrawn)
        let listedBoards = Set(visible.map(\.board.number))
        let withdrawnBoards = Dictionary(grouping: withdrawn.filter { !listedBoards.contains($0.board.number) }, by: \.board.number)
            .map { BoardView(number: $0.key, cases: $0.value.sorted { $0.schoolYear > $1.schoolYear }) }
            .sorted { $0.number < $1.number }
        var jobs: [Job] = [.publicData, .boardList] + years.keys.sorted(by: >).map(Job.year)
        jobs += [.home, .schoolYears, .notFound, .assets] + site.pages.indices.map(Job.page)
        jobs += boards.indices.map(Job.board) + listed.map(Job.report)
        jobs += withdrawnBoards.map(Job.withdrawnBoard) + withdrawn.map(Job.withdrawn)
        return Layout(boards: boards, years: years, withdrawnBoards: withdrawnBoards, jobs: jobs)
    }

    /// The whole site in memory.
    func render(progress: ProgressMeter? = nil) -> BuiltSite {
        let layout = layout()
        progress?.begin(.rendering, total: layout.jobs.count)
        var (files, warnings) = render(layout.jobs[...], of: layout, progress: progress)
        files.sort { $0.path < $1.path }
        return BuiltSite(files: files, summary: summary(layout, files: files.count), warnings: warnings)
    }

    func summary(_ layout: Layout, files: Int) -> BuildSummary {
        let visible = listed.map(\.item)
        return BuildSummary(
            schoolYears: layout.years.count, boards: layout.boards.count, reports: visible.count,
            drafts: visible.filter { !$0.isPublished }.count, files: files)
    }

    /// The files of some jobs, on all cores, and the warnings of their Markdown: merged in job
    /// order and sorted, so the result does not depend on which core did what. A template used
    /// by many cases has its removals told once, at the template's own line.
    func render(_ jobs: ArraySlice<Job>, of layout: Layout, progress: ProgressMeter? = nil) -> (files: [OutputFile], warnings: [Diagnostic]) {
        let renderer = self
        // One job at a time per core: the large ones (open data, year pages, the A–Z list)
        // come first, and each must start on whichever core is free, not wait in a batch.
        let done = Parallel.map(Array(jobs), chunkSize: 1) { job -> (files: [OutputFile], warnings: [Diagnostic]) in
            defer { progress?.advance() }
            switch job {
            case .publicData: return (renderer.dataFiles(), [])
            case .boardList: return ([renderer.boardsPage(layout.boards)], [])
            case .year(let year): return renderer.memoised(job, in: layout) { renderer.yearPage(year, cases: layout.years[year]!) }
            case .home: return ([renderer.homePage(years: layout.years)], [])
            case .schoolYears: return ([renderer.schoolYearsPage(years: layout.years)], [])
            case .notFound: return ([renderer.notFoundPage()], [])
            case .assets:
                let assets = [
                    OutputFile(path: "assets/\(BuiltinTheme.stylesheetName)", text: renderer.stylesheet),
                    OutputFile(path: "assets/zoeken.js", text: BuiltinTheme.searchScript),
                    OutputFile(path: "assets/favicon.svg", text: BuiltinTheme.favicon),
                ]
                return (assets, [])
            case .page(let index): return renderer.freePage(renderer.site.pages[index])
            case .board(let index): return renderer.memoised(job, in: layout) { ([renderer.boardPage(layout.boards[index])], []) }
            case .report(let shown): return renderer.memoised(job, in: layout) { renderer.reportPage(shown.item, report: shown.report) }
            case .withdrawn(let item): return ([renderer.withdrawnPage(item, years: layout.years)], [])
            case .withdrawnBoard(let board): return ([renderer.withdrawnBoardPage(board)], [])
            }
        }
        return (done.flatMap(\.files), Array(Set(done.flatMap(\.warnings))).sorted())
    }

    /// The files of a job, or the last build's when its inputs are the same.
    func memoised(
        _ job: Job, in layout: Layout, _ make: () -> (files: [OutputFile], warnings: [Diagnostic])
    ) -> (files: [OutputFile], warnings: [Diagnostic]) {
        guard let earlier, let (key, inputs) = inputs(of: job, in: layout) else { return make() }
        if let known = earlier.jobs[key], known.inputs == inputs {
            made.jobs.withLock { $0[key] = known }
            return (known.files, known.warnings)
        }
        let result = make()
        made.jobs.withLock { $0[key] = Memo.RenderedJob(inputs: inputs, files: result.files, warnings: result.warnings) }
        return result
    }

    /// What this render made, for the next (after `render`).
    var memo: Memo {
        var memo = Memo()
        memo.stamps = stamps
        memo.markdown = made.markdown.withLock { $0 }
        // A page kept whole by `jobs` needs no template renders kept besides: they would only
        // hold its template values (its whole text among them) a second time.
        let whole = made.jobs.withLock { Set($0.keys) }
        memo.pages = made.pages.withLock { pages in
            pages.filter { key, _ in
                guard let end = key.range(of: "index.html")?.lowerBound else { return true }
                return !whole.contains(String(key[..<end]))
            }
        }
        memo.dataFiles = made.dataFiles.withLock { $0 }
        memo.globals = Globals(site, drafts: drafts, offline: offline)
        memo.jobs = made.jobs.withLock { $0 }
        return memo
    }

    /// Open data, feed, sitemap, robots.txt and the Woo-index: made from all published cases at
    /// once, or the last build's when the cases and settings are the same.
    func dataFiles() -> [OutputFile] {
        // Made from the cases' facts, never from their reports: an edit to a body leaves them be.
        let facts = earlier == nil ? [] : site.cases.map(\.withoutBody)
        if let known = earlier?.dataFiles, known.settings == site.settings,
            known.settings.publishedFieldsKey == site.settings.publishedFieldsKey, known.cases == facts
        {
            made.dataFiles.withLock { $0 = known }
            return known.files
        }
        var files = PublicData(site: site).files()
        if WooIndex.isWritten(for: site) { files += WooIndex(site: site, woo: site.settings.woo!).files() }
        if earlier != nil { made.dataFiles.withLock { $0 = (facts, site.settings, files) } }
        return files
    }
}
