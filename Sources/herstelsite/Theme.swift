import ArgumentParser
import Foundation
import HerstelSite

/// The built-in theme, for a web team that has only the binary.
struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme", abstract: "Work with the site's templates and stylesheet.", subcommands: [Export.self])

    /// Overriding a template means starting from the built-in one; this hands it over as files.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the built-in templates and stylesheet as files to start a theme from.",
            discussion:
                "Copy the files you change into Content/theme/; a template you leave out keeps its built-in version. docs/theme.md lists the values each template receives."
        )

        @Argument(help: "The folder to write to; made when missing, refused when not empty.") var folder: String
        @Flag(help: "Write into a folder that is not empty, replacing files of the same name; other files stay.") var force = false

        func run() throws {
            switch ThemeExport.write(to: folder, overwrite: force) {
            case .failed(let problems):
                tell(problems)
                throw ExitCode(1)
            case .written(let names):
                print(
                    "Wrote \(names.count) theme files into \(folder)/: \(names.joined(separator: ", ")). Put the ones you change in Content/theme/."
                )
            }
        }
    }
}
