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
    @Option(help: "How to tell the outcome: text, or json (one document on standard output, for CI and editors).")
    var format: OutputFormat = .text
    @Option(
        name: .customLong("base-url"),
        help: "Build for this address instead of site.yml's basis-url (a staging copy): canonical links, feed, sitemaps and DiWoo use it.")
    var baseURL: String?

    func validate() throws {
        if let baseURL, Settings.checkedBaseURL(baseURL) == nil {
            throw ValidationError(
                "--base-url must be an absolute http(s) URL such as https://staging.example.org/herstelopdrachten/, not '\(baseURL)'")
        }
    }

    func run() throws {
        let outcome = Outcome(format: format, command: "build", writes: true)
        let progress = format == .text ? ProgressLine.forStandardError() : nil
        let options = Pipeline.Options(progress: progress?.draw, offline: offline, baseURL: baseURL.flatMap(Settings.checkedBaseURL))
        switch Pipeline.publish(content: content, output: output, options: options, force: force) {
        case .failed(let diagnostics): throw outcome.failed(diagnostics)
        case .upToDate(let seconds):
            outcome.succeeded(
                [], site: nil,
                text:
                    "Up to date: nothing changed since the last build of \(output)/ (checked in \(String(format: "%.2f", seconds)) s; --force builds anyway)",
                upToDate: true)
        case .published(let built, let seconds):
            let s = built.summary
            outcome.succeeded(
                built.warnings, site: s,
                text:
                    "Built \(s.schoolYears) school year\(s.schoolYears == 1 ? "" : "s"), \(s.boards) board\(s.boards == 1 ? "" : "s"), \(s.reports) report\(s.reports == 1 ? "" : "s") (\(s.files) files) into \(output)/ in \(String(format: "%.2f", seconds)) s"
            )
        }
    }
}

/// Validates the content and runs the privacy gate without writing anything.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check the content and the privacy gate; writes nothing.")

    @Option(help: "The content folder.") var content = "Content"
    @Flag(help: "Also list every allowed exception (privacy.toegestaan) the site shows, where, and why: for the privacy officer.")
    var privacy = false
    @Option(help: "How to tell the outcome: text, or json (one document on standard output, for CI and editors).")
    var format: OutputFormat = .text

    func validate() throws {
        if privacy, format == .json { throw ValidationError("--privacy lists its report as text; leave out --format json for it") }
    }

    func run() throws {
        let outcome = Outcome(format: format, command: "check", writes: false)
        let progress = format == .text ? ProgressLine.forStandardError() : nil
        // Each part of the site is dropped once the gate has read it: a check holds little.
        let options = Pipeline.Options(progress: progress?.draw, locateAllowed: privacy)
        switch Pipeline.check(content: content, options: options) {
        case .failure(let diagnostics): throw outcome.failed(diagnostics)
        case .success(let site):
            if privacy {
                tell(site.warnings)
                print(PrivacyReport.text(site.allowedInUse), terminator: "")
            }
            let s = site.summary
            outcome.succeeded(
                privacy ? [] : site.warnings, site: s,
                text:
                    "OK: \(s.reports) published case\(s.reports == 1 ? "" : "s") of \(s.boards) board\(s.boards == 1 ? "" : "s") over \(s.schoolYears) school year\(s.schoolYears == 1 ? "" : "s"); the privacy gate found nothing."
            )
        }
    }
}
