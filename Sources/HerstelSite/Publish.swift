import Dispatch
import Foundation

/// What `Pipeline.publish` did: the typed outcome the executable turns into a message and an
/// exit status.
public enum Publication: Sendable {
    /// Nothing changed since the last build into the output (same content, options and
    /// binary); the output was left as it is.
    case upToDate(seconds: Double)
    /// The new site replaced the output as a whole.
    case published(BuiltSite, seconds: Double)
    /// The output was left as it was; every problem found, warnings included.
    case failed([Diagnostic])
}

extension Pipeline {
    /// The whole build, both ends included (SPEC §4): loads the content, sees whether the
    /// last build into `output` was of the same content (unless `force`), builds, and writes
    /// the site a part at a time into a staging folder as each part passes the privacy gate,
    /// swapping it in only when the whole site passed. Content with errors touches nothing.
    public static func publish(content: String, output: String, options: Options = Options(), force: Bool = false) -> Publication {
        let start = DispatchTime.now()
        let snapshot = ContentLoader.load(from: content)
        let fingerprint = BuildCache.fingerprint(snapshot, options: options.fingerprintOptions)
        let loaded = DispatchTime.now()
        if !force, BuildCache.isUpToDate(output: output, fingerprint: fingerprint) {
            SiteWriter.clearLeftovers(besides: output)
            return .upToDate(seconds: seconds(since: start))
        }
        // The staging folder is made at the first part that passed the gate.
        var staging: SiteWriter.Staging? = nil
        let sink: Sink = { files in
            if staging == nil {
                switch SiteWriter.Staging.open(output: output, contentPath: content) {
                case .failure(let problems): return problems.first
                case .success(let opened): staging = opened
                }
            }
            return staging!.write(files)
        }
        let built: BuiltSite
        switch build(consume snapshot, contentPath: content, options: options, sink: sink) {
        case .failure(let diagnostics):
            staging?.discard()
            return .failed(diagnostics)
        case .success(let site): built = site
        }
        let rendered = DispatchTime.now()
        if staging == nil {
            // A site without files still replaces the output.
            switch SiteWriter.Staging.open(output: output, contentPath: content) {
            case .failure(let problems): return .failed(problems.map { $0.inCategory(.output) } + built.warnings)
            case .success(let opened): staging = opened
            }
        }
        let problems = staging?.commit(fingerprint: fingerprint) ?? []
        if StageClock.enabled {
            FileHandle.standardError.write(
                Data(
                    "timings: load and fingerprint \(String(format: "%.3f", seconds(from: start, to: loaded))) s, swap \(String(format: "%.3f", seconds(since: rendered))) s\n"
                        .utf8))
        }
        guard problems.isEmpty else { return .failed(problems.map { $0.inCategory(.output) } + built.warnings) }
        return .published(built, seconds: seconds(since: start))
    }

    /// Everything a build does but writing (`herstelsite check`): each part of the site is
    /// dropped once the gate has read it, so a check holds little.
    public static func check(content: String, options: Options = Options()) -> Checked<BuiltSite> {
        build(ContentLoader.load(from: content), contentPath: content, options: options, sink: { _ in nil })
    }

    private static func seconds(since start: DispatchTime) -> Double { seconds(from: start, to: DispatchTime.now()) }

    private static func seconds(from start: DispatchTime, to end: DispatchTime) -> Double {
        Double(end.uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}

extension Pipeline.Options {
    /// The options that change what a build writes, for the fingerprint of the output: a
    /// build with other ones is never "up to date".
    var fingerprintOptions: [String] { (offline ? ["offline"] : []) + (baseURL.map { ["base-url \($0)"] } ?? []) }
}
