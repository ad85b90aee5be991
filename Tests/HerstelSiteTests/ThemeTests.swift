import Foundation
import Testing

@testable import HerstelSite

/// The built-in theme lives as files in the repository; the binary carries them compiled in.
@Suite("Theme: the files and the binary")
struct ThemeFilesTests {
    static let folder = Support.packageRoot.appendingPathComponent("Sources/HerstelSite/Theme/files")

    @Test func theCompiledInThemeIsExactlyTheFilesInTheRepository() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(names == BuiltinTheme.files.keys.sorted(), "run scripts/embed-theme.py")
        for name in names {
            let bytes = try Data(contentsOf: Self.folder.appendingPathComponent(name))
            #expect(Array(bytes) == Array(BuiltinTheme.files[name]!.utf8), "\(name) differs from EmbeddedTheme.swift; run scripts/embed-theme.py")
        }
    }

    @Test func everyTemplateTheRendererUsesIsAFile() {
        #expect(
            BuiltinTheme.templates.keys.sorted() == [
                "404", "besturen", "bestuur", "bestuur-ingetrokken", "home", "ingetrokken", "layout", "pagina", "rapport", "schooljaar",
                "schooljaren",
            ])
        #expect(BuiltinTheme.stylesheet == BuiltinTheme.files["herstelsite.css"])
    }
}

/// `herstelsite theme export DIR`: the built-in theme as files to start from.
@Suite("Theme: export")
struct ThemeExportTests {
    @Test func exportWritesEveryTemplateAndTheStylesheetByteForByte() throws {
        let folder = try Support.temporaryFolder("export")
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("nieuw/thema")
        let run = try Support.run(["theme", "export", target.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Wrote 12 theme files"))
        let written = Support.tree(target)
        #expect(written.keys.sorted() == BuiltinTheme.overridableFiles.keys.sorted())
        #expect(written.keys.contains("rapport.mustache") && written.keys.contains("herstelsite.css"))
        for (name, text) in BuiltinTheme.overridableFiles {
            #expect(written[name] == Data(text.utf8), "\(name)")
        }
    }

    @Test func aSiteThemedWithTheExportedFilesIsByteIdenticalToTheBuiltInTheme() throws {
        let folder = try Support.copyFixture("basic")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("Content")
        let plain = folder.appendingPathComponent("plain")
        let themed = folder.appendingPathComponent("themed")
        let first = try Support.run(["build", "--content", content.path, "--output", plain.path])
        #expect(first.status == 0, "\(first.stderr)")
        let export = try Support.run(["theme", "export", content.appendingPathComponent("theme").path])
        #expect(export.status == 0, "\(export.stderr)")
        let second = try Support.run(["build", "--content", content.path, "--output", themed.path])
        #expect(second.status == 0, "\(second.stderr)")
        let a = Support.tree(plain)
        let b = Support.tree(themed)
        #expect(!a.isEmpty)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, bytes) in a where !path.hasPrefix(".") {
            #expect(b[path] == bytes, "\(path)")
        }
        #expect(Support.text(themed.appendingPathComponent("assets/herstelsite.css")) == BuiltinTheme.stylesheet)
    }

    @Test func anExportedTemplateThatIsChangedChangesTheSite() throws {
        let folder = try Support.copyFixture("basic")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("Content")
        let theme = content.appendingPathComponent("theme")
        #expect(try Support.run(["theme", "export", theme.path]).status == 0)
        let page = theme.appendingPathComponent("pagina.mustache")
        try Support.write(Support.text(page).replacingOccurrences(of: "<h1>", with: "<h1 class=\"eigen-ontwerp\">"), to: page)
        let output = folder.appendingPathComponent("public")
        let run = try Support.run(["build", "--content", content.path, "--output", output.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(Support.text(output.appendingPathComponent("over/index.html")).contains("<h1 class=\"eigen-ontwerp\">"))
    }

    @Test func aFolderThatIsNotEmptyIsRefusedAndLeftAlone() throws {
        let folder = try Support.temporaryFolder("export-full")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Support.write("mijn eigen ontwerp", to: folder.appendingPathComponent("layout.mustache"))
        let run = try Support.run(["theme", "export", folder.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(folder.path): error: folder is not empty"), "\(run.stderr)")
        #expect(run.stderr.contains("--force"))
        #expect(Support.tree(folder).keys.sorted() == ["layout.mustache"])
        #expect(Support.text(folder.appendingPathComponent("layout.mustache")) == "mijn eigen ontwerp")
    }

    @Test func forceReplacesTheThemeFilesAndKeepsOtherFiles() throws {
        let folder = try Support.temporaryFolder("export-force")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Support.write("oud", to: folder.appendingPathComponent("layout.mustache"))
        try Support.write("aantekeningen", to: folder.appendingPathComponent("NOTITIES.txt"))
        let run = try Support.run(["theme", "export", "--force", folder.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(Support.text(folder.appendingPathComponent("layout.mustache")) == BuiltinTheme.templates["layout"])
        #expect(Support.text(folder.appendingPathComponent("NOTITIES.txt")) == "aantekeningen")
    }

    @Test func aFileInsteadOfAFolderIsAnIOProblem() throws {
        let folder = try Support.temporaryFolder("export-file")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("thema")
        try Support.write("x", to: file)
        let run = try Support.run(["theme", "export", "--force", file.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("is a file, not a folder"))
        Trust.expectNoCrash(run)
    }

    @Test(
        "wrong usage of theme export exits with status 2",
        arguments: [["theme", "export"], ["theme", "export", "a", "b"], ["theme", "import", "a"]])
    func wrongUsage(_ arguments: [String]) throws {
        let folder = try Support.temporaryFolder("export-usage")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Support.run(arguments, in: folder)
        #expect(run.status == 2, "\(arguments): \(run.stderr)")
        #expect((try FileManager.default.contentsOfDirectory(atPath: folder.path)).isEmpty)
    }
}
