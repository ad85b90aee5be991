import Foundation
import Testing

/// Private numbers are matched as whole numbers: digits that only line up by accident inside
/// a longer number (a report URL joins board number and school year) are not a leak, while
/// the number itself, however written, still is.
@Suite("Privacy gate: numbers")
struct PrivacyNumberTests {
    /// The basic fixture, with case `ster.md`'s kenmerk set to `kenmerk` and `body` as its report.
    func build(kenmerk: String, body: String = "") throws -> (Run, URL) {
        let folder = try Support.copyFixture("basic")
        let file = folder.appendingPathComponent("Content/cases/ster.md")
        let text = Support.text(file).replacingOccurrences(of: "kenmerk: \"71344307\"", with: "kenmerk: \"\(kenmerk)\"")
        try Support.write(text + body, to: file)
        let output = folder.appendingPathComponent("public")
        return (try Support.run(["build", "--content", folder.appendingPathComponent("Content").path, "--output", output.path]), output)
    }

    @Test func aKenmerkThatOnlyAppearsInsideALongerNumberIsNoLeak() throws {
        // besturen/41234/2022-2023/ normalises to the digits 4123420222023, which contain 12342022.
        let (run, output) = try build(kenmerk: "12342022")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("besturen/41234/2022-2023/index.html").path))
    }

    @Test func theKenmerkItselfIsCaughtHoweverItIsWritten() throws {
        let (run, _) = try build(kenmerk: "12342022", body: "Zie onze brief met kenmerk 1234-2022.\n")
        #expect(run.status == 1)
        #expect(run.errors.contains { $0.contains("cases/ster.md:17: error:") && $0.contains("intern.kenmerk") }, "\(run.stderr)")
    }
}
