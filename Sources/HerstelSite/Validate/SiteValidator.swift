/// Turns the loaded files into a checked `Site`, or every problem found in them.
public enum SiteValidator {
    /// Paths a free page may not take, because the site itself uses them.
    public static let reservedSlugs: Set<String> = [
        "besturen", "schooljaren", "assets", "feed.xml", "sitemap.xml", "robots.txt", "404",
        "404.html", "index", "index.html", "zoeken",
    ]

    static let knownFolders = ["cases", "reports", "pages", "schooljaren", "theme"]

    /// What validation made of the content: what could be read, and every problem found.
    public struct Validated: Sendable {
        /// Every case that could be read, sorted as `Site.cases`.
        public var cases: [Case]
        public var templates: [String: ReportTemplate]
        /// Nil when site.yml could not be read.
        public var settings: Settings?
        /// The site of what could be read; nil without settings. Only whole when
        /// `diagnostics` has no errors.
        public var site: Site?
        /// Unsorted, and not yet limited per file: the next stage adds its own first.
        public var diagnostics: [Diagnostic]
        /// What the next validation may reuse; nil when it was given no memo.
        public var memo: Memo? = nil
    }

    /// What one validation keeps for the next (the preview): every case file as it was parsed,
    /// with the settings it was checked against. Opaque to every other stage.
    public struct Memo: Sendable {
        struct ParsedCase: Sendable {
            var file: SourceFile
            var parsed: Case?
            var diagnostics: [Diagnostic]
        }

        /// Settings the parsed cases were checked against; nil when there were none.
        var caseSettings: Settings?
        /// By relative path.
        var parsedCases: [String: ParsedCase] = [:]

        public init() {}
    }

