import Foundation
import Testing

@testable import HerstelSite

/// The A–Z list finds a board under the letter of its distinctive name: words of legal form,
/// kind and sector ("Stichting", "Vereniging voor Christelijk Onderwijs") are left aside for the
/// index, and the full name is still shown.
@Suite("A–Z by distinctive name")
struct BoardIndexTests {
    @Test(
        "the general words at the start are left aside",
        arguments: [
            ("Stichting Katholiek Onderwijs Hoeksche Waard", "hoeksche waard"),
            ("Vereniging voor Protestants-Christelijk Onderwijs Bergen op Zoom", "bergen op zoom"),
            ("Stichting Openbaar Primair Onderwijs Utrecht", "utrecht"),
            ("Stichting voor Openbaar en Algemeen Bijzonder Onderwijs Zeist", "zeist"),
            ("Scholengroep Veluwezoom", "veluwezoom"),
            ("Onderwijsstichting Het Kompas", "het kompas"),
            ("Scholengemeenschap Christiaan Huygens", "christiaan huygens"),
            ("Stichting Van Gogh", "van gogh"),
            ("Stichting De Waddenkring", "de waddenkring"),
            ("Stichting Onderwijs: Samen Leren", "samen leren"),
            ("Stichting Katholiek Onderwijs", "stichting katholiek onderwijs"),
            ("Ônderwiis Fryslân", "onderwiis fryslan"),
        ])
    func distinctiveName(name: String, key: String) {
        #expect(BoardIndex.distinctiveKey(name) == key)
    }

    @Test func lettersAreInOrderAndDigitsFirst() {
        #expect(BoardIndex.letter(ofKey: "hoeksche waard") == "H")
        #expect(BoardIndex.letter(ofKey: "2college") == "0–9")
    }

    @Test func theBoardsPageListsEachBoardUnderItsOwnLetter() throws {
        let folder = try Support.copyFixture("minimal")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        let run = try Support.run(["build", "--content", folder.appendingPathComponent("Content").path, "--output", output.path])
        #expect(run.status == 0, "\(run.stderr)")
        let page = Support.text(output.appendingPathComponent("besturen/index.html"))
        // "Stichting Noorderlicht" under N and "Stichting Zuiderzon" under Z, not both under S.
        #expect(page.contains("<li><a href=\"#letter-n\">N</a></li>\n<li><a href=\"#letter-z\">Z</a></li>"), "\(page)")
        #expect(!page.contains("letter-s"))
        let n = try #require(page.range(of: "<h2 id=\"letter-n\">N</h2>"))
        let noorderlicht = try #require(page.range(of: ">Stichting Noorderlicht</a>"))
        let z = try #require(page.range(of: "<h2 id=\"letter-z\">Z</h2>"))
        let zuiderzon = try #require(page.range(of: ">Stichting Zuiderzon</a>"))
        #expect(n.upperBound < noorderlicht.lowerBound && noorderlicht.upperBound < z.lowerBound && z.upperBound < zuiderzon.lowerBound)
    }
}
