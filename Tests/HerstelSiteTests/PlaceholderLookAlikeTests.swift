import Foundation
import Testing

@testable import HerstelSite

/// SPEC §4: text between two `@` that looks like a placeholder but is not one by the grammar
/// is an error naming the closest placeholder; every other `@` stays text (SPEC §1).
@Suite("Placeholder look-alikes")
struct PlaceholderLookAlikeTests {
    /// The messages `fill` gives for a body of one line.
    func messages(_ text: String) -> [String] {
        var diagnostics: [Diagnostic] = []
        var gaps: [String] = []
        _ = Anonymiser.fill(
            MarkdownSource(file: "cases/x.md", firstLine: 20, text: text), caseFile: "cases/x.md", draft: false, gaps: &gaps,
            &diagnostics
        ) { name in PlaceholderValues.isKnown(name) ? .text("X") : .unknown }
        return diagnostics.map(\.description)
    }

    @Test(
        "a look-alike is an error at its line naming the closest placeholder",
        arguments: [
            ("af op @afgesloten_datum@.", "afgesloten"),
            ("af op @Afgesloten datum@.", "afgesloten"),
            ("in @volgend schooljaar@", "volgend-schooljaar"),
            ("(@brin vest@)", "brin|vest"),
            ("@Bestuurs_nummer@", "bestuursnummer"),
            ("op @ontvangën@", "ontvangen"),
            ("@intern kenmerk@", "intern.kenmerk"),
            ("@intern_email@", "intern.email"),
            ("@naam van het bestuur@", "bestuur"),
        ])
    func lookAlikeIsAnError(text: String, closest: String) {
        let found = messages(text)
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.hasPrefix("cases/x.md:20: error: ") == true)
        #expect(found.first?.contains("looks like a placeholder but is not one") == true)
        #expect(found.first?.contains("did you mean @\(closest)@?") == true, "\(found)")
    }

    @Test(
        "plain @ text stays text",
        arguments: [
            "Mail info@example.org voor vragen.",
            "Mail jan@example.org of piet@example.org, of bel.",
            "Mail jan_de_vries@example.org en marie_jansen@example.org.",
            "Een dubbele apenstaart @@ is een @-teken, net als een losse @ of @ dit.",
            "@@afgesloten_datum@@ is hoe je het letterlijk schrijft.",
            "Volg @inspectie_ow en @OCW_nl op sociale media.",
            "Prijs: 3 @ 4 euro, 5 @ 6 euro.",
            "Zie @ 12:00 @ het kantoor.",
            "Een heel lange zin tussen apenstaarten @dit is veel te lang om een naam van een placeholder te zijn@ hier.",
            "Regel een @eerste\ntweede@ regel.",
            "Cijfers @1234_5678@ zijn geen naam.",
        ])
    func plainTextStaysText(text: String) {
        #expect(messages(text).isEmpty, "\(messages(text))")
    }

    @Test func realPlaceholdersNextToLookAlikesStillWork() {
        var diagnostics: [Diagnostic] = []
        var gaps: [String] = []
        let out = Anonymiser.fill(
            MarkdownSource(file: "cases/x.md", firstLine: 1, text: "@Afgesloten datum@ en @bestuur@"), caseFile: "cases/x.md",
            draft: false, gaps: &gaps, &diagnostics
        ) { name in name == "bestuur" ? .text("Stichting Ster") : .unknown }
        #expect(diagnostics.count == 1)
        #expect(out.hasSuffix(" en Stichting Ster"))
    }
}
