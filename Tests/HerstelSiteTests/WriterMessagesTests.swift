import Foundation
import Testing

/// The mistakes a writer makes on a first day, each answered with what to do instead (issue 21).
@Suite("Writer's messages")
struct WriterMessagesTests {
    /// Runs `command` on a copy of `minimal` whose `cases/noorderlicht.md` was changed by `edit`.
    func run(_ command: String = "check", editing edit: (String) -> String) throws -> (run: Run, content: String) {
        let folder = try Support.copyFixture("minimal")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("Content")
        let file = content.appendingPathComponent("cases/noorderlicht.md")
        try Support.write(edit(Support.text(file)), to: file)
        let extra = command == "build" ? ["--output", folder.appendingPathComponent("public").path] : []
        return (try Support.run([command, "--content", content.path] + extra), content.path + "/")
    }

    @Test func aTabBeforeAKeyIsNamed() throws {
        let (run, content) = try run { $0.replacingOccurrences(of: "\n  plaats: Groningen\n", with: "\n\tplaats: Groningen\n") }
        #expect(run.status == 1)
        #expect(
            run.errors.map { $0.replacingOccurrences(of: content, with: "") } == [
                "cases/noorderlicht.md:7: error: a tab is not allowed for indentation in YAML; use spaces (this line starts with a tab)"
            ], "\(run.stderr)")
    }

    @Test(
        "a date written day first gets its ISO form",
        arguments: [("7-11-2023", "2023-11-07"), ("07-11-2023", "2023-11-07"), ("1/2/2024", "2024-02-01"), ("31.12.2023", "2023-12-31")])
    func dayFirstDate(written: String, meant: String) throws {
        let (run, _) = try run { $0.replacingOccurrences(of: "termijn: 2023-11-01", with: "termijn: \(written)") }
        #expect(run.status == 1)
        #expect(run.errors.count == 1, "\(run.stderr)")
        #expect(
            run.errors.first?.hasSuffix(
                ":14: error: '\(written)' is not a date; write 'termijn' as JJJJ-MM-DD, such as 2023-11-01; did you mean \(meant)?") == true,
            "\(run.stderr)")
    }

    @Test func aDateThatIsNoDateGetsNoGuess() throws {
        let (run, _) = try run { $0.replacingOccurrences(of: "termijn: 2023-11-01", with: "termijn: 31-11-2023") }
        #expect(run.errors.count == 1)
        #expect(run.errors.first?.contains("did you mean") == false, "\(run.stderr)")
    }

    @Test func aLowerCaseBRINGetsItsCapitals() throws {
        let (run, _) = try run { $0.replacingOccurrences(of: "brin: 12AB", with: "brin: 12ab") }
        #expect(run.errors.count == 1)
        #expect(
            run.errors.first?.hasSuffix(":10: error: BRIN '12ab' must be 2 digits and 2 capital letters; BRIN codes use capital letters: 12AB")
                == true, "\(run.stderr)")
        let other = try self.run { $0.replacingOccurrences(of: "brin: 12AB", with: "brin: 12A") }.run
        #expect(other.errors.first?.hasSuffix("BRIN '12A' must be 2 digits and 2 capital letters, such as 12AB") == true, "\(other.stderr)")
    }

    @Test("60 errors in one file: 50 shown, and the summary counts 60", arguments: ["check", "build"])
    func summaryCountsEveryError(command: String) throws {
        let fields = (1...60).map { "extra\($0): x" }.joined(separator: "\n")
        let (run, _) = try run(command) { $0.replacingOccurrences(of: "status: voldaan\n", with: "status: voldaan\n\(fields)\n") }
        #expect(run.status == 1)
        #expect(run.errors.count == 51, "\(run.stderr)")
        #expect(run.errors.last?.contains("10 more problems in this file are not shown") == true)
        #expect(run.stderr.hasSuffix(command == "build" ? "\n60 errors; nothing was written.\n" : "\n60 errors.\n"), "\(run.stderr.suffix(200))")
    }

    @Test func checkDoesNotSayItWroteNothing() throws {
        let (checked, _) = try run { $0.replacingOccurrences(of: "brin: 12AB", with: "brin: 12ab") }
        #expect(checked.stderr.hasSuffix("\n1 error.\n"), "\(checked.stderr)")
        #expect(!checked.stderr.contains("written"))
        let (build, _) = try run("build") { $0.replacingOccurrences(of: "brin: 12AB", with: "brin: 12ab") }
        #expect(build.stderr.hasSuffix("\n1 error; nothing was written.\n"), "\(build.stderr)")
    }

    @Test func aFolderErrorHasNoLineNumber() throws {
        let folder = try Support.temporaryFolder("folder-error")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Documenten")
        try Support.write("mijn brief", to: output.appendingPathComponent("brief.txt"))
        let run = try Support.run(["build", "--content", Support.fixtures.appendingPathComponent("minimal").path, "--output", output.path])
        #expect(run.status == 1)
        #expect(run.errors.count == 1, "\(run.stderr)")
        #expect(run.errors.first?.hasPrefix("\(output.path): error: ") == true, "\(run.stderr)")
        #expect(!run.stderr.contains("\(output.path):1:"))
    }
}
