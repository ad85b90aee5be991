import Foundation
import HerstelSite
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// SPEC §3 and §4: every build writes `SHA256SUMS`, and `herstelsite verify` tells whether a
/// folder holds exactly those files — 0 when it does, 1 naming each difference, 2 on wrong usage.
@Suite("Verify: SHA256SUMS and herstelsite verify")
struct VerifyTests {
    let folder: URL
    let output: URL

    init() throws {
        (folder, _, output) = try BuiltFixture.basic.get().copy()
    }

    func verify(_ arguments: [String]? = nil) throws -> Run {
        try Support.run(["verify"] + (arguments ?? [output.path]))
    }

    var manifest: String { Support.text(output.appendingPathComponent("SHA256SUMS")) }

    /// The manifest's lines as (digest, path).
    var entries: [(String, String)] {
        manifest.split(separator: "\n").map { line in (String(line.prefix(64)), String(line.dropFirst(66))) }
    }

    @Test func theManifestListsEveryOtherFileOnceSortedBytewiseInSha256sumFormat() throws {
        let files = Set(Support.tree(output).keys).subtracting(["SHA256SUMS"])
        let paths = entries.map(\.1)
        #expect(Set(paths) == files)
        #expect(paths.count == files.count)
        #expect(paths == paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        for line in manifest.split(separator: "\n") {
            #expect(line.range(of: "^[0-9a-f]{64}  [^/][^ ]*$", options: .regularExpression) != nil, "\(line)")
        }
        #expect(manifest.hasSuffix("\n"))
        #expect(paths.contains("index.html") && paths.contains("assets/herstelsite.css") && paths.contains("open-data/herstelopdrachten.csv"))
    }

    @Test func sha256sumCheckPassesOnTheBuild() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum", "--check", "--strict", "--quiet", "SHA256SUMS"]
        process.currentDirectoryURL = output
        let err = Pipe()
        process.standardError = err
        process.standardOutput = err
        try process.run()
        process.waitUntilExit()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(text)")
    }

    @Test func theDigestsAreThoseOfTheBytesWritten() throws {
        let tree = Support.tree(output)
        let index = try #require(tree["index.html"])
        let digest = try #require(entries.first { $0.1 == "index.html" }?.0)
        #expect(digest == Self.sha256(index))
    }

    @Test func twoBuildsOfTheSameContentWriteTheSameManifest() throws {
        let second = folder.appendingPathComponent("second")
        let run = try Support.run([
            "build", "--force", "--content", folder.appendingPathComponent("Content").path, "--output", second.path,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let first = try Data(contentsOf: output.appendingPathComponent("SHA256SUMS"))
        let again = try Data(contentsOf: second.appendingPathComponent("SHA256SUMS"))
        #expect(first == again)
        #expect(!first.isEmpty)
    }

    @Test func aFreshBuildVerifies() throws {
        let run = try verify()
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        let count = entries.count
        #expect(run.stdout.contains("OK: \(output.path)/ holds exactly the \(count) files its SHA256SUMS lists"), "\(run.stdout)")
        let digest = Self.sha256(try Data(contentsOf: output.appendingPathComponent("SHA256SUMS")))
        #expect(run.stdout.contains("SHA-256 of SHA256SUMS: \(digest)"), "\(run.stdout)")
        #expect(run.stderr.isEmpty)
    }

    @Test func oneChangedByteIsNamedAsAltered() throws {
        let file = output.appendingPathComponent("besturen/41234/2022-2023/index.html")
        var bytes = try Data(contentsOf: file)
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: file)
        let run = try verify()
        #expect(run.status == 1)
        #expect(
            run.stdout.split(separator: "\n").first
                == "\(output.path)/besturen/41234/2022-2023/index.html: altered: its SHA-256 is not the one SHA256SUMS lists")
        #expect(run.stdout.contains("does not match its SHA256SUMS: 1 altered (of \(entries.count) files listed)"), "\(run.stdout)")
    }

    @Test func aDeletedFileIsNamedAsMissing() throws {
        try FileManager.default.removeItem(at: output.appendingPathComponent("feed.xml"))
        let run = try verify()
        #expect(run.status == 1)
        #expect(run.stdout.contains("\(output.path)/feed.xml: missing: listed in SHA256SUMS, not in the folder\n"), "\(run.stdout)")
        #expect(run.stdout.contains(": 1 missing "), "\(run.stdout)")
    }

    @Test func anAddedFileIsNamedAsExtraHiddenOnesToo() throws {
        try Data("x".utf8).write(to: output.appendingPathComponent("besturen/extra.html"))
        try Data("Deny from all".utf8).write(to: output.appendingPathComponent(".htaccess"))
        let run = try verify()
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("\(output.path)/.htaccess: extra: a file not listed in SHA256SUMS"), "\(run.stdout)")
        #expect(lines.contains("\(output.path)/besturen/extra.html: extra: a file not listed in SHA256SUMS"), "\(run.stdout)")
        #expect(lines.last?.contains(": 2 extra ") == true, "\(run.stdout)")
    }

    @Test func anEmptyFolderIsNamedAsExtra() throws {
        try FileManager.default.createDirectory(at: output.appendingPathComponent("schooljaren/leeg"), withIntermediateDirectories: true)
        let run = try verify()
        #expect(run.status == 1)
        #expect(
            run.stdout.contains("\(output.path)/schooljaren/leeg/: extra: an empty folder; SHA256SUMS lists no file in it\n"),
            "\(run.stdout)")
    }

    @Test func aFileReplacedByASymbolicLinkIsNamedAsALink() throws {
        let file = output.appendingPathComponent("robots.txt")
        let copy = folder.appendingPathComponent("robots-copy.txt")
        // The link points at a copy with the very same bytes: only the link itself is wrong.
        try FileManager.default.copyItem(at: file, to: copy)
        try FileManager.default.removeItem(at: file)
        try FileManager.default.createSymbolicLink(atPath: file.path, withDestinationPath: copy.path)
        let run = try verify()
        #expect(run.status == 1)
        #expect(
            run.stdout.contains(
                "\(output.path)/robots.txt: replaced: a symbolic link (to \(copy.path)) where SHA256SUMS lists a file\n"),
            "\(run.stdout)")
    }

    @Test func everyDifferenceIsNamedAtOnceSortedByPath() throws {
        try FileManager.default.removeItem(at: output.appendingPathComponent("sitemap.xml"))
        try Data("x".utf8).write(to: output.appendingPathComponent("aaa.txt"))
        try Data("changed".utf8).write(to: output.appendingPathComponent("robots.txt"))
        let run = try verify()
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4, "\(run.stdout)")
        #expect(lines.prefix(3).map { $0.dropFirst(output.path.count + 1).prefix(while: { $0 != ":" }) } == ["aaa.txt", "robots.txt", "sitemap.xml"])
        #expect(lines.last?.hasSuffix("1 missing, 1 altered, 1 extra (of \(entries.count) files listed)") == true, "\(run.stdout)")
    }

    @Test func verifyWritesNothingAndReadsNoContent() throws {
        try FileManager.default.removeItem(at: folder.appendingPathComponent("Content"))
        let before = Support.tree(folder)
        let run = try Support.run(["verify", output.path], in: folder)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(Support.tree(folder) == before)
    }

    @Test func theDefaultFolderIsPublic() throws {
        let run = try Support.run(["verify"], in: folder)
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        #expect(run.stdout.hasPrefix("OK: public/ holds exactly"), "\(run.stdout)")
    }

    @Test func aFolderWithoutAManifestIsAUsageError() throws {
        try FileManager.default.removeItem(at: output.appendingPathComponent("SHA256SUMS"))
        let run = try verify()
        #expect(run.status == 2)
        #expect(run.stderr.contains("error: \(output.path)/SHA256SUMS does not exist"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }

    @Test func aMissingFolderIsAUsageError() throws {
        let run = try verify([folder.appendingPathComponent("nergens").path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("nergens does not exist"), "\(run.stderr)")
    }

    @Test func malformedManifestLinesAreUsageErrorsNamedByLine() throws {
        var lines = manifest.split(separator: "\n").map(String.init)
        lines[1] = "not a digest  index.html"
        lines[3] = String(repeating: "a", count: 64) + "  ../../etc/passwd"
        lines[4] = String(repeating: "b", count: 64) + " one-space.html"
        lines[5] = lines[0]
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: output.appendingPathComponent("SHA256SUMS"))
        let run = try verify()
        #expect(run.status == 2, "\(run.stdout)\(run.stderr)")
        let errors = run.stderr.split(separator: "\n").map(String.init)
        let path = output.path + "/SHA256SUMS"
        #expect(errors.count == 4, "\(run.stderr)")
        #expect(errors.first?.hasPrefix("\(path):2: error: malformed line: expected 64 hex digits") == true, "\(run.stderr)")
        #expect(errors.contains { $0.hasPrefix("\(path):4: error: malformed line: '../../etc/passwd' has a '.' or '..' part") }, "\(run.stderr)")
        #expect(errors.contains { $0.hasPrefix("\(path):5: error: malformed line: expected two spaces") }, "\(run.stderr)")
        #expect(errors.contains { $0.hasPrefix("\(path):6: error: ") && $0.contains("listed twice (first at line 1)") }, "\(run.stderr)")
    }

    @Test func twoFoldersAreAUsageError() throws {
        let run = try Support.run(["verify", output.path, output.path])
        #expect(run.status == 2)
    }

    static func sha256(_ data: Data) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sha256sum"]
        let input = Pipe()
        let out = Pipe()
        process.standardInput = input
        process.standardOutput = out
        try? process.run()
        input.fileHandleForWriting.write(data)
        try? input.fileHandleForWriting.close()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return String(text.prefix(64))
    }
}

