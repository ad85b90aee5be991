import Foundation
import Testing

@testable import HerstelSite

/// SPEC §1 `wijzigingen` and `ingetrokken`: reasons from the TOOI list, dates on or after
/// `afgesloten` and in order, every problem at its line, all at once.
@Suite("Corrections and withdrawals: what a case may say about them")
struct CorrectionValidationTests {
    static let badFixture = FixtureCase(
        "bad-corrections",
        [
            ExpectedError(
                "cases/noorderlicht.md:18", "reden 'typefout' is not in the TOOI list 'redenen intrekking of vervanging'",
                "'correctie privacygevoelige gegevens' or 'correctie procedurele fout'"),
            ExpectedError("cases/noorderlicht.md:20", "correction dated 2023-11-01 lies before afgesloten 2023-11-20"),
            ExpectedError(
                "cases/noorderlicht.md:26", "correction dated 2024-02-01 lies before the one above it (2024-05-01, line 23)", "oldest first"),
        ])

    @Test func buildReportsTheThreeMistakesAtTheirLinesAndWritesNothing() throws {
        try Trust.expectFailure(Self.badFixture)
    }

    @Test func checkReportsTheSameMistakes() throws {
        try Trust.expectFailure(Self.badFixture, command: "check")
    }

    static let head = """
        ---
        schooljaar: 2022-2023
        sector: po
        bestuur:
          naam: Stichting Noorderlicht
          nummer: "41234"
        scholen:
          - naam: De Poolster
            brin: 12AB
        herstelopdracht: 2023-07-15
        termijn: 2023-11-01
        status: voldaan
        ontvangen: 2023-10-20
        afgesloten: 2023-11-20

        """

    /// The case `head` + `fields` as the validator reads it, and the messages as "LINE: message".
    func parse(_ fields: String, head: String = Self.head) -> (item: Case?, messages: [String]) {
        var diagnostics: [Diagnostic] = []
        let file = SourceFile(relativePath: "cases/zaak.md", displayPath: "cases/zaak.md", text: head + fields + "---\n")
        let item = CaseParser.parse(file, settings: nil, &diagnostics)
        return (item, diagnostics.sorted().map { "\($0.location.line): \($0.message)" })
    }

    @Test func correctionsAreReadOldestFirstWithTheirReasonAsALabelOrURI() {
        let (item, messages) = parse(
            """
            wijzigingen:
              - datum: 2024-01-15
                reden: Correctie  procedurele fout
                toelichting: De datum van ontvangst was onjuist.
              - datum: 2024-01-15
                reden: https://identifier.overheid.nl/tooi/def/thes/kern/c_098c1346
                toelichting: >
                  Een zin is weggelaten
                  over twee regels.

            """)
        #expect(messages == [])
        let corrections = item?.corrections ?? []
        #expect(corrections.map(\.date.iso) == ["2024-01-15", "2024-01-15"])
        #expect(corrections.map(\.reason.label) == ["correctie procedurele fout", "correctie privacygevoelige gegevens"])
        #expect(corrections[1].reason.uri == "https://identifier.overheid.nl/tooi/def/thes/kern/c_098c1346")
        #expect(corrections.map(\.explanation) == ["De datum van ontvangst was onjuist.", "Een zin is weggelaten over twee regels."])
        #expect(corrections.map(\.line) == [16, 19])
        #expect(item?.lastModified?.iso == "2024-01-15")
        #expect(item?.isListed == true)
    }

    @Test func aWithdrawnCaseIsPublishedButNoLongerListed() {
        let (item, messages) = parse(
            """
            ingetrokken:
              datum: 2023-11-20
              reden: correctie privacygevoelige gegevens
              toelichting: Het rapport bevatte gegevens die niet openbaar mogen zijn.

            """)
        #expect(messages == [])
        #expect(item?.withdrawal?.date.iso == "2023-11-20")
        #expect(item?.withdrawal?.reason.uri == "https://identifier.overheid.nl/tooi/def/thes/kern/c_098c1346")
        #expect(item?.isPublished == true)
        #expect(item?.isWithdrawn == true)
        #expect(item?.isListed == false)
    }

