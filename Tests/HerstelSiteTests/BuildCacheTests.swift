import Foundation
import Testing

/// A build that finds nothing changed skips the work, and only then: its output is always
/// byte-identical to a clean build of the same content.
@Suite("Build cache: nothing changed, nothing rebuilt")
struct BuildCacheTests {
    let folder: URL
    var content: URL { folder.appendingPathComponent("Content") }
    var output: URL { folder.appendingPathComponent("public") }

    init() throws {
        folder = try Support.copyFixture("basic")
    }

    func build(_ target: URL? = nil, _ extra: [String] = []) throws -> Run {
        try Support.run(["build", "--content", content.path, "--output", (target ?? output).path] + extra)
    }

    /// A clean build of the current content into a fresh folder, for comparison.
    func cleanBuild() throws -> [String: Data] {
        let clean = folder.appendingPathComponent("clean-\(UUID().uuidString)")
        let run = try build(clean)
        #expect(run.status == 0, "\(run.stderr)")
        defer { try? FileManager.default.removeItem(at: clean) }
        return Support.tree(clean)
    }

    @Test func aSecondBuildWithNothingChangedIsSkippedAndIdenticalToACleanBuild() throws {
        #expect(try build().stdout.hasPrefix("Built "))
        let second = try build()
        #expect(second.status == 0)
        #expect(second.stdout.hasPrefix("Up to date"), "\(second.stdout)")
        #expect(Support.tree(output) == (try cleanBuild()))
    }

    @Test func aChangedCaseFileRebuildsAndMatchesACleanBuild() throws {
        _ = try build()
        let file = content.appendingPathComponent("cases/ster.md")
        try Support.write(Support.text(file).replacingOccurrences(of: "Het Ônderwiis College", with: "Het Nieuwe College"), to: file)
        let again = try build()
        #expect(again.stdout.hasPrefix("Built "), "\(again.stdout)")
        #expect(Support.text(output.appendingPathComponent("besturen/41234/2022-2023/index.html")).contains("Het Nieuwe College"))
        #expect(Support.tree(output) == (try cleanBuild()))
    }

    @Test func aNewFileInContentRebuilds() throws {
        _ = try build()
        try Support.write("# Nieuw\n\nTekst.\n", to: content.appendingPathComponent("pages/nieuw.md"))
        let again = try build()
        #expect(again.stdout.hasPrefix("Built "))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("nieuw/index.html").path))
    }

    @Test func anOutputChangedByHandIsRebuilt() throws {
        _ = try build()
        let clean = try cleanBuild()
        try FileManager.default.removeItem(at: output.appendingPathComponent("feed.xml"))
        try Support.write("<p>edited by hand</p>", to: output.appendingPathComponent("index.html"))
        try Support.write("extra", to: output.appendingPathComponent("extra.txt"))
        let again = try build()
        #expect(again.stdout.hasPrefix("Built "), "\(again.stdout)")
        #expect(Support.tree(output) == clean)
    }

    @Test func forceBuildsAnyway() throws {
        _ = try build()
        let forced = try build(nil, ["--force"])
        #expect(forced.stdout.hasPrefix("Built "))
    }
}
