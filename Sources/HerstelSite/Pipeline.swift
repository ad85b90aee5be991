/// The build as one pipeline (STYLE.md): load → validate → anonymise → render → gate.
/// Every stage takes a value and returns a value or diagnostics; only `load` reads files.
public enum Pipeline {
    public struct Options: Sendable {
        /// Preview mode: unpublished cases are rendered too, marked as drafts.
        public var drafts: Bool

        public init(drafts: Bool = false) { self.drafts = drafts }
    }

    public static func build(contentPath: String, options: Options = Options()) -> Checked<BuiltSite> {
        build(ContentLoader.load(from: contentPath), contentPath: contentPath, options: options)
    }

    public static func build(_ snapshot: ContentSnapshot, contentPath: String, options: Options = Options()) -> Checked<BuiltSite> {
        let site: Site
        switch SiteValidator.validate(snapshot, contentPath: contentPath) {
        case .failure(let diagnostics): return .failure(diagnostics)
        case .success(let checked): site = checked
        }

        // Every case is anonymised, published or not, so each template problem shows up now.
        let anonymised = Parallel.map(site.cases) { item -> (report: PublicReport?, diagnostics: [Diagnostic]) in
            var diagnostics: [Diagnostic] = []
            let report = Anonymiser.report(for: item, in: site, &diagnostics)
            return (report, diagnostics)
        }
        let diagnostics = anonymised.flatMap(\.diagnostics)
        guard diagnostics.isEmpty else { return .failure(Array(Set(diagnostics)).sorted()) }
        var reports: [Int: PublicReport] = [:]
        for (index, result) in anonymised.enumerated() {
            if let report = result.report { reports[index] = report }
        }

        let visibleReports = options.drafts ? reports : reports.filter { site.cases[$0.key].isPublished }
        let renderer: SiteRenderer
        switch SiteRenderer.make(site: site, reports: visibleReports, drafts: options.drafts) {
        case .failure(let diagnostics): return .failure(diagnostics)
        case .success(let made): renderer = made
        }
        let built = renderer.render()

        let problems = PrivacyGate.scan(built.files, site: site, reports: visibleReports)
        guard problems.isEmpty else { return .failure(problems) }
        return .success(built)
    }
}
