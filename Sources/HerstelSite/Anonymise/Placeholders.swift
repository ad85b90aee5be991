import Foundation

/// Marks where a draft lacks a placeholder's value: private-use characters around the gap's
/// number. The renderer turns each into markup of its own; the same characters written by an
/// author are replaced in a draft's text first, so a gap cannot be forged.
public enum GapMarker {
    public static let open: Unicode.Scalar = "\u{E000}"
    public static let close: Unicode.Scalar = "\u{E001}"

    static func marker(_ index: Int) -> String { "\(Character(open))\(index)\(Character(close))" }

    /// What a reader of the draft sees in place of the value.
    public static func label(_ name: String) -> String { "[\(name): nog niet bekend]" }

    /// The text with every marker replaced by `replacement(index)`; a marker with a number
    /// that is not a gap is left out.
    static func replacing(in text: String, _ replacement: (Int) -> String) -> String {
        var result = ""
        var rest = Substring(text)
        while let start = rest.unicodeScalars.firstIndex(of: open) {
            result += rest[..<start]
            let afterOpen = rest.unicodeScalars.index(after: start)
            guard let end = rest.unicodeScalars[afterOpen...].firstIndex(of: close) else {
                rest = rest[afterOpen...]
                continue
            }
            if let index = Int(String(rest.unicodeScalars[afterOpen..<end])) { result += replacement(index) }
            rest = rest[rest.unicodeScalars.index(after: end)...]
        }
        return result + rest
    }
}

/// Fills `@name@` placeholders (SPEC §1). Values are plain text: Markdown in them is escaped.
public enum Anonymiser {
    /// The stage: every case with its public report, and every problem of its placeholders.
    /// Runs on what validation could read, also when validation found errors, so the
    /// problems of both stages are told together (SPEC §4: all at once).
    /// What one run keeps for the next (the preview): every case's report with the templates
    /// and settings it was made with. Opaque to every other stage.
    public struct Memo: Sendable {
        struct AnonymisedCase: Sendable {
            var item: Case
            var result: ReportedCase
            var diagnostics: [Diagnostic]
        }

        var templates: [String: ReportTemplate] = [:]
        var settings: Settings?
        /// By case file.
        var anonymised: [String: AnonymisedCase] = [:]

        public init() {}

        func reports(templates: [String: ReportTemplate], settings: Settings?) -> [String: AnonymisedCase] {
            self.templates == templates && self.settings == settings ? anonymised : [:]
        }
    }

    /// With the `memo` of the last run, a case equal to one of the last build, with the same
    /// templates and settings, keeps its report; returns what the next run may reuse (nil
    /// when it was given no memo).
    public static func anonymise(
        _ cases: [Case], templates: [String: ReportTemplate], settings: Settings?, progress: ProgressMeter? = nil,
        reusing memo: Memo? = nil
    ) -> (cases: [ReportedCase], diagnostics: [Diagnostic], memo: Memo?) {
        progress?.begin(.anonymising, total: cases.count)
        // Every template's placeholders, whether a case uses the template or not.
        var templateProblems: [Diagnostic] = []
        for name in templates.keys.sorted() { checkNames(templates[name]!.source, &templateProblems) }
        let earlier = memo?.reports(templates: templates, settings: settings) ?? [:]
        let done = Parallel.map(cases) { item -> Memo.AnonymisedCase in
            defer { progress?.advance() }
            if let known = earlier[item.file], known.item == item { return known }
            var diagnostics: [Diagnostic] = []
            let report = Anonymiser.report(for: item, templates: templates, settings: settings, &diagnostics)
            return Memo.AnonymisedCase(item: item, result: ReportedCase(item: item, report: report), diagnostics: diagnostics)
        }
        var next: Memo? = nil
        if memo != nil {
            next = Memo()
            next?.templates = templates
            next?.settings = settings
            next?.anonymised = Dictionary(done.map { ($0.item.file, $0) }, uniquingKeysWith: { $1 })
        }
        return (done.map(\.result), templateProblems + done.flatMap(\.diagnostics), next)
    }

