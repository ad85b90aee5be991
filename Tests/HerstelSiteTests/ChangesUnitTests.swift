import Foundation
import Testing

@testable import HerstelSite

/// The comparison stage in-process: the diff, the visible text of a page, the open data rows.
@Suite("Changes: comparing two builds")
struct ChangesUnitTests {
    func plain(_ segments: [DiffSegment]) -> String {
        segments.map {
            switch $0 {
            case .same(let text): text
            case .deleted(let text): "[-\(text)-]"
            case .inserted(let text): "{+\(text)+}"
            }
        }.joined(separator: " ")
    }

    @Test func myersFindsTheShortestEditScript() {
        // The paper's example: ABCABBA → CBABAC takes 5 edits.
        let a = Array("ABCABBA")
        let b = Array("CBABAC")
        let edits = Diff.edits(a, b, maximumEdits: 100)!
        #expect(edits.filter { if case .same = $0 { false } else { true } }.count == 5)
        // Applying the script gives b.
        var rebuilt: [Character] = []
        for edit in edits {
            switch edit {
            case .same(let i, _): rebuilt.append(a[i])
            case .inserted(let j): rebuilt.append(b[j])
            case .deleted: continue
            }
        }
        #expect(rebuilt == b)
    }

    @Test func randomTextsRoundTrip() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let a = (0..<Int.random(in: 0...30, using: &generator)).map { _ in Int.random(in: 0...4, using: &generator) }
            let b = (0..<Int.random(in: 0...30, using: &generator)).map { _ in Int.random(in: 0...4, using: &generator) }
            let edits = Diff.edits(a, b, maximumEdits: 1000)!
            var fromA: [Int] = []
            var toB: [Int] = []
            for edit in edits {
                switch edit {
                case .same(let i, let j):
                    #expect(a[i] == b[j])
                    fromA.append(a[i])
                    toB.append(b[j])
                case .deleted(let i): fromA.append(a[i])
                case .inserted(let j): toB.append(b[j])
                }
            }
            #expect(fromA == a && toB == b)
        }
    }

    @Test func aWordChangeIsShownInItsSentence() {
        #expect(
            plain(TextDiff.words("De zaak is afgesloten op 20 november 2023.", "De zaak is afgesloten op 21 november 2023."))
                == "De zaak is afgesloten op [-20-] {+21+} november 2023.")
        #expect(plain(TextDiff.words("a b c", "a c")) == "a [-b-] c")
        #expect(plain(TextDiff.words("", "nieuw")) == "{+nieuw+}")
    }

    static let oldPassage =
        "De inspectie heeft vastgesteld dat het bestuur de gegevens over de monitoring van de sociale veiligheid van de leerlingen niet op tijd heeft aangeleverd, en dat de eerste herinnering van de inspectie zonder antwoord bleef."
    static let newPassage = "Deze alinea is toegevoegd na de eerste publicatie van het rapport."

    @Test func aRewrittenPassageIsOneDeletionAndOneInsertion() {
        // Without the clean-up the common words cut it up: "[-…-] {+…+} de [-…-] eerste [-…-] van …".
        let segments = TextDiff.words(Self.oldPassage, Self.newPassage)
        #expect(segments == [.deleted(Self.oldPassage), .inserted(Self.newPassage)], "\(plain(segments))")
    }

    @Test func aRewrittenSentenceInAKeptParagraphKeepsTheKeptWords() {
        let kept = "Het bestuur leverde de gegevens over het schooljaar 2022-2023 niet aan, ook niet na de opdracht tot herstel."
        let segments = TextDiff.words(kept + " " + Self.oldPassage, kept + " " + Self.newPassage)
        #expect(segments == [.same(kept), .deleted(Self.oldPassage), .inserted(Self.newPassage)], "\(plain(segments))")
    }

    @Test func smallEditsStaySmall() {
        let old = "De zaak is afgesloten op 20 november 2023 nadat de gegevens van het bestuur op 1 november waren ontvangen."
        let new = "De zaak is afgesloten op 21 november 2023 nadat de gegevens van het bestuur op 3 november waren ontvangen."
        #expect(
            plain(TextDiff.words(old, new))
                == "De zaak is afgesloten op [-20-] {+21+} november 2023 nadat de gegevens van het bestuur op [-1-] {+3+} november waren ontvangen.")
        // One kept word between two one-word edits is as long as each: folded, as diff-match-patch does.
        #expect(plain(TextDiff.words("een twee drie", "vier twee vijf")) == "[-een twee drie-] {+vier twee vijf+}")
        // A kept word longer than the edits around it stays.
        #expect(plain(TextDiff.words("a inspectie b", "c inspectie d")) == "[-a-] {+c+} inspectie [-b-] {+d+}")
    }

    @Test func theCleanUpFoldsAgainAfterAFold() {
        // "x" folds first; the grown change then swallows "de" before it too.
        let runs: [TextDiff.Run] = [
            .change(deleted: ["aaa"], inserted: ["bbb"]), .same(["de"]), .change(deleted: ["c"], inserted: []), .same(["x"]),
            .change(deleted: ["dddd"], inserted: ["eeee"]),
        ]
        #expect(
            TextDiff.cleanedUp(runs) == [.change(deleted: ["aaa", "de", "c", "x", "dddd"], inserted: ["bbb", "de", "x", "eeee"])])
    }

    @Test func aFullyRewrittenLongReportIsBoundedAndQuick() {
        let old = (0..<1_500).map { "oud\($0)" }.joined(separator: " ")
        let new = (0..<1_500).map { "nieuw\($0)" }.joined(separator: " ")
        let start = Date()
        let segments = TextDiff.words(old, new)
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(segments == [.deleted(old), .inserted(new)])
    }

    @Test func blocksAddedAndRemovedAreWholeAndReplacedBlocksAreDiffedByWord() {
        let blocks = TextDiff.blocks(["Kop", "Eerste alinea.", "Tweede alinea."], ["Kop", "Eerste alinea, herzien.", "Tweede alinea.", "Derde."])
        #expect(blocks.map { plain($0.segments) } == ["Eerste [-alinea.-] {+alinea, herzien.+}", "{+Derde.+}"])
    }

    @Test func visibleTextIsTheMainContentBlockByBlock() {
        let html = """
            <html><head><title>Niet dit</title><style>p { color: red }</style></head><body>
            <nav>Menu</nav>
            <main id="inhoud"><h1>Stichting &amp; Zn.</h1>
            <p>Een <em>zin</em>
            over twee regels.<span class="visually-hidden"> verborgen</span></p>
            <dl><div><dt>Afgesloten</dt><dd><time>2 oktober 2023</time></dd></div></dl>
            <ul><li>punt&nbsp;één</li><li>punt &#x32;</li></ul>
            <script>var x = "<p>geen tekst</p>";</script><!-- <p>commentaar</p> -->
            <img src="a.png" alt="een foto"><br>
            </main><footer>Voet</footer></body></html>
            """
        let text = VisibleText(html: Array(html.utf8))
        #expect(text.heading == "Stichting & Zn.")
        #expect(text.blocks == ["Stichting & Zn.", "Een zin over twee regels.", "Afgesloten 2 oktober 2023", "punt één", "punt 2", "een foto"])
    }

    @Test func openDataRowsAreComparedByYearAndBoardNumber() {
        let header = "schooljaar,bestuursnummer,bestuur,afgesloten\r\n"
        let old = header + "2022-2023,41234,\"Stichting \"\"Ster\"\", Zn.\",2023-11-20\r\n2021-2022,04127,Oud,2022-11-20\r\n"
        let new = header + "2022-2023,41234,\"Stichting \"\"Ster\"\", Zn.\",2023-11-21\r\n2023-2024,50001,Nieuw,2024-01-02\r\n"
        let rows = SiteChanges.rowChanges(old: Array(old.utf8), new: Array(new.utf8))
        #expect(
            rows.map { "\($0.kind) \($0.schoolYear) \($0.boardNumber) \($0.board)" } == [
                "removed 2021-2022 04127 Oud", "changed 2022-2023 41234 Stichting \"Ster\", Zn.", "added 2023-2024 50001 Nieuw",
            ])
        #expect(rows[1].fields == [SiteChanges.Row.Field(column: "afgesloten", old: "2023-11-20", new: "2023-11-21")])
    }

    @Test func filesWithTheSameBytesOrTheSameVisibleTextAreNoChange() {
        let page = OutputFile(path: "besturen/1/2022-2023/index.html", text: "<main><h1>A</h1><p>tekst</p></main>")
        let restyled = OutputFile(path: "besturen/1/2022-2023/index.html", text: "<main class=\"x\"><h1>A</h1>\n<p>tekst</p></main>")
        #expect(SiteChanges.compare(old: [page], new: [page]).isEmpty)
        #expect(SiteChanges.compare(old: [page], new: [restyled]).isEmpty)
        let css = OutputFile(path: "assets/herstelsite.css", text: "a{}")
        let changed = SiteChanges.compare(old: [page, css], new: [page, OutputFile(path: "assets/herstelsite.css", text: "b{}")])
        #expect(changed.files == [SiteChanges.File(path: "assets/herstelsite.css", kind: .changed)])
    }
}
