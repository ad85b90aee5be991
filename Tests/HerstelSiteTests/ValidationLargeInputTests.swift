import Foundation
import Testing

/// Very large content is built or refused with a message, within reason; never a crash.
@Suite("Validation: very large inputs", .serialized)
struct ValidationLargeInputTests {
    static let front = """
        ---
        schooljaar: 2022-2023
        sector: vo
        bestuur:
          naam: Stichting Zuiderzon
          nummer: "05678"
        scholen:
          - naam: Zuiderzon College
            brin: 34CD
        herstelopdracht: 2023-07-10
        termijn: 2023-11-01
        status: niet-voldaan
        afgesloten: 2023-12-04
        ---

        """

    /// `minimal` with the body of cases/zuiderzon.md replaced.
    func contentWithBody(_ body: String) throws -> URL {
        try Trust.minimalCopy("large") { content in
            try Data((Self.front + body).utf8).write(to: content.appendingPathComponent("cases/zuiderzon.md"))
        }
    }

    @Test func aBodyOfEightMegabytesBuilds() throws {
        let paragraph =
            "De inspectie stelde vast dat @bestuur@ de gegevens over @schooljaar@ niet op tijd aanleverde; zie **artikel 3.40** en de termijn @termijn@.\n\n"
        let body = String(repeating: paragraph, count: 8 * 1_048_576 / paragraph.utf8.count)
        let folder = try contentWithBody(body)
        defer { try? FileManager.default.removeItem(at: folder) }
        let start = Date()
        let run = try Support.run(["build", "--content", "Content", "--output", "public"], in: folder)
        Trust.expectNoCrash(run)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(Date().timeIntervalSince(start) < 120, "a large body is handled in linear time")
        let page = try #require(
            FileManager.default.contents(atPath: folder.appendingPathComponent("public/besturen/05678/2022-2023/index.html").path))
        #expect(page.count > 8 * 1_000_000)
    }

    /// A pathological body by name: the test log shows the name, not megabytes of brackets.
    struct Pathology: CustomTestStringConvertible, Sendable {
        let name: String
        let body: @Sendable () -> String
        var testDescription: String { name }

        static let all: [Pathology] = [
            Pathology(name: "brackets") { String(repeating: "[", count: 1_000_000) + String(repeating: "]", count: 1_000_000) },
            Pathology(name: "emphasis") { String(repeating: "*a **a ***a ", count: 200_000) },
            Pathology(name: "links") { String(repeating: "[a](b ", count: 300_000) },
            Pathology(name: "quotes") { String(repeating: ">", count: 100_000) + " diep\n" },
            Pathology(name: "lists") { (0..<20_000).map { String(repeating: "  ", count: $0 % 200) + "- item\n" }.joined() },
        ]
    }

    @Test("pathological Markdown of a few megabytes builds", arguments: Pathology.all)
    func pathologicalMarkdownBuilds(_ pathology: Pathology) throws {
        let folder = try contentWithBody(pathology.body())
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Support.run(["check", "--content", "Content"], in: folder)
        Trust.expectNoCrash(run)
        #expect(run.status == 0, "\(pathology.name): \(run.stderr.prefix(2000))")
    }

    @Test func aFileOverTheLimitIsRefusedAtLine1() throws {
        let folder = try Trust.minimalCopy("huge") { content in
            var data = Data((Self.front).utf8)
            data.append(Data(repeating: UInt8(ascii: "a"), count: 17 * 1_048_576))
            try data.write(to: content.appendingPathComponent("cases/zuiderzon.md"))
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try Support.run(
            ["build", "--content", Support.fixtures.appendingPathComponent("minimal").path, "--output", "public"], in: folder)
        try #require(before.status == 0)
        let site = Support.tree(folder.appendingPathComponent("public"))
        let run = try Support.run(["build", "--content", "Content", "--output", "public"], in: folder)
        Trust.expectNoCrash(run)
        #expect(run.status == 1)
        #expect(run.errors.count == 1)
        #expect(run.errors.first?.hasPrefix("Content/cases/zuiderzon.md: error: file is 17") == true, "\(run.stderr)")
        #expect(run.errors.first?.contains("more than the 16 MiB a content file may be") == true)
        #expect(Support.tree(folder.appendingPathComponent("public")) == site)
    }

    @Test func aManyMegabyteSiteYmlIsHandled() throws {
        let folder = try Trust.minimalCopy("site") { content in
            var text = try String(contentsOf: content.appendingPathComponent("site.yml"), encoding: .utf8)
            text += "extra:\n" + (0..<200_000).map { "  veld\($0): waarde\n" }.joined()
            try Data(text.utf8).write(to: content.appendingPathComponent("site.yml"))
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Support.run(["check", "--content", "Content"], in: folder)
        Trust.expectNoCrash(run)
        #expect(run.status == 1)
        #expect(
            run.errors == [
                "Content/site.yml:14: error: unknown field 'extra' in site.yml; known fields are 'titel', 'organisatie', 'basis-url', 'contact', 'sectoren', 'privacy', 'woo', 'open-data'"
            ])
    }
}