    @Test func aWithdrawalBeforeTheLastCorrectionIsAnError() {
        let (_, messages) = parse(
            """
            wijzigingen:
              - datum: 2024-03-04
                reden: correctie procedurele fout
                toelichting: Verbeterd.
            ingetrokken:
              datum: 2024-03-01
              reden: correctie procedurele fout
              toelichting: Ingetrokken.

            """)
        #expect(
            messages == [
                "20: withdrawal dated 2024-03-01 lies before the correction of 2024-03-04 (line 16); a report is withdrawn after its last correction"
            ])
    }

    @Test func aWithdrawalBeforeAfgeslotenIsAnError() {
        let (_, messages) = parse(
            "ingetrokken:\n  datum: 2023-11-19\n  reden: correctie procedurele fout\n  toelichting: Ingetrokken.\n")
        #expect(
            messages == ["16: withdrawal dated 2023-11-19 lies before afgesloten 2023-11-20; a report is withdrawn after it was published"])
    }

    @Test func everyMissingOrWrongFieldIsToldAtOnce() {
        let (item, messages) = parse(
            """
            wijzigingen:
              - datum: 4 maart 2024
                reden: correctie procedurele fout
                toelichting: Verbeterd.
              - datum: 2024-03-05
                toelichting: "  "
                opmerking: intern
              - gewoon tekst
            ingetrokken:
              reden: ingetrokken

            """)
        #expect(item == nil)
        #expect(
            messages == [
                "16: '4 maart 2024' is not a date; write 'datum' as JJJJ-MM-DD, such as 2023-11-01",
                "19: missing required field 'reden' (a reason of the TOOI list, 'correctie privacygevoelige gegevens' or 'correctie procedurele fout')",
                "20: 'toelichting' is empty; give what was corrected or why, in a sentence the public reads",
                "21: unknown field 'opmerking' in a correction; known fields are 'datum', 'reden', 'toelichting'",
                "22: each correction in 'wijzigingen' needs fields 'datum', 'reden' and 'toelichting'",
                "23: missing required field 'datum' (a date such as 2023-11-01)",
                "23: missing required field 'toelichting' (what was corrected or why, in a sentence the public reads)",
                "24: reden 'ingetrokken' is not in the TOOI list 'redenen intrekking of vervanging' (DiWoo 0.9.8); use 'correctie privacygevoelige gegevens' or 'correctie procedurele fout', or its URI",
            ])
    }

    @Test func theFieldsMustHaveTheirShape() {
        let (_, messages) = parse(
            "wijzigingen:\n  datum: 2024-03-04\ningetrokken: 2024-03-04\n")
        #expect(
            messages == [
                "15: 'wijzigingen' is a list: write each correction on lines below it as '- datum: ...', with 'reden:' and 'toelichting:'",
                "17: 'ingetrokken' needs fields 'datum', 'reden' and 'toelichting' on the lines below it",
            ])
    }

    @Test func anOpenCaseHasNothingToCorrectOrWithdraw() {
        let open = Self.head.replacingOccurrences(of: "status: voldaan\nontvangen: 2023-10-20\nafgesloten: 2023-11-20\n", with: "status: open\n")
        let (_, messages) = parse(
            """
            wijzigingen:
              - datum: 2024-03-04
                reden: correctie procedurele fout
                toelichting: Verbeterd.
            ingetrokken:
              datum: 2024-03-05
              reden: correctie procedurele fout
              toelichting: Ingetrokken.

            """, head: open)
        #expect(
            messages == [
                "13: an open case has not been published, so it has no 'wijzigingen'; remove it, or close the case first",
                "17: an open case has not been published, so it has no 'ingetrokken'; remove it, or close the case first",
            ])
    }

    @Test func anEmptyListMeansNoCorrections() {
        let (item, messages) = parse("wijzigingen: []\ningetrokken:\n")
        #expect(messages == [])
        #expect(item?.corrections == [])
        #expect(item?.withdrawal == nil)
        #expect(item?.lastModified?.iso == "2023-11-20")
    }

    @Test func theExplanationsAreKnownToThePrivacyGateWithTheirLines() {
        let (item, _) = parse(
            "ingetrokken:\n  datum: 2024-03-05\n  reden: correctie procedurele fout\n  toelichting: Ingetrokken na een melding.\n")
        let field = item?.publishedFields.first { $0.text == "Ingetrokken na een melding." }
        #expect(field?.location.line == 18)
    }
}
