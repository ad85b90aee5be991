import Foundation
import Testing

@testable import HerstelSite

/// The gate names the source line of what it finds, also for text that a body's `@rapport@`
/// line inserted from a template no other case uses directly: the template's own line.
@Suite("Privacy gate: where inserted text was written")
struct PrivacySourceMapTests {
    /// The `minimal` fixture in memory, with `edit` applied to the named files' texts.
    static func content(_ edits: [String: (String) -> String]) -> [SourceFile] {
        let root = Support.fixtures.appendingPathComponent("minimal")
        let paths = (FileManager.default.subpaths(atPath: root.path) ?? []).filter { $0.hasSuffix(".md") || $0.hasSuffix(".yml") }
        return paths.sorted().map { path in
            let text = Support.text(root.appendingPathComponent(path))
            return SourceFile(relativePath: path, displayPath: "Content/" + path, text: edits[path].map { $0(text) } ?? text)
        }
    }

    @Test func aFindingInATemplateInsertedByRapportIsNamedAtTheTemplatesLine() throws {
        // noorderlicht (status voldaan) keeps its template through @rapport@; no other case uses
        // reports/voldaan.md directly (zuiderzon has its own text).
        let files = Self.content([
            "cases/noorderlicht.md": { $0 + "Inleiding van het bestuur.\n\n@rapport@\n\nSlot van het bestuur.\n" },
            "reports/voldaan.md": { $0 + "\nContact: dhr. P. Bakker.\n" },
        ])
        let template = try #require(files.first { $0.relativePath == "reports/voldaan.md" })
        let line = template.text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("Contact:") }! + 1
        guard case .failure(let diagnostics) = Pipeline.build(ContentSnapshot(files: files), contentPath: "Content") else {
            Issue.record("the build passed the gate")
            return
        }
        let names = diagnostics.filter { $0.message.contains("dhr. P. Bakker") }
        #expect(names.map { "\($0.location.file):\($0.location.line)" } == ["Content/reports/voldaan.md:\(line)"], "\(diagnostics.map(\.message))")
    }
}
