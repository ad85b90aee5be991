import Foundation
import Testing

@testable import HerstelPreview
@testable import HerstelSite

/// `herstelsite changes` as the reviewer's reminder (SPEC §3, §4): a report whose text changed
/// without a new `wijzigingen` entry gets a warning; a new entry and a withdrawal are told as such.
@Suite("Changes: corrections and withdrawals")
struct ChangesCorrectionTests {
    let folder: URL
    let content: URL
    let public_: URL

    static let ster = """
        ---
        schooljaar: 2022-2023
        sector: vo
        bestuur:
          naam: Stichting Ster
          nummer: "41111"
        scholen:
          - naam: Het Sterrencollege
            brin: 56EF
        herstelopdracht: 2023-07-10
        termijn: 2023-11-01
        status: niet-voldaan
        afgesloten: 2023-12-01
        ---

        """

    /// `minimal` with a third case, built once as the published copy.
    init() throws {
        folder = try Support.copyFixture("minimal")
        content = folder.appendingPathComponent("Content")
        public_ = folder.appendingPathComponent("public")
        try Support.write(Self.ster, to: content.appendingPathComponent("cases/ster.md"))
        let built = try Support.run(["build", "--content", content.path, "--output", public_.path])
        #expect(built.status == 0, "\(built.stderr)")
    }

    func edit(_ path: String, _ change: (String) -> String) throws {
        let url = content.appendingPathComponent(path)
        try Support.write(change(Support.text(url)), to: url)
    }

    /// One report changed without an entry, one corrected with an entry, one withdrawn.
    func makeEdits() throws {
        try edit("cases/noorderlicht.md") { $0.replacingOccurrences(of: "ontvangen: 2023-10-20", with: "ontvangen: 2023-10-21") }
        try edit("cases/zuiderzon.md") {
            $0.replacingOccurrences(
                of: "intern:\n",
                with:
                    "wijzigingen:\n  - datum: 2024-03-04\n    reden: correctie procedurele fout\n    toelichting: De termijn is verbeterd.\nintern:\n"
            ).replacingOccurrences(of: "termijn: 2023-11-01", with: "termijn: 2023-11-02")
        }
        try edit("cases/ster.md") {
            $0.replacingOccurrences(
                of: "afgesloten: 2023-12-01\n",
                with:
                    "afgesloten: 2023-12-01\ningetrokken:\n  datum: 2024-05-01\n  reden: correctie procedurele fout\n  toelichting: Ten onrechte gepubliceerd.\n"
            )
        }
    }

    @Test func theCommandLineWarnsOfAChangeWithoutAnEntryAndNamesEntriesAndWithdrawals() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try makeEdits()
        let run = try Support.run(["changes", "--content", content.path, "--against", public_.path])
        #expect(run.status == 0, "\(run.stderr)")
        let out = run.stdout
        #expect(
            out.contains(
                "  ~ besturen/41234/2022-2023/  Stichting Noorderlicht, 2022-2023\n      warning: report changed without a correction entry; add one under wijzigingen in its case file, or undo the change\n"
            ), "\(out)")
        #expect(
            out.contains(
                "  ~ besturen/05678/2022-2023/  Stichting Zuiderzon, 2022-2023\n      correction of 2024-03-04 (a new entry under wijzigingen)\n"),
            "\(out)")
        #expect(
            out.contains(
                "Withdrawn reports (1):\n  x besturen/41111/2022-2023/  Stichting Ster, 2022-2023: withdrawn on 2024-05-01; its address keeps the notice\n"
            ),
            "\(out)")
        #expect(!out.contains("41111/2022-2023/  Rapport ingetrokken"), "the earlier copy names the board")
        #expect(out.contains("Changed reports (2):"), "\(out)")
        #expect(
            out.contains("  ~ 2022-2023 05678 Stichting Zuiderzon: termijn “2023-11-01” → “2023-11-02”; gewijzigd (empty) → “2024-03-04”"), "\(out)")
        #expect(out.contains("  - 2022-2023 41111 Stichting Ster\n"), "\(out)")
        #expect(out.contains("Summary: reports: 2 changed, 1 withdrawn, 1 changed without a correction entry;"), "\(out)")
    }

    @Test func noWarningWhenNothingChanged() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Support.run(["changes", "--content", content.path, "--against", public_.path])
        #expect(run.stdout.hasPrefix("No changes"), "\(run.stdout)")
    }

    @Test func thePreviewPageShowsTheSame() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try makeEdits()
        let html = ChangesPage.make(contentPath: content.path, against: public_.path, generation: "1")
        #expect(
            html.contains(
                "<p class=\"waarschuwing\"><strong>Waarschuwing:</strong> de tekst van dit rapport is gewijzigd zonder nieuwe regel onder <code>wijzigingen</code>. Voeg er een toe in het zaakbestand, of maak de wijziging ongedaan.</p>"
            ), "\(html)")
        #expect(html.contains("<p class=\"correctie\">Met een nieuwe regel onder <code>wijzigingen</code>, gedateerd 2024-03-04.</p>"))
        #expect(html.contains("<h2>Ingetrokken rapporten (1)</h2>"))
        #expect(html.contains("Stichting Ster, schooljaar 2022-2023</a> <code>besturen/41111/2022-2023/</code>: ingetrokken op 2024-05-01</li>"))
        #expect(html.contains("1 zonder regel onder wijzigingen"))
    }

    /// Only the files of both builds are read: the feed's tombstones of the earlier build
    /// keep a report withdrawn long ago from being told again.
    @Test func aWithdrawalAlreadyPublishedIsNotToldAgain() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try makeEdits()
        let rebuilt = try Support.run(["build", "--content", content.path, "--output", public_.path])
        #expect(rebuilt.status == 0, "\(rebuilt.stderr)")
        let run = try Support.run(["changes", "--content", content.path, "--against", public_.path])
        #expect(run.stdout.hasPrefix("No changes"), "\(run.stdout)")
    }
}
