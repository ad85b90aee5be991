import Foundation
import Testing

@testable import HerstelSite

/// SPEC §3 "Corrections and withdrawals": the `corrections` fixture built by the real
/// executable. It has one corrected report with two entries (04127, 2022-2023), one withdrawn
/// report of a board that keeps another case (04127, 2021-2022), and one board whose only case
/// is withdrawn (30001).
@Suite("Corrections and withdrawals: what a build publishes")
struct CorrectionBuildTests {
    let folder: URL
    let output: URL
    let run: Run
    let base = "https://www.example.org/herstelopdrachten/"

    init() throws {
        folder = try Support.copyFixture("corrections")
        output = folder.appendingPathComponent("public")
        run = try Support.run(["build", "--content", folder.appendingPathComponent("Content").path, "--output", output.path])
    }

    func text(_ path: String) -> String { Support.text(output.appendingPathComponent(path)) }

    @Test func nothingOfAWithdrawnReportIsPublished() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(run.status == 0, "\(run.stderr)")
        let files = Support.tree(output)
        #expect(!files.isEmpty)
        for (path, data) in files {
            let text = String(decoding: data, as: UTF8.self)
            // The board whose only case is withdrawn, the withdrawn case's name, and its report text.
            for withdrawn in ["Amstelrand", "Oud Noord", "Geheime Zin", "78GH"] {
                #expect(!text.contains(withdrawn), "\(path) holds '\(withdrawn)'")
            }
        }
    }
}
