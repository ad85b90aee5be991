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
        var memo: BuildMemo? = nil
        return build(snapshot, contentPath: contentPath, options: options, memo: &memo)
    }

    /// The same, reusing what the last build worked out (`BuildMemo`) and leaving in `memo`
    /// what this one did; the preview builds this way.
    public static func build(
        _ snapshot: consuming ContentSnapshot, contentPath: String, options: Options = Options(), memo: inout BuildMemo?
    ) -> Checked<BuiltSite> {
        var clock = StageClock()
        let meter = options.progress.map { ProgressMeter(report: $0) }
        defer {
            meter?.finish()
            clock.report()
        }
        let anonymised: AnonymisedSite
        switch check(snapshot, contentPath: contentPath, meter: meter, clock: &clock, memo: &memo) {
        case .failure(let diagnostics): return .failure(diagnostics)
        case .success(let checked): anonymised = checked
        }
        let warnings = anonymised.site.warnings

        let renderer: SiteRenderer
        switch SiteRenderer.make(anonymised, drafts: options.drafts, memo: memo) {
        case .failure(let diagnostics): return .failure((diagnostics + warnings).sorted())
        case .success(let made): renderer = made
        }
        var built = renderer.render(progress: meter, memo: &memo)
        built.warnings = Array(Set(warnings + built.warnings)).sorted()
        clock.lap("render")

        let verdict = PrivacyGate.scan(
            built.files, site: anonymised, drafts: options.drafts, locateAllowed: options.locateAllowed, progress: meter, memo: &memo)
        clock.lap("gate")
        built.warnings = (built.warnings + verdict.warnings).sorted()
        guard verdict.problems.isEmpty else { return .failure((verdict.problems + built.warnings).sorted()) }
        built.allowedInUse = verdict.allowedInUse
        return .success(built)
    }

    /// Validate and anonymise: the checked site with every case's public report, or every
    /// problem of both stages at once. Every case is anonymised, published or not, so each
    /// placeholder problem shows up now; its warnings are in `site.warnings`.
    public static func check(_ snapshot: consuming ContentSnapshot, contentPath: String) -> Checked<AnonymisedSite> {
        var clock = StageClock()
        var memo: BuildMemo? = nil
        return check(snapshot, contentPath: contentPath, meter: nil, clock: &clock, memo: &memo)
    }

    static func check(
        _ snapshot: consuming ContentSnapshot, contentPath: String, meter: ProgressMeter?, clock: inout StageClock,
        memo: inout BuildMemo?
    ) -> Checked<AnonymisedSite> {
        let validated = SiteValidator.validate(snapshot, contentPath: contentPath, progress: meter, memo: &memo)
        _ = consume snapshot
        clock.lap("validate")
        let anonymised = Anonymiser.anonymise(
            validated.cases, templates: validated.templates, settings: validated.settings, progress: meter, memo: &memo)
        clock.lap("anonymise")
        let diagnostics = SiteValidator.limited(Array(Set(validated.diagnostics + anonymised.diagnostics)).sorted())
        guard !diagnostics.contains(where: \.isError), var site = validated.site else { return .failure(diagnostics) }
        site.warnings = diagnostics
        return .success(AnonymisedSite(site: site, cases: anonymised.cases))
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
