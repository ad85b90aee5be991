import Mustache

/// Renders the checked site and its public reports into the files of `public/`.
struct SiteRenderer {
    let site: Site
    let reports: [Int: PublicReport]
    let drafts: Bool
    let library: MustacheLibrary
    let stylesheet: String

    /// Builds the template library, with theme overrides; a broken override is a diagnostic.
    static func make(site: Site, reports: [Int: PublicReport], drafts: Bool) -> Checked<SiteRenderer> {
        var library = MustacheLibrary()
        var diagnostics: [Diagnostic] = []
        for (name, text) in BuiltinTheme.templates.sorted(by: { $0.key < $1.key }) {
            let override = site.theme[name]
            do {
                try library.register(override?.text ?? text, named: name)
            } catch {
                let file = override?.file ?? "(built-in theme)/\(name).mustache"
                diagnostics.append(Diagnostic(file: file, line: templateErrorLine(error), "template does not parse: \(error)"))
            }
        }
        guard diagnostics.isEmpty else { return .failure(diagnostics) }
        let css = site.theme[BuiltinTheme.stylesheetName]?.text ?? BuiltinTheme.stylesheet
        return .success(SiteRenderer(site: site, reports: reports, drafts: drafts, library: library, stylesheet: css))
    }

    static func templateErrorLine(_ error: Error) -> Int {
        if let error = error as? MustacheTemplate.ParserError { return error.context.lineNumber }
        return 1
    }

    func render(progress: ProgressMeter? = nil) -> BuiltSite {
        // Positions in site.cases, which is also how `reports` is keyed.
        let shown = site.cases.indices.filter { drafts || site.cases[$0].isPublished }
        let visible = shown.map { site.cases[$0] }
        let boards = Dictionary(grouping: visible, by: \.board.number)
            .map { BoardView(number: $0.key, cases: $0.value.sorted { $0.schoolYear > $1.schoolYear }) }
            .map { (key: DutchText.sortKey($0.name), board: $0) }
            .sorted { ($0.key, $0.board.name, $0.board.number) < ($1.key, $1.board.name, $1.board.number) }
            .map(\.board)
        let years = Dictionary(grouping: visible, by: \.schoolYear)

        // One list of work for all cores; the few large pages first, so they start early.
        enum Job: Sendable {
            case publicData, boardList, wooIndex
            case year(SchoolYear)
            case home, schoolYears, notFound, assets
            case page(Int)
            case board(Int)
            case report(Int)
        }
        var jobs: [Job] = [.publicData, .boardList] + years.keys.sorted(by: >).map(Job.year)
        if WooIndex.isWritten(for: site) { jobs.append(.wooIndex) }
        jobs += [.home, .schoolYears, .notFound, .assets] + site.pages.indices.map(Job.page)
        jobs += boards.indices.map(Job.board) + shown.map(Job.report)
        let renderer = self
        progress?.begin(.rendering, total: jobs.count)
        // Each job returns its files and the warnings of its Markdown; they are merged in job
        // order and then sorted, so the result does not depend on which core did what.
        let done = Parallel.map(jobs, chunkSize: 8) { job -> (files: [OutputFile], warnings: [Diagnostic]) in
            defer { progress?.advance() }
            switch job {
            case .publicData: return (PublicData(site: renderer.site).files(), [])
            case .boardList: return ([renderer.boardsPage(boards)], [])
            case .wooIndex: return (WooIndex(site: renderer.site, woo: renderer.site.settings.woo!).files(), [])
            case .year(let year): return renderer.yearPage(year, cases: years[year]!)
            case .home: return ([renderer.homePage(years: years)], [])
            case .schoolYears: return ([renderer.schoolYearsPage(years: years)], [])
            case .notFound: return ([renderer.notFoundPage()], [])
            case .assets:
                let assets = [
                    OutputFile(path: "assets/\(BuiltinTheme.stylesheetName)", text: renderer.stylesheet),
                    OutputFile(path: "assets/zoeken.js", text: BuiltinTheme.searchScript),
                    OutputFile(path: "assets/favicon.svg", text: BuiltinTheme.favicon),
                ]
                return (assets, [])
            case .page(let index): return renderer.freePage(renderer.site.pages[index])
            case .board(let index): return ([renderer.boardPage(boards[index])], [])
            case .report(let index): return renderer.reportPage(renderer.site.cases[index], report: renderer.reports[index])
            }
        }
        var files = done.flatMap(\.files)
        files.sort { $0.path < $1.path }
        // A template used by many cases has its removals told once, at the template's own line.
        let warnings = Array(Set(done.flatMap(\.warnings))).sorted()
        let summary = BuildSummary(
            schoolYears: years.count, boards: boards.count, reports: visible.count,
            drafts: visible.filter { !$0.isPublished }.count, files: files.count)
        return BuiltSite(files: files, summary: summary, warnings: warnings)
    }

    // MARK: Pages

