import Foundation
import Testing

/// The preview's `/_wijzigingen/` shows what `changes` tells (SPEC §4), and only the preview has it.
@Suite("Changes in the preview")
struct ChangesPreviewTests {
    /// Builds `public/` beside the content, then edits the content as `ChangesTests` does.
    static func prepare(_ folder: URL) throws {
        let content = folder.appendingPathComponent("Content")
        let built = try Support.run(["build", "--content", content.path, "--output", folder.appendingPathComponent("public").path])
        guard built.status == 0 else { throw Failure(built.stderr) }
        let open = content.appendingPathComponent("cases/open.md")
        try Support.write(
            Support.text(open).replacingOccurrences(of: "status: open\n", with: "status: niet-voldaan\nafgesloten: 2023-12-10\n"), to: open)
        try FileManager.default.removeItem(at: content.appendingPathComponent("cases/oud-noord-2021.md"))
        let own = content.appendingPathComponent("cases/aa-eigen-tekst.md")
        try Support.write(Support.text(own).replacingOccurrences(of: "- eerste punt met", with: "- tweede punt met"), to: own)
    }

    @Test func thePageListsEveryChangeWithLinksIntoThePreview() async throws {
        let server = try PreviewProcess(drafts: true, fixture: "basic", prepare: Self.prepare)
        defer { server.kill() }
        #expect(server.output.contains("_wijzigingen/"))
        let reply = try server.get("/_wijzigingen/")
        #expect(reply.status == 200)
        let page = reply.body
        #expect(page.contains("<html lang=\"nl\">"))
        #expect(page.contains("<h1>Wijzigingen ten opzichte van de eerdere bouw</h1>"))
        #expect(page.contains("<h2>Nieuwe rapporten (1)</h2>"))
        #expect(page.contains("<a href=\"/besturen/50001/2022-2023/\">Stichting Nog Open Zaak, schooljaar 2022-2023</a>"), "\(page)")
        #expect(page.contains("<h2>Verwijderde rapporten (1)</h2>"))
        #expect(page.contains("Stichting Oud Noord, schooljaar 2021-2022 <code>besturen/04127/2021-2022/</code>"))
        #expect(page.contains("<a href=\"/besturen/30001/2022-2023/\">Álgemene Scholengroep Amstel, schooljaar 2022-2023</a>"))
        #expect(
            page.contains(
                "<del><span class=\"visually-hidden\">[verwijderd: </span>eerste<span class=\"visually-hidden\">]</span></del> <ins><span class=\"visually-hidden\">[toegevoegd: </span>tweede<span class=\"visually-hidden\">]</span></ins> punt met doorgehaald"
            ), "\(page)")
        #expect(page.contains("<h2>Open data (2)</h2>"))
        // Every page a change links to is in the preview.
        for link in page.matches(of: /href="(\/besturen\/[^"]+)"/).map({ String($0.1) }) {
            #expect(try server.get(link).status == 200, "\(link)")
        }
        #expect(try server.get("/_wijzigingen").status == 302)
        #expect(try server.stop() == 0)
    }

    @Test func aRewrittenParagraphIsOneDeletionAndOneInsertionOnThePage() async throws {
        let server = try PreviewProcess(
            fixture: "basic",
            prepare: { folder in
                let content = folder.appendingPathComponent("Content")
                let own = content.appendingPathComponent("cases/aa-eigen-tekst.md")
                try Support.write(Support.text(own) + "\n" + ChangesUnitTests.oldPassage + "\n", to: own)
                _ = try Support.run(["build", "--content", content.path, "--output", folder.appendingPathComponent("public").path])
                try Support.write(
                    Support.text(own).replacingOccurrences(of: ChangesUnitTests.oldPassage, with: ChangesUnitTests.newPassage), to: own)
            })
        defer { server.kill() }
        let page = try server.get("/_wijzigingen/").body
        #expect(
            page.contains(
                "<del><span class=\"visually-hidden\">[verwijderd: </span>\(ChangesUnitTests.oldPassage)<span class=\"visually-hidden\">]</span></del> <ins><span class=\"visually-hidden\">[toegevoegd: </span>\(ChangesUnitTests.newPassage)<span class=\"visually-hidden\">]</span></ins>"
            ), "\(page)")
        #expect(page.components(separatedBy: "<del>").count == 2)
        #expect(try server.stop() == 0)
    }

    @Test func withoutAnEarlierBuildThePageSaysSo() async throws {
        let server = try PreviewProcess(fixture: "basic")
        defer { server.kill() }
        let page = try server.get("/_wijzigingen/").body
        #expect(page.contains("Geen eerdere bouw om mee te vergelijken"))
        #expect(try server.stop() == 0)
    }

    @Test func identicalContentShowsNoChanges() async throws {
        let server = try PreviewProcess(
            fixture: "basic",
            prepare: { folder in
                _ = try Support.run([
                    "build", "--content", folder.appendingPathComponent("Content").path, "--output", folder.appendingPathComponent("public").path,
                ])
            })
        defer { server.kill() }
        let page = try server.get("/_wijzigingen/").body
        #expect(page.contains("<strong>Geen wijzigingen.</strong>"), "\(page)")
        #expect(try server.stop() == 0)
    }
}
