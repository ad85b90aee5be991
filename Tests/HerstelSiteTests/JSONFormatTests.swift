import Foundation
import Testing

/// SPEC §4: `check` and `build` take `--format json`: every diagnostic and the summary as one
/// JSON document on standard output, in the shape of schemas/diagnostics/diagnostics.schema.json;
/// the exit status is the same as in text.
@Suite("--format json")
struct JSONFormatTests {
    /// Runs `command` on a copy of `fixture` in text and in JSON; checks the document against the
    /// schema (python jsonschema, schemas/diagnostics/validate.py) and returns it with both runs.
    func runBoth(_ command: String, _ fixture: String) throws -> (text: Run, json: Run, document: [String: Any]) {
        let folder = try Support.copyFixture(fixture)
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("Content").path
        let extra = command == "build" ? ["--output", folder.appendingPathComponent("public").path, "--force"] : []
        let text = try Support.run([command, "--content", content] + extra)
        let json = try Support.run([command, "--content", content, "--format", "json"] + extra)
        let file = folder.appendingPathComponent("out.json")
        try Data(json.stdout.utf8).write(to: file)
        let validated = try Self.validate(file)
        #expect(validated.status == 0, "\(fixture): the document does not fit the schema:\n\(validated.stderr)\n\(json.stdout)")
        let document = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any] ?? [:]
        return (text, json, document)
    }

    static func validate(_ file: URL) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Support.packageRoot.appendingPathComponent("schemas/diagnostics/validate.py").path, file.path]
        let err = Pipe()
        process.standardError = err
        try process.run()
        let data = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: "", stderr: String(decoding: data, as: UTF8.self))
    }

    func items(_ document: [String: Any]) -> [[String: Any]] { document["diagnostics"] as? [[String: Any]] ?? [] }

    /// "FILE:LINE: severity: message" of a JSON item, as the text output writes it.
    func line(_ item: [String: Any]) -> String {
        let place = (item["line"] as? Int).map { "\(item["file"]!):\($0)" } ?? "\(item["file"]!)"
        return "\(place): \(item["severity"]!): \(item["message"]!)"
    }

    @Test("every error of the text output is in the document, with the same exit status", arguments: ["check", "build"])
    func errorsAsData(command: String) throws {
        let (text, json, document) = try runBoth(command, "bad-formats")
        #expect(text.status == 1 && json.status == 1)
        #expect(document["ok"] as? Bool == false)
        #expect(document["command"] as? String == command)
        let textLines = text.stderr.split(separator: "\n").map(String.init).filter { $0.contains(": error: ") || $0.contains(": warning: ") }
        #expect(items(document).map(line) == textLines)
        #expect(items(document).count == 11)
        let summary = document["summary"] as? [String: Any] ?? [:]
        #expect(summary["errors"] as? Int == 11)
        #expect(summary["status"] as? Int == 1)
        #expect(summary["written"] as? Bool == (command == "build" ? false : nil))
        // Nothing but the document on standard output, nothing on standard error.
        #expect(json.stderr.isEmpty, "\(json.stderr)")
        #expect(items(document).allSatisfy { $0["category"] as? String == "content" })
    }

    @Test func placeholderProblemsHaveTheirCategoryAndColumn() throws {
        let (_, json, document) = try runBoth("check", "bad-placeholder-lookalike")
        #expect(json.status == 1)
        let first = items(document).first { ($0["message"] as? String)?.contains("@afgesloten_datum@") == true }
        #expect(first?["category"] as? String == "placeholder")
        #expect(first?["line"] as? Int == 30)
        // "De inspectie sloot het onderzoek af op @…": the @ is the 40th character.
        #expect(first?["column"] as? Int == 40)
    }

    @Test func privacyFindingsAreInTheirCategory() throws {
        let (_, json, document) = try runBoth("build", "privacy-email")
        #expect(json.status == 1)
        #expect(!items(document).isEmpty)
        #expect(items(document).filter { $0["severity"] as? String == "error" }.allSatisfy { $0["category"] as? String == "privacy" })
    }

    @Test("a good site gives the summary and its warnings, status 0", arguments: ["check", "build"])
    func success(command: String) throws {
        let (text, json, document) = try runBoth(command, "draft-missing-values")
        #expect(text.status == 0 && json.status == 0)
        #expect(document["ok"] as? Bool == true)
        let summary = document["summary"] as? [String: Any] ?? [:]
        #expect((summary["reports"] as? Int ?? 0) > 0)
        #expect(summary["errors"] as? Int == 0)
        let warnings = text.stderr.split(separator: "\n").map(String.init).filter { $0.contains(": warning: ") }
        #expect(!warnings.isEmpty)
        #expect(items(document).map(line) == warnings)
        #expect(summary["warnings"] as? Int == warnings.count)
        #expect(summary["written"] as? Bool == (command == "build" ? true : nil))
        let said = text.stdout.trimmingCharacters(in: .newlines)
        if command == "check" {
            #expect(summary["text"] as? String == said)
        } else {
            // The time a build took differs between the two runs.
            let stem = { (line: String) in line.replacingOccurrences(of: #" in [0-9.]+ s$"#, with: "", options: .regularExpression) }
            #expect((summary["text"] as? String).map(stem) == stem(said))
            #expect(said.hasPrefix("Built "))
        }
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let run = try Support.run(["check", "--content", Support.fixtures.appendingPathComponent("minimal").path, "--format", "xml"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("xml"))
    }
}
