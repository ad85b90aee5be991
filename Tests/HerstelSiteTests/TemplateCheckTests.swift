import Foundation
import Testing

@testable import HerstelSite

/// A theme's template that does not parse is an error in plain words at the line to mend; a
/// `{{name}}` that no value of the template provides is an error naming those that exist
/// (docs/theme.md lists them).
@Suite("Theme templates: parse errors and unknown values")
struct TemplateCheckTests {
    /// `check` on the minimal fixture with `theme/NAME.mustache` written as `text`: the error lines.
    func errors(_ name: String, _ text: String) throws -> (errors: [String], stderr: String) {
        let folder = try Support.copyFixture("minimal")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content.appendingPathComponent("theme"), withIntermediateDirectories: true)
        try Support.write(text, to: content.appendingPathComponent("theme/\(name).mustache"))
        let run = try Support.run(["check", "--content", content.path])
        #expect(run.status == 1)
        return (run.errors.map { $0.replacingOccurrences(of: content.path + "/", with: "") }, run.stderr)
    }

    @Test func anUnclosedSectionIsAnErrorAtTheLineThatOpensIt() throws {
        let found = try errors("home", "<h1>Home</h1>\n<ul>\n{{#years}}\n<li>{{year}}</li>\n</ul>\n")
        #expect(
            found.errors == [
                "theme/home.mustache:3: error: template does not parse: the section {{#years}} is never closed; add {{/years}} where it ends"
            ], "\(found.stderr)")
        #expect(!found.stderr.contains("ParserError") && !found.stderr.contains("MustacheParserContext"))
    }

    @Test func aClosingTagOfTheWrongSectionIsAnErrorAtItsLine() throws {
        let found = try errors("home", "{{#hasYears}}\n{{#years}}\n{{year}}\n{{/hasYears}}\n{{/years}}\n")
        #expect(
            found.errors == [
                "theme/home.mustache:4: error: template does not parse: {{/hasYears}} does not close the open section {{#years}} of line 2; close {{/years}} first (sections close in the reverse order they open)"
            ], "\(found.stderr)")
    }

    @Test func anUnfinishedTagIsAnErrorAtItsLine() throws {
        let found = try errors("pagina", "<main>\n{{{pageHTML}}}\n<p>{{site.title</p>\n</main>\n")
        #expect(found.errors.count == 1, "\(found.stderr)")
        #expect(
            found.errors.first?.hasPrefix("theme/pagina.mustache:3: error: template does not parse: a tag is not finished") == true, "\(found.stderr)"
        )
    }

    @Test func anUnknownValueIsAnErrorNamingTheValuesThatExist() throws {
        let found = try errors("rapport", BuiltinTheme.templates["rapport"]! + "<p>{{boardName}}</p>\n")
        let line = BuiltinTheme.templates["rapport"]!.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(found.errors.count == 1, "\(found.stderr)")
        let error = try #require(found.errors.first)
        #expect(
            error.hasPrefix(
                "theme/rapport.mustache:\(line): error: `{{boardName}}` is not a value of the template rapport: it would show as nothing;"),
            "\(error)")
        #expect(error.contains("the template's values are board, boardHref, boardPlace,"), "\(error)")
        #expect(error.contains("reportHTML"))
    }

    @Test func insideAListTheItemsValuesAreNamed() throws {
        let found = try errors("schooljaar", "<h1>{{year}}</h1>\n{{#cases}}\n<p>{{naam}} {{site.titel}}</p>\n{{/cases}}\n")
        #expect(found.errors.count == 2, "\(found.stderr)")
        #expect(found.errors.first?.hasPrefix("theme/schooljaar.mustache:3: error: `{{naam}}` is not a value of the template schooljaar") == true)
        #expect(found.errors.first?.contains("inside {{#cases}} the values are board, boardHref,") == true, "\(found.errors)")
        #expect(
            found.errors.last
                == "theme/schooljaar.mustache:3: error: `{{site.titel}}`: site has no value 'titel'; it has contact, organisation, title")
    }

    @Test func layoutMayUseThePageValues() {
        let text = "{{#draft}}{{.}}{{/draft}}{{year}}{{#nav}}{{label}}{{#first}}!{{/first}}{{/nav}}{{#scripts}}{{.}}{{/scripts}}{{{content}}}"
        #expect(TemplateCheck.unknownValues(in: text, template: "layout", file: "l").isEmpty)
        #expect(TemplateCheck.unknownValues(in: "{{! {{nothing}} }}{{uppercased(pageTitle)}}", template: "home", file: "h").isEmpty)
        #expect(TemplateCheck.unknownValues(in: "{{uppercased(titel)}}", template: "home", file: "h").count == 1)
    }

    @Test func theBuiltInTemplatesUseOnlyValuesTheyReceive() {
        for (name, text) in BuiltinTheme.templates {
            #expect(TemplateCheck.unknownValues(in: text, template: name, file: name).isEmpty, "\(name)")
        }
    }

    /// Every value the renderer gives a template is in the list the check uses (so no theme is
    /// refused for a value that exists), read from the pages a build of the sample makes.
    @Test func theListHoldsEveryValueTheRendererGives() throws {
        let content = Support.packageRoot.appendingPathComponent("Content").path
        guard case .success(let anonymised) = Pipeline.check(ContentLoader.load(from: content), contentPath: content),
            case .success(let renderer) = SiteRenderer.make(anonymised, drafts: true, memo: SiteRenderer.Memo())
        else {
            Issue.record("the sample did not build")
            return
        }
        _ = renderer.render(progress: nil)
        let pages = renderer.made.pages.withLock { $0 }
        var templates = Set<String>()
        for page in pages.values {
            templates.insert(page.template)
            let missing = Self.missing(page.context, in: TemplateCheck.values(of: page.template), path: "")
            #expect(missing.isEmpty, "\(page.template): \(missing)")
        }
        #expect(templates.isSuperset(of: ["layout", "home", "schooljaar", "besturen", "bestuur", "rapport", "ingetrokken", "pagina", "404"]))
    }

    static func missing(_ object: TemplateObject, in shape: [String: TemplateCheck.Shape], path: String) -> [String] {
        object.entries.flatMap { key, value -> [String] in
            guard let expected = shape[key] else { return [path + key] }
            switch (value, expected) {
            case (.object(let inner), .object(let keys)): return missing(inner, in: keys, path: path + key + ".")
            case (.list(let items), .list(let keys)):
                return items.flatMap { item -> [String] in
                    guard case .object(let inner) = item else { return [path + key + "[]"] }
                    return missing(inner, in: keys, path: path + key + "[].")
                }
            case (.list(let items), .texts): return items.allSatisfy { if case .text = $0 { true } else { false } } ? [] : [path + key]
            case (.text, .value), (.flag, .value): return []
            default: return [path + key + " (shape)"]
            }
        }
    }
}
