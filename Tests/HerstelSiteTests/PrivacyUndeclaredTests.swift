import Foundation
import Testing

/// SPEC §2 item 4 end to end: personal data that nobody declared, pasted into a case body, a
/// report template, a free page and a name field, is stopped at its source line; an allowed
/// exception passes and `check --privacy` lists it with its reason.
@Suite("Privacy gate: undeclared personal data, end to end")
struct PrivacyUndeclaredTests {
    static let expected: [(String, String)] = [
        ("cases/aa-eigen-tekst.md:33", "name of a person 'ir. B. Kuipers'"),
        ("cases/aa-eigen-tekst.md:35", "BSN '1234.56.782'"),
        ("cases/aa-eigen-tekst.md:35", "date of birth 'geboren op 12-03-2011'"),
        ("cases/ster.md:8", "name of a person 'Fatima el Amrani'"),
        ("pages/over.md:6", "home address 'Kerkstraat 12'"),
        ("pages/over.md:6", "home address '1234 AB Amsterdam'"),
        ("pages/over.md:6", "name of a person 'mevrouw A. de Vries-Jansen'"),
        ("pages/over.md:8", "e-mail address 'info[at]scholengroep.nl'"),
        ("reports/voldaan.md:11", "IBAN 'NL91 ABNA 0417 1643 00'"),
    ]

    @Test func everyCategoryIsStoppedAtItsSourceLineAndNothingIsWritten() throws {
        let folder = try Support.copyFixture("privacy-undeclared")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        let run = try Support.run(["build", "--content", "Content", "--output", output.path], in: folder)
        #expect(run.status == 1)
        #expect(run.errors.count == Self.expected.count, "\(run.stderr)")
        for (place, what) in Self.expected {
            #expect(
                run.errors.contains { $0.hasPrefix("Content/\(place): error: \(what) would be published in public/") },
                "\(place) \(what)\n\(run.stderr)")
        }
        // The allowed official is not an error; the exception that occurs nowhere is a warning.
        #expect(!run.errors.contains { $0.contains("van Dam") })
        #expect(run.stderr.contains("Content/site.yml:17: warning: privacy.toegestaan allows '06-11112222', which appears nowhere on the site"))
        #expect(run.stderr.hasSuffix("9 errors and 1 warning; nothing was written.\n"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
        #expect(!run.stderr.contains("Fatal error") && !run.stderr.contains("Stack dump"))
    }

    @Test func checkPrivacyListsTheExceptionsInUseWithReasonAndSource() throws {
        let folder = try Support.copyFixture("privacy-undeclared")
        defer { try? FileManager.default.removeItem(at: folder) }
        // Take the planted data out again; the public official stays.
        let content = folder.appendingPathComponent("Content")
        for (file, planted) in [
            ("cases/aa-eigen-tekst.md", ["Met vriendelijke groet,", "ir. B. Kuipers", "De leerling, geboren"]),
            ("reports/voldaan.md", ["Het bestuur maakte"]), ("pages/over.md", ["Contactpersoon was", "Vragen? Mail"]),
        ] {
            let url = content.appendingPathComponent(file)
            let kept = Support.text(url).split(separator: "\n", omittingEmptySubsequences: false).filter { line in
                !planted.contains { line.hasPrefix($0) }
            }
            try Support.write(kept.joined(separator: "\n"), to: url)
        }
        let ster = content.appendingPathComponent("cases/ster.md")
        try Support.write(Support.text(ster).replacingOccurrences(of: ", t.a.v. Fatima el Amrani", with: ""), to: ster)

        let run = try Support.run(["check", "--content", "Content", "--privacy"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\"mr. H. van Dam\"  (Content/site.yml:16)"), "\(run.stdout)")
        #expect(run.stdout.contains("reason: voorzitter van het college van bestuur, in die rol openbaar"))
        #expect(run.stdout.contains("Content/pages/over.md:"), "\(run.stdout)")
        #expect(run.stdout.contains("\"088-6696060\""), "\(run.stdout)")
        #expect(run.stdout.contains("reason: none given"), "\(run.stdout)")
        #expect(run.stderr.contains("Content/site.yml:17: warning:"), "\(run.stderr)")
        // Without --privacy the list is not printed, and nothing is written either way.
        let plain = try Support.run(["check", "--content", "Content"], in: folder)
        #expect(plain.status == 0 && !plain.stdout.contains("van Dam"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("public").path))
    }
}
