import ArgumentParser
import Foundation
import HerstelSite

/// herstelsite: builds the public list of herstelopdrachten from Content/.
struct Root: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "herstelsite",
        abstract: "Builds the public list of school boards that received a herstelopdracht.",
        version: Version.line,
        subcommands: [Build.self, Check.self, Changes.self, Serve.self, Verify.self, ThemeCommand.self]
    )
}

/// Prints diagnostics compiler style, all at once, and gives the exit status for them; for a
/// command that writes nothing (`changes`), so the last line does not say "nothing was written".
func report(_ diagnostics: [Diagnostic]) -> ExitCode {
    tell(diagnostics)
    FileHandle.standardError.write(Data("\(diagnostics.tally).\n".utf8))
    return ExitCode(1)
}

/// Prints diagnostics (warnings of a build that went on) to standard error, one per line.
func tell(_ diagnostics: [Diagnostic]) {
    guard !diagnostics.isEmpty else { return }
    FileHandle.standardError.write(Data(diagnostics.map { $0.description + "\n" }.joined().utf8))
}

@main
enum Main {
    static func main() async {
        do {
            var command = try Root.parseAsRoot()
            if var async = command as? AsyncParsableCommand {
                try await async.run()
            } else {
                try command.run()
            }
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch {
            let code = Root.exitCode(for: error)
            let message = Root.fullMessage(for: error)
            if code == .success {
                print(message)
                exit(0)
            }
            FileHandle.standardError.write(Data((message + "\n").utf8))
            // Wrong usage is status 2, as SPEC §4 asks, whatever the parser would choose.
            exit(2)
        }
    }
}
