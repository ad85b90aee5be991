import Foundation

/// Writes the built-in theme as files a designer can start from (`herstelsite theme export`):
/// every template and the stylesheet, byte for byte what a build uses. Copied into
/// `Content/theme/`, they build the same site; changed, they replace the built-in ones.
public enum ThemeExport {
    /// The names of the files written, or the problems that stopped it.
    public enum Outcome: Sendable {
        case written([String])
        case failed([Diagnostic])
    }

    /// Writes into `folder`, made when missing. A folder that already holds something is
    /// refused, so an export never mixes with or replaces someone's work by accident;
    /// with `overwrite`, files of the same name are replaced and any other file is left alone.
    public static func write(to folder: String, overwrite: Bool) -> Outcome {
        let fm = FileManager.default
        let url = URL(fileURLWithPath: folder)
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: url.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                return .failed([
                    Diagnostic(
                        file: folder, line: 0, "is a file, not a folder; give a new or empty folder to export the theme into",
                        dutch: "Dit is een bestand, geen map; geef een nieuwe of lege map om het thema in te zetten.")
                ])
            }
            let present: [String]
            do {
                present = try fm.contentsOfDirectory(atPath: url.path)
            } catch {
                return .failed([
                    Diagnostic(
                        file: folder, line: 0, "cannot read this folder: \(error.localizedDescription)",
                        dutch: "Deze map is niet te lezen (systeemmelding: \(error.localizedDescription)).")
                ])
            }
            if !present.isEmpty, !overwrite {
                return .failed([
                    Diagnostic(
                        file: folder, line: 0,
                        "folder is not empty; export into a new or empty folder, or pass --force to replace the theme's files in it (other files stay)",
                        dutch:
                            "De map is niet leeg; zet het thema in een nieuwe of lege map, of geef --force mee om de themabestanden erin te vervangen (andere bestanden blijven staan)."
                    )
                ])
            }
        }
        do {
            try fm.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            return .failed([
                Diagnostic(
                    file: folder, line: 0, "cannot create this folder: \(error.localizedDescription)",
                    dutch: "Deze map kan niet worden gemaakt (systeemmelding: \(error.localizedDescription)).")
            ])
        }
        var written: [String] = []
        var problems: [Diagnostic] = []
        for (name, text) in BuiltinTheme.overridableFiles.sorted(by: { $0.key < $1.key }) {
            let file = url.appendingPathComponent(name)
            do {
                try Data(text.utf8).write(to: file, options: .atomic)
                written.append(name)
            } catch {
                problems.append(
                    Diagnostic(
                        file: file.path, line: 1, "cannot write this file: \(error.localizedDescription)",
                        dutch: "Dit bestand kan niet worden geschreven (systeemmelding: \(error.localizedDescription))."))
            }
        }
        return problems.isEmpty ? .written(written) : .failed(problems)
    }
}