/// The manifest format in memory: what `sha256sum -c` reads, and the lines it refuses.
@Suite("SiteManifest: the SHA256SUMS format")
struct SiteManifestTests {
    @Test func pathsAreSortedByTheirBytesNotByUnicodeRules() {
        let digest = String(repeating: "0", count: 64)
        let manifest = SiteManifest(digests: ["b": digest, "B": digest, "é": digest, "e\u{301}x": digest, "a/b": digest, "a-b": digest])
        #expect(manifest.entries.map(\.path) == ["B", "a-b", "a/b", "b", "e\u{301}x", "é"])
    }

    @Test func aPathWithABackslashOrALineBreakIsEscapedAsCoreutilsDoesAndReadBack() throws {
        let digest = String(repeating: "a", count: 64)
        let manifest = SiteManifest(digests: ["a\\b": digest, "c\nd": digest])
        #expect(manifest.text == "\\\(digest)  a\\\\b\n\\\(digest)  c\\nd\n")
        guard case .success(let parsed) = SiteManifest.parse(Array(manifest.text.utf8), file: "SHA256SUMS") else {
            Issue.record("the escaped manifest does not parse")
            return
        }
        #expect(parsed == manifest)
    }

    @Test func binaryMarkerAndUpperCaseDigitsAreAcceptedAsSha256sumDoes() throws {
        let text = String(repeating: "A", count: 64) + " *index.html\n"
        guard case .success(let parsed) = SiteManifest.parse(Array(text.utf8), file: "SHA256SUMS") else {
            Issue.record("not accepted")
            return
        }
        #expect(parsed.entries == [SiteManifest.Entry(path: "index.html", digest: String(repeating: "a", count: 64))])
    }

