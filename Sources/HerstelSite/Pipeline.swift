import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The build as one pipeline (docs/architecture.md): load → validate → anonymise → render → gate.
/// Every stage takes a value and returns a value or diagnostics; only `load` reads files.
public enum Pipeline {
    public struct Options: Sendable {
        /// Preview mode: unpublished cases are rendered too, marked as drafts.
        public var drafts: Bool
        /// Told how far each stage is, from any thread, at most about ten times a second, and
        /// nil when a stage is done; for showing progress on a terminal (SPEC §4).
        public var progress: (@Sendable (BuildProgress?) -> Void)?
        /// Name the source lines of every allowed exception in use (`check --privacy`); costs
        /// a pass over all sources, so only when asked.
        public var locateAllowed: Bool
        /// `build --offline` (SPEC §3): every link to a folder goes to its index.html, so the
        /// copy navigates from the file system.
        public var offline: Bool
        /// `build --base-url` (SPEC §4): the site is built for this address instead of site.yml's
        /// `basis-url` (a staging copy); checked and ending in "/" (`Settings.checkedBaseURL`).
        public var baseURL: String?

        public init(
            drafts: Bool = false, progress: (@Sendable (BuildProgress?) -> Void)? = nil, locateAllowed: Bool = false, offline: Bool = false,
            baseURL: String? = nil
        ) {
            self.drafts = drafts
            self.progress = progress
            self.locateAllowed = locateAllowed
            self.offline = offline
            self.baseURL = baseURL
        }
    }

    public static func build(contentPath: String, options: Options = Options()) -> Checked<BuiltSite> {
        build(ContentLoader.load(from: contentPath), contentPath: contentPath, options: options)
    }

    /// Takes the snapshot over, so the raw files are freed once they are checked.
    public static func build(_ snapshot: consuming ContentSnapshot, contentPath: String, options: Options = Options()) -> Checked<BuiltSite> {
        var memo: Memo? = nil
        return build(snapshot, contentPath: contentPath, options: options, memo: &memo)
    }

    /// What one build keeps for the next (the preview keeps it between builds, so an edit to
    /// one case rebuilds little more than that case's pages): each stage's own memo, opaque
    /// here and to the preview, which only holds it. Every entry of a stage's memo is used
    /// only when its inputs equal the new ones, so a build with a memo writes exactly what a
    /// build without one writes (IncrementalBuildTests checks this after random edits).
    public struct Memo: Sendable {
        var validate = SiteValidator.Memo()
        var anonymise = Anonymiser.Memo()
        var render = SiteRenderer.Memo()
        var gate = PrivacyGate.Memo()

        public init() {}
    }

    /// Takes each part of the site once it has passed the privacy gate; returns a problem to
    /// stop the build. The write stage's staging folder is one (`SiteWriter.Staging`).
    public typealias Sink = ([OutputFile]) -> Diagnostic?

    /// How many pieces of work (mostly pages) are rendered and scanned together when the site
    /// goes to a sink: enough to keep both cores busy, few enough to hold little.
    static let partSize = 512

    /// The same, giving the site to `sink` a part at a time as it passes the gate, so the
    /// whole site is never in memory: the returned site has a summary but no files. The sink
    /// gets nothing after the gate found a problem, and the build fails with every problem.
    public static func build(_ snapshot: consuming ContentSnapshot, contentPath: String, options: Options = Options(), sink: @escaping Sink)
        -> Checked<BuiltSite>
    {
        var memo: Memo? = nil
        return build(snapshot, contentPath: contentPath, options: options, memo: &memo, sink: sink)
    }

    /// The same, reusing what the last build worked out, and with what the next build may
    /// reuse; the preview builds this way. Each stage takes its own memo and gives the next
    /// by value; only the pipeline puts them together.
    public static func build(
        _ snapshot: consuming ContentSnapshot, contentPath: String, options: Options = Options(), reusing earlier: Memo
    ) -> (site: Checked<BuiltSite>, memo: Memo) {
        var memo: Memo? = earlier
        let site = build(snapshot, contentPath: contentPath, options: options, memo: &memo)
        return (site, memo ?? earlier)
    }

    /// The stages in order; `memo` nil for a build that keeps nothing.
    static func build(
        _ snapshot: consuming ContentSnapshot, contentPath: String, options: Options = Options(), memo: inout Memo?,
        sink: Sink? = nil
    ) -> Checked<BuiltSite> {
        var clock = StageClock()
        let meter = options.progress.map { ProgressMeter(report: $0) }
        defer {
            meter?.finish()
            clock.report()
        }
        var anonymised: AnonymisedSite
        switch check(snapshot, contentPath: contentPath, meter: meter, clock: &clock, memo: &memo) {
        case .failure(let diagnostics): return .failure(diagnostics)
        case .success(let checked): anonymised = checked
        }
        if let baseURL = options.baseURL { anonymised.site.settings.rebase(to: baseURL) }
        let warnings = anonymised.site.warnings

        let renderer: SiteRenderer
        switch SiteRenderer.make(anonymised, drafts: options.drafts, offline: options.offline, memo: memo?.render) {
        case .failure(let diagnostics): return .failure((diagnostics + warnings).limitedPerFile())
        case .success(let made): renderer = made
        }
        var built: BuiltSite
        let verdict: PrivacyGate.Verdict
        var sinkProblem: Diagnostic? = nil
        if let sink {
            (built, verdict, sinkProblem) = streamed(renderer, anonymised, options: options, meter: meter, into: sink)
            clock.lap("render, gate and write")
        } else {
            built = renderer.render(progress: meter)
            if memo != nil { memo?.render = renderer.memo }
            clock.lap("render")
            let next: PrivacyGate.Memo?
            (verdict, next) = PrivacyGate.scan(
                built.files, site: anonymised, drafts: options.drafts, locateAllowed: options.locateAllowed, progress: meter,
                reusing: memo?.gate)
            if let next { memo?.gate = next }
            clock.lap("gate")
        }
        // Every kind of diagnostic at most `maximumPerFile` per file, whichever stage found it.
        built.warnings = (warnings + built.warnings + verdict.warnings.map { $0.inCategory(.privacy) }).limitedPerFile()
        guard verdict.problems.isEmpty else {
            return .failure((verdict.problems.map { $0.inCategory(.privacy) } + built.warnings).limitedPerFile())
        }
        built.allowedInUse = verdict.allowedInUse
        if let problem = sinkProblem { return .failure([problem.inCategory(.output)] + built.warnings) }
        return .success(built)
    }