    /// The placeholder that, on a line of its own in a case body, inserts the filled template
    /// the case would get without a body.
    static let templatePlaceholder = "rapport"
    static var ownText: String { ReportTemplate.ownText }

    /// The report of a case, or nil for an open case with neither body nor template.
    /// A body replaces the case's template: a warning says so at the body's first line, unless
    /// the body keeps the template with `@rapport@` on a line of its own.
    static func report(
        for item: Case, templates: [String: ReportTemplate], settings: Settings?, _ diagnostics: inout [Diagnostic]
    ) -> PublicReport? {
        let templateName = item.reportTemplate ?? item.status.rawValue
        let template = item.reportTemplate == ownText ? nil : templates[templateName]
        let values = PlaceholderValues(item: item, settings: settings)
        let draft = !item.isPublished
        var gaps: [String] = []
        func filled(_ source: MarkdownSource) -> String {
            var text = source
            if draft, text.text.unicodeScalars.contains(where: { $0 == GapMarker.open || $0 == GapMarker.close }) {
                text.text = String(
                    String.UnicodeScalarView(
                        text.text.unicodeScalars.map { $0 == GapMarker.open || $0 == GapMarker.close ? "\u{FFFD}" : $0 }))
            }
            return fill(text, caseFile: item.file, draft: draft, gaps: &gaps, &diagnostics) { values.value(for: $0) }
        }
        guard !item.body.isBlank else {
            guard let template else { return nil }
            return PublicReport(markdown: filled(template.source), source: template.source, gaps: gaps, origin: .template(templateName))
        }
        let body = item.body
        let lines = body.text.split(separator: "\n", omittingEmptySubsequences: false)
        let marked = lines.indices.filter { isTemplateLine(lines[$0]) }
        guard let at = marked.first else {
            if template != nil {
                let first = lines.firstIndex { !$0.allSatisfy(\.isWhitespace) } ?? 0
                let why = item.reportTemplate == nil ? "for status \(item.status.rawValue)" : "named by 'rapport'"
                let waarom = item.reportTemplate == nil ? "bij status \(item.status.rawValue)" : "genoemd in 'rapport'"
                diagnostics.append(
                    Diagnostic(
                        file: body.file, line: body.firstLine + first,
                        "this body replaces the report template reports/\(templateName).md (\(why)), which is then not published for this case; to keep the template and add to it, write @\(templatePlaceholder)@ on a line of its own where its text belongs; if the body is meant as the whole report, write 'rapport: \(ownText)'",
                        dutch:
                            "Deze tekst vervangt het rapportsjabloon reports/\(templateName).md (\(waarom)), dat dan voor deze zaak niet wordt gepubliceerd. Om het sjabloon te houden en er iets aan toe te voegen: schrijf @\(templatePlaceholder)@ op een eigen regel waar de tekst van het sjabloon hoort. Is deze tekst bedoeld als het hele rapport, schrijf dan 'rapport: \(ownText)'.",
                        severity: .warning, category: .content))
            }
            return PublicReport(markdown: filled(body), source: body, gaps: gaps, origin: .own)
        }
        for extra in marked.dropFirst() {
            diagnostics.append(
                Diagnostic(
                    file: body.file, line: body.firstLine + extra,
                    "@\(templatePlaceholder)@ inserts the template once; this one is left out (the first is at line \(body.firstLine + at))",
                    dutch:
                        "@\(templatePlaceholder)@ voegt het sjabloon één keer in; deze wordt weggelaten (de eerste staat op regel \(body.firstLine + at)).",
                    category: .placeholder))
        }
        func part(_ range: Range<Int>) -> MarkdownSource {
            MarkdownSource(
                file: body.file, firstLine: body.firstLine + range.lowerBound,
                text: range.map { marked.contains($0) ? "" : String(lines[$0]) }.joined(separator: "\n"))
        }
        let before = at > 0 ? filled(part(0..<at)) + "\n" : ""
        let after = at + 1 < lines.count ? "\n" + filled(part((at + 1)..<lines.count)) : ""
        guard let template else {
            let problem =
                item.reportTemplate == ownText
                ? "@\(templatePlaceholder)@ inserts the case's report template, but 'rapport: \(ownText)' says it has none; name the template in 'rapport'"
                : "@\(templatePlaceholder)@ inserts the report template reports/\(templateName).md, which does not exist"
            let probleem =
                item.reportTemplate == ownText
                ? "@\(templatePlaceholder)@ voegt het rapportsjabloon van de zaak in, maar 'rapport: \(ownText)' zegt dat de zaak er geen heeft; noem het sjabloon in 'rapport'"
                : "@\(templatePlaceholder)@ voegt het rapportsjabloon reports/\(templateName).md in, maar dat bestaat niet"
            let known = templates.keys.sorted().joined(separator: ", ")
            let hint = known.isEmpty ? "" : "; templates are: \(known)"
            let tip = known.isEmpty ? "" : "; de sjablonen zijn: \(known)"
            if draft {
                diagnostics.append(
                    Diagnostic(
                        file: body.file, line: body.firstLine + at, "\(problem)\(hint) (the draft shows a gap here)",
                        dutch: "\(probleem)\(tip) (het concept toont hier een open plek).", severity: .warning,
                        category: .placeholder))
                let gap = GapMarker.marker(gaps.count)
                gaps.append(templatePlaceholder)
                return PublicReport(markdown: before + gap + after, source: body, gaps: gaps, origin: .own)
            }
            diagnostics.append(
                Diagnostic(file: body.file, line: body.firstLine + at, problem + hint, dutch: probleem + tip + ".", category: .placeholder))
            return PublicReport(markdown: before + after, source: body, gaps: gaps, origin: .own)
        }
        var templateText = filled(template.source)
        while templateText.hasSuffix("\n") { templateText.removeLast() }
        let templateLines = templateText.split(separator: "\n", omittingEmptySubsequences: false).count
        // The template stands in the body's place of @rapport@, in a block of its own.
        let markdown = before + "\n" + templateText + "\n" + after
        return PublicReport(
            markdown: markdown, source: body, gaps: gaps, origin: .ownWithTemplate(templateName),
            inserted: .init(template: template.source, atLine: at, lineCount: templateLines + 2))
    }