    @Test func pathsThatLeaveTheFolderAreRefused() {
        let digest = String(repeating: "a", count: 64)
        for path in ["/etc/passwd", "../x", "a/../../x", "a//b", "a/", "./a", "SHA256SUMS", ""] {
            let text = "\(digest)  \(path)\n"
            guard case .failure(let problems) = SiteManifest.parse(Array(text.utf8), file: "M") else {
                Issue.record("'\(path)' accepted")
                continue
            }
            #expect(problems.count == 1 && problems[0].location.line == 1, "\(path): \(problems)")
        }
    }
}

/// `changes --against DIR` uses DIR's SHA256SUMS: it tells when the copy was edited after it
/// was built, and still compares the copy as it is.
@Suite("Changes: the earlier build's SHA256SUMS")
struct ChangesManifestTests {
    let folder: URL
    let content: URL
    let output: URL

    init() throws {
        (folder, content, output) = try BuiltFixture.basic.get().copy()
    }

    func changes() throws -> Run { try Support.run(["changes", "--content", content.path, "--against", output.path]) }

    @Test func anUntouchedCopyIsComparedWithoutRemark() throws {
        let run = try changes()
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "No changes: a build now would publish the same as \(output.path)/\n")
        #expect(!run.stderr.contains("SHA256SUMS"), "\(run.stderr)")
    }

    @Test func aCopyEditedOnTheServerIsToldAndComparedAsItIs() throws {
        let robots = output.appendingPathComponent("robots.txt")
        try Data("User-agent: *\nDisallow: /\n".utf8).write(to: robots)
        let run = try changes()
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stderr.contains("warning: \(output.path)/ no longer matches its own SHA256SUMS: it was changed after it was built"),
            "\(run.stderr)")
        #expect(run.stderr.contains("  \(output.path)/robots.txt: altered: its SHA-256 is not the one SHA256SUMS lists\n"), "\(run.stderr)")
        // A build now would put the right robots.txt back: that is a change to be signed off.
        #expect(run.stdout.contains("  ~ robots.txt"), "\(run.stdout)")
    }

    @Test func aCopyWithoutAManifestIsComparedFileByFileAndSaysSo() throws {
        try FileManager.default.removeItem(at: output.appendingPathComponent("SHA256SUMS"))
        let run = try changes()
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "No changes: a build now would publish the same as \(output.path)/\n")
        #expect(run.stderr.contains("note: \(output.path)/ has no SHA256SUMS"), "\(run.stderr)")
    }

    @Test func aChangedReportIsStillShownWhenUnchangedFilesAreSkipped() throws {
        let url = content.appendingPathComponent("pages/over.md")
        try Support.write(
            Support.text(url).replacingOccurrences(of: "afgesloten herstelopdrachten", with: "alle afgesloten herstelopdrachten"), to: url)
        let run = try changes()
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Other pages (1):\n  ~ over/  page"), "\(run.stdout)")
    }
}
