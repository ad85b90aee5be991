import Mustache

/// What is wrong with a theme's template, in words a designer knows, at the line it is wrong:
/// a template that does not parse, and a `{{name}}` that no value of that template provides
/// (Mustache would show it as nothing, without a word). The values are those docs/theme.md
/// lists; `TemplateCheckTests` keeps this list and the renderer's values the same.
enum TemplateCheck {
    /// The values a template receives: plain values, objects with their keys, and lists of
    /// objects (`{{#cases}}…{{/cases}}`) or of texts (`{{.}}`).
    indirect enum Shape: Hashable, Sendable {
        case value
        case object([String: Shape])
        case list([String: Shape])
        case texts
    }

    static func values(_ names: [String]) -> [String: Shape] { Dictionary(uniqueKeysWithValues: names.map { ($0, .value) }) }

    /// Every template: the way to the root, the site's settings, the page's title and crumb.
    static let common: [String: Shape] = values(["root", "pageTitle", "crumb"]).merging(
        ["site": .object(values(["title", "organisation", "contact"]))], uniquingKeysWith: { $1 })

    static let layoutOnly: [String: Shape] = values([
        "content", "description", "canonical", "noindex", "draft", "hasBreadcrumbs", "inlineStyle",
    ]).merging(
        [
            "breadcrumbs": .list(values(["label", "href"])), "nav": .list(values(["href", "label", "current"])),
            "footerPages": .list(values(["href", "label"])), "scripts": .texts,
        ], uniquingKeysWith: { $1 })

    /// Wherever a template shows a case.
    static let caseValues: [String: Shape] = values([
        "board", "number", "year", "sector", "sectorKey", "status", "statusKey", "schoolsLabel", "ordered", "orderedISO", "deadline",
        "deadlineISO", "received", "receivedISO", "closed", "closedISO", "draft", "href", "reportHref", "boardHref", "yearHref",
    ]).merging(["schools": .list(values(["name", "brinAndBranch", "place"]))], uniquingKeysWith: { $1 })

    static let yearTiles: Shape = .list(values(["year", "href", "countLabel", "published"]))

    /// The values of each page template, besides `common`.
    static let pages: [String: [String: Shape]] = [
        "home": ["hasYears": .value, "years": yearTiles, "hasRecent": .value, "recent": .list(caseValues)],
        "schooljaren": ["years": yearTiles, "hasOpenData": .value],
        "schooljaar": values(["year", "intro", "summary", "hasOpenData"]).merging(
            ["cases": .list(caseValues.merging(values(["sortName", "searchText"]), uniquingKeysWith: { $1 }))], uniquingKeysWith: { $1 }),
        "besturen": [
            "letters": .list(
                values(["letter", "id"]).merging(
                    ["boards": .list(values(["name", "number", "place", "href", "yearsLabel", "draft", "searchText"]))],
                    uniquingKeysWith: { $1 }))
        ],
        "bestuur": values(["name", "number", "place", "hasEarlierNames"]).merging(
            [
                "earlierNames": .list(values(["name", "years"])),
                "cases": .list(caseValues.merging(values(["renamed"]), uniquingKeysWith: { $1 })),
            ], uniquingKeysWith: { $1 }),
        "rapport": caseValues.merging(
            values(["reportHTML", "boardPlace", "corrected", "correctedISO", "hasCorrections"]).merging(
                ["corrections": .list(values(["date", "dateISO", "reason", "explanation"]))], uniquingKeysWith: { $1 }),
            uniquingKeysWith: { $1 }),
        "ingetrokken": values(["year", "number", "date", "dateISO", "reason", "explanation", "yearListed", "yearHref"]),
        "bestuur-ingetrokken": [
            "number": .value, "boardsHref": .value, "reports": .list(values(["year", "href", "date", "dateISO", "reason"])),
        ],
        "pagina": ["pageHTML": .value],
        "404": [:],
    ]

    /// What `template` receives. `layout` is rendered with the values of the page it holds, so
    /// it may use those of any page template.
    static func values(of template: String) -> [String: Shape] {
        var result = common
        if template == "layout" {
            result.merge(layoutOnly, uniquingKeysWith: { $1 })
            for page in pages.values { result.merge(page, uniquingKeysWith: union) }
        } else {
            result.merge(pages[template] ?? [:], uniquingKeysWith: { $1 })
        }
        return result
    }

    /// Both shapes' keys: `layout` may see either page's list of cases.
    static func union(_ a: Shape, _ b: Shape) -> Shape {
        switch (a, b) {
        case (.object(let x), .object(let y)): .object(x.merging(y, uniquingKeysWith: union))
        case (.list(let x), .list(let y)): .list(x.merging(y, uniquingKeysWith: union))
        default: a
        }
    }

    /// What an item of a list section also has (swift-mustache's sequence context).
    static let sequenceValues = values(["first", "last", "index", "even", "odd"])

