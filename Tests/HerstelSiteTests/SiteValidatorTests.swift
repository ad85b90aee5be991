import Foundation
import Testing

@testable import HerstelSite

/// The Validate stage in memory: a `ContentSnapshot` in, cases, settings and diagnostics out,
/// without the executable, the file system or the later stages.
@Suite("Validate: a content snapshot in memory")
struct SiteValidatorTests {
    /// The `minimal` fixture's files as Load would hand them over, under the name `Content`.
    static let minimal: [SourceFile] = {
        let root = Support.fixtures.appendingPathComponent("minimal")
        let paths = FileManager.default.subpaths(atPath: root.path) ?? []
        return paths.sorted().compactMap { path in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isFolder), !isFolder.boolValue
            else { return nil }
            return SourceFile(relativePath: path, displayPath: "Content/" + path, text: Support.text(root.appendingPathComponent(path)))
        }
    }()

    static func validate(_ files: [SourceFile], reusing memo: SiteValidator.Memo? = nil) -> SiteValidator.Validated {
        SiteValidator.validate(ContentSnapshot(files: files), contentPath: "Content", reusing: memo)
    }

    /// `minimal` with one file's text changed.
    static func edited(_ path: String, _ change: (String) -> String) -> [SourceFile] {
        minimal.map { file in
            guard file.relativePath == path else { return file }
            var changed = file
            changed.text = change(file.text)
            return changed
        }
    }

    @Test func theMinimalFixtureIsASiteWithoutProblems() throws {
        let validated = Self.validate(Self.minimal)
        #expect(validated.diagnostics.isEmpty, "\(validated.diagnostics.map(\.message))")
        let site = try #require(validated.site)
        #expect(site.cases.map(\.board.number).sorted() == ["05678", "41234"])
        #expect(Set(validated.templates.keys) == ["niet-voldaan", "voldaan"])
        #expect(site.pages.map(\.slug) == ["over"])
    }

    @Test func everyProblemIsReportedAtItsFileAndLineAtOnce() {
        var files = Self.edited("cases/zuiderzon.md") {
            $0.replacingOccurrences(of: "termijn: 2023-11-01", with: "termijn: 2023-13-01")
                .replacingOccurrences(of: "status: niet-voldaan", with: "status: onbekend")
        }
        files.append(SourceFile(relativePath: "notities.txt", displayPath: "Content/notities.txt", text: "los"))
        let validated = Self.validate(files)
        let errors = validated.diagnostics.filter { $0.severity == .error }
        let places = Set(errors.map { "\($0.location.file):\($0.location.line)" })
        #expect(places.contains("Content/cases/zuiderzon.md:14"), "\(errors.map(\.message))")
        #expect(places.contains("Content/cases/zuiderzon.md:15"), "\(errors.map(\.message))")
        #expect(places.contains("Content/notities.txt:1"), "\(errors.map(\.message))")
        #expect(errors.first { $0.location.line == 14 }?.message.contains("2023-13-01") == true)
    }

    /// With a memo, an unchanged case is not parsed again, and a changed one is: the second
    /// result holds the edit, and equals what a validation without a memo gives.
    @Test func aMemoNeverHoldsOnToAnEditedCase() throws {
        let first = Self.validate(Self.minimal, reusing: SiteValidator.Memo())
        let memo = try #require(first.memo, "a validation given a memo gives the next")
        let renamed = Self.edited("cases/zuiderzon.md") {
            $0.replacingOccurrences(of: "naam: Stichting Zuiderzon\n", with: "naam: Stichting Middagzon\n")
        }
        let again = Self.validate(renamed, reusing: memo)
        let fresh = Self.validate(renamed)
        #expect(again.cases == fresh.cases)
        #expect(again.cases.contains { $0.board.name == "Stichting Middagzon" })
        #expect(!again.cases.contains { $0.board.name == "Stichting Zuiderzon" })
    }
}