    struct Page {
        var path: String
        var title: String
        /// The last step of the breadcrumb trail; the title when nil.
        var crumb: String? = nil
        var description: String
        var template: String
        var context: [String: Any]
        var breadcrumbs: [(label: String, path: String)] = []
        var nav: String? = nil
        var draft: String? = nil
        var scripts: [String] = []
    }

    func html(_ page: Page) -> OutputFile {
        // The 404 page is served at any depth, so it links absolutely and carries its own styles.
        let isNotFound = page.path == "404.html"
        let root = isNotFound ? site.settings.baseURL : SitePath.root(of: page.path)
        var context = page.context
        context["root"] = root
        context["site"] = siteContext
        context["pageTitle"] = page.title
        context["crumb"] = page.crumb ?? page.title
        let content = library.render(context, withTemplate: page.template) ?? ""
        context["content"] = content
        context["description"] = page.description
        context["canonical"] = site.settings.baseURL + (page.path == "404.html" ? "" : page.path)
        context["noindex"] = page.draft != nil || page.path == "404.html"
        context["draft"] = page.draft ?? false
        context["hasBreadcrumbs"] = !page.breadcrumbs.isEmpty
        context["breadcrumbs"] = page.breadcrumbs.map { ["label": $0.label, "href": root + $0.path] }
        context["nav"] = [("", "Home"), (SitePath.schoolYears, "Schooljaren"), (SitePath.boards, "Besturen A–Z")].map {
            ["href": root + $0.0, "label": $0.1, "current": page.nav == $0.0] as [String: Any]
        }
        context["footerPages"] = site.pages.map { ["href": root + $0.slug + "/", "label": $0.title] }
        context["scripts"] = page.scripts
        context["inlineStyle"] = isNotFound ? stylesheet : false
        let text = library.render(context, withTemplate: "layout") ?? ""
        let file = page.path.hasSuffix(".html") ? page.path : page.path + "index.html"
        return OutputFile(path: file, text: text)
    }

    var siteContext: [String: Any] {
        var context: [String: Any] = ["title": site.settings.title, "organisation": site.settings.organisation]
        if let contact = site.settings.contact { context["contact"] = contact }
        return context
    }

    func draftNote(_ item: Case) -> String? {
        guard !item.isPublished else { return nil }
        if item.status == .open { return "Deze zaak is nog open." }
        if !item.publish { return "Deze zaak is afgesloten maar wordt niet gepubliceerd (publiceren: false)." }
        return "Deze zaak is nog niet afgesloten."
    }

    /// Markdown written in `source` as HTML, with a warning at the source's own line for
    /// everything left out (SPEC §3: nothing an author wrote disappears unnoticed).
    func markdown(_ text: String, from source: MarkdownSource, dropLeadingHeading: Bool = false, gaps: [String] = []) -> (
        html: String, warnings: [Diagnostic]
    ) {
        let rendered = Markdown.render(text, dropLeadingHeading: dropLeadingHeading, gaps: gaps)
        let warnings = rendered.removals.map {
            Diagnostic.warning(file: source.file, line: source.firstLine + $0.line - 1, $0.message)
        }
        return (rendered.html, warnings)
    }

