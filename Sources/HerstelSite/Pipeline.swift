import Dispatch
import Foundation

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

        public init(drafts: Bool = false, progress: (@Sendable (BuildProgress?) -> Void)? = nil, locateAllowed: Bool = false) {
            self.drafts = drafts
            self.progress = progress
            self.locateAllowed = locateAllowed
        }
    }

    public static func build(contentPath: String, options: Options = Options()) -> Checked<BuiltSite> {
        build(ContentLoader.load(from: contentPath), contentPath: contentPath, options: options)
    }

    /// Takes the snapshot over, so the raw files are freed once they are checked.
    public static func build(_ snapshot: consuming ContentSnapshot, contentPath: String, options: Options = Options()) -> Checked<BuiltSite> {
        var clock = StageClock()
        let site: Site
        let meter = options.progress.map { ProgressMeter(report: $0) }
        defer {
            meter?.finish()
            clock.report()
        }
        let validated = SiteValidator.validate(snapshot, contentPath: contentPath, progress: meter)
        _ = consume snapshot
        switch validated {
        case .failure(let diagnostics): return .failure(diagnostics)
        case .success(let checked): site = checked
        }

        clock.lap("validate")
        // Every case is anonymised, published or not, so each template problem shows up now.
        meter?.begin(.anonymising, total: site.cases.count)
        let anonymised = Parallel.map(site.cases) { item -> (report: PublicReport?, diagnostics: [Diagnostic]) in
            defer { meter?.advance() }
            var diagnostics: [Diagnostic] = []
            let report = Anonymiser.report(for: item, in: site, &diagnostics)
            return (report, diagnostics)
        }
        // Validation anonymised every case too, so its warnings are these again: told once.
        let diagnostics = Array(Set(site.warnings + anonymised.flatMap(\.diagnostics))).sorted()
        let warnings = diagnostics.warnings
        guard warnings.count == diagnostics.count else { return .failure(diagnostics) }
        var reports: [Int: PublicReport] = [:]
        for (index, result) in anonymised.enumerated() {
            if let report = result.report { reports[index] = report }
        }

        clock.lap("anonymise")
        let visibleReports = options.drafts ? reports : reports.filter { site.cases[$0.key].isPublished }
        let renderer: SiteRenderer
        switch SiteRenderer.make(site: site, reports: visibleReports, drafts: options.drafts) {
        case .failure(let diagnostics): return .failure((diagnostics + warnings).sorted())
        case .success(let made): renderer = made
        }
        var built = renderer.render(progress: meter)
        built.warnings = Array(Set(warnings + built.warnings)).sorted()
        clock.lap("render")

        let verdict = PrivacyGate.scan(built.files, site: site, reports: visibleReports, locateAllowed: options.locateAllowed, progress: meter)
        clock.lap("gate")
        built.warnings = (built.warnings + verdict.warnings).sorted()
        guard verdict.problems.isEmpty else { return .failure((verdict.problems + built.warnings).sorted()) }
        built.allowedInUse = verdict.allowedInUse
        return .success(built)
    }
}

/// Wall time per stage, printed to standard error when HERSTELSITE_TIMINGS is set: for
/// profiling (bench/README.md), never part of any output.
struct StageClock {
    static let enabled = ProcessInfo.processInfo.environment["HERSTELSITE_TIMINGS"] != nil
    private var last = DispatchTime.now()
    private var laps: [(String, Double)] = []

    mutating func lap(_ stage: String) {
        guard StageClock.enabled else { return }
        let now = DispatchTime.now()
        laps.append((stage, Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e9))
        last = now
    }

    func report() {
        guard StageClock.enabled, !laps.isEmpty else { return }
        let text = laps.map { "\($0.0) \(String(format: "%.3f", $0.1)) s" }.joined(separator: ", ")
        FileHandle.standardError.write(Data("timings: \(text)\n".utf8))
    }
}
