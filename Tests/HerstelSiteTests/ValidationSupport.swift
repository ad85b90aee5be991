import Foundation
import Testing

/// A fixture run through the real executable, with a good site already in the output folder,
/// so every test can also see that a failed build leaves that site exactly as it was.
struct FixtureRun {
    let folder: URL
    let content: URL
    let output: URL
    let run: Run
    /// The output folder, file by file, before the fixture was built.
    let before: [String: Data]

    /// Builds `minimal` into `public/`, then runs `command` on the fixture with the same output.
    init(_ fixture: String, command: String = "build") throws {
        folder = try Support.copyFixture(fixture)
        content = folder.appendingPathComponent("Content")
        output = folder.appendingPathComponent("public")
        let good = try Support.run(["build", "--content", Support.fixtures.appendingPathComponent("minimal").path, "--output", output.path])
        guard good.status == 0 else { throw Failure(message: "the minimal fixture did not build: \(good.stderr)") }
        before = Support.tree(output)
        let extra = command == "build" ? ["--output", output.path] : []
        run = try Support.run([command, "--content", content.path] + extra)
    }

    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// Error lines with the temporary folder taken off: "cases/x.md:5: error: …".
    var errors: [String] {
        run.errors.map { $0.replacingOccurrences(of: content.path + "/", with: "") }
    }

    /// "cases/x.md:5" of every error, in the order printed.
    var places: [String] {
        errors.map { line in String(line[..<(line.range(of: ": error: ")?.lowerBound ?? line.endIndex)]) }
    }

    /// The messages of the errors at `place`.
    func messages(at place: String) -> [String] {
        errors.filter { $0.hasPrefix(place + ": error: ") }.map { String($0.dropFirst(place.count + ": error: ".count)) }
    }

    var outputUnchanged: Bool { Support.tree(output) == before }

    /// Hidden staging folders a build left beside the output.
    var leftovers: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix(".public.herstelsite-") }
    }

    func cleanUp() { try? FileManager.default.removeItem(at: folder) }
}

/// An error a fixture must produce: where, and words its message must hold.
struct ExpectedError: Sendable, CustomStringConvertible {
    var place: String
    var words: [String]

    init(_ place: String, _ words: String...) {
        self.place = place
        self.words = words
    }

    var description: String { place }
}

/// A fixture and every error it must produce, no more and no fewer.
struct FixtureCase: Sendable, CustomTestStringConvertible {
    var fixture: String
    var expected: [ExpectedError]

    init(_ fixture: String, _ expected: [ExpectedError]) {
        self.fixture = fixture
        self.expected = expected
    }

    var testDescription: String { fixture }
}

enum Trust {
    /// Checks the standard promises of SPEC §4 for a fixture that has errors: status 1, exactly
    /// the expected `FILE:LINE: error:` lines, no crash, and the earlier site untouched.
    static func expectFailure(_ item: FixtureCase, command: String = "build") throws {
        let result = try FixtureRun(item.fixture, command: command)
        defer { result.cleanUp() }
        #expect(result.run.status == 1, "\(item.fixture): status \(result.run.status)\n\(result.run.stderr)")
        #expect(
            result.places.sorted() == item.expected.map(\.place).sorted(),
            "\(item.fixture): errors were\n\(result.errors.joined(separator: "\n"))")
        for expected in item.expected {
            let messages = result.messages(at: expected.place)
            #expect(
                messages.contains { message in expected.words.allSatisfy(message.contains) },
                "\(item.fixture) \(expected.place): no message holds \(expected.words): \(messages)")
        }
        expectNoCrash(result.run)
        // Only a command that writes says that it wrote nothing; check never writes.
        if command == "build" {
            #expect(result.run.stderr.hasSuffix("; nothing was written.\n"), "\(result.run.stderr)")
        } else {
            #expect(result.run.stderr.hasSuffix("\(item.expected.count) error\(item.expected.count == 1 ? "" : "s").\n"), "\(result.run.stderr)")
            #expect(!result.run.stderr.contains("nothing was written"))
        }
        #expect(result.outputUnchanged, "\(item.fixture): the earlier site in the output folder changed")
        #expect(result.leftovers.isEmpty, "\(item.fixture): left \(result.leftovers)")
        if command == "check" {
            #expect(result.run.stdout.isEmpty)
        }
    }

    /// Bad input is answered with messages, never with a crash or a stack trace.
    static func expectNoCrash(_ run: Run, sourceLocation: SourceLocation = #_sourceLocation) {
        for trace in ["Fatal error", "Stack dump", "Illegal instruction", "Segmentation fault", "Current stack trace", "💣"] {
            #expect(!run.stderr.contains(trace), "stderr holds '\(trace)':\n\(run.stderr)", sourceLocation: sourceLocation)
        }
        #expect(run.status == 0 || run.status == 1 || run.status == 2, "status \(run.status)", sourceLocation: sourceLocation)
    }

    /// A content folder made from `minimal`, changed by `edit`, for tests of one rule.
    static func minimalCopy(_ name: String, edit: (URL) throws -> Void) throws -> URL {
        let folder = try Support.copyFixture("minimal")
        try edit(folder.appendingPathComponent("Content"))
        return folder
    }
}
