import Foundation
import Testing

@testable import HerstelSite

#if canImport(Glibc)
    import Glibc
#endif

/// SPEC §1: a build publishes what is in Content/ and nothing else, and reads all of it. A
/// link out of the folder, and anything in it that cannot be read, is an error at its path:
/// exit 1, nothing written. Links are made by the tests (a repository should not carry a
/// link to /etc/passwd), on a copy of `minimal`.
@Suite("Content stays inside Content, and all of it is read")
struct ContentBoundaryTests {
    /// `minimal` built into `public/`, then changed by `edit` and built again into the same
    /// output (as the user `nobody` when `asNobody`, so that root meets a folder it cannot read).
    struct EditedBuild {
        let folder: URL
        let content: URL
        let output: URL
        let before: [String: Data]
        let run: Run

        init(command: String = "build", asNobody: Bool = false, extra: [String] = [], _ edit: (URL) throws -> Void) throws {
            folder = try Support.copyFixture("minimal")
            content = folder.appendingPathComponent("Content")
            output = folder.appendingPathComponent("public")
            let first = try Support.run(["build", "--content", content.path, "--output", output.path])
            guard first.status == 0 else { throw Failure("minimal did not build: \(first.stderr)") }
            before = Support.tree(output)
            try edit(content)
            let arguments = [command, "--content", content.path] + (command == "build" ? ["--output", output.path] : []) + extra
            if asNobody {
                run = try Support.runAsNobody(arguments)
            } else {
                run = try Support.run(arguments)
            }
        }

        /// Error lines with the content folder's path taken off.
        var errors: [String] { run.errors.map { $0.replacingOccurrences(of: content.path + "/", with: "") } }

        /// The standard promises of a refused build: status 1, exactly these places, nothing written.
        func expectRefused(_ places: [String], words: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
            #expect(run.status == 1, "status \(run.status): \(run.stderr)", sourceLocation: sourceLocation)
            #expect(
                errors.map { $0.components(separatedBy: ": error: ")[0] } == places, "\(run.stderr)", sourceLocation: sourceLocation
            )
            for word in words {
                #expect(errors.contains { $0.contains(word) }, "no error says '\(word)': \(errors)", sourceLocation: sourceLocation)
            }
            #expect(run.stderr.hasSuffix("nothing was written.\n"), "\(run.stderr)", sourceLocation: sourceLocation)
            #expect(Support.tree(output) == before, "the earlier site changed", sourceLocation: sourceLocation)
            Trust.expectNoCrash(run, sourceLocation: sourceLocation)
        }

