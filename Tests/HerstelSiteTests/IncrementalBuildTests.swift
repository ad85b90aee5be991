import Foundation
import Testing

@testable import HerstelSite

/// The preview rebuilds with a `Pipeline.Memo` (each stage's own memo): only what a change touches is worked out again.
/// After any sequence of edits, that site must be byte for byte the site a full build of the
/// same content makes, with the same warnings, or fail with the same problems.
@Suite("Incremental build equals a full build")
struct IncrementalBuildTests {
    /// A small random generator with a seed, so a failing sequence can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// One edit as an author or reviewer makes it, to the content in memory.
    enum Edit: CaseIterable {
        case caseBody, boardRename, schoolRename, status, removeCase, addCase, template, siteTitle, page, intro
        case brokenCase, forbiddenTerm, privateValueInBody, placeholder, theme, restore
    }

    static let contentPath = Support.packageRoot.appendingPathComponent("Content").path

    @Test(arguments: [(1 as UInt64, false), (2, true), (3, false), (4, true)])
    func randomEditsGiveTheFullBuild(seed: UInt64, drafts: Bool) throws {
        let original = ContentLoader.load(from: Self.contentPath)
        var files = original.files
        var random = SplitMix(state: seed)
        var memo = Pipeline.Memo()
        let options = Pipeline.Options(drafts: drafts)
        var log: [String] = []
        for step in 0..<14 {
            if step > 0 {
                let edit = Edit.allCases.randomElement(using: &random)!
                log.append(Self.apply(edit, to: &files, original: original.files, random: &random))
            }
            let snapshot = ContentSnapshot(files: files)
            let incremental: Checked<BuiltSite>
            (incremental, memo) = Pipeline.build(snapshot, contentPath: Self.contentPath, options: options, reusing: memo)
            let full = Pipeline.build(snapshot, contentPath: Self.contentPath, options: options)
            try Self.expectSame(incremental, full, after: log)
        }
    }

    /// A board renamed in one case changes its board page, the A–Z list, year pages and open
    /// data: exactly those, and nothing is left of the old name where the new one belongs.
    @Test func aRenameReachesEveryPageThatShowsTheBoard() throws {
        var files = ContentLoader.load(from: Self.contentPath).files
        let (built, memo) = Pipeline.build(ContentSnapshot(files: files), contentPath: Self.contentPath, reusing: Pipeline.Memo())
        let first = try Self.built(built)
        let index = try #require(files.firstIndex { $0.text.contains("naam: Scholengroep Veluwezoom\n") })
        files[index].text = files[index].text.replacingOccurrences(of: "naam: Scholengroep Veluwezoom\n", with: "naam: Scholengroep Zoomveluwe\n")
        let second = try Self.built(Pipeline.build(ContentSnapshot(files: files), contentPath: Self.contentPath, reusing: memo).site)
        let changed = Set(zip(first.files, second.files).filter { $0.contents != $1.contents }.map(\.0.path))
        #expect(first.files.map(\.path) == second.files.map(\.path))
        #expect(changed.contains("besturen/index.html"))
        #expect(changed.contains("besturen/43088/index.html"))
        #expect(changed.contains("open-data/herstelopdrachten.csv"))
        #expect(!changed.contains("besturen/41870/index.html"), "a board the rename does not touch keeps its page")
        let board = try #require(second.files.first { $0.path == "besturen/43088/2020-2021/index.html" })
        #expect(String(decoding: board.contents, as: UTF8.self).contains("Scholengroep Zoomveluwe"))
    }

