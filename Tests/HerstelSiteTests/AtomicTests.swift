import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// SPEC §4: build is atomic. On any error, or when it is killed, the previous output is untouched;
/// the next build clears what a killed one left beside it.
@Suite("Atomic build: the previous site survives errors and kills", .serialized)
struct AtomicTests {
    /// A content folder of `count` published cases, written straight to disk.
    static func generateContent(at content: URL, count: Int) throws {
        let minimal = Support.fixtures.appendingPathComponent("minimal")
        try FileManager.default.createDirectory(at: content.appendingPathComponent("cases"), withIntermediateDirectories: true)
        for folder in ["reports", "pages"] {
            try FileManager.default.copyItem(at: minimal.appendingPathComponent(folder), to: content.appendingPathComponent(folder))
        }
        try FileManager.default.copyItem(at: minimal.appendingPathComponent("site.yml"), to: content.appendingPathComponent("site.yml"))
        for index in 0..<count {
            let number = String(10000 + index)
            let year = 2015 + index % 8
            let text = """
                ---
                schooljaar: \(year)-\(year + 1)
                sector: \(index % 2 == 0 ? "po" : "vo")
                bestuur:
                  naam: Stichting Generatie \(index)
                  nummer: "\(number)"
                scholen:
                  - naam: School \(index)
                    brin: \(10 + index % 90)AB
                herstelopdracht: \(year + 1)-07-15
                termijn: \(year + 1)-11-01
                status: voldaan
                ontvangen: \(year + 1)-10-20
                afgesloten: \(year + 1)-11-20
                intern:
                  kenmerk: "9\(number)00"
                ---

                """
            try Data(text.utf8).write(to: content.appendingPathComponent("cases/\(number).md"))
        }
    }

    func entries(_ folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func aKilledBuildLeavesThePreviousSiteIntactAndTheNextBuildClearsUp() async throws {
        let folder = try Support.temporaryFolder("kill")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        let large = folder.appendingPathComponent("Large")
        try Self.generateContent(at: large, count: 3000)

        let first = try Support.run(["build", "--content", Support.fixtures.appendingPathComponent("minimal").path, "--output", output.path])
        try #require(first.status == 0, "\(first.stderr)")
        let before = Support.tree(output)

        // Start the large build and kill it as soon as it has begun to write beside the output.
        let process = Process()
        process.executableURL = Support.executable
        process.arguments = ["build", "--content", large.path, "--output", output.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(300)
        var sawStaging = false
        while process.isRunning, Date() < deadline {
            if entries(folder).contains(where: { $0.hasPrefix(".public.herstelsite-") }) {
                sawStaging = true
                usleep(30_000)  // let it write a part of the site
                break
            }
            usleep(1_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the build finished before it could be killed")
        #expect(sawStaging, "the build never began to write")

        // The killed build wrote into its own hidden folder only.
        #expect(Support.tree(output) == before, "the previous site changed")
        let leftovers = entries(folder).filter { $0.hasPrefix(".public.herstelsite-") }
        #expect(!leftovers.isEmpty, "a build killed while writing leaves its staging folder")

        // The next build succeeds and clears what the killed one left.
        let next = try Support.run(["build", "--content", Support.fixtures.appendingPathComponent("minimal").path, "--output", output.path])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(entries(folder) == ["Large", "public"])
        #expect(Support.tree(output) == before, "the same content builds the same bytes")
    }

    @Test func aFailedBuildKeepsEveryByteOfThePreviousSite() throws {
        let result = try FixtureRun("bad-many-files")
        defer { result.cleanUp() }
        #expect(result.run.status == 1)
        #expect(!result.before.isEmpty)
        #expect(result.outputUnchanged)
        #expect(result.leftovers.isEmpty)
    }

    @Test func aSuccessfulBuildReplacesTheWholeSite() throws {
        let folder = try Support.copyFixture("minimal")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        #expect(try Support.run(["build", "--content", "Content", "--output", "public"], in: folder).status == 0)
        // A file a person put into the output by hand does not survive a rebuild: the folder is the build.
        try Support.write("stale", to: output.appendingPathComponent("besturen/99999/index.html"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("Content/cases/zuiderzon.md"))
        #expect(try Support.run(["build", "--content", "Content", "--output", "public"], in: folder).status == 0)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("besturen/99999").path))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("besturen/05678").path))
        #expect(entries(folder) == ["Content", "public"])
    }

    @Test func aFolderThatIsNotAnEarlierBuildIsNeverReplaced() throws {
        let folder = try Support.copyFixture("minimal")
        defer { try? FileManager.default.removeItem(at: folder) }
        let documents = folder.appendingPathComponent("Documenten")
        try Support.write("belangrijk", to: documents.appendingPathComponent("brief.txt"))
        let run = try Support.run(["build", "--content", "Content", "--output", "Documenten"], in: folder)
        #expect(run.status == 1)
        #expect(run.errors.first?.contains("not empty and not an earlier herstelsite build") == true, "\(run.stderr)")
        #expect(Support.tree(documents) == ["brief.txt": Data("belangrijk".utf8)])
    }

    @Test func theContentFolderIsNeverTheOutputNorHoldsIt() throws {
        let folder = try Support.copyFixture("minimal")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = Support.tree(folder.appendingPathComponent("Content"))
        for output in ["Content", ".", "Content/public"] {
            let run = try Support.run(["build", "--content", "Content", "--output", output], in: folder)
            #expect(run.status == 1, "\(output)")
            #expect(run.errors.count == 1, "\(output): \(run.stderr)")
            Trust.expectNoCrash(run)
        }
        #expect(Support.tree(folder.appendingPathComponent("Content")) == content)
        #expect(entries(folder) == ["Content"])
    }

    @Test func anOutputThatIsALinkKeepsTheLink() throws {
        let folder = try Support.copyFixture("minimal")
        defer { try? FileManager.default.removeItem(at: folder) }
        let real = folder.appendingPathComponent("www")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("public").path, withDestinationPath: "www")
        for _ in 0..<2 {
            let run = try Support.run(["build", "--content", "Content", "--output", "public"], in: folder)
            #expect(run.status == 0, "\(run.stderr)")
        }
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: folder.appendingPathComponent("public").path)
        #expect(link == "www")
        #expect(FileManager.default.fileExists(atPath: real.appendingPathComponent("index.html").path))
        #expect(entries(folder) == ["Content", "public", "www"])
    }

    @Test func twoBuildsAtOnceBothEndWithACompleteSite() async throws {
        let folder = try Support.temporaryFolder("twice")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("Content")
        try Self.generateContent(at: content, count: 300)
        let arguments = ["build", "--content", content.path, "--output", folder.appendingPathComponent("public").path]
        async let one = Support.run(arguments)
        async let two = Support.run(arguments)
        let runs = try await [one, two]
        for run in runs { #expect(run.status == 0, "\(run.stderr)") }
        #expect(entries(folder) == ["Content", "public"])
        #expect(Support.tree(folder.appendingPathComponent("public")).count > 600)
    }
}
