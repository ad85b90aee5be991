import Foundation
import Testing

@testable import HerstelSite

/// Issue 22, items 1–10: private or personal data written so that the gate of before let it
/// through (exit 0). Each is a line of the `privacy-hostile` fixture; the build must stop at
/// that line with the category the data belongs to, and write nothing.
@Suite("Privacy gate: hostile and careless spellings, end to end")
struct PrivacyHostileTests {
    static let body = "cases/noorderlicht.md"
    static let theme = "theme/layout.mustache"

    /// (source line, what the error says), one or more per item of the issue.
    static let expected: [(String, String, String)] = [
        // 1. fullwidth and mathematical letters and digits
        ("1", "\(body):31", "private data from 'intern.kenmerk'"),
        ("1", "\(body):33", "private data from 'intern.telefoon'"),
        ("1", "\(body):35", "name of a person '𝐝𝐡𝐫. 𝐏𝐢𝐞𝐭𝐞𝐫 𝐌𝐞𝐢𝐣𝐞𝐫'"),
        // 2. invisible characters inside a value
        ("2", "\(body):37", "private data from 'intern.naam'"),
        ("2", "\(body):39", "private data from 'intern.bsn'"),
        // 3. dashes of every kind in numbers
        ("3", "\(body):41", "private data from 'intern.telefoon'"),
        ("3", "\(body):43", "private data from 'intern.telefoon'"),
        ("3", "\(body):45", "private data from 'intern.telefoon'"),
        // 4. homoglyphs
        ("4", "\(body):47", "private data from 'intern.achternaam'"),
        ("4", "\(body):49", "date of birth 'gebоren op 12-03-2011'"),
        // 5. a link around part of a value
        ("5", "\(body):51", "private data from 'intern.naam'"),
        ("5", "\(body):53", "private data from 'intern.bsn'"),
        // 6. a hard line break inside a name under a greeting
        ("6", "\(body):56", "private data from 'intern.contactpersoon'"),
        // 7. case and normalisation beyond ASCII
        ("7", "\(body):59", "private data from 'intern.leerling'"),
        ("7", "\(body):61", "private data from 'intern.ouder'"),
        ("7", "\(body):63", "private data from 'intern.begeleider'"),
        // 8. the theme's comments, unquoted attributes, scripts and styles
        ("8", "\(theme):22", "telephone number '06-11223344'"),
        ("8", "\(theme):23", "telephone number '06-22334455'"),
        ("8", "\(theme):24", "telephone number '06-33445566'"),
        ("8", "\(theme):25", "telephone number '06-44556677'"),
        // 9. an exception allows its own text only
        ("9", "\(body):65", "name of a person 'dhr. Pieter de Vries'"),
        // 10. formats
        ("10", "\(body):67", "e-mail address 'p.devries@bäsisschool.nl'"),
        ("10", "\(body):69", "IBAN 'NL91-ABNA-0417-1643-00'"),
        ("10", "\(body):71", "home address 'Lindelaan nr. 37'"),
        ("10", "\(body):73", "home address '7511 jt'"),
        ("10", "\(body):75", "name of a person 'PIET JANSEN'"),
        ("10", "\(body):77", "name of a person 'Bakker, P.'"),
    ]