    func reportPage(_ item: Case, report: PublicReport?) -> (files: [OutputFile], warnings: [Diagnostic]) {
        let path = SitePath.report(item)
        var context = caseContext(item, from: path)
        // The report's lines are those of its source (case body or template), one to one.
        let body = report.map { markdown($0.markdown, from: $0.source, gaps: $0.gaps) }
        context["reportHTML"] = body?.html ?? ""
        context["boardPlace"] = item.board.place ?? false
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

    func boardPage(_ board: BoardView) -> OutputFile {
        let path = SitePath.board(board.number)
        let earlier = board.earlierNames.map { ["name": $0.name, "years": DutchText.list($0.years.map(\.description))] }
        let context: [String: Any] = [
            "name": board.name, "number": board.number, "place": board.place ?? false,
            "hasEarlierNames": !earlier.isEmpty, "earlierNames": earlier,
            "cases": board.cases.map { item -> [String: Any] in
                var row = caseContext(item, from: path)
                row["renamed"] = item.board.name != board.name
                return row
            },
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
        let intro = site.yearIntros[year].map { markdown($0.text, from: $0) }
        let context: [String: Any] = [
            "year": year.description,
            "intro": intro?.html ?? false,
            "summary": summary,
            "hasOpenData": !published.isEmpty,
            "cases": sorted.map { caseContext($0, from: path, searchable: true) },
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

    func yearTiles(_ years: [SchoolYear: [Case]], from path: String) -> [[String: Any]] {
        years.keys.sorted(by: >).map { year in
            let published = years[year]!.filter(\.isPublished).count
            var label = countLabel(published)
            if published < years[year]!.count { label += " (en \(years[year]!.count - published) concept)" }
            return [
                "year": year.description, "href": SitePath.root(of: path) + SitePath.schoolYear(year), "countLabel": label,
                "published": published > 0,
            ]
        }
    }

    func countLabel(_ count: Int) -> String { count == 1 ? "1 bestuur" : "\(count) besturen" }

    func homePage(years: [SchoolYear: [Case]]) -> OutputFile {
        let recent = site.publishedCases
            .sorted { ($0.closed!, $1.board.number) > ($1.closed!, $0.board.number) }
            .prefix(10)
            .map { caseContext($0, from: "") }
        let context: [String: Any] = [
            "hasYears": !years.isEmpty, "years": yearTiles(years, from: ""),
            "hasRecent": !recent.isEmpty, "recent": Array(recent),
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
                    "hasOpenData": years.values.contains { $0.contains(where: \.isPublished) },
                ],
                breadcrumbs: [("Home", "")], nav: SitePath.schoolYears))
    }

    func boardsPage(_ boards: [BoardView]) -> OutputFile {
        let path = SitePath.boards
        var groups: [(letter: String, boards: [BoardView])] = []
        for board in boards {
            let first = DutchText.sortKey(board.name).first(where: { $0.isLetter || $0.isNumber }).map { String($0).uppercased() } ?? "#"
            let letter = first.first!.isLetter ? first : "0–9"
            if groups.last?.letter == letter { groups[groups.count - 1].boards.append(board) } else { groups.append((letter, [board])) }
        }
        let letters = groups.map { group -> [String: Any] in
            [
                "letter": group.letter, "id": group.letter == "0–9" ? "cijfers" : group.letter.lowercased(),
                "boards": group.boards.map { board -> [String: Any] in
                    let years = board.cases.map(\.schoolYear).sorted().map(\.description)
                    return [
                        "name": board.name, "number": board.number, "place": board.place ?? false,
                        "href": SitePath.root(of: path) + SitePath.board(board.number),
                        "yearsLabel": (years.count == 1 ? "schooljaar " : "schooljaren ") + DutchText.list(years),
                        "draft": board.cases.allSatisfy { !$0.isPublished },
                        "searchText": searchText(
                            board.cases.map(\.board.name) + [board.number, board.place ?? ""]
                                + board.cases.flatMap { $0.schools.flatMap { [$0.name, $0.brinAndBranch, $0.place ?? ""] } }),
                    ]
                },
            ]
        }
        return html(
            Page(
                path: path, title: "Besturen A–Z", description: "Alle schoolbesturen met een gepubliceerde herstelopdracht, van A tot Z.",
                template: "besturen", context: ["letters": letters], breadcrumbs: [("Home", "")], nav: SitePath.boards,
                scripts: ["zoeken.js"]))
    }

    func freePage(_ page: FreePage) -> (files: [OutputFile], warnings: [Diagnostic]) {
        let body = markdown(page.body.text, from: page.body, dropLeadingHeading: page.titleFromHeading)
        let file = html(
            Page(
                path: page.slug + "/", title: page.title, description: page.title + ", " + site.settings.title + ".", template: "pagina",
                context: ["pageHTML": body.html], breadcrumbs: [("Home", "")]))
        return ([file], body.warnings)
    }

    func notFoundPage() -> OutputFile {
        html(Page(path: "404.html", title: "Pagina niet gevonden", description: "Deze pagina bestaat niet.", template: "404", context: [:]))
    }

    // MARK: Case data

    /// The values of one case for a template; `searchable` adds what a table row needs for search and sorting.
    func caseContext(_ item: Case, from path: String, searchable: Bool = false) -> [String: Any] {
        let root = SitePath.root(of: path)
        let sector = site.settings.sectors[item.sector]?.name ?? item.sector
        var context: [String: Any] = [
            "board": item.board.name, "number": item.board.number,
            "year": item.schoolYear.description, "sector": sector, "sectorKey": item.sector,
            "status": item.status.label, "statusKey": item.status.rawValue,
            "schoolsLabel": item.schools.count == 1 ? "School" : "Scholen",
            "schools": item.schools.map { ["name": $0.name, "brinAndBranch": $0.brinAndBranch, "place": $0.place ?? false] as [String: Any] },
            "ordered": item.ordered.dutch, "orderedISO": item.ordered.iso,
            "deadline": item.deadline.dutch, "deadlineISO": item.deadline.iso,
            "received": item.received?.dutch ?? false, "receivedISO": item.received?.iso ?? "",
            "closed": item.closed?.dutch ?? false, "closedISO": item.closed?.iso ?? "",
            "draft": !item.isPublished,
            "href": root + SitePath.report(item), "reportHref": root + SitePath.report(item),
            "boardHref": root + SitePath.board(item.board.number), "yearHref": root + SitePath.schoolYear(item.schoolYear),
        ]
        if searchable {
            context["sortName"] = DutchText.sortKey(item.board.name)
            context["searchText"] = searchText(
                [item.board.name, item.board.number, item.board.place ?? ""] + item.schools.flatMap { [$0.name, $0.brinAndBranch, $0.place ?? ""] })
        }
        return context
    }

    /// What the filter script matches against: lower case, accents folded, as the script folds what is typed.
    func searchText(_ parts: [String]) -> String {
        DutchText.sortKey(parts.filter { !$0.isEmpty }.joined(separator: " "))
    }
}
