import Foundation
import Testing

/// `herstelsite --version` (SPEC §4, §5): the version and the commit, fixed when the binary was
/// compiled. A plain `swift build` says so honestly; scripts/package.sh passes the real values
/// (scripts/release-test.sh checks those).
@Suite("--version")
struct VersionTests {
    @Test func aPlainBuildNamesItselfADevelopmentBuildOfAnUnknownCommit() throws {
        let run = try Support.run(["--version"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "herstelsite 0.0.0-dev (commit unknown)\n", "\(run.stdout)")
    }
}
