import Foundation
import Testing

/// Runs the real `herstelsite` executable, as a user would.
struct Run {
    var status: Int32
    var stdout: String
    var stderr: String

    /// Lines of standard error that are diagnostics (`FILE:LINE: error: …`).
    var errors: [String] { stderr.split(separator: "\n").map(String.init).filter { $0.contains(": error: ") } }
}

/// A fixture copied to a fresh folder and built into its `public/` by the real executable.
struct BuiltFixture: Sendable {
    let folder: URL
    let output: URL
    let run: Run

    init(_ fixture: String) throws {
        folder = try Support.copyFixture(fixture)
        output = folder.appendingPathComponent("public")
        run = try Support.run(["build", "--content", folder.appendingPathComponent("Content").path, "--output", output.path])
    }

    var places: (folder: URL, output: URL) { (folder, output) }

    /// The `basic` fixture built once for every suite that starts from its build and changes
    /// it: each test takes a `copy()`, which costs milliseconds where a build costs a second.
    static let basic = Result { try BuiltFixture("basic") }

    /// The content and the built output (with what the build left beside it) in a fresh folder
    /// for one test to change; the shared build stays as it was.
    func copy() throws -> (folder: URL, content: URL, output: URL) {
        #expect(run.status == 0, "\(run.stderr)")
        let copy = try Support.temporaryFolder("copy")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            try FileManager.default.copyItem(at: folder.appendingPathComponent(name), to: copy.appendingPathComponent(name))
        }
        return (copy, copy.appendingPathComponent("Content"), copy.appendingPathComponent(output.lastPathComponent))
    }
}

enum Support {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = packageRoot.appendingPathComponent("Tests/HerstelSiteTests/Fixtures")

    /// The herstelsite binary next to the test bundle (`swift build` puts both in .build/CONFIG/).
    static var executable: URL {
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("herstelsite")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/herstelsite")
    }

    @discardableResult
    static func run(_ arguments: [String], in directory: URL? = nil) throws -> Run {
        try run(executable, arguments, in: directory)
    }

    /// Another program, found on the PATH (python3, xmllint), to read what a build wrote.
    static func runTool(_ name: String, _ arguments: [String]) throws -> Run {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let found = path.split(separator: ":").map { URL(fileURLWithPath: "\($0)/\(name)") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        return try run(found ?? URL(fileURLWithPath: "/usr/bin/\(name)"), arguments, in: nil)
    }

    static func run(_ program: URL, _ arguments: [String], in directory: URL?) throws -> Run {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes while the process runs, so a full pipe cannot block it.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            outData = out.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        errData = err.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    /// One folder for every test folder of this run, removed when the test process exits: a
    /// test that forgets its clean-up leaves nothing behind, and what else the system's
    /// temporary directory holds (a folder named `x`, another run's files) is never beside a test.
    static let runFolder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("herstelsite-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { removeRunFolder() }
        return url
    }()

    private static func removeRunFolder() {
        // Folders a test made unreadable or unwritable must not stop the removal.
        if let names = FileManager.default.subpaths(atPath: runFolder.path) {
            for name in names { chmod(runFolder.appendingPathComponent(name).path, 0o755) }
        }
        try? FileManager.default.removeItem(at: runFolder)
    }

    /// A fresh folder for one test inside `runFolder`; the caller may remove it early with `cleanUp`.
    static func temporaryFolder(_ name: String = "test") throws -> URL {
        let url = runFolder.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Copies a fixture content folder to a temporary place, so tests may change it.
    static func copyFixture(_ name: String) throws -> URL {
        let folder = try temporaryFolder(name)
        let content = folder.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: content)
        return folder
    }

    /// Every file below a folder, by relative path, with its bytes.
    static func tree(_ root: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
        let prefix = root.standardizedFileURL.path + "/"
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            let path = String(url.standardizedFileURL.path.dropFirst(prefix.count))
            result[path] = FileManager.default.contents(atPath: url.path)
        }
        return result
    }

    static func text(_ url: URL) -> String {
        (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }
}