    /// One `{{…}}` tag of a template.
    struct Tag {
        var sigil: Character?
        var name: String
        var line: Int
        var column: Int
    }

    /// The tags of a template, in order; nil when it changes its delimiters or uses
    /// inheritance, which this reading does not follow.
    static func tags(_ text: String) -> [Tag]? {
        var result: [Tag] = []
        let chars = Array(text)
        var i = 0
        var line = 1
        var lineStart = 0
        while i < chars.count {
            if chars[i] == "\n" {
                line += 1
                i += 1
                lineStart = i
                continue
            }
            guard chars[i] == "{", i + 1 < chars.count, chars[i + 1] == "{" else {
                i += 1
                continue
            }
            let start = i
            let triple = i + 2 < chars.count && chars[i + 2] == "{"
            let close: [Character] = triple ? ["}", "}", "}"] : ["}", "}"]
            var j = i + (triple ? 3 : 2)
            while j + close.count <= chars.count, Array(chars[j..<(j + close.count)]) != close { j += 1 }
            guard j + close.count <= chars.count else { return result }
            var inner = String(chars[(i + (triple ? 3 : 2))..<j]).trimmingCharacters(in: .whitespaces)
            var sigil: Character? = triple ? "{" : nil
            if !triple, let first = inner.first, "#^/!>&=<$%".contains(first) {
                sigil = first
                inner = String(inner.dropFirst()).trimmingCharacters(in: .whitespaces)
            }
            if sigil == "=" || sigil == "<" || sigil == "$" { return nil }
            result.append(Tag(sigil: sigil, name: inner, line: line, column: start - lineStart + 1))
            for c in chars[start..<(j + close.count)] where c == "\n" {
                line += 1
            }
            if let lastBreak = chars[start..<(j + close.count)].lastIndex(of: "\n") { lineStart = lastBreak + 1 }
            i = j + close.count
        }
        return result
    }

    /// The value a tag names: `x` of `uppercased(x)`, as a transform applies to a value.
    static func valueName(_ name: String) -> String {
        guard let open = name.lastIndex(of: "("), let close = name[open...].firstIndex(of: ")") else { return name }
        return String(name[name.index(after: open)..<close]).trimmingCharacters(in: .whitespaces)
    }

    /// Every `{{name}}` of `text` that no value of `template` provides where it stands.
    static func unknownValues(in text: String, template: String, file: String) -> [Diagnostic] {
        guard let tags = tags(text) else { return [] }
        let top = values(of: template)
        var scopes: [(name: String, values: [String: Shape])] = [("", top)]
        var result: [Diagnostic] = []
        for tag in tags {
            switch tag.sigil {
            case "!", ">", "%": continue
            case "/":
                if scopes.count > 1 { scopes.removeLast() }
                continue
            default: break
            }
            let name = valueName(tag.name)
            let shape = resolve(name, in: scopes.map(\.values))
            if shape == nil {
                result.append(Diagnostic(file: file, line: tag.line, message(tag, name: name, template: template, scopes: scopes), category: .theme))
            }
            switch tag.sigil {
            case "#":
                switch shape {
                case .list(let item): scopes.append((name, item.merging(sequenceValues, uniquingKeysWith: { $1 })))
                case .object(let keys): scopes.append((name, keys))
                case .texts: scopes.append((name, sequenceValues))
                default: scopes.append((name, [:]))
                }
            case "^": scopes.append((name, [:]))
            default: break
            }
        }
        return result
    }

    /// The shape of a (dotted) name seen from the innermost scope out; `.` is the current item.
    static func resolve(_ name: String, in scopes: [[String: Shape]]) -> Shape? {
        if name == "." { return .value }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, let found = scopes.reversed().lazy.compactMap({ $0[first] }).first else { return nil }
        var shape = found
        for part in parts.dropFirst() {
            guard case .object(let keys) = shape, let next = keys[part] else { return nil }
            shape = next
        }
        return shape
    }

    static func message(_ tag: Tag, name: String, template: String, scopes: [(name: String, values: [String: Shape])]) -> Wording {
        let written = "{{\(tag.sigil.map(String.init) ?? "")\(tag.name)}}"
        if let dot = name.firstIndex(of: "."), name != "." {
            let head = String(name[..<dot])
            if case .object(let keys) = resolve(head, in: scopes.map(\.values)) {
                let rest = name[name.index(after: dot)...]
                let names = keys.keys.sorted().joined(separator: ", ")
                return Wording(
                    "`\(written)`: \(head) has no value '\(rest)'; it has \(names)",
                    dutch: "`\(written)`: \(head) heeft geen waarde '\(rest)'; het heeft \(names).")
            }
        }
        var message = "`\(written)` is not a value of the template \(template): it would show as nothing"
        var dutch = "`\(written)` is geen waarde van het sjabloon \(template): er zou niets worden getoond"
        if let inner = scopes.last, scopes.count > 1, !inner.values.isEmpty {
            let names = inner.values.keys.sorted().joined(separator: ", ")
            message += "; inside {{#\(inner.name)}} the values are \(names), and"
            dutch += "; binnen {{#\(inner.name)}} zijn de waarden \(names), en"
        } else {
            message += ";"
            dutch += ";"
        }
        if template == "layout" {
            let known = common.merging(layoutOnly, uniquingKeysWith: { $1 }).keys.sorted().joined(separator: ", ")
            return Wording(
                message + " layout's values are \(known), and those of the page template it holds (docs/theme.md lists them)",
                dutch: dutch + " de waarden van layout zijn \(known), en die van het paginasjabloon dat het bevat (docs/theme.md noemt ze).")
        }
        let known = values(of: template).keys.sorted().joined(separator: ", ")
        return Wording(
            message + " the template's values are \(known) (docs/theme.md lists them)",
            dutch: dutch + " de waarden van het sjabloon zijn \(known) (docs/theme.md noemt ze).")
    }

