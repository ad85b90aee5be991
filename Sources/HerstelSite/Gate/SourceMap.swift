/// Where published text was written: the gate names the source file and line of every hit
/// (the template's own line for text from a template, the field's line for a value).
extension PrivacyGate {
    static func fragments(_ site: Site, reports: [PublicReport]) -> [Fragment] {
        var result: [Fragment] = []
        var seen = Set<SourceLocation>()
        func add(_ text: String, _ location: SourceLocation, _ kind: Fragment.Kind, spansTwoLines: Bool = false) {
            // One normalisation gives both forms (`compact` is what `NormalizedText.pattern` returns).
            let normalized = NormalizedText(Array(text.utf8), markup: false)
            guard !normalized.compact.isEmpty else { return }
            result.append(
                Fragment(
                    location: location, kind: kind, compact: normalized.compact, loose: loose(normalized.compact), plain: normalized.plain,
                    spansTwoLines: spansTwoLines))
        }
        func addLines(_ source: MarkdownSource, _ kind: Fragment.Kind) {
            let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (offset, line) in lines.enumerated() {
                let location = SourceLocation(file: source.file, line: source.firstLine + offset)
                guard seen.insert(location).inserted else { continue }
                add(String(line), location, kind)
                if offset + 1 < lines.count { add(String(line) + "\n" + String(lines[offset + 1]), location, kind, spansTwoLines: true) }
            }
        }
        for (text, line) in site.settings.publishedFields { add(text, SourceLocation(file: site.settings.file, line: line), .text) }
        for item in site.cases { for field in item.publishedFields { add(field.text, field.location, .text) } }
        for report in reports { addLines(report.source, .report) }
        for page in site.pages {
            add(page.title, SourceLocation(file: page.body.file, line: page.titleLine), .text)
            addLines(page.body, .text)
        }
        for year in site.yearIntros.keys.sorted() { addLines(site.yearIntros[year]!, .text) }
        for name in BuiltinTheme.templates.keys.sorted() {
            let file = site.theme[name]?.file ?? "(built-in theme)/\(name).mustache"
            addLines(MarkdownSource(file: file, firstLine: 1, text: site.theme[name]?.text ?? BuiltinTheme.templates[name]!), .theme)
        }
        return result
    }

    /// Where the text that matched `pattern` was written: the lines that hold it as written,
    /// else through Markdown punctuation, else across a line break.
    static func sources(of pattern: [UInt8], in fragments: [Fragment]) -> [Fragment] {
        let loosePattern = loose(pattern)
        for spansTwoLines in [false, true] {
            let candidates = fragments.filter { $0.spansTwoLines == spansTwoLines }
            let exact = candidates.filter { ByteSearch.contains(pattern, in: $0.compact[...]) }
            if !exact.isEmpty { return exact }
            guard loosePattern.count >= 4 else { continue }
            let near = candidates.filter { ByteSearch.contains(loosePattern, in: $0.loose[...]) }
            if !near.isEmpty { return near }
        }
        return []
    }

    /// Where a detector's finding was written: the lines that hold its words as whole words
    /// ("daan" is not in "voldaan"); else, for a long enough text, as `sources(of:)` finds it
    /// through Markdown punctuation.
    static func sources(ofWords words: [UInt8], pattern: [UInt8], in fragments: [Fragment]) -> [Fragment] {
        for spansTwoLines in [false, true] {
            let found = fragments.filter { $0.spansTwoLines == spansTwoLines && containsWords($0.plain, words) }
            if !found.isEmpty { return found }
        }
        return pattern.count >= 8 ? sources(of: pattern, in: fragments) : []
    }

    static func containsWords(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        let first = needle[0]
        for i in 0...(haystack.count - needle.count) where haystack[i] == first {
            guard haystack[i..<(i + needle.count)].elementsEqual(needle) else { continue }
            let end = i + needle.count
            if (i == 0 || !ByteClass.isLowerAlphanumeric(haystack[i - 1]) || !ByteClass.isLowerAlphanumeric(first))
                && (end == haystack.count || !ByteClass.isLowerAlphanumeric(haystack[end])
                    || !ByteClass.isLowerAlphanumeric(needle[needle.count - 1]))
            {
                return true
            }
        }
        return false
    }

    static func diagnose(_ hits: [Hit], rules: [[UInt8]: [Rule]], fragments: [Fragment], privacy settings: Settings) -> [Diagnostic] {
        var byPattern: [[UInt8]: [Hit]] = [:]
        for hit in hits { byPattern[hit.pattern, default: []].append(hit) }
        var result = Set<Diagnostic>()
        for (pattern, patternHits) in byPattern {
            let outputs = Set(patternHits.map(\.outputPath)).sorted()
            let firstHit = patternHits.min { ($0.outputPath, $0.outputLine) < ($1.outputPath, $1.outputLine) }!
            var shownIn = "public/" + firstHit.outputPath
            if outputs.count > 1 { shownIn += " and \(outputs.count - 1) other file\(outputs.count == 2 ? "" : "s")" }
            let what: String
            /// What the writer can do, for text of each kind (nil: no source found).
            let fix: (Fragment.Kind?) -> String
            switch rules[pattern]?.first {
            case .privateValue(let value):
                what = "private data from '\(value.field)' of \(value.location.file):\(value.location.line)"
                fix = { kind in
                    switch kind {
                    case .report: "remove it from the published text, or write @\(value.field)@ to show \(settings.privacy.redactionMarker)"
                    case .theme:
                        "the site's own text holds it, so write the private value at \(value.location.file):\(value.location.line) in full, so it cannot be taken for ordinary text"
                    case .text, nil: "remove it from the published text"
                    }
                }
            case .forbidden(let term, let location):
                what = "forbidden term '\(term)' (privacy.verboden, \(location.file):\(location.line))"
                fix = { _ in "remove it from the published text" }
            case nil:
                what = patternHits[0].message
                let anonymise =
                    patternHits[0].kind == .name
                    ? "anonymise it (write the role, such as 'de directeur', not the name)" : "remove it"
                fix = { _ in
                    "\(anonymise), or, if it is public, list it under privacy.toegestaan in site.yml with the reason it may be published"
                }
            }
            let sources =
                patternHits[0].words.map { self.sources(ofWords: $0, pattern: pattern, in: fragments) } ?? self.sources(of: pattern, in: fragments)
            if sources.isEmpty {
                result.insert(
                    Diagnostic(
                        file: "public/" + firstHit.outputPath, line: firstHit.outputLine, "\(what) would be published in \(shownIn); \(fix(nil))"))
            }
            for source in sources {
                result.insert(Diagnostic(source.location, "\(what) would be published in \(shownIn); \(fix(source.kind))"))
            }
        }
        return result.sorted()
    }
}