    /// Render and gate a part at a time, each part into the sink while the gate has found
    /// nothing; with what stopped the sink from taking a part, if anything did.
    static func streamed(
        _ renderer: SiteRenderer, _ anonymised: AnonymisedSite, options: Options, meter: ProgressMeter?, into sink: Sink
    ) -> (BuiltSite, PrivacyGate.Verdict, Diagnostic?) {
        let layout = renderer.layout()
        let scanner = PrivacyGate.Scanner(anonymised, drafts: options.drafts)
        meter?.begin(.rendering, total: layout.jobs.count)
        var scans: [PrivacyGate.FileScan] = []
        var warnings = Set<Diagnostic>()
        var files = 0
        var gateFound = false
        var sinkProblem: Diagnostic? = nil
        // The open data alone first and the big list pages next, so the largest files are not
        // in memory together; then the pages `partSize` at a time.
        let large = 2 + layout.years.count
        let starts = [0, 1] + Array(stride(from: large, to: layout.jobs.count, by: partSize))
        for (index, start) in starts.enumerated() where start < layout.jobs.count {
            let end = index + 1 < starts.count ? starts[index + 1] : layout.jobs.count
            let part = renderer.render(layout.jobs[start..<end], of: layout, progress: meter)
            let partScans = scanner.scan(part.files)
            gateFound = gateFound || partScans.contains { !$0.hits.isEmpty }
            if !gateFound, sinkProblem == nil { sinkProblem = sink(part.files) }
            scans += partScans
            warnings.formUnion(part.warnings)
            files += part.files.count
        }
        let built = BuiltSite(files: [], summary: renderer.summary(layout, files: files), warnings: warnings.sorted())
        return (built, scanner.verdict(scans, locateAllowed: options.locateAllowed), sinkProblem)
    }

    /// Validate and anonymise: the checked site with every case's public report, or every
    /// problem of both stages at once. Every case is anonymised, published or not, so each
    /// placeholder problem shows up now; its warnings are in `site.warnings`.
    public static func check(_ snapshot: consuming ContentSnapshot, contentPath: String) -> Checked<AnonymisedSite> {
        var clock = StageClock()
        var memo: Memo? = nil
        return check(snapshot, contentPath: contentPath, meter: nil, clock: &clock, memo: &memo)
    }

    static func check(
        _ snapshot: consuming ContentSnapshot, contentPath: String, meter: ProgressMeter?, clock: inout StageClock,
        memo: inout Memo?
    ) -> Checked<AnonymisedSite> {
        let validated = SiteValidator.validate(snapshot, contentPath: contentPath, progress: meter, reusing: memo?.validate)
        _ = consume snapshot
        clock.lap("validate")
        let anonymised = Anonymiser.anonymise(
            validated.cases, templates: validated.templates, settings: validated.settings, progress: meter, reusing: memo?.anonymise)
        clock.lap("anonymise")
        if let next = validated.memo { memo?.validate = next }
        if let next = anonymised.memo { memo?.anonymise = next }
        let diagnostics = Array(Set(validated.diagnostics + anonymised.diagnostics)).sorted()
        guard !diagnostics.contains(where: \.isError), var site = validated.site else { return .failure(diagnostics.limitedPerFile()) }
        // Limited once the later stages have added theirs (`build`).
        site.warnings = diagnostics
        return .success(AnonymisedSite(site: site, cases: anonymised.cases))
    }
}

/// Wall time per stage, printed to standard error when HERSTELSITE_TIMINGS is set: for
/// profiling (bench/README.md), never part of any output.
struct StageClock {
    static let enabled = ProcessInfo.processInfo.environment["HERSTELSITE_TIMINGS"] != nil
    private var last = DispatchTime.now()
    private var laps: [(String, Double, Int)] = []

    mutating func lap(_ stage: String) {
        guard StageClock.enabled else { return }
        let now = DispatchTime.now()
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        laps.append((stage, Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e9, usage.ru_maxrss / 1024))
        last = now
    }

    /// Each stage's wall time, and the peak memory (resident set) the process reached by its end.
    func report() {
        guard StageClock.enabled, !laps.isEmpty else { return }
        let text = laps.map { "\($0.0) \(String(format: "%.3f", $0.1)) s (peak \($0.2) MB)" }.joined(separator: ", ")
        FileHandle.standardError.write(Data("timings: \(text)\n".utf8))
    }
}