    /// A line that is `@rapport@` and nothing else but spaces.
    static func isTemplateLine(_ line: Substring) -> Bool {
        line.trimmingCharacters(in: .whitespaces).lowercased() == "@\(templatePlaceholder)@"
    }

    /// Unknown placeholder names in a text, whatever case it is used for; so a template no case
    /// uses yet is checked too.
    static func checkNames(_ source: MarkdownSource, _ diagnostics: inout [Diagnostic]) {
        var gaps: [String] = []
        _ = fill(source, caseFile: source.file, draft: false, gaps: &gaps, &diagnostics) { name in
            PlaceholderValues.isKnown(name) ? .text("") : .unknown
        }
    }

    static func isNameByte(_ c: UInt8) -> Bool {
        ByteClass.isASCIIAlphanumeric(c) || c == UInt8(ascii: ".") || c == UInt8(ascii: "|") || c == UInt8(ascii: "-")
    }

    /// Replaces placeholders, keeping every line break, so line numbers stay those of the source.
    /// Works on UTF-8 bytes: placeholder names are ASCII, and a byte buffer grows in amortised
    /// constant time even for a body of many megabytes.
    ///
    /// A value the case lacks is an error in a published case. In a `draft` it is a warning
    /// (SPEC §1: a draft never stops the public site) and becomes a gap, added to `gaps`.
    static func fill(
        _ source: MarkdownSource, caseFile: String, draft: Bool, gaps: inout [String], _ diagnostics: inout [Diagnostic],
        value: (String) -> PlaceholderValues.Value
    ) -> String {
        let at = UInt8(ascii: "@")
        var output: [UInt8] = []
        var line = source.firstLine
        var seenUnknown = Set<String>()
        var text = source.text
        text.withUTF8 { bytes in
            output.reserveCapacity(bytes.count + 256)
            var i = 0
            var copied = 0
            var lineStart = 0
            // 1-based, in characters: UTF-8 continuation bytes are not counted.
            func column(_ index: Int) -> Int { bytes[lineStart..<index].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 } }
            while i < bytes.count {
                let c = bytes[i]
                if c == UInt8(ascii: "\n") {
                    line += 1
                    i += 1
                    lineStart = i
                    continue
                }
                guard c == at else {
                    i += 1
                    continue
                }
                if i + 1 < bytes.count, bytes[i + 1] == at {
                    output.append(contentsOf: bytes[copied..<i])
                    output.append(contentsOf: Array("\\@".utf8))
                    i += 2
                    copied = i
                    continue
                }
                var j = i + 1
                while j < bytes.count, isNameByte(bytes[j]) { j += 1 }
                guard j > i + 1, j < bytes.count, bytes[j] == at else {
                    if let lookAlike = PlaceholderLookAlike.match(bytes, at: i) {
                        diagnostics.append(
                            Diagnostic(
                                file: source.file, line: line, lookAlike.message, dutch: lookAlike.dutch, category: .placeholder,
                                column: column(i)))
                        // Its closing @ must not open the next one.
                        i = lookAlike.end + 1
                    } else {
                        i += 1
                    }
                    continue
                }
                output.append(contentsOf: bytes[copied..<i])
                let name = String(decoding: bytes[(i + 1)..<j], as: UTF8.self).lowercased()
                switch value(name) {
                case .text(let text):
                    output.append(contentsOf: Array(escapeMarkdown(text).utf8))
                case .unknown:
                    if seenUnknown.insert("\(line) \(name)").inserted {
                        diagnostics.append(
                            Diagnostic(
                                file: source.file, line: line, PlaceholderValues.unknownMessage(name).english,
                                dutch: PlaceholderValues.unknownMessage(name).dutch, category: .placeholder,
                                column: column(i)))
                    }
                case .missing(let why):
                    let forCase = source.file == caseFile ? "" : " for \(caseFile)"
                    let voorZaak = source.file == caseFile ? "" : " voor \(caseFile)"
                    if draft {
                        output.append(contentsOf: Array(GapMarker.marker(gaps.count).utf8))
                        gaps.append(name)
                        diagnostics.append(
                            Diagnostic(
                                file: source.file, line: line,
                                "placeholder @\(name)@ has no value yet\(forCase): \(why.english) (the draft shows a gap here; publishing the case needs the value)",
                                dutch:
                                    "Placeholder @\(name)@ heeft nog geen waarde\(voorZaak): \(why.dutch) (het concept toont hier een open plek; om de zaak te publiceren is de waarde nodig).",
                                severity: .warning, category: .placeholder, column: column(i)))
                    } else {
                        diagnostics.append(
                            Diagnostic(
                                file: source.file, line: line, "placeholder @\(name)@ has no value\(forCase): \(why.english)",
                                dutch: "Placeholder @\(name)@ heeft geen waarde\(voorZaak): \(why.dutch).", category: .placeholder,
                                column: column(i)))
                    }
                }
                i = j + 1
                copied = i
            }
            output.append(contentsOf: bytes[copied..<bytes.count])
        }
        return String(decoding: output, as: UTF8.self)
    }

    static let asciiPunctuation = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars)

    /// Backslash-escapes ASCII punctuation so a value shows exactly as written.
    static func escapeMarkdown(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for c in text.unicodeScalars {
            if asciiPunctuation.contains(c) {
                result.append("\\")
            }
            result.append(c == "\n" || c == "\r" ? " " : c)
        }
        return String(result)
    }
}