    @Test func everyHostileSpellingIsStoppedAtItsSourceLineAndNothingIsWritten() throws {
        let folder = try Support.copyFixture("privacy-hostile")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        let run = try Support.run(["build", "--content", "Content", "--output", output.path], in: folder)
        #expect(run.status == 1)
        for (item, place, what) in Self.expected {
            #expect(
                run.errors.contains { $0.hasPrefix("Content/\(place): error: \(what)") },
                "item \(item): \(place) \(what)\n\(run.stderr)")
        }
        // Every finding names a source line, never a published file.
        #expect(!run.errors.contains { $0.hasPrefix("public/") }, "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
        #expect(!run.stderr.contains("Fatal error") && !run.stderr.contains("Stack dump"))
    }

    @Test func theFixtureWithoutTheHostileLinesBuilds() throws {
        // The same content with the planted lines and theme additions taken out is clean: the
        // errors above come from those lines, not from the fixture around them.
        let folder = try Support.copyFixture("privacy-hostile")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("Content")
        let body = content.appendingPathComponent(Self.body)
        let lines = Support.text(body).split(separator: "\n", omittingEmptySubsequences: false)
        try Support.write(lines.prefix(29).joined(separator: "\n") + "\nDe gegevens kwamen op tijd binnen.\n", to: body)
        try FileManager.default.removeItem(at: content.appendingPathComponent("theme"))
        let site = content.appendingPathComponent("site.yml")
        try Support.write(Support.text(site).replacingOccurrences(of: ", \"de Vries\"", with: ""), to: site)
        let run = try Support.run(["check", "--content", "Content"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
    }
}

/// Issue 22, items 9 and 10 in process: exceptions allow exactly their text, and the formats
/// the detectors now read.
@Suite("Privacy gate: exceptions and formats")
struct PrivacyFormatTests: DetectorSuite {
    static let names = PersonNames(organisations: ["Stichting Noorderlicht", "Groningen"])

    func allowed(_ entry: String, in text: String) -> [String] {
        let scan = ScanText(text)
        let exceptions = Exceptions([AllowedText(text: entry, reason: nil, location: HerstelSite.SourceLocation(file: "site.yml", line: 1))])
        return PrivacyGate.detect(scan, names: Self.names).filter { exceptions.allows($0, in: scan) != nil }.map { scan.written($0.range) }
    }

    @Test(
        "the formats of issue 22 item 10 are found",
        arguments: [
            (PersonalData.email, "Mail p.devries@bäsisschool.nl voor vragen.", "p.devries@bäsisschool.nl"),
            (.email, "Mail “p.devries@bäsisschool.nl” voor vragen.", "p.devries@bäsisschool.nl"),
            (.bankAccount, "Rekening NL91-ABNA-0417-1643-00 van de school.", "NL91-ABNA-0417-1643-00"),
            (.bankAccount, "Rekening NL91.ABNA.0417.1643.00 van de school.", "NL91.ABNA.0417.1643.00"),
            (.homeAddress, "Het adres is Lindelaan nr. 37 in de wijk.", "Lindelaan nr. 37"),
            (.homeAddress, "Het adres is Kerkstraat nummer 5.", "Kerkstraat nummer 5"),
            (.homeAddress, "De postcode is 7511 jt volgens de brief.", "7511 jt"),
            (.homeAddress, "Lindelaan 37, 2011 jt Enschede", "2011 jt Enschede"),
            (.name, "Het gesprek was met PIET JANSEN van de ouderraad.", "PIET JANSEN"),
            (.name, "GESPREK MET PIET BOS OVER DE MONITOR", "PIET BOS"),
            (.name, "Aanwezig waren Bakker, P. en de directie.", "Bakker, P."),
            (.name, "Aanwezig: Jansen, J.P. en anderen.", "Jansen, J.P."),
        ])
    func formatsAreFound(_ kind: PersonalData, _ text: String, _ expected: String) {
        #expect(found(kind, in: text).contains(expected), "\(found(kind, in: text))")
    }

    @Test(
        "what only looks like those formats is left alone",
        arguments: [
            "In 2023 en 2024 leverde het bestuur op tijd.", "Het bestand was 1500 mb groot.", "Schooljaar 2022 of 2023 telt.",
            "HAVO VWO MAVO en VMBO", "Zie bijlage B, C. en D.", "Groningen, P.S. het bestuur leverde op tijd.",
            "Stichting Noorderlicht in Groningen", "Het adres van de school staat op de website.",
        ])
    func lookalikesAreLeftAlone(_ text: String) {
        let scan = ScanText(text)
        let all = PrivacyGate.detect(scan, names: Self.names).map { "\($0.kind): \(scan.written($0.range))" }
        #expect(all.isEmpty, "\(all)")
    }

    @Test func anExceptionAllowsItsOwnTextButNotALongerFindingThatHoldsIt() {
        #expect(allowed("de Vries", in: "Het gesprek was met dhr. Pieter de Vries.").isEmpty)
        #expect(allowed("mr. H. van Dam", in: "Voorzitter is mr. H. van Dam.") == ["mr. H. van Dam"])
        // A finding inside the allowed text as published is allowed with it.
        #expect(allowed("mr. H. van Dam", in: "Aanwezig: mr. H. van Dam en anderen.") == ["mr. H. van Dam"])
        // In the canonical form: however it is cased, with a typographic dash.
        #expect(allowed("Mr. H. van Dam-Smit", in: "Aanwezig: MR. H. VAN DAM–SMIT en anderen.").count == 1)
        // A telephone number however it is written.
        #expect(allowed("088-6696060", in: "Bel 088 669 60 60 of ０８８–６６９６０６０.").count == 2)
    }
}
