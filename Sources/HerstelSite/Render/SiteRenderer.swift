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

    // MARK: Pages

    struct Page {
        var path: String
        var title: String
        /// The last step of the breadcrumb trail; the title when nil.
        var crumb: String? = nil
        var description: String
        var template: String
        var context: TemplateObject
        var breadcrumbs: [(label: String, path: String)] = []
        var nav: String? = nil
        var draft: String? = nil
        var scripts: [String] = []
        /// Kept out of search engines: a withdrawal notice.
        var noindex = false
    }

    func html(_ page: Page) -> OutputFile {
        // The 404 page is served at any depth, so it links absolutely and carries its own styles;
        // an offline copy has no server and no network, so there it links relatively like the rest.
        let isNotFound = page.path == "404.html"
        let root = isNotFound ? (offline ? "" : site.settings.baseURL) : SitePath.root(of: page.path)
        let file = page.path.hasSuffix(".html") ? page.path : page.path + "index.html"
        var context = page.context
        context["root"] = .text(root)
        context["site"] = siteContext
        context["pageTitle"] = .text(page.title)
        context["crumb"] = .text(page.crumb ?? page.title)
        let content = rendered(context, page.template, at: file + "\u{0}content")
        context["content"] = .text(String(decoding: content, as: UTF8.self))
        context["description"] = .text(page.description)
        context["canonical"] = .text(site.settings.baseURL + (page.path == "404.html" ? "" : page.path))
        context["noindex"] = .flag(page.draft != nil || page.path == "404.html" || page.noindex)
        context["draft"] = .optional(page.draft)
        context["hasBreadcrumbs"] = .flag(!page.breadcrumbs.isEmpty)
        context["breadcrumbs"] = .list(page.breadcrumbs.map { .object(["label": .text($0.label), "href": .text(root + $0.path)]) })
        context["nav"] = .list(
            [("", "Home"), (SitePath.schoolYears, "Schooljaren"), (SitePath.boards, "Besturen A–Z")].map {
                .object(["href": .text(root + $0.0), "label": .text($0.1), "current": .flag(page.nav == $0.0)])
            })
        context["footerPages"] = .list(site.pages.map { .object(["href": .text(root + $0.slug + "/"), "label": .text($0.title)]) })
        context["scripts"] = .list(page.scripts.map(TemplateValue.text))
        context["inlineStyle"] = isNotFound ? .text(stylesheet) : .flag(false)
        let contents = rendered(context, "layout", at: file)
        return OutputFile(path: file, contents: offline ? OfflineLinks.rewrite(contents) : contents)
    }

    /// A template rendered with `context`, or what it gave the last build with the same context.
    func rendered(_ context: TemplateObject, _ template: String, at key: String) -> [UInt8] {
        if let known = earlier?.pages[key], known.template == template, known.context == context {
            made.pages.withLock { $0[key] = known }
            return known.contents
        }
        let contents = stamps.render(context, withTemplate: template)
        if earlier != nil {
            made.pages.withLock { $0[key] = Memo.RenderedPage(template: template, context: context, contents: contents) }
        }
        return contents
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

    var siteContext: TemplateValue {
        var context: TemplateObject = ["title": .text(site.settings.title), "organisation": .text(site.settings.organisation)]
        if let contact = site.settings.contact { context["contact"] = .text(contact) }
        return .object(context)
    }

    func draftNote(_ item: Case) -> String? {
        guard !item.isPublished else { return nil }
        if item.status == .open { return "Deze zaak is nog open." }
        if !item.publish { return "Deze zaak is afgesloten maar wordt niet gepubliceerd (publiceren: false)." }
        return "Deze zaak is nog niet afgesloten."
    }

    /// Markdown written in `source` as HTML, with a warning at the source's own line for
    /// everything left out (SPEC §3: nothing an author wrote disappears unnoticed).
    func markdown(
        _ text: String, from source: MarkdownSource, on path: String, dropLeadingHeading: Bool = false, gaps: [String] = [],
        location: ((Int) -> SourceLocation)? = nil
    ) -> (html: String, warnings: [Diagnostic]) {
        let rendered: (html: String, removals: [Markdown.Removal])
        if let known = earlier?.markdown[path], known.text == text, known.dropLeadingHeading == dropLeadingHeading, known.gaps == gaps {
            rendered = (known.html, known.removals)
        } else {
            let new = Markdown.render(text, dropLeadingHeading: dropLeadingHeading, gaps: gaps)
            rendered = (new.html, new.removals)
        }
        if earlier != nil {
            let entry = Memo.RenderedMarkdown(
                text: text, dropLeadingHeading: dropLeadingHeading, gaps: gaps, html: rendered.html, removals: rendered.removals)
            made.markdown.withLock { $0[path] = entry }
        }
        let warnings = rendered.removals.map {
            Diagnostic(
                location?($0.line) ?? SourceLocation(file: source.file, line: source.firstLine + $0.line - 1), $0.message, dutch: $0.dutch,
                severity: .warning)
        }
        return (rendered.html, warnings)
    }

    func reportPage(_ item: Case, report: PublicReport?) -> (files: [OutputFile], warnings: [Diagnostic]) {
        let path = SitePath.report(item)
        var context = caseContext(item, from: path)
        // The report's lines are those of its source (case body or template), and of a template
        // that @rapport@ inserted.
        let body = report.map { report in
            markdown(report.markdown, from: report.source, on: path, gaps: report.gaps, location: report.location(ofLine:))
        }
        // The comment records where the text came from, so `changes` can tell a switch.
        context["reportHTML"] = .text(body.map { $0.html.isEmpty ? "" : report!.origin.comment + $0.html } ?? "")
        context["boardPlace"] = .optional(item.board.place)
        context["corrected"] = .optional(item.latestCorrection?.date.dutch)
        context["correctedISO"] = .text(item.latestCorrection?.date.iso ?? "")
        context["hasCorrections"] = .flag(!item.corrections.isEmpty)
        context["corrections"] = .list(
            item.corrections.map {
                .object([
                    "date": .text($0.date.dutch), "dateISO": .text($0.date.iso), "reason": .text($0.reason.label),
                    "explanation": .text($0.explanation),
                ])
            })
        let page = html(
            Page(
                path: path, title: "Rapport \(item.board.name) \(item.schoolYear)", crumb: "Rapport \(item.schoolYear)",
                description:
                    "Niet-gepersonaliseerd rapport over de herstelopdracht monitoring sociale veiligheid van \(item.board.name), schooljaar \(item.schoolYear).",
                template: "rapport", context: context,
                breadcrumbs: [("Home", ""), ("Besturen A–Z", SitePath.boards), (item.board.name, SitePath.board(item.board.number))],
                draft: draftNote(item).map { $0 + gapNote(report?.gaps ?? []) }))
        return ([page], body?.warnings ?? [])
    }

    /// Tells the reviewer of a draft which values it still lacks; they show as marked gaps.
    func gapNote(_ gaps: [String]) -> String {
        guard !gaps.isEmpty else { return "" }
        let names = DutchText.list(Array(Set(gaps)).sorted())
        return " Nog niet bekend en in de tekst gemarkeerd: \(names)."
    }

    /// What is left at a withdrawn report's address (SPEC §3): when and why, and the way to the
    /// rest of the list. It names neither the board nor anything of the report: a report may be
    /// withdrawn because it should never have named them.
    func withdrawnPage(_ item: Case, years: [SchoolYear: [Case]]) -> OutputFile {
        let path = SitePath.report(item)
        let withdrawal = item.withdrawal!
        let root = SitePath.root(of: path)
        let yearListed = years[item.schoolYear] != nil
        let context: TemplateObject = [
            "year": .text(item.schoolYear.description), "number": .text(item.board.number),
            "date": .text(withdrawal.date.dutch), "dateISO": .text(withdrawal.date.iso),
            "reason": .text(withdrawal.reason.label), "explanation": .text(withdrawal.explanation),
            "yearListed": .flag(yearListed),
            "yearHref": .text(root + (yearListed ? SitePath.schoolYear(item.schoolYear) : SitePath.schoolYears)),
        ]
        return html(
            Page(
                path: path, title: "Rapport ingetrokken", crumb: "Rapport \(item.schoolYear)",
                description: "Het rapport over schooljaar \(item.schoolYear) op dit adres is ingetrokken op \(withdrawal.date.dutch).",
                template: "ingetrokken", context: context, breadcrumbs: [("Home", ""), ("Schooljaren", SitePath.schoolYears)],
                noindex: true))
    }

    /// What is left at the address of a board whose every report was withdrawn: the same
    /// short notice for each, not a 404 where a citation pointed.
    func withdrawnBoardPage(_ board: BoardView) -> OutputFile {
        let path = SitePath.board(board.number)
        let root = SitePath.root(of: path)
        let reports = board.cases.map { item -> TemplateValue in
            let withdrawal = item.withdrawal!
            return .object([
                "year": .text(item.schoolYear.description), "href": .text(root + SitePath.report(item)),
                "date": .text(withdrawal.date.dutch), "dateISO": .text(withdrawal.date.iso), "reason": .text(withdrawal.reason.label),
            ])
        }
        return html(
            Page(
                path: path, title: "Bestuur niet meer op de lijst", crumb: "Bestuur \(board.number)",
                description: "De rapporten van bestuursnummer \(board.number) zijn ingetrokken.", template: "bestuur-ingetrokken",
                context: [
                    "number": .text(board.number), "reports": .list(reports),
                    "boardsHref": .text(root + SitePath.boards),
                ],
                breadcrumbs: [("Home", ""), ("Besturen A–Z", SitePath.boards)], noindex: true))
    }

    func boardPage(_ board: BoardView) -> OutputFile {
        let path = SitePath.board(board.number)
        let earlier = board.earlierNames.map {
            TemplateValue.object(["name": .text($0.name), "years": .text(DutchText.list($0.years.map(\.description)))])
        }
        let context: TemplateObject = [
            "name": .text(board.name), "number": .text(board.number), "place": .optional(board.place),
            "hasEarlierNames": .flag(!earlier.isEmpty), "earlierNames": .list(earlier),
            "cases": .list(
                board.cases.map { item in
                    var row = caseContext(item, from: path)
                    row["renamed"] = .flag(item.board.name != board.name)
                    return .object(row)
                }),
        ]
        let allDrafts = board.cases.allSatisfy { !$0.isPublished }
        return html(
            Page(
                path: path, title: board.name,
                description: "Herstelopdrachten monitoring sociale veiligheid van \(board.name) (bestuursnummer \(board.number)).",
                template: "bestuur", context: context, breadcrumbs: [("Home", ""), ("Besturen A–Z", SitePath.boards)],
                nav: nil, draft: allDrafts ? "Dit bestuur heeft alleen zaken die niet openbaar zijn." : nil))
    }

    func yearPage(_ year: SchoolYear, cases: [Case]) -> (files: [OutputFile], warnings: [Diagnostic]) {
        let path = SitePath.schoolYear(year)
        let sorted = cases.sortedByBoardName()
        let published = sorted.filter(\.isPublished)
        var summary =
            "\(countLabel(published.count)) over schooljaar \(year): \(published.filter { $0.status == .complied }.count) voldaan, \(published.filter { $0.status == .notComplied }.count) niet voldaan."
        if drafts, published.count < sorted.count { summary += " Daarnaast \(sorted.count - published.count) concept." }
        let intro = site.yearIntros[year].map { markdown($0.text, from: $0, on: path) }
        let context: TemplateObject = [
            "year": .text(year.description),
            "intro": .optional(intro?.html),
            "summary": .text(summary),
            "hasOpenData": .flag(!published.isEmpty),
            "cases": .list(sorted.map { .object(caseContext($0, from: path, searchable: true)) }),
        ]
        let page = html(
            Page(
                path: path, title: "Schooljaar \(year)",
                description: "Besturen met een herstelopdracht monitoring sociale veiligheid over schooljaar \(year).",
                template: "schooljaar", context: context, breadcrumbs: [("Home", ""), ("Schooljaren", SitePath.schoolYears)],
                nav: SitePath.schoolYears, draft: published.isEmpty ? "Dit schooljaar heeft nog geen openbare zaken." : nil,
                scripts: ["zoeken.js"]))
        return ([page], intro?.warnings ?? [])
    }

    func yearTiles(_ years: [SchoolYear: [Case]], from path: String) -> TemplateValue {
        .list(
            years.keys.sorted(by: >).map { year in
                let published = years[year]!.filter(\.isPublished).count
                var label = countLabel(published)
                if published < years[year]!.count { label += " (en \(years[year]!.count - published) concept)" }
                return .object([
                    "year": .text(year.description), "href": .text(SitePath.root(of: path) + SitePath.schoolYear(year)),
                    "countLabel": .text(label), "published": .flag(published > 0),
                ])
            })
    }

    func countLabel(_ count: Int) -> String { count == 1 ? "1 bestuur" : "\(count) besturen" }

    func homePage(years: [SchoolYear: [Case]]) -> OutputFile {
        let recent = site.listedCases
            .sorted { ($0.closed!, $1.board.number) > ($1.closed!, $0.board.number) }
            .prefix(10)
            .map { TemplateValue.object(caseContext($0, from: "")) }
        let context: TemplateObject = [
            "hasYears": .flag(!years.isEmpty), "years": yearTiles(years, from: ""),
            "hasRecent": .flag(!recent.isEmpty), "recent": .list(Array(recent)),
        ]
        return html(
            Page(
                path: "", title: "Home",
                description:
                    "Openbare lijst van schoolbesturen die een herstelopdracht kregen voor het niet tijdig aanleveren van de monitoring sociale veiligheid.",
                template: "home", context: context, nav: "", scripts: ["zoeken.js"]))
    }

    func schoolYearsPage(years: [SchoolYear: [Case]]) -> OutputFile {
        html(
            Page(
                path: SitePath.schoolYears, title: "Schooljaren", description: "Herstelopdrachten per schooljaar.",
                template: "schooljaren",
                context: [
                    "years": yearTiles(years, from: SitePath.schoolYears),
                    "hasOpenData": .flag(years.values.contains { $0.contains(where: \.isPublished) }),
                ],
                breadcrumbs: [("Home", "")], nav: SitePath.schoolYears))
    }

    func boardsPage(_ boards: [BoardView]) -> OutputFile {
        let path = SitePath.boards
        // Under the letter of each board's distinctive name, not of "Stichting".
        let groups = BoardIndex.groups(boards)
        let letters = groups.map { group -> TemplateValue in
            .object([
                "letter": .text(group.letter), "id": .text(group.letter == "0–9" ? "cijfers" : group.letter.lowercased()),
                "boards": .list(
                    group.boards.map { board in
                        let years = board.cases.map(\.schoolYear).sorted().map(\.description)
                        return .object([
                            "name": .text(board.name), "number": .text(board.number), "place": .optional(board.place),
                            "href": .text(SitePath.root(of: path) + SitePath.board(board.number)),
                            "yearsLabel": .text((years.count == 1 ? "schooljaar " : "schooljaren ") + DutchText.list(years)),
                            "draft": .flag(board.cases.allSatisfy { !$0.isPublished }),
                            "searchText": .text(
                                searchText(
                                    board.cases.map(\.board.name) + [board.number, board.place ?? ""]
                                        + board.cases.flatMap { $0.schools.flatMap { [$0.name, $0.brinAndBranch, $0.place ?? ""] } })),
                        ])
                    }),
            ])
        }
        return html(
            Page(
                path: path, title: "Besturen A–Z", description: "Alle schoolbesturen met een gepubliceerde herstelopdracht, van A tot Z.",
                template: "besturen", context: ["letters": .list(letters)], breadcrumbs: [("Home", "")], nav: SitePath.boards,
                scripts: ["zoeken.js"]))
    }

    func freePage(_ page: FreePage) -> (files: [OutputFile], warnings: [Diagnostic]) {
        let body = markdown(page.body.text, from: page.body, on: page.slug + "/", dropLeadingHeading: page.titleFromHeading)
        let file = html(
            Page(
                path: page.slug + "/", title: page.title, description: page.title + ", " + site.settings.title + ".", template: "pagina",
                context: ["pageHTML": .text(body.html)], breadcrumbs: [("Home", "")]))
        return ([file], body.warnings)
    }

    func notFoundPage() -> OutputFile {
        html(Page(path: "404.html", title: "Pagina niet gevonden", description: "Deze pagina bestaat niet.", template: "404", context: [:]))
    }

    // MARK: Case data

    /// The values of one case for a template; `searchable` adds what a table row needs for search and sorting.
    func caseContext(_ item: Case, from path: String, searchable: Bool = false) -> TemplateObject {
        let root = SitePath.root(of: path)
        let sector = site.settings.sectors[item.sector]?.name ?? item.sector
        var context: TemplateObject = [
            "board": .text(item.board.name), "number": .text(item.board.number),
            "year": .text(item.schoolYear.description), "sector": .text(sector), "sectorKey": .text(item.sector),
            "status": .text(item.status.label), "statusKey": .text(item.status.rawValue),
            "schoolsLabel": .text(item.schools.count == 1 ? "School" : "Scholen"),
            "schools": .list(
                item.schools.map { .object(["name": .text($0.name), "brinAndBranch": .text($0.brinAndBranch), "place": .optional($0.place)]) }),
            "ordered": .text(item.ordered.dutch), "orderedISO": .text(item.ordered.iso),
            "deadline": .text(item.deadline.dutch), "deadlineISO": .text(item.deadline.iso),
            "received": .optional(item.received?.dutch), "receivedISO": .text(item.received?.iso ?? ""),
            "closed": .optional(item.closed?.dutch), "closedISO": .text(item.closed?.iso ?? ""),
            "draft": .flag(!item.isPublished),
            "href": .text(root + SitePath.report(item)), "reportHref": .text(root + SitePath.report(item)),
            "boardHref": .text(root + SitePath.board(item.board.number)), "yearHref": .text(root + SitePath.schoolYear(item.schoolYear)),
        ]
        if searchable {
            context["sortName"] = .text(DutchText.sortKey(item.board.name))
            context["searchText"] = .text(
                searchText(
                    [item.board.name, item.board.number, item.board.place ?? ""]
                        + item.schools.flatMap { [$0.name, $0.brinAndBranch, $0.place ?? ""] }))
        }
        return context
    }

    /// What the filter script matches against: lower case, accents folded, as the script folds what is typed.
    func searchText(_ parts: [String]) -> String {
        DutchText.sortKey(parts.filter { !$0.isEmpty }.joined(separator: " "))
    }
}
