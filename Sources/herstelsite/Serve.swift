import ArgumentParser
import Foundation
import HerstelPreview
import HerstelSite
import Synchronization

/// Preview for reviewers: builds, serves on 127.0.0.1, rebuilds when Content/ changes.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Preview the site locally, rebuilding when the content changes.")

    @Option(help: "The content folder.") var content = "Content"
    @Option(help: "The port to listen on; 0 picks a free one.") var port = 8080
    @Option(help: "The address to bind; 127.0.0.1 keeps the preview on this machine.") var host = "127.0.0.1"
    @Flag(help: "Also show cases that are not published, marked as drafts.") var drafts = false
    @Option(help: "The earlier build that the page /_wijzigingen/ compares with.") var against = "public"

    func validate() throws {
        guard (0...65535).contains(port) else {
            throw ValidationError("--port must be between 0 and 65535.")
        }
    }

    func run() async throws {
        let configuration = PreviewServer.Configuration(
            contentPath: content, host: host, port: port, drafts: drafts, against: against)
        let drafts = self.drafts
        // Each warning once per change of its cause, not on every rebuild.
        let log = Mutex(WarningLog())
        if !["127.0.0.1", "::1", "localhost"].contains(host) {
            FileHandle.standardError.write(
                Data("warning: --host \(host) lets other machines see the preview\(drafts ? ", drafts included" : "").\n".utf8))
        }
        do {
            try await PreviewServer.run(configuration) { message in
                switch message {
                case .listening(let url):
                    say(
                        "Preview: \(url)\(drafts ? " (drafts shown)" : "") — rebuilt when \(configuration.contentPath)/ changes; Ctrl-C stops."
                    )
                    say("Changes against \(configuration.against)/: \(url)_wijzigingen/")
                case .built(let site, let seconds, let rebuild):
                    let warnings = log.withLock { $0.fresh(site.summary == nil ? site.diagnostics.warnings : site.warnings) }
                    describe(site, warnings: warnings, seconds: seconds, rebuild: rebuild)
                }
            }
        } catch let error as PreviewServer.StartError {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(1)
        }
        say("Preview stopped.")
    }
}

/// Straight to the file descriptor: print() is buffered when stdout is a pipe, and
/// whoever started the preview waits for the URL line.
private func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

private func describe(_ site: PreviewSite, warnings: (new: [Diagnostic], unchanged: Int), seconds: Double, rebuild: Bool) {
    let time = String(format: "%.2f", seconds)
    for warning in warnings.new { FileHandle.standardError.write(Data((warning.description + "\n").utf8)) }
    let unchanged = warnings.unchanged > 0 ? "; \(warnings.unchanged) warning\(warnings.unchanged == 1 ? "" : "s") as before, not repeated" : ""
    guard let s = site.summary else {
        for diagnostic in site.diagnostics where diagnostic.isError {
            FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
        }
        let count = site.diagnostics.errors.count
        FileHandle.standardError.write(
            Data("\(site.diagnostics.tally); the preview shows \(count == 1 ? "the error" : "the errors") until fixed\(unchanged).\n".utf8))
        return
    }
    let drafts = s.drafts > 0 ? " and \(s.drafts) draft\(s.drafts == 1 ? "" : "s")" : ""
    say(
        "\(rebuild ? "Rebuilt" : "Built"): \(s.reports - s.drafts) published case\(s.reports - s.drafts == 1 ? "" : "s")\(drafts), \(s.files) files, in \(time) s\(unchanged)."
    )
}