        func cleanUp() {
            chmod(folder.path, 0o755)
            if let names = FileManager.default.subpaths(atPath: folder.path) {
                for name in names { chmod(folder.appendingPathComponent(name).path, 0o755) }
            }
            try? FileManager.default.removeItem(at: folder)
        }
    }

    static func link(_ path: String, to target: String, in content: URL) throws {
        try FileManager.default.createSymbolicLink(atPath: content.appendingPathComponent(path).path, withDestinationPath: target)
    }

    // MARK: 11. Links out of Content

    @Test func aReportLinkedToAFileOutsideContentIsAnErrorAndNothingOfItIsPublished() throws {
        let result = try EditedBuild { content in
            try Self.link("reports/x.md", to: "/etc/passwd", in: content)
        }
        defer { result.cleanUp() }
        result.expectRefused(["reports/x.md"], words: ["link to /etc/passwd, outside the content folder", "copy the file in"])
        #expect(!result.run.stderr.contains("root:x:0:0"))
    }

    @Test func aStylesheetLinkedOutsideContentIsAnError() throws {
        let result = try EditedBuild { content in
            try FileManager.default.createDirectory(at: content.appendingPathComponent("theme"), withIntermediateDirectories: true)
            try Self.link("theme/herstelsite.css", to: "/etc/os-release", in: content)
        }
        defer { result.cleanUp() }
        result.expectRefused(["theme/herstelsite.css"], words: ["outside the content folder"])
    }

    @Test func aRelativeLinkThatClimbsOutOfContentIsAnError() throws {
        let result = try EditedBuild { content in
            try Support.write("# Buiten\n\nGeheime tekst van buiten.\n", to: content.deletingLastPathComponent().appendingPathComponent("buiten.md"))
            try Self.link("pages/buiten.md", to: "../../buiten.md", in: content)
        }
        defer { result.cleanUp() }
        result.expectRefused(["pages/buiten.md"], words: ["outside the content folder"])
    }

    @Test func aLinkToAHiddenFileInsideContentIsAnError() throws {
        let result = try EditedBuild { content in
            try Support.write("titel: Notities\n", to: content.appendingPathComponent(".notities/geheim.md"))
            try Self.link("pages/notities.md", to: "../.notities/geheim.md", in: content)
        }
        defer { result.cleanUp() }
        result.expectRefused(["pages/notities.md"], words: ["a hidden file the build does not read"])
    }

    /// The choice made (docs/content.md): a link that stays inside Content is read as the file
    /// it leads to, e.g. one report text under two names.
    @Test func aLinkToAFileInsideContentIsReadAsThatFile() throws {
        let result = try EditedBuild { content in
            try Self.link("pages/over-de-lijst.md", to: "over.md", in: content)
        }
        defer { result.cleanUp() }
        #expect(result.run.status == 0, "\(result.run.stderr)")
        let site = Support.tree(result.output)
        let original = try #require(site["over/index.html"])
        let linked = try #require(site["over-de-lijst/index.html"], "\(site.keys.sorted())")
        let title = try #require(String(decoding: original, as: UTF8.self).firstMatch(of: /<h1>[^<]*<\/h1>/)).output
        #expect(String(decoding: linked, as: UTF8.self).contains(title))
    }

    @Test func theContentFolderItselfMayBeALink() throws {
        let folder = try Support.copyFixture("minimal")
        defer { try? FileManager.default.removeItem(at: folder) }
        let linked = folder.appendingPathComponent("Inhoud")
        try FileManager.default.createSymbolicLink(atPath: linked.path, withDestinationPath: "Content")
        let run = try Support.run(["check", "--content", linked.path])
        #expect(run.status == 0, "\(run.stderr)")
    }

    // MARK: 12. What cannot be read

    @Test func aFolderUnderCasesThatCannotBeReadIsAnErrorNamingIt() throws {
        // Root reads a folder of mode 000 anyway, so as root the build runs as `nobody`: the
        // folder is then truly unreadable to the process, as it is to a web team's account.
        let root = getuid() == 0
        let result = try EditedBuild(command: "check", asNobody: root) { content in
            try Support.write(
                try String(contentsOf: content.appendingPathComponent("cases/zuiderzon.md"), encoding: .utf8),
                to: content.appendingPathComponent("cases/2023/zuiderzon.md"))
            try FileManager.default.removeItem(at: content.appendingPathComponent("cases/zuiderzon.md"))
            chmod(content.appendingPathComponent("cases/2023").path, 0)
        }
        defer { result.cleanUp() }
        #expect(result.run.status == 1, "\(result.run.stderr)")
        #expect(result.errors.count == 1, "\(result.run.stderr)")
        #expect(result.errors.first?.hasPrefix("cases/2023: error: cannot read this folder (permission denied)") == true, "\(result.errors)")
        #expect(result.run.stdout.isEmpty)
    }

    @Test func aDanglingLinkIsAnErrorNamingIt() throws {
        let result = try EditedBuild { content in
            try Self.link("cases/weg.md", to: "ergens/niet.md", in: content)
        }
        defer { result.cleanUp() }
        result.expectRefused(["cases/weg.md"], words: ["link to ergens/niet.md, which does not exist"])
    }

    @Test func aLinkLoopIsAnErrorNamingIt() throws {
        let result = try EditedBuild { content in
            try Self.link("cases/a.md", to: "b.md", in: content)
            try Self.link("cases/b.md", to: "a.md", in: content)
        }
        defer { result.cleanUp() }
        result.expectRefused(["cases/a.md", "cases/b.md"], words: ["leads round in a circle"])
    }

    @Test func aLinkedFolderIsAnErrorNamingIt() throws {
        let result = try EditedBuild { content in
            let elsewhere = content.deletingLastPathComponent().appendingPathComponent("elders")
            try Support.write(
                try String(contentsOf: content.appendingPathComponent("cases/zuiderzon.md"), encoding: .utf8),
                to: elsewhere.appendingPathComponent("zuiderzon.md"))
            try FileManager.default.removeItem(at: content.appendingPathComponent("cases/zuiderzon.md"))
            try Self.link("cases/2023", to: elsewhere.path, in: content)
            try Self.link("cases/zelfde", to: ".", in: content)
        }
        defer { result.cleanUp() }
        result.expectRefused(["cases/2023", "cases/zelfde"], words: ["links to folders are not followed", "link to the folder ."])
    }

    @Test func aNamedPipeIsAnErrorAndDoesNotHangTheBuild() throws {
        let result = try EditedBuild { content in
            #expect(mkfifo(content.appendingPathComponent("cases/pijp.md").path, 0o644) == 0)
        }
        defer { result.cleanUp() }
        result.expectRefused(["cases/pijp.md"], words: ["this is a named pipe, not a file"])
    }

    @Test func everyProblemIsToldAtOnce() throws {
        let result = try EditedBuild(command: "check") { content in
            try Self.link("cases/weg.md", to: "nergens.md", in: content)
            try Self.link("reports/voldaan.md.bak", to: "/etc/passwd", in: content)
            try Support.write("---\nschooljaar: 2022\n---\n", to: content.appendingPathComponent("cases/kapot.md"))
        }
        defer { result.cleanUp() }
        #expect(result.run.status == 1)
        #expect(result.errors.contains { $0.hasPrefix("cases/weg.md: error:") })
        #expect(result.errors.contains { $0.hasPrefix("reports/voldaan.md.bak: error:") })
        #expect(result.errors.contains { $0.hasPrefix("cases/kapot.md:") })
    }

    // MARK: 13. The output resolved through links

    @Test func anOutputThroughALinkIntoContentIsRefused() throws {
        let result = try EditedBuild(extra: []) { _ in }
        defer { result.cleanUp() }
        let link = result.folder.appendingPathComponent("pp")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: result.content.appendingPathComponent("pages").path)
        let pagesBefore = Support.tree(result.content)
        for output in ["pp/out", "pp/../out", "pp"] {
            let run = try Support.run(["build", "--content", "Content", "--output", output], in: result.folder)
            #expect(run.status == 1, "\(output): \(run.stderr)")
            #expect(run.stderr.contains("refusing to") && run.stderr.contains("content folder"), "\(output): \(run.stderr)")
            #expect(Support.tree(result.content) == pagesBefore, "\(output): something was written into Content/")
            #expect(try FileManager.default.contentsOfDirectory(atPath: result.content.path).allSatisfy { !$0.hasPrefix(".") })
            Trust.expectNoCrash(run)
        }
    }

    @Test func resolvingAPathFollowsLinksBeforeItsMissingParts() throws {
        let folder = try Support.temporaryFolder("resolve")
        defer { try? FileManager.default.removeItem(at: folder) }
        let real = folder.appendingPathComponent("echt/diep")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("l").path, withDestinationPath: real.path)
        let base = FileTree.realPath(folder.path)!
        #expect(SiteWriter.resolved(folder.appendingPathComponent("l/nieuw/x").path).path == base + "/echt/diep/nieuw/x")
        #expect(SiteWriter.resolved(folder.appendingPathComponent("l/../nieuw").path).path == base + "/echt/nieuw")
        #expect(SiteWriter.resolved(folder.appendingPathComponent("l/nieuw/../y").path).path == base + "/echt/diep/y")
        #expect(SiteWriter.resolved("/").path == "/")
    }
}

extension Support {
    /// Runs the executable as the user `nobody` (setpriv; the caller is root).
    static func runAsNobody(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", executable.path] + arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }
}
