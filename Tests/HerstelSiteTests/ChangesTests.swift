import Foundation
import Testing

/// End-to-end: `herstelsite changes` compares what a build would publish with an earlier build
/// (SPEC §4). The `basic` fixture is built once, then its content is edited.
@Suite("Changes: what the public will see that is new or different")
struct ChangesTests {
    let folder: URL
    let content: URL
    let public_: URL

    init() throws {
        (folder, content, public_) = try BuiltFixture.basic.get().copy()
    }

    func changes(_ extra: [String] = []) throws -> Run {
        try Support.run(["changes", "--content", content.path, "--against", public_.path] + extra)
    }

    func edit(_ path: String, _ change: (String) -> String) throws {
        let url = content.appendingPathComponent(path)
        try Support.write(change(Support.text(url)), to: url)
    }

    /// A new published case, a case taken out, a report and a free page edited.
    func makeEdits() throws {
        try edit("cases/open.md") {
            $0.replacingOccurrences(of: "status: open\n", with: "status: niet-voldaan\nafgesloten: 2023-12-10\n")
        }
        try FileManager.default.removeItem(at: content.appendingPathComponent("cases/oud-noord-2021.md"))
        try edit("cases/aa-eigen-tekst.md") {
            $0.replacingOccurrences(of: "afgesloten: 2023-10-02", with: "afgesloten: 2023-10-09")
                .replacingOccurrences(of: "- eerste punt met", with: "- tweede punt met")
        }
        try edit("pages/over.md") { $0.replacingOccurrences(of: "afgesloten herstelopdrachten", with: "alle afgesloten herstelopdrachten") }
    }

    @Test func aRewrittenParagraphReadsAsOneDeletionAndOneInsertion() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try edit("cases/aa-eigen-tekst.md") { $0 + "\n" + ChangesUnitTests.oldPassage + "\n" }
        let built = try Support.run(["build", "--content", content.path, "--output", public_.path])
        #expect(built.status == 0, "\(built.stderr)")
        try edit("cases/aa-eigen-tekst.md") { $0.replacingOccurrences(of: ChangesUnitTests.oldPassage, with: ChangesUnitTests.newPassage) }
        let run = try changes()
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("[-\(ChangesUnitTests.oldPassage)-] {+\(ChangesUnitTests.newPassage)+}"), "\(run.stdout)")
        #expect(run.stdout.components(separatedBy: "[-").count == 2, "\(run.stdout)")
    }

    @Test func identicalContentHasNoChanges() throws {
        let run = try changes()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "No changes: a build now would publish the same as \(public_.path)/\n")
        // Only the fixture's own warning (cases/readme.txt is not read), and no progress line.
        #expect(run.stderr.split(separator: "\n").allSatisfy { $0.contains(": warning: ") }, "\(run.stderr)")
    }

    @Test func newRemovedAndChangedReportsAreNamedWithTheChangedWords() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try makeEdits()
        let before = Support.tree(folder)
        let run = try changes()
        #expect(run.status == 0, "\(run.stderr)")
        let out = run.stdout
        #expect(out.contains("New reports (1):\n  + besturen/50001/2022-2023/  Stichting Nog Open Zaak, 2022-2023\n"), "\(out)")
        #expect(out.contains("Removed reports (1):\n  - besturen/04127/2021-2022/  Stichting Oud Noord, 2021-2022\n"), "\(out)")
        #expect(out.contains("Changed reports (1):\n  ~ besturen/30001/2022-2023/  Álgemene Scholengroep Amstel, 2022-2023\n"), "\(out)")
        #expect(out.contains("      Afgesloten [-2-] {+9+} oktober 2023\n"), "\(out)")
        #expect(out.contains("      [-eerste-] {+tweede+} punt met doorgehaald\n"), "\(out)")
        #expect(out.contains("  ~ over/  page “Over deze lijst”\n"), "\(out)")
        #expect(out.contains("  ~ schooljaren/2022-2023/  school year page"), "\(out)")
        #expect(out.contains("  + 2022-2023 50001 Stichting Nog Open Zaak\n"), "\(out)")
        #expect(out.contains("  - 2021-2022 04127 Stichting Oud Noord\n"), "\(out)")
        #expect(out.contains("  ~ 2022-2023 30001 Álgemene Scholengroep Amstel: afgesloten “2023-10-02” → “2023-10-09”\n"), "\(out)")
        #expect(out.contains("Summary: reports: 1 new, 1 removed, 1 changed, 1 changed without a correction entry;"), "\(out)")
        #expect(out.contains("open data rows: 1 added, 1 removed, 1 changed"), "\(out)")
        // Piped: no colour and no progress line.
        #expect(!out.contains("\u{1B}") && !run.stderr.contains("\u{1B}") && !run.stderr.contains("\r"))
        // Nothing written, nothing left beside the earlier build.
        #expect(Support.tree(folder) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["Content", "public"])
    }

    @Test func aFolderThatIsNotAnEarlierBuildIsWrongUsage() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = try Support.run(["changes", "--content", content.path, "--against", folder.appendingPathComponent("nergens").path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nergens does not exist; build the site there first"), "\(missing.stderr)")
        let notABuild = try Support.run(["changes", "--content", content.path, "--against", content.path])
        #expect(notABuild.status == 2)
        #expect(notABuild.stderr.contains("is not a site built by herstelsite"), "\(notABuild.stderr)")
        #expect(notABuild.stdout.isEmpty)
    }

    @Test func contentErrorsAreContentErrors() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try edit("cases/ster.md") { $0.replacingOccurrences(of: "status: niet-voldaan", with: "status: misschien") }
        let run = try changes()
        #expect(run.status == 1)
        #expect(run.errors.count == 1, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test func checkAndBuildShowNoProgressWhenPiped() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let check = try Support.run(["check", "--content", content.path])
        #expect(check.status == 0)
        let build = try Support.run(["build", "--force", "--content", content.path, "--output", public_.path])
        #expect(build.status == 0)
        for run in [check, build] {
            #expect(!run.stderr.contains("\r") && !run.stderr.contains("\u{1B}"), "\(run.stderr)")
            // Diagnostics only (the fixture's cases/readme.txt is not read): nothing of progress.
            #expect(run.stderr.split(separator: "\n").allSatisfy { $0.contains(": warning: ") }, "\(run.stderr)")
        }
    }
}