/// The values a case gives its placeholders.
struct PlaceholderValues {
    enum Value {
        case text(String)
        case missing(Wording)
        case unknown
    }

    static let names = [
        "bestuur", "bestuursnummer", "schoolnaam", "brin|vest", "schooljaar", "volgend-schooljaar",
        "herstelopdracht", "termijn", "ontvangen", "afgesloten", "sector", "wetsartikel", "kenmerk",
    ]

    static func isKnown(_ name: String) -> Bool {
        names.contains(name) || (name.hasPrefix("intern.") && name.count > "intern.".count)
    }

    /// What is wrong, the closest known name when there is one, and every known name.
    static func unknownMessage(_ name: String) -> Wording {
        if name == Anonymiser.templatePlaceholder {
            return Wording(
                "@rapport@ works only in a case body, on a line of its own, where it inserts the report template the case would otherwise get",
                dutch:
                    "@rapport@ werkt alleen in de tekst van een zaak, op een eigen regel; daar voegt het het rapportsjabloon in dat de zaak anders zou krijgen."
            )
        }
        var message = "unknown placeholder @\(name)@"
        var dutch = "Onbekende placeholder @\(name)@"
        if let suggestion = suggestion(for: name) {
            message += " (did you mean @\(suggestion)@?)"
            dutch += " (is @\(suggestion)@ bedoeld?)"
        }
        let known = names.map { "@\($0)@" }
        return Wording(
            message + "; known are \(known.joined(separator: ", ")) and @intern.FIELD@ (write @@ for a literal @)",
            dutch: dutch + "; bekend zijn \(known.joined(separator: ", ")) en @intern.VELD@ (schrijf @@ voor een @ als gewone tekst).")
    }

