import Foundation
import Testing

@testable import HerstelPreview
@testable import HerstelSite

/// `serve` prints each warning once per change of its cause, not on every rebuild; the
/// preview's error page speaks Dutch to reviewers.
@Suite("Preview: warnings once, Dutch to reviewers")
struct ServeWarningTests {
    static func warning(_ file: String, _ line: Int, _ message: String) -> Diagnostic {
        Diagnostic(file: file, line: line, message, dutch: "Nederlands: " + message, severity: .warning)
    }

    @Test func aWarningIsToldWhenItsCauseAppearsOrChanges() {
        var log = WarningLog()
        let a = Self.warning("cases/a.md", 3, "raw HTML `<b>` is not published")
        let b = Self.warning("cases/b.md", 5, "raw HTML `<i>` is not published")
        #expect(log.fresh([a, b]) == ([a, b], 0))
        #expect(log.fresh([a, b]) == ([], 2))
        // The cause moves to another line: a new warning.
        let moved = Self.warning("cases/a.md", 4, a.message)
        #expect(log.fresh([moved, b]) == ([moved], 1))
        // Fixed, then back: told again.
        #expect(log.fresh([b]) == ([], 1))
        #expect(log.fresh([moved, b]) == ([moved], 1))
    }

    @Test func theErrorPageNamesEachProblemInDutch() {
        let html = ErrorPage.html(
            [
                Diagnostic(file: "Content/cases/x.md", line: 7, "'status' is empty", dutch: "'status' is leeg."),
                Diagnostic(file: "Content/cases/2023", line: 0, "cannot read this folder", dutch: "Deze map is niet te lezen."),
                Diagnostic(file: "Content/site.yml", line: 2, "unknown field", dutch: "Onbekend veld.", category: .settings),
            ], generation: "g")
        #expect(
            html.contains(
                "<li><span class=\"soort\">Inhoud, fout:</span> <code>Content/cases/x.md:7</code> <span class=\"melding\">&apos;status&apos; is leeg.</span></li>"
            ), "\(html)")
        #expect(html.contains("<code>Content/cases/2023</code>"))
        #expect(!html.contains("2023:0"))
        #expect(html.contains("Instellingen (site.yml), fout:"))
        #expect(!html.contains("lang=\"en\""))
        #expect(!html.contains("is empty") && !html.contains("cannot read") && !html.contains("nog niet vertaald"))
        #expect(html.contains("<code>herstelsite check</code> geeft dezelfde meldingen in het Engels"))
    }

    /// A stage not yet translated (the privacy gate, for now) still says something: its English,
    /// marked as English for screen readers and as not yet translated for the reader.
    @Test func aMessageWithoutDutchIsShownInEnglishMarkedAsSuch() {
        var english = Diagnostic(
            file: "Content/cases/x.md", line: 3, "a name would be published in the report", dutch: "", category: .privacy)
        var none = english
        none.dutch = nil
        none.location.line = 4
        english.dutch = ""
        let html = ErrorPage.html([english, none], generation: "g")
        #expect(
            html.contains(
                "<code>Content/cases/x.md:3</code> <span class=\"melding\" lang=\"en\">a name would be published in the report</span> <span class=\"onvertaald\">(nog niet vertaald)</span>"
            ), "\(html)")
        #expect(html.contains("<code>Content/cases/x.md:4</code> <span class=\"melding\" lang=\"en\">a name would be published"))
        #expect(html.contains("staat er in het Engels, gemarkeerd met ‘nog niet vertaald’"))
        #expect(!html.contains("<span class=\"melding\"></span>"))
    }

    /// The real preview: a rebuild that leaves the warnings as they were prints none of them
    /// again; a new cause is printed once.
    @Test func aRebuildDoesNotRepeatTheWarnings() async throws {
        let server = try PreviewProcess(fixture: "warnings-removed")
        defer { server.kill() }
        let first = "cases/noorderlicht.md:20: warning: link target `javascript:alert(1)`"
        try await eventually { server.errors.contains(first) }
        try server.edit("cases/oostwind.md") { $0 + "Een eerste eigen zin.\n" }
        try await eventually { server.output.contains("Rebuilt") }
        #expect(server.output.contains("as before, not repeated"), "\(server.output)")
        try server.edit("cases/oostwind.md") { $0 + "Met <b>vet</b>.\n" }
        try await eventually { server.errors.contains("cases/oostwind.md:16: warning: raw HTML `<b>`") }
        try server.edit("cases/oostwind.md") { $0 + "Nog een zin.\n" }
        try await eventually { server.output.components(separatedBy: "Rebuilt").count == 4 }
        let errors = server.errors.replacingOccurrences(of: server.content.path + "/", with: "")
        #expect(errors.components(separatedBy: first).count == 2, "\(errors)")
        #expect(errors.components(separatedBy: "cases/oostwind.md:16: warning: raw HTML `<b>`").count == 2, "\(errors)")
        // oostwind's own text replaces its template: told once, at its first own line.
        #expect(errors.components(separatedBy: "cases/oostwind.md:15: warning: this body replaces").count == 2, "\(errors)")
        #expect(try server.stop() == 0)
    }
}
