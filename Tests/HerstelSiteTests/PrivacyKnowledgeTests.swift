import Foundation
import Testing

@testable import HerstelSite

/// Issue 16 in process: declared names are organisations and places wherever their whole text
/// appears, while a person pasted into a field after a break is still caught; the context a
/// reader uses (role words, capitalised particles, "aldus"); Frisian streets and phones as
/// people write them.
@Suite("Privacy gate: what the gate knows")
struct PrivacyKnowledgeTests: DetectorSuite {
    static let names = PersonNames(organisations: [
        "OBS De Meester Siebenga", "Jenaplanschool Annie M.G. Schmidt", "Basisschool Dr. Schaepman", "Stichting Onderwijs: Samen Leren",
        "Stichting Trineia, t.a.v. dhr. P. Jansen", "Utrechtse Heuvelrug",
    ])

    @Test(
        "a declared name is the organisation's wherever its text appears",
        arguments: [
            "De leerlingen van OBS De Meester Siebenga deden mee.", "Jenaplanschool Annie M.G. Schmidt leverde op tijd.",
            "Het bestuur van Basisschool Dr. Schaepman reageerde.", "Stichting Onderwijs: Samen Leren kreeg een herstelopdracht.",
            "Samen Leren en Stichting Trineia", "Stichting Trineia",
        ])
    func declaredNamesAreNoPersons(_ text: String) {
        #expect(found(.name, in: text).isEmpty, "\(found(.name, in: text))")
    }

    /// A person after the second break of a field is pasted in as much as after the first.
    @Test func aPersonAfterAnyBreakOfADeclaredFieldIsFound() {
        let names = PersonNames(organisations: ["Veluwezoom College, locatie Velp – Rachid el Bakkali-Mulder", "Veluwezoom College, locatie Velp"])
        let scan = ScanText("Veluwezoom College, locatie Velp – Rachid el Bakkali-Mulder")
        let found = PrivacyGate.detect(scan, names: names).filter { $0.kind == .name }.map { scan.written($0.range) }
        #expect(found == ["Rachid el Bakkali-Mulder"])
        let school = ScanText("De leerlingen van Veluwezoom College, locatie Velp deden mee.")
        #expect(PrivacyGate.detect(school, names: names).filter { $0.kind == .name }.isEmpty)
    }

    @Test(
        "a name the lexicon lacks after a phrase a person follows, or before a surname of the register with its particles",
        arguments: [
            ("Voor vragen kunt u contact opnemen met Ama Semedo.", "Ama Semedo"),
            ("De aanbieder heeft op verzoek van Jeandra Dania de export opnieuw gemaakt.", "Jeandra Dania"),
            ("Het gesprek vond plaats met Fem de Groot van het bestuur.", "Fem de Groot"),
        ])
    func unknownGivenNamesInContext(_ text: String, _ name: String) {
        #expect(found(.name, in: text) == [name])
    }

    @Test(
        "schools and places in those contexts are no names",
        arguments: [
            "Wij spraken met De Linde over de monitor.", "Het gesprek met Stichting De Linde was goed.", "De gemeente Hof van Twente besloot.",
            "De leerlingen van Huis ter Heide kwamen.", "Voor vragen kunt u contact opnemen met het bestuur.",
        ])
    func schoolsAndPlacesInThoseContextsAreNoNames(_ text: String) {
        #expect(found(.name, in: text).isEmpty, "\(found(.name, in: text))")
    }

    @Test func aPersonInADeclaredFieldOrOutsideTheWholeNameIsStillFound() {
        #expect(found(.name, in: "Stichting Trineia, t.a.v. dhr. P. Jansen") == ["dhr. P. Jansen"])
        // Judged where it stands: the school's name elsewhere does not make this a school.
        #expect(found(.name, in: "De klas van meester Siebenga ging op reis.") == ["meester Siebenga"])
    }

    @Test(
        "names after a role word, a title or 'aldus', with capitalised particles",
        arguments: [
            ("Minister Durant geeft toe dat het fout ging.", "Durant"), ("De Israëlische premier Barak zei niets.", "Barak"),
            ("Dat is niet zo, aldus Van Diepenbeek.", "Van Diepenbeek"), ("Het gesprek met mijnheer Visser ging goed.", "mijnheer Visser"),
            ("Het rapport van Ph. Van der Laan kwam later.", "Ph. Van der Laan"), ("Hij sprak met president Robert Mugabe.", "Robert Mugabe"),
        ])
    func contextNames(_ text: String, _ expected: String) {
        #expect(found(.name, in: text).contains(expected), "\(found(.name, in: text))")
    }

    @Test(
        "a role of an organisation is no name",
        arguments: [
            "De inspecteur van Financiën kwam langs.", "Het ging goed, aldus de minister.", "De minister van Onderwijs besliste.",
            "De directeur van de Spoorwegen sprak.",
        ])
    func rolesOfOrganisations(_ text: String) {
        #expect(found(.name, in: text).isEmpty, "\(found(.name, in: text))")
    }

    @Test func frisianStreets() {
        #expect(found(.homeAddress, in: "Het adres is Protterstrjitte 1 in Drachten.") == ["Protterstrjitte 1"])
        #expect(found(.homeAddress, in: "Wij wonen aan de Mûnewei 12.") == ["Mûnewei 12"])
    }
}

/// Issue 16 end to end: a finding is reported at the lines that write it, with its capitals,
/// and at every spelling of it; never at every line that holds the same letters.
@Suite("Privacy gate: where a finding was written")
struct PrivacySourceLineTests {
    @Test func aFindingIsReportedWhereItIsWrittenAndOnlyThere() throws {
        let folder = try Support.copyFixture("minimal")
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("Content/pages/over.md")
        let text =
            Support.text(page)
            + "\nDe partij Waardig Ouder Worden deed ook mee.\n\nDe gegevens zullen later worden aangeleverd, en worden dan gelezen.\n"
            + "\nBel (030) 555 5555 voor vragen.\n\nOf bel 030 555 5555.\n\nOf anders 0305555555.\n"
        try Support.write(text, to: page)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        func line(_ start: String) -> Int { lines.firstIndex { $0.hasPrefix(start) }! + 1 }
        let run = try Support.run(["check", "--content", "Content"], in: folder)
        #expect(run.status == 1)
        #expect(
            run.errors.contains { $0.hasPrefix("Content/pages/over.md:\(line("De partij")): error: name of a person 'Worden'") }, "\(run.stderr)")
        #expect(!run.errors.contains { $0.hasPrefix("Content/pages/over.md:\(line("De gegevens")):") }, "\(run.stderr)")
        for spelling in ["Bel (030)", "Of bel", "Of anders"] {
            #expect(
                run.errors.contains { $0.hasPrefix("Content/pages/over.md:\(line(spelling)): error: telephone number") }, "\(spelling)\n\(run.stderr)"
            )
        }
    }
}