    /// The preview reads again only the files whose size, times or inode changed; what it
    /// reads is what a fresh reading gives, also for an edit, a new file and a removed one.
    @Test func readingWithTheMemoGivesWhatAFreshReadingGives() throws {
        let folder = try Support.temporaryFolder("load-memo")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Self.contentPath), to: content)
        var memo = ContentLoader.Memo()
        func same() {
            let again: ContentSnapshot
            (again, memo) = ContentLoader.load(from: content.path, reusing: memo)
            let fresh = ContentLoader.load(from: content.path)
            #expect(again.files == fresh.files)
            #expect(again.diagnostics == fresh.diagnostics)
        }
        same()
        let site = content.appendingPathComponent("site.yml")
        try Support.write(Support.text(site) + "# een opmerking\n", to: site)
        same()
        try Support.write("niet gelezen", to: content.appendingPathComponent("cases/extra.txt"))
        try Data([0xFF, 0xFE, 0x00]).write(to: content.appendingPathComponent("pages/kapot.md"))
        same()
        try FileManager.default.removeItem(at: content.appendingPathComponent("pages/kapot.md"))
        same()
    }

    /// A name in a report that was a board's name is a person's name once the board is
    /// renamed: the preview must scan that report again although its bytes did not change.
    @Test func aNameThatStopsBeingABoardsIsFoundAgain() throws {
        var files = ContentLoader.load(from: Self.contentPath).files
        let board = try #require(files.firstIndex { $0.text.contains("naam: Scholengroep Veluwezoom\n") })
        let other = try #require(files.firstIndex { $0.relativePath.hasPrefix("cases/") && !$0.text.contains("Veluwezoom") })
        func name(_ text: String) {
            files[board].text = files[board].text.replacingOccurrences(
                of: #"  naam: [^\n]+\n"#, with: "  naam: \(text)\n", options: .regularExpression, range: nil)
        }
        name("Pieter Kuipers")
        files[other].text += "\nHet gesprek was met Pieter Kuipers.\n"
        var memo = Pipeline.Memo()
        for (step, boardName) in ["Pieter Kuipers", "Stichting Zonnewijzer", "Pieter Kuipers"].enumerated() {
            name(boardName)
            let snapshot = ContentSnapshot(files: files)
            let incremental: Checked<BuiltSite>
            (incremental, memo) = Pipeline.build(snapshot, contentPath: Self.contentPath, reusing: memo)
            let full = Pipeline.build(snapshot, contentPath: Self.contentPath)
            try Self.expectSame(incremental, full, after: ["board named \(boardName)"])
            if case .failure(let problems) = full {
                #expect(step == 1, "only without the board of that name")
                #expect(problems.contains { $0.message.contains("Pieter Kuipers") })
            } else {
                #expect(step != 1, "the name is found once no board carries it")
            }
        }
    }

    static func built(_ result: Checked<BuiltSite>) throws -> BuiltSite {
        switch result {
        case .success(let site): return site
        case .failure(let diagnostics):
            Issue.record("build failed: \(diagnostics.map(\.description))")
            throw CancellationError()
        }
    }

    static func expectSame(_ incremental: Checked<BuiltSite>, _ full: Checked<BuiltSite>, after log: [String]) throws {
        let edits = log.joined(separator: "; ")
        switch (incremental, full) {
        case (.success(let a), .success(let b)):
            #expect(a.files.map(\.path) == b.files.map(\.path), "same files after: \(edits)")
            for (x, y) in zip(a.files, b.files) where x.contents != y.contents {
                Issue.record("\(x.path) differs from a full build after: \(edits)")
            }
            #expect(a.warnings == b.warnings, "same warnings after: \(edits)")
            #expect(a.summary == b.summary)
            #expect(a.allowedInUse == b.allowedInUse)
        case (.failure(let a), .failure(let b)):
            #expect(a == b, "same problems after: \(edits)")
        default:
            Issue.record("one build failed and the other did not after: \(edits)")
        }
    }

    /// Makes the edit and says what it did.
    static func apply(_ edit: Edit, to files: inout [SourceFile], original: [SourceFile], random: inout SplitMix) -> String {
        func pick(_ folder: String) -> Int? {
            files.indices.filter { files[$0].relativePath.hasPrefix(folder) && files[$0].relativePath.hasSuffix(".md") }
                .randomElement(using: &random)
        }
        func replace(_ index: Int, _ old: String, _ new: String) {
            files[index].text = files[index].text.replacingOccurrences(of: old, with: new)
        }
        let word = ["Zonnebloem", "Vlinder", "Kastanje", "Meridiaan"].randomElement(using: &random)!
        switch edit {
        case .caseBody:
            guard let i = pick("cases/") else { return "nothing" }
            files[i].text += "\nDe \(word) voegt dit toe.\n"
            return "body of \(files[i].relativePath)"
        case .boardRename:
            guard let i = pick("cases/"), let range = files[i].text.range(of: "  naam: ") else { return "nothing" }
            files[i].text.insert(contentsOf: word + " ", at: range.upperBound)
            return "board of \(files[i].relativePath)"
        case .schoolRename:
            guard let i = pick("cases/"), let range = files[i].text.range(of: "  - naam: ") else { return "nothing" }
            files[i].text.insert(contentsOf: word + " ", at: range.upperBound)
            return "school of \(files[i].relativePath)"
        case .status:
            guard let i = pick("cases/") else { return "nothing" }
            replace(i, "status: voldaan", "status: niet-voldaan")
            return "status of \(files[i].relativePath)"
        case .removeCase:
            guard let i = pick("cases/") else { return "nothing" }
            return "removed \(files.remove(at: i).relativePath)"
        case .addCase:
            guard let i = pick("cases/") else { return "nothing" }
            var copy = files[i]
            copy.relativePath = copy.relativePath.replacingOccurrences(of: ".md", with: "-\(word.lowercased()).md")
            copy.displayPath = copy.displayPath.replacingOccurrences(of: ".md", with: "-\(word.lowercased()).md")
            guard !files.contains(where: { $0.relativePath == copy.relativePath }),
                let number = copy.text.range(of: #"nummer: "[0-9]{5}""#, options: .regularExpression)
            else { return "nothing" }
            copy.text.replaceSubrange(number, with: "nummer: \"\(Int.random(in: 60000...69999, using: &random))\"")
            files.append(copy)
            return "added \(copy.relativePath)"
        case .template:
            guard let i = pick("reports/") else { return "nothing" }
            files[i].text += "\nDe inspectie dankt de \(word).\n"
            return "template \(files[i].relativePath)"
        case .siteTitle:
            guard let i = files.firstIndex(where: { $0.relativePath == "site.yml" }) else { return "nothing" }
            replace(i, "titel: ", "titel: \(word) ")
            return "site title"
        case .page:
            guard let i = pick("pages/") else { return "nothing" }
            files[i].text += "\nMeer over de \(word).\n"
            return "page \(files[i].relativePath)"
        case .intro:
            guard let i = pick("schooljaren/") else { return "nothing" }
            files[i].text += "\nIntro over de \(word).\n"
            return "intro \(files[i].relativePath)"
        case .brokenCase:
            guard let i = pick("cases/") else { return "nothing" }
            replace(i, "termijn: ", "termijn: gisteren ")
            return "broke \(files[i].relativePath)"
        case .forbiddenTerm:
            guard let i = pick("cases/") else { return "nothing" }
            files[i].text += "\nContact via j.jansen@example.org of 06-12345678.\n"
            return "personal data in \(files[i].relativePath)"
        case .privateValueInBody:
            guard let i = pick("cases/"), let range = files[i].text.range(of: #"contactpersoon: [^\n]+"#, options: .regularExpression)
            else { return "nothing" }
            let name = files[i].text[range].dropFirst("contactpersoon: ".count)
            files[i].text += "\nBesproken met \(name).\n"
            return "private value in \(files[i].relativePath)"
        case .placeholder:
            guard let i = pick("cases/") else { return "nothing" }
            files[i].text += "\nHet bestuur @bestuur@ en @onbekend@.\n"
            return "placeholders in \(files[i].relativePath)"
        case .theme:
            files.removeAll { $0.relativePath.hasPrefix("theme/") }
            let layout = BuiltinTheme.templates["layout"]!.replacingOccurrences(of: "</footer>", with: "<p>\(word)</p></footer>")
            files.append(SourceFile(relativePath: "theme/layout.mustache", displayPath: "Content/theme/layout.mustache", text: layout))
            return "theme layout"
        case .restore:
            files = original
            return "restored"
        }
    }
}
