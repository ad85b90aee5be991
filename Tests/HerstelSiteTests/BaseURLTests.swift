import Foundation
import Testing

/// SPEC §4: `build --base-url URL` builds for another host (a staging copy) without editing
/// site.yml: canonical links, feed, sitemaps and DiWoo use URL instead of `basis-url`.
@Suite("build --base-url")
struct BaseURLTests {
    static let published = "https://www.example.org/herstelopdrachten/"
    static let staging = "https://staging.example.net/herstel/"

    @Test func everyAbsoluteLinkUsesTheGivenAddress() throws {
        let folder = try Support.copyFixture("woo")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("Content")
        let settings = Support.text(content.appendingPathComponent("site.yml"))
        let output = folder.appendingPathComponent("public")
        // Without the slash at the end, as people type it.
        let run = try Support.run(["build", "--content", content.path, "--output", output.path, "--base-url", "https://staging.example.net/herstel"])
        #expect(run.status == 0, "\(run.stderr)")
        let files = Support.tree(output).mapValues { String(decoding: $0, as: UTF8.self) }
        let mentioning = files.filter { $0.value.contains(Self.published) }.keys.sorted()
        #expect(mentioning.isEmpty, "still the address of site.yml: \(mentioning)")
        #expect(files["index.html"]?.contains("<link rel=\"canonical\" href=\"\(Self.staging)\"") == true)
        #expect(files["feed.xml"]?.contains(Self.staging) == true)
        #expect(files["sitemap.xml"]?.contains("<loc>\(Self.staging)") == true)
        #expect(files["robots.txt"]?.contains("Sitemap: \(Self.staging)") == true)
        let diwoo = files.filter { $0.key.contains("diwoo") }
        #expect(!diwoo.isEmpty)
        #expect(diwoo.values.allSatisfy { $0.contains(Self.staging) })
        // site.yml is not touched.
        #expect(Support.text(content.appendingPathComponent("site.yml")) == settings)
    }

    @Test func withoutTheOptionTheSiteUsesBasisURL() throws {
        let folder = try Support.copyFixture("woo")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        let run = try Support.run(["build", "--content", folder.appendingPathComponent("Content").path, "--output", output.path])
        #expect(run.status == 0, "\(run.stderr)")
        let index = Support.text(output.appendingPathComponent("index.html"))
        #expect(index.contains("<link rel=\"canonical\" href=\"\(Self.published)\""))
        #expect(!Support.tree(output).values.contains { String(decoding: $0, as: UTF8.self).contains("staging.example.net") })
    }

    @Test func anotherAddressIsNotUpToDate() throws {
        let folder = try Support.copyFixture("minimal")
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = [
            "build", "--content", folder.appendingPathComponent("Content").path, "--output", folder.appendingPathComponent("public").path,
        ]
        #expect(try Support.run(arguments).status == 0)
        let staged = try Support.run(arguments + ["--base-url", Self.staging])
        #expect(staged.status == 0)
        #expect(staged.stdout.hasPrefix("Built "), "\(staged.stdout)")
        #expect(try Support.run(arguments + ["--base-url", Self.staging]).stdout.hasPrefix("Up to date"))
        #expect(try Support.run(arguments).stdout.hasPrefix("Built "))
    }

    @Test(
        "a bad address is wrong usage: status 2, a clear message, nothing written",
        arguments: ["staging.example.net/herstel/", "ftp://staging.example.net/", "https://", "https://staging example.net/", ""])
    func badAddressIsAUsageError(url: String) throws {
        let folder = try Support.copyFixture("minimal")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("public")
        let run = try Support.run(["build", "--content", folder.appendingPathComponent("Content").path, "--output", output.path, "--base-url", url])
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains("--base-url must be an absolute http(s) URL"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
