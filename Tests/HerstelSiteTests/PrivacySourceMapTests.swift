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

/// Every message of the gate has its Dutch text for the preview's error page, beside the
/// English of the command line: a name, a private value, a forbidden term, an unused exception.
@Suite("Privacy gate: messages in Dutch")
struct PrivacyDutchMessageTests {
    @Test func everyMessageOfTheGateHasItsDutchText() throws {
        let files = PrivacySourceMapTests.content([
            "cases/noorderlicht.md": { $0 + "Gesprek met dhr. P. Bakker.\n\nMail j.jansen@noorderlicht.example.\n\nMet dank aan R. Pol.\n" },
            "site.yml": { $0.replacingOccurrences(of: "toegestaan: [\"088-6696060\"]", with: "toegestaan: [\"088-6696060\", \"030-1234567\"]") },
        ])
        guard case .failure(let diagnostics) = Pipeline.build(ContentSnapshot(files: files), contentPath: "Content") else {
            Issue.record("the build passed the gate")
            return
        }
        let gate = diagnostics.filter { $0.category == .privacy }
        func dutch(_ english: String) -> String? { gate.first { $0.message.hasPrefix(english) }?.dutch }
        #expect(
            dutch("name of a person 'dhr. P. Bakker'")?.hasPrefix(
                "Naam van een persoon 'dhr. P. Bakker' zou worden gepubliceerd in public/besturen/41234/2022-2023/index.html; anonimiseer de tekst")
                == true, "\(gate.map(\.previewText))")
        #expect(dutch("private data from 'intern.email'")?.hasPrefix("Privégegevens uit 'intern.email' van ") == true, "\(gate.map(\.previewText))")
        #expect(dutch("forbidden term 'R. Pol'")?.hasPrefix("Verboden term 'R. Pol' (privacy.verboden, ") == true, "\(gate.map(\.previewText))")
        #expect(dutch("privacy.toegestaan allows '030-1234567'")?.contains("komt nergens op de site voor") == true, "\(gate.map(\.previewText))")
        for diagnostic in gate {
            #expect(diagnostic.hasDutch && diagnostic.dutch != diagnostic.message && diagnostic.dutch!.hasSuffix("."), "\(diagnostic.message)")
        }
    }
}