    /// With the `memo` of the last validation, a case file whose text and settings are those
    /// of the last build is not parsed again; `Validated.memo` is what the next one may reuse.
    public static func validate(
        _ snapshot: ContentSnapshot, contentPath: String, progress: ProgressMeter? = nil, reusing memo: Memo? = nil
    ) -> Validated {
        // A file that is not read anyway (a letter.pdf beside its case) is named as not read,
        // not held against the content for not being UTF-8 text.
        let display = contentPath.hasSuffix("/") ? String(contentPath.dropLast()) : contentPath
        let unreadable = snapshot.diagnostics.compactMap { diagnostic -> (relativePath: String, displayPath: String)? in
            let file = diagnostic.location.file
            guard file.hasPrefix(display + "/") else { return nil }
            let relative = String(file.dropFirst(display.count + 1))
            return isUnreadPlace(relative) ? (relative, file) : nil
        }
        let skipped = Set(unreadable.map(\.displayPath))
        var diagnostics = snapshot.diagnostics.filter { !skipped.contains($0.location.file) } + snapshot.boundary
        // A folder that is missing, or holds nothing readable, has no other problems worth listing.
        if snapshot.files.isEmpty, !diagnostics.isEmpty {
            return Validated(cases: [], templates: [:], settings: nil, site: nil, diagnostics: diagnostics)
        }
        let settings = SettingsParser.parse(snapshot.file("site.yml"), contentPath: contentPath, &diagnostics)

        for file in snapshot.files where !isKnownPlace(file.relativePath) {
            diagnostics.append(
                Diagnostic(
                    file: file.displayPath, line: 1, "unexpected file; content belongs in site.yml, cases/, reports/, pages/, schooljaren/ or theme/",
                    dutch: "Onverwacht bestand; inhoud hoort in site.yml, cases/, reports/, pages/, schooljaren/ of theme/.")
            )
        }

        diagnostics += unreadFiles(snapshot.files.map { ($0.relativePath, $0.displayPath) } + unreadable)

        // Case files are independent of each other: parse them on all cores, keeping the file order.
        let caseFiles = snapshot.files(under: "cases").filter { $0.relativePath.hasSuffix(".md") }
        progress?.begin(.validating, total: caseFiles.count)
        let earlier = memo.flatMap { $0.caseSettings == settings ? $0.parsedCases : nil } ?? [:]
        let parsedCases = Parallel.map(caseFiles) { file -> Memo.ParsedCase in
            defer { progress?.advance() }
            if let known = earlier[file.relativePath], known.file == file { return known }
            var found: [Diagnostic] = []
            let parsed = CaseParser.parse(file, settings: settings, &found)
            return Memo.ParsedCase(file: file, parsed: parsed, diagnostics: found)
        }
        var next: Memo? = nil
        if memo != nil {
            next = Memo()
            next?.caseSettings = settings
            next?.parsedCases = Dictionary(parsedCases.map { ($0.file.relativePath, $0) }, uniquingKeysWith: { $1 })
        }
        var cases = parsedCases.compactMap(\.parsed)
        diagnostics += parsedCases.flatMap(\.diagnostics)
        cases.sort { ($0.schoolYear, $0.board.number, $0.file) < ($1.schoolYear, $1.board.number, $1.file) }
        diagnostics += duplicateCases(cases)

        let templates = reportTemplates(snapshot, &diagnostics)
        if let reserved = templates[ReportTemplate.ownText] {
            diagnostics.append(
                Diagnostic(
                    file: reserved.source.file, line: 1,
                    "'\(ReportTemplate.ownText)' cannot be a template's name: 'rapport: \(ReportTemplate.ownText)' means a case's own text; rename the file",
                    dutch:
                        "'\(ReportTemplate.ownText)' kan niet de naam van een sjabloon zijn: 'rapport: \(ReportTemplate.ownText)' betekent de eigen tekst van een zaak; geef het bestand een andere naam."
                ))
        }
        for item in cases {
            if item.reportTemplate == ReportTemplate.ownText {
                if item.body.isBlank {
                    diagnostics.append(
                        Diagnostic(
                            file: item.file, line: item.line(of: "rapport"),
                            "'rapport: \(ReportTemplate.ownText)' says the body is the whole report, but this case has no body; write the report below the front matter, or name a template",
                            dutch:
                                "'rapport: \(ReportTemplate.ownText)' zegt dat de tekst onder de front matter het hele rapport is, maar deze zaak heeft geen tekst; schrijf het rapport onder de front matter, of noem een sjabloon."
                        ))
                }
                continue
            }
            // An open case may wait for its report; a closed one must have one.
            let name = item.reportTemplate ?? item.status.rawValue
            guard item.body.isBlank, item.reportTemplate != nil || item.status != .open else { continue }
            if templates[name] == nil {
                let line = item.reportTemplate == nil ? item.line(of: "status") : item.line(of: "rapport")
                let known = templates.keys.sorted().joined(separator: ", ")
                diagnostics.append(
                    Diagnostic(
                        file: item.file, line: line,
                        "this case has no body and there is no report template reports/\(name).md"
                            + (known.isEmpty ? "" : "; templates are: \(known)"),
                        dutch: "Deze zaak heeft geen eigen tekst en er is geen rapportsjabloon reports/\(name).md"
                            + (known.isEmpty ? "." : "; de sjablonen zijn: \(known).")))
            }
        }
        // The placeholders of the templates and cases are the anonymise stage's to check: it
        // runs on what this stage could read, also when it found errors (SPEC §4: all at once).
        let pages = freePages(snapshot, &diagnostics)
        let intros = yearIntros(snapshot, &diagnostics)
        let theme = themeFiles(snapshot, &diagnostics)

        let site = settings.map {
            Site(settings: $0, cases: cases, templates: templates, pages: pages, yearIntros: intros, theme: theme)
        }
        return Validated(cases: cases, templates: templates, settings: settings, site: site, diagnostics: diagnostics, memo: next)
    }

    static func isKnownPlace(_ path: String) -> Bool {
        if path == "site.yml" { return true }
        if !path.contains("/") { return path.lowercased().hasPrefix("readme") }
        return knownFolders.contains { path.hasPrefix($0 + "/") }
    }

    /// Folders whose `.md` files are read, and what such a file is there.
    static let markdownFolders = [
        ("cases", Wording("a case", dutch: "een zaak")), ("reports", Wording("a report template", dutch: "een rapportsjabloon")),
        ("pages", Wording("a page", dutch: "een pagina")),
        ("schooljaren", Wording("a school year's intro", dutch: "de inleiding van een schooljaar")),
    ]

