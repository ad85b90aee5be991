import ArgumentParser
import HerstelSite

/// Preview for reviewers: builds, serves on 127.0.0.1, rebuilds when Content/ changes.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Preview the site locally, rebuilding when the content changes.")

    @Option(help: "The content folder.") var content = "Content"
    @Option(help: "The port to listen on.") var port = 8080
    @Option(help: "The address to bind; 127.0.0.1 keeps the preview on this machine.") var host = "127.0.0.1"
    @Flag(help: "Also show cases that are not published, marked as drafts.") var drafts = false

    func run() async throws {
        throw ExitCode(2)
    }
}
