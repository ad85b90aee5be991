import ArgumentParser
import Dispatch
import Foundation
import HerstelSite

/// Builds the site into a folder, atomically, for the web team to publish.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the public site from the content folder.")

    @Option(help: "The content folder.") var content = "Content"
    @Option(help: "The folder to write the site to; replaced as a whole when the build succeeds.") var output = "public"
    @Flag(help: "Build even when nothing changed since the last build.") var force = false
    @Flag(help: "Link every page to its index.html, so the copy opens and navigates from the file system (file://).")
    var offline = false

    func run() throws {
        let start = DispatchTime.now()
        let snapshot = ContentLoader.load(from: content)
        let fingerprint = BuildCache.fingerprint(snapshot, options: offline ? ["offline"] : [])
        let loaded = DispatchTime.now()
        if !force, BuildCache.isUpToDate(output: output, fingerprint: fingerprint) {
            SiteWriter.clearLeftovers(besides: output)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            print(
                "Up to date: nothing changed since the last build of \(output)/ (checked in \(String(format: "%.2f", seconds)) s; --force builds anyway)"
            )
            return
        }
        let built: BuiltSite
        let progress = ProgressLine.forStandardError()
        // The site goes into a staging folder a part at a time as it passes the privacy gate;
        // the folder is made at the first part, so content with errors touches nothing, and is
        // swapped in only when the whole site passed.
        var staging: SiteWriter.Staging? = nil
        let sink: Pipeline.Sink = { files in
            if staging == nil {
                switch SiteWriter.Staging.open(output: output, contentPath: content) {
                case .failure(let problems): return problems.first
                case .success(let opened): staging = opened
                }
            }
            return staging!.write(files)
        }
        switch Pipeline.build(
            consume snapshot, contentPath: content, options: Pipeline.Options(progress: progress?.draw, offline: offline), sink: sink)
        {
        case .failure(let diagnostics):
            staging?.discard()
            throw report(diagnostics)
        case .success(let site): built = site
        }
        tell(built.warnings)
        let rendered = DispatchTime.now()
        if staging == nil {
            // A site without files still replaces the output.
            switch SiteWriter.Staging.open(output: output, contentPath: content) {
            case .failure(let problems): throw report(problems)
            case .success(let opened): staging = opened
            }
        }
        let problems = staging?.commit(fingerprint: fingerprint) ?? []
        if ProcessInfo.processInfo.environment["HERSTELSITE_TIMINGS"] != nil {
            let load = Double(loaded.uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            let write = Double(DispatchTime.now().uptimeNanoseconds - rendered.uptimeNanoseconds) / 1e9
            FileHandle.standardError.write(
                Data("timings: load and fingerprint \(String(format: "%.3f", load)) s, swap \(String(format: "%.3f", write)) s\n".utf8))
        }
        guard problems.isEmpty else { throw report(problems) }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        let s = built.summary
        print(
            "Built \(s.schoolYears) school year\(s.schoolYears == 1 ? "" : "s"), \(s.boards) board\(s.boards == 1 ? "" : "s"), \(s.reports) report\(s.reports == 1 ? "" : "s") (\(s.files) files) into \(output)/ in \(String(format: "%.2f", seconds)) s"
        )
    }
}

/// Validates the content and runs the privacy gate without writing anything.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check the content and the privacy gate; writes nothing.")

    @Option(help: "The content folder.") var content = "Content"
    @Flag(help: "Also list every allowed exception (privacy.toegestaan) the site shows, where, and why: for the privacy officer.")
    var privacy = false

    func run() throws {
        let progress = ProgressLine.forStandardError()
        // Each part of the site is dropped once the gate has read it: a check holds little.
        let options = Pipeline.Options(progress: progress?.draw, locateAllowed: privacy)
        switch Pipeline.build(ContentLoader.load(from: content), contentPath: content, options: options, sink: { _ in nil }) {
        case .failure(let diagnostics): throw report(diagnostics)
        case .success(let site):
            tell(site.warnings)
            if privacy { print(PrivacyReport.text(site.allowedInUse), terminator: "") }
            let s = site.summary
            print(
                "OK: \(s.reports) published case\(s.reports == 1 ? "" : "s") of \(s.boards) board\(s.boards == 1 ? "" : "s") over \(s.schoolYears) school year\(s.schoolYears == 1 ? "" : "s"); the privacy gate found nothing."
            )
        }
    }
}
