import Foundation

/// The public report text of one case: Markdown with every placeholder filled and private values redacted.
public struct PublicReport: Hashable, Sendable {
    /// Lines map one to one onto the lines of `source`, so a line here is a line there.
    public var markdown: String
    /// Where the text was written: the case body or the report template.
    public var source: MarkdownSource
}

/// Fills `@name@` placeholders (SPEC §1). Values are plain text: Markdown in them is escaped.
public enum Anonymiser {
    /// The report of a case, or nil for an open case with neither body nor template.
    public static func report(for item: Case, in site: Site, _ diagnostics: inout [Diagnostic]) -> PublicReport? {
        let source: MarkdownSource
        if !item.body.isBlank {
            source = item.body
        } else if let template = site.templates[item.reportTemplate ?? item.status.rawValue] {
            source = template.source
        } else {
            return nil
        }
        let values = PlaceholderValues(item: item, settings: site.settings)
        let markdown = fill(source, values: values, caseFile: item.file, &diagnostics)
        return PublicReport(markdown: markdown, source: source)
    }

    static func isNameCharacter(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "." || c == "|" || c == "-"
    }

    /// Replaces placeholders line by line, so line numbers stay those of the source.
    static func fill(_ source: MarkdownSource, values: PlaceholderValues, caseFile: String, _ diagnostics: inout [Diagnostic]) -> String {
        let scalars = Array(source.text.unicodeScalars)
        var output = String.UnicodeScalarView()
        output.reserveCapacity(scalars.count + 256)
        var line = source.firstLine
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "\n" { line += 1 }
            guard c == "@" else {
                output.append(c)
                i += 1
                continue
            }
            if i + 1 < scalars.count, scalars[i + 1] == "@" {
                output.append(contentsOf: "\\@".unicodeScalars)
                i += 2
                continue
            }
            var j = i + 1
            while j < scalars.count, isNameCharacter(scalars[j]) { j += 1 }
            guard j > i + 1, j < scalars.count, scalars[j] == "@" else {
                output.append(c)
                i += 1
                continue
            }
            let name = String(String.UnicodeScalarView(scalars[(i + 1)..<j])).lowercased()
            switch values.value(for: name) {
            case .text(let text):
                output.append(contentsOf: escapeMarkdown(text).unicodeScalars)
            case .unknown:
                diagnostics.append(
                    Diagnostic(file: source.file, line: line, "unknown placeholder @\(name)@; known are \(PlaceholderValues.names.map { "@\($0)@" }.joined(separator: ", ")) and @intern.FIELD@ (write @@ for a literal @)"))
            case .missing(let why):
                let forCase = source.file == caseFile ? "" : " for \(caseFile)"
                diagnostics.append(Diagnostic(file: source.file, line: line, "placeholder @\(name)@ has no value\(forCase): \(why)"))
            }
            i = j + 1
        }
        return String(output)
    }

    static let asciiPunctuation = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars)

    /// Backslash-escapes ASCII punctuation so a value shows exactly as written.
    static func escapeMarkdown(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for c in text.unicodeScalars {
            if asciiPunctuation.contains(c) {
                result.append("\\")
            }
            result.append(c == "\n" ? " " : c)
        }
        return String(result)
    }
}

/// The values a case gives its placeholders.
struct PlaceholderValues {
    enum Value {
        case text(String)
        case missing(String)
        case unknown
    }

    static let names = [
        "bestuur", "bestuursnummer", "schoolnaam", "brin|vest", "schooljaar", "volgend-schooljaar",
        "herstelopdracht", "termijn", "ontvangen", "afgesloten", "sector", "wetsartikel", "kenmerk",
    ]

    let item: Case
    let settings: Settings

    init(item: Case, settings: Settings) {
        self.item = item
        self.settings = settings
    }

    func value(for name: String) -> Value {
        switch name {
        case "bestuur": return .text(item.board.name)
        case "bestuursnummer": return .text(item.board.number)
        case "schoolnaam": return .text(DutchText.list(item.schools.map(\.name)))
        case "brin|vest": return .text(item.schools.map(\.brinAndBranch).joined(separator: ", "))
        case "schooljaar": return .text(item.schoolYear.description)
        case "volgend-schooljaar": return .text(item.schoolYear.next.description)
        case "herstelopdracht": return .text(item.ordered.dutch)
        case "termijn": return .text(item.deadline.dutch)
        case "ontvangen":
            return item.received.map { .text($0.dutch) } ?? .missing("the case has no 'ontvangen' date")
        case "afgesloten":
            return item.closed.map { .text($0.dutch) } ?? .missing("the case has no 'afgesloten' date")
        case "sector":
            return settings.sectors[item.sector].map { .text($0.name) } ?? .missing("sector '\(item.sector)' is not in site.yml")
        case "wetsartikel":
            guard let sector = settings.sectors[item.sector] else { return .missing("sector '\(item.sector)' is not in site.yml") }
            return sector.legalBasis(for: item.schoolYear).map { .text($0) }
                ?? .missing("site.yml gives no wetsartikel for sector \(item.sector) in \(item.schoolYear)")
        case "kenmerk":
            return .text(settings.privacy.redactionMarker)
        default:
            if name.hasPrefix("intern."), name.count > "intern.".count { return .text(settings.privacy.redactionMarker) }
            return .unknown
        }
    }
}

/// Dutch ways of writing things down.
public enum DutchText {
    /// "A", "A en B", "A, B en C".
    public static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " en " + items[items.count - 1]
        }
    }

    /// A key that sorts names the Dutch way: case and accents ignored, so "Ônderwiis" sorts under O.
    public static func sortKey(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if !(scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == " ") { continue }
            result.append(contentsOf: String(scalar).lowercased().unicodeScalars)
        }
        return String(result)
    }
}