    /// A parse error of swift-mustache, in plain words, at the line where it can be mended: an
    /// unclosed section at the line that opened it.
    static func parseError(_ error: Error, in text: String, file: String) -> Diagnostic {
        let context = (error as? MustacheTemplate.ParserError)?.context
        let kind = (error as? MustacheTemplate.ParserError)?.error as? MustacheTemplate.Error
        let line = context?.lineNumber ?? 1
        var open: [Tag] = []
        var mismatch: (close: Tag, open: Tag?)?
        for tag in tags(text) ?? [] {
            switch tag.sigil {
            case "#", "^": open.append(tag)
            case "/":
                if let last = open.last, last.name == tag.name {
                    open.removeLast()
                } else if mismatch == nil {
                    mismatch = (tag, open.last)
                }
            default: break
            }
        }
        func at(_ line: Int, _ message: String, _ dutch: String) -> Diagnostic {
            Diagnostic(
                file: file, line: line, "template does not parse: " + message, dutch: "Het sjabloon is niet te lezen: " + dutch, category: .theme)
        }
        switch kind {
        case .expectedSectionEnd:
            if let mismatch {
                return closingMismatch(mismatch, at)
            }
            if let unclosed = open.last {
                let sigil = unclosed.sigil.map(String.init) ?? "#"
                return at(
                    unclosed.line, "the section {{\(sigil)\(unclosed.name)}} is never closed; add {{/\(unclosed.name)}} where it ends",
                    "de sectie {{\(sigil)\(unclosed.name)}} wordt nergens gesloten; zet {{/\(unclosed.name)}} waar ze eindigt.")
            }
            return at(
                line, "a section is never closed; add {{/NAME}} where it ends", "een sectie wordt nergens gesloten; zet {{/NAAM}} waar ze eindigt.")
        case .sectionCloseNameIncorrect:
            if let mismatch { return closingMismatch(mismatch, at) }
            return at(line, "this closing tag does not match the section that is open", "deze sluittag past niet bij de sectie die open is.")
        case .unfinishedName:
            return at(
                line, "a tag is not finished: {{ needs a name of letters, digits, '.', '-' or '_' and then }}",
                "een tag is niet af: na {{ komt een naam van letters, cijfers, '.', '-' of '_' en dan }}.")
        case .invalidSetDelimiter:
            return at(
                line, "the tag that sets delimiters is not written as {{=<% %>=}}",
                "de tag die de scheidingstekens instelt, is niet geschreven als {{=<% %>=}}.")
        case .transformAppliedToInheritanceSection, .illegalTokenInsideInheritSection, .textInsideInheritSection:
            return at(
                line, "an inherited section ({{<…}}) may hold only {{$…}} blocks",
                "een overgeërfde sectie ({{<…}}) mag alleen blokken {{$…}} bevatten.")
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable:
            return at(line, "{{% …}} is not a setting swift-mustache knows", "{{% …}} is geen instelling die swift-mustache kent.")
        case nil:
            return at(line, "\(error)", "de sjabloonlezer meldt '\(error)'.")
        }
    }

    static func closingMismatch(_ mismatch: (close: Tag, open: Tag?), _ at: (Int, String, String) -> Diagnostic) -> Diagnostic {
        guard let open = mismatch.open else {
            return at(
                mismatch.close.line, "{{/\(mismatch.close.name)}} closes a section that is not open",
                "{{/\(mismatch.close.name)}} sluit een sectie die niet open is.")
        }
        let sigil = open.sigil.map(String.init) ?? "#"
        return at(
            mismatch.close.line,
            "{{/\(mismatch.close.name)}} does not close the open section {{\(sigil)\(open.name)}} of line \(open.line); close {{/\(open.name)}} first (sections close in the reverse order they open)",
            "{{/\(mismatch.close.name)}} sluit niet de open sectie {{\(sigil)\(open.name)}} van regel \(open.line); sluit eerst {{/\(open.name)}} (secties sluiten in omgekeerde volgorde van openen)."
        )
    }
}
