import Mustache
import Testing

@testable import HerstelSite

/// Pages made from stamps must be what Mustache itself makes of the same values.
@Suite("Page stamps")
struct PageStampsTests {
    static let template = """
        <p title="{{title}}">{{{html}}}</p>{{#items}}<li>{{name}}{{#place}}, {{place}}{{/place}}</li>{{/items}}\
        {{^items}}<p>geen</p>{{/items}}{{#flag}}<b>{{title}}</b>{{/flag}}{{site.name}}
        """

    static func stamps(_ text: String) throws -> (PageStamps, MustacheLibrary) {
        var library = MustacheLibrary()
        try library.register(text, named: "page")
        return (PageStamps(library: library, templates: [text]), library)
    }

    static let texts = [
        "Stichting <Samen> & \"Partners\"", "'t Kompas", "", "Ônderwiis\nmet regel", "a&amp;b", "\u{F8F0}&0\u{F8F1}", "Işık",
    ]

    @Test func everyShapeGivesMustachesOwnOutput() throws {
        let (stamps, library) = try Self.stamps(Self.template)
        #expect(stamps.stampable)
        for round in 0..<3 {
            for (index, text) in Self.texts.enumerated() {
                let items = (0..<(index % 3)).map { n -> TemplateValue in
                    .object(["name": .text(Self.texts[(index + n) % Self.texts.count]), "place": n == 0 ? .flag(false) : .text(text)])
                }
                let object: TemplateObject = [
                    "title": .text(text), "html": .text("<em>\(round)</em>"), "items": .list(items), "flag": .flag(index % 2 == 0),
                    "site": .object(["name": .text(Self.texts[(index + round) % Self.texts.count])]),
                ]
                let expected = library.render(object.mustacheContext, withTemplate: "page") ?? ""
                #expect(String(decoding: stamps.render(object, withTemplate: "page"), as: UTF8.self) == expected)
            }
        }
    }

    @Test func aTemplateThatTransformsTextsIsRenderedByMustache() throws {
        let (stamps, _) = try Self.stamps("<h1>{{ uppercased(title) }}</h1>")
        #expect(!stamps.stampable)
        for title in ["Kompas", "Ster"] {
            #expect(String(decoding: stamps.render(["title": .text(title)], withTemplate: "page"), as: UTF8.self) == "<h1>\(title.uppercased())</h1>")
        }
    }

    @Test func escapingOnBytesIsMustaches() {
        for text in Self.texts + ["<>&\"'", "ø<é>"] {
            var output: [UInt8] = []
            var copy = text
            copy.withUTF8 { HTMLEscape.append($0, to: &output) }
            let expected = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
                .replacingOccurrences(of: "'", with: "&#39;")
            #expect(String(decoding: output, as: UTF8.self) == expected)
        }
    }
}