    /// A file the build passes over is named, so a case saved as `Case.MD` or `zaak.markdown`
    /// does not vanish from the site without a word (SPEC §1). Not read, as SPEC says: the
    /// warning says how to make it read.
    static func unreadFiles(_ files: [(relativePath: String, displayPath: String)]) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for (folder, what) in markdownFolders {
            for file in files where file.relativePath.hasPrefix(folder + "/") && !file.relativePath.hasSuffix(".md") {
                let name = file.relativePath.split(separator: "/").last.map(String.init) ?? file.relativePath
                result.append(
                    Diagnostic.warning(
                        file: file.displayPath, line: 1,
                        "this file is not read: only names ending in .md (lower case) are read in \(folder)/; if it is \(what.english), rename it to \(markdownName(name)), otherwise move it out of \(folder)/",
                        dutch:
                            "Dit bestand wordt niet gelezen: in \(folder)/ worden alleen namen gelezen die op .md eindigen (kleine letters); is het \(what.dutch), noem het dan \(markdownName(name)), en haal het anders uit \(folder)/."
                    ))
            }
        }
        return result
    }

    /// Whether a path of Content/ is in a folder of Markdown files without being one.
    static func isUnreadPlace(_ relativePath: String) -> Bool {
        !relativePath.hasSuffix(".md") && markdownFolders.contains { relativePath.hasPrefix($0.0 + "/") }
    }

    /// The name a file would have as Markdown: "Zaak.MD" → "Zaak.md", "zaak.markdown" → "zaak.md".
    static func markdownName(_ name: String) -> String {
        // Editors' backups and autosaves: "zaak.md~", "#zaak.md#".
        var stem = Substring(name).drop { $0 == "#" }
        while let last = stem.last, last == "~" || last == "#" { stem = stem.dropLast() }
        if let dot = stem.lastIndex(of: "."), dot != stem.startIndex { stem = stem[..<dot] }
        return stem + ".md"
    }

    /// One case per board per school year; the message names both files.
    static func duplicateCases(_ cases: [Case]) -> [Diagnostic] {
        var first: [String: Case] = [:]
        var result: [Diagnostic] = []
        for item in cases.sorted(by: { $0.file < $1.file }) {
            let key = item.board.number + "/" + item.schoolYear.description
            if let earlier = first[key] {
                result.append(
                    Diagnostic(
                        file: item.file, line: item.line(of: "bestuur.nummer"),
                        "board \(item.board.number) already has a case for \(item.schoolYear) in \(earlier.file):\(earlier.line(of: "bestuur.nummer")); a board has one case per school year, so correct the number or the school year, or merge the two files",
                        dutch:
                            "Bestuur \(item.board.number) heeft al een zaak voor \(item.schoolYear) in \(earlier.file):\(earlier.line(of: "bestuur.nummer")); een bestuur heeft één zaak per schooljaar, dus verbeter het nummer of het schooljaar, of voeg de twee bestanden samen."
                    ))
            } else {
                first[key] = item
            }
        }
        return result
    }

    static func reportTemplates(_ snapshot: ContentSnapshot, _ diagnostics: inout [Diagnostic]) -> [String: ReportTemplate] {
        var result: [String: ReportTemplate] = [:]
        for file in snapshot.files(under: "reports") where file.relativePath.hasSuffix(".md") {
            let name = String(file.relativePath.dropFirst("reports/".count).dropLast(3))
            guard !name.contains("/") else {
                diagnostics.append(
                    Diagnostic(
                        file: file.displayPath, line: 1, "report templates must be directly in reports/, not in a subfolder",
                        dutch: "Rapportsjablonen staan direct in reports/, niet in een submap."))
                continue
            }
            guard let document = FrontMatter.split(file, required: false, diagnostics: &diagnostics) else { continue }
            if document.body.isBlank {
                diagnostics.append(Diagnostic(file: file.displayPath, line: 1, "report template is empty", dutch: "Het rapportsjabloon is leeg."))
            }
            result[name] = ReportTemplate(name: name, source: document.body)
        }
        return result
    }

    static func freePages(_ snapshot: ContentSnapshot, _ diagnostics: inout [Diagnostic]) -> [FreePage] {
        var pages: [FreePage] = []
        for file in snapshot.files(under: "pages") where file.relativePath.hasSuffix(".md") {
            let slug = String(file.relativePath.dropFirst("pages/".count).dropLast(3))
            guard slug.range(of: "^[a-z0-9][a-z0-9-]*$", options: .regularExpression) != nil else {
                diagnostics.append(
                    Diagnostic(
                        file: file.displayPath, line: 1,
                        "page name '\(slug)' becomes its URL; use lower-case letters, digits and '-' only, directly in pages/",
                        dutch:
                            "De paginanaam '\(slug)' wordt het adres van de pagina; gebruik alleen kleine letters, cijfers en '-', direct in pages/.")
                )
                continue
            }
            guard !reservedSlugs.contains(slug) else {
                diagnostics.append(
                    Diagnostic(
                        file: file.displayPath, line: 1, "page '\(slug)' would clash with the site's own /\(slug)/; rename the file",
                        dutch: "Pagina '\(slug)' zou botsen met /\(slug)/ van de site zelf; geef het bestand een andere naam."))
                continue
            }
            guard let document = FrontMatter.split(file, required: false, diagnostics: &diagnostics) else { continue }
            var title: (value: String, line: Int)?
            if let mapping = document.fields?.mapping {
                let fields = Fields(mapping, file: file.displayPath, firstLine: document.yamlFirstLine, line: 1)
                fields.rejectUnknown(["titel"], in: Wording("a page", dutch: "een pagina"), &diagnostics)
                title = fields.text("titel", required: false, what: Wording("the page title", dutch: "de titel van de pagina"), &diagnostics)
            }
            var fromHeading = false
            if title == nil, let heading = firstHeading(document.body.text) {
                title = (heading.text, document.body.firstLine + heading.offset)
                fromHeading = true
            }
            guard let title else {
                diagnostics.append(
                    Diagnostic(
                        file: file.displayPath, line: 1, "page has no title; add 'titel:' in front matter or start with a '# Heading'",
                        dutch: "De pagina heeft geen titel; voeg 'titel:' toe in de front matter of begin met een kop '# Kop'."))
                continue
            }
            pages.append(FreePage(slug: slug, title: title.value, body: document.body, titleFromHeading: fromHeading, titleLine: title.line))
        }
        return pages.sorted { $0.slug < $1.slug }
    }

    /// The text of the first line, when it is an ATX heading of level 1, and its line offset.
    static func firstHeading(_ markdown: String) -> (text: String, offset: Int)? {
        for (offset, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop(while: { $0 == " " })
            guard !trimmed.allSatisfy(\.isWhitespace) else { continue }
            if trimmed.hasPrefix("# ") {
                let text = String(trimmed.dropFirst(2)).trimmed
                return text.isEmpty ? nil : (text, offset)
            }
            return nil
        }
        return nil
    }

    static func yearIntros(_ snapshot: ContentSnapshot, _ diagnostics: inout [Diagnostic]) -> [SchoolYear: MarkdownSource] {
        var result: [SchoolYear: MarkdownSource] = [:]
        for file in snapshot.files(under: "schooljaren") where file.relativePath.hasSuffix(".md") {
            let name = String(file.relativePath.dropFirst("schooljaren/".count).dropLast(3))
            guard let year = SchoolYear(name) else {
                diagnostics.append(
                    Diagnostic(
                        file: file.displayPath, line: 1, "'\(name)' is not a school year; name the file JJJJ-JJJJ.md, such as 2022-2023.md",
                        dutch: "'\(name)' is geen schooljaar; noem het bestand JJJJ-JJJJ.md, zoals 2022-2023.md."))
                continue
            }
            guard let document = FrontMatter.split(file, required: false, diagnostics: &diagnostics) else { continue }
            result[year] = document.body
        }
        return result
    }

    static func themeFiles(_ snapshot: ContentSnapshot, _ diagnostics: inout [Diagnostic]) -> [String: ThemeFile] {
        var result: [String: ThemeFile] = [:]
        for file in snapshot.files(under: "theme") {
            let name = String(file.relativePath.dropFirst("theme/".count))
            if name.hasSuffix(".mustache") {
                let template = String(name.dropLast(".mustache".count))
                guard BuiltinTheme.templates[template] != nil else {
                    let known = BuiltinTheme.templates.keys.sorted().joined(separator: ", ")
                    diagnostics.append(
                        Diagnostic(
                            file: file.displayPath, line: 1, "no built-in template is called '\(template)'; a theme can replace \(known)",
                            dutch: "Er is geen ingebouwd sjabloon '\(template)'; een thema kan deze vervangen: \(known)."))
                    continue
                }
                result[template] = ThemeFile(name: template, file: file.displayPath, text: file.text)
            } else if name == BuiltinTheme.stylesheetName {
                result[name] = ThemeFile(name: name, file: file.displayPath, text: file.text)
            } else {
                diagnostics.append(
                    Diagnostic(
                        file: file.displayPath, line: 1,
                        "a theme holds NAME.mustache templates and \(BuiltinTheme.stylesheetName); this file is not used",
                        dutch: "Een thema bevat sjablonen NAAM.mustache en \(BuiltinTheme.stylesheetName); dit bestand wordt niet gebruikt."))
            }
        }
        return result
    }
}