    /// A known name that is a small typo away, or that the unknown name starts with ("bestuurnaam").
    static func suggestion(for name: String) -> String? {
        if let close = Spelling.closest(to: name, in: names) { return close }
        return names.filter { name.hasPrefix($0) }.max { $0.count < $1.count }
    }

    let item: Case
    /// Nil while site.yml has errors of its own; sector texts then stay empty, as those
    /// errors are reported already.
    let settings: Settings?

    init(item: Case, settings: Settings?) {
        self.item = item
        self.settings = settings
    }

    var redactionMarker: String { settings?.privacy.redactionMarker ?? "[weggelaten]" }

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
            return item.received.map { .text($0.dutch) }
                ?? .missing(
                    Wording(
                        "the case has no 'ontvangen' date; add it, or leave this placeholder out",
                        dutch: "de zaak heeft geen datum 'ontvangen'; vul die in, of laat deze placeholder weg"))
        case "afgesloten":
            return item.closed.map { .text($0.dutch) }
                ?? .missing(
                    Wording(
                        "the case has no 'afgesloten' date; add it, or leave this placeholder out",
                        dutch: "de zaak heeft geen datum 'afgesloten'; vul die in, of laat deze placeholder weg"))
        case "sector":
            guard let settings else { return .text("") }
            return settings.sectors[item.sector].map { .text($0.name) }
                ?? .missing(Wording("sector '\(item.sector)' is not in site.yml", dutch: "sector '\(item.sector)' staat niet in site.yml"))
        case "wetsartikel":
            guard let settings else { return .text("") }
            guard let sector = settings.sectors[item.sector] else {
                return .missing(Wording("sector '\(item.sector)' is not in site.yml", dutch: "sector '\(item.sector)' staat niet in site.yml"))
            }
            return sector.legalBasis(for: item.schoolYear).map { .text($0) }
                ?? .missing(
                    Wording(
                        "site.yml gives no wetsartikel for sector \(item.sector) in \(item.schoolYear); add one for that school year or an earlier one",
                        dutch:
                            "site.yml geeft geen wetsartikel voor sector \(item.sector) in \(item.schoolYear); voeg er een toe voor dat schooljaar of een eerder schooljaar"
                    ))
        case "kenmerk":
            return .text(redactionMarker)
        default:
            if PlaceholderValues.isKnown(name) { return .text(redactionMarker) }
            return .unknown
        }
    }
}
