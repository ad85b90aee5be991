/// Where published text was written: the gate names the source file and line of every hit
/// (the template's own line for text from a template, the field's line for a value).
extension PrivacyGate {
    static func fragments(_ site: Site, reports: [PublicReport]) -> [Fragment] {
        var result: [Fragment] = []
        var seen = Set<SourceLocation>()
        func add(_ text: String, _ location: SourceLocation, _ kind: Fragment.Kind, spansTwoLines: Bool = false, markdown: Bool = false) {
            // One normalisation gives both forms (`compact` is what `NormalizedText.pattern` returns).
            let normalized = NormalizedText(Array(text.utf8), mode: markdown ? .attribute : .text)
            guard !normalized.compact.isEmpty else { return }
            result.append(
                Fragment(
                    location: location, kind: kind, compact: normalized.compact, loose: loose(normalized.compact), plain: normalized.plain,
                    cased: normalized.cased, spansTwoLines: spansTwoLines))
        }
        /// Each line, and each line with the next; Markdown also as the reader sees it.
        func addLines(_ source: MarkdownSource, _ kind: Fragment.Kind, markdown: Bool) {
            let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let shown = markdown ? lines.map(PrivacyGate.readerText) : lines
            for (offset, line) in lines.enumerated() {
                let location = SourceLocation(file: source.file, line: source.firstLine + offset)
                guard seen.insert(location).inserted else { continue }
                add(line, location, kind)
                if offset + 1 < lines.count { add(line + "\n" + lines[offset + 1], location, kind, spansTwoLines: true) }
                guard markdown else { continue }
                if shown[offset] != line { add(shown[offset], location, kind, markdown: true) }
                if offset + 1 < lines.count, shown[offset] != line || shown[offset + 1] != lines[offset + 1] {
                    add(shown[offset] + "\n" + shown[offset + 1], location, kind, spansTwoLines: true, markdown: true)
                }
            }
        }
        for (text, line) in site.settings.publishedFields { add(text, SourceLocation(file: site.settings.file, line: line), .text) }
        for item in site.cases { for field in item.publishedFields { add(field.text, field.location, .text) } }
        for report in reports {
            addLines(report.source, .report, markdown: true)
            // A template that a body's `@rapport@` line inserted: its text is named at its own
            // lines, also when no other case uses it directly.
            if let inserted = report.inserted { addLines(inserted.template, .report, markdown: true) }
        }
        for page in site.pages {
            add(page.title, SourceLocation(file: page.body.file, line: page.titleLine), .text)
            addLines(page.body, .text, markdown: true)
        }
        for year in site.yearIntros.keys.sorted() { addLines(site.yearIntros[year]!, .text, markdown: true) }
        // Every template and asset of the theme, built-in or overridden: its comments, attributes
        // and scripts are published too.
        for name in BuiltinTheme.files.keys.sorted() {
            let templateName = name.hasSuffix(BuiltinTheme.templateExtension) ? String(name.dropLast(BuiltinTheme.templateExtension.count)) : name
            let override = site.theme[templateName] ?? site.theme[name]
            let file = override?.file ?? "(built-in theme)/\(name)"
            addLines(MarkdownSource(file: file, firstLine: 1, text: override?.text ?? BuiltinTheme.files[name]!), .theme, markdown: false)
        }
        return result
    }

    /// A line of Markdown as a reader sees it: link targets, emphasis, code marks, escapes and
    /// raw HTML gone ("Bakh[uizen](https://…)" is "Bakhuizen"), entities still to be read.
    static func readerText(_ line: String) -> String {
        let bytes = Array(line.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        let n = bytes.count
        func isWordByte(_ b: UInt8) -> Bool { ByteClass.isAlphanumeric(b) || b >= 0x80 }
        while i < n {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "\\") where i + 1 < n && bytes[i + 1] < 0x80 && !isWordByte(bytes[i + 1]) && bytes[i + 1] != 0x20:
                out.append(bytes[i + 1])
                i += 2
            case UInt8(ascii: "]") where i + 1 < n && bytes[i + 1] == UInt8(ascii: "("):
                // A link target: up to the matching ")".
                var depth = 0
                var j = i + 1
                while j < n {
                    if bytes[j] == UInt8(ascii: "(") { depth += 1 }
                    if bytes[j] == UInt8(ascii: ")") {
                        depth -= 1
                        if depth == 0 { break }
                    }
                    j += 1
                }
                i = j + 1
            case UInt8(ascii: "[") where i + 1 < n && bytes[i + 1] == UInt8(ascii: "^"):
                // A footnote reference.
                var j = i
                while j < n, bytes[j] != UInt8(ascii: "]") { j += 1 }
                i = j + 1
            case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "*"), UInt8(ascii: "`"), UInt8(ascii: "~"):
                i += 1
            case UInt8(ascii: "!") where i + 1 < n && bytes[i + 1] == UInt8(ascii: "["):
                i += 1
            case UInt8(ascii: "_") where !(i > 0 && isWordByte(bytes[i - 1]) && i + 1 < n && isWordByte(bytes[i + 1])):
                i += 1
            case UInt8(ascii: "<"):
                // Raw HTML is left out; an autolink shows its text.
                var j = i + 1
                while j < n, bytes[j] != UInt8(ascii: ">") { j += 1 }
                guard j < n else {
                    out.append(b)
                    i += 1
                    continue
                }
                let inner = bytes[(i + 1)..<j]
                if inner.contains(UInt8(ascii: ":")) || inner.contains(UInt8(ascii: "@")), !inner.contains(0x20) { out += inner }
                i = j + 1
            default:
                out.append(b)
                i += 1
            }
        }
        // A hard line break ("  " or "\\" at the end) is a space to the reader.
        while out.last == 0x20 || out.last == UInt8(ascii: "\\") { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
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
    /// ("daan" is not in "voldaan"), written with the same capitals where any line does ("Worden"
    /// found as a name is not every line with the verb "worden"); else, for a long enough text, as
    /// `sources(of:)` finds it through Markdown punctuation.
    static func sources(ofWords words: [UInt8], cased: [UInt8]?, pattern: [UInt8], in fragments: [Fragment]) -> [Fragment] {
        for spansTwoLines in [false, true] {
            let found = fragments.filter { $0.spansTwoLines == spansTwoLines && containsWords($0.plain, words) }
            if let cased, cased.count == words.count {
                let same = found.filter { containsWords($0.cased, cased, caseSensitive: true) }
                if !same.isEmpty { return same }
            }
            if !found.isEmpty { return found }
        }
        if pattern.count >= 8 {
            let found = sources(of: pattern, in: fragments)
            if !found.isEmpty { return found }
        }
        // The finding's words at the start of longer words ("IBAN NL" of "IBAN NL91…"): the line
        // that wrote it, never the generated page.
        for spansTwoLines in [false, true] {
            let found = fragments.filter { $0.spansTwoLines == spansTwoLines && containsWords($0.plain, words, wholeLastWord: false) }
            if !found.isEmpty { return found }
        }
        return sources(of: pattern, in: fragments)
    }

    static func containsWords(_ haystack: [UInt8], _ needle: [UInt8], caseSensitive: Bool = false, wholeLastWord: Bool = true) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        let first = needle[0]
        func isWordByte(_ b: UInt8) -> Bool { caseSensitive ? ByteClass.isAlphanumeric(b) : ByteClass.isLowerAlphanumeric(b) }
        for i in 0...(haystack.count - needle.count) where haystack[i] == first {
            guard haystack[i..<(i + needle.count)].elementsEqual(needle) else { continue }
            let end = i + needle.count
            if (i == 0 || !isWordByte(haystack[i - 1]) || !isWordByte(first))
                && (!wholeLastWord || end == haystack.count || !isWordByte(haystack[end]) || !isWordByte(needle[needle.count - 1]))
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
            var shownIn = Wording("public/" + firstHit.outputPath, dutch: "public/" + firstHit.outputPath)
            if outputs.count > 1 {
                shownIn.english += " and \(outputs.count - 1) other file\(outputs.count == 2 ? "" : "s")"
                shownIn.dutch += " en \(outputs.count - 1) \(outputs.count == 2 ? "ander bestand" : "andere bestanden")"
            }
            let what: Wording
            /// What the writer can do, for text of each kind (nil: no source found).
            let fix: (Fragment.Kind?) -> Wording
            switch rules[pattern]?.first {
            case .privateValue(let value):
                let place = "\(value.location.file):\(value.location.line)"
                what = Wording("private data from '\(value.field)' of \(place)", dutch: "privégegevens uit '\(value.field)' van \(place)")
                fix = { kind in
                    switch kind {
                    case .report:
                        Wording(
                            "remove it from the published text, or write @\(value.field)@ to show \(settings.privacy.redactionMarker)",
                            dutch:
                                "haal de tekst weg uit de gepubliceerde tekst, of schrijf @\(value.field)@ om \(settings.privacy.redactionMarker) te tonen"
                        )
                    case .theme:
                        Wording(
                            "the site's own text holds it, so write the private value at \(place) in full, so it cannot be taken for ordinary text",
                            dutch:
                                "de eigen tekst van de site bevat de waarde; schrijf de privéwaarde in \(place) dus volledig, zodat die niet voor gewone tekst kan worden aangezien"
                        )
                    case .text, nil: Wording("remove it from the published text", dutch: "haal de tekst weg uit de gepubliceerde tekst")
                    }
                }
            case .forbidden(let term, let location):
                let place = "privacy.verboden, \(location.file):\(location.line)"
                what = Wording("forbidden term '\(term)' (\(place))", dutch: "verboden term '\(term)' (\(place))")
                fix = { _ in Wording("remove it from the published text", dutch: "haal de term weg uit de gepubliceerde tekst") }
            case nil:
                what = Wording(patternHits[0].message, dutch: patternHits[0].dutch)
                let anonymise =
                    patternHits[0].kind == .name
                    ? Wording(
                        "anonymise it (write the role, such as 'de directeur', not the name)",
                        dutch: "anonimiseer de tekst (schrijf de rol, zoals 'de directeur', niet de naam)")
                    : Wording("remove it", dutch: "haal de tekst weg")
                fix = { _ in
                    Wording(
                        "\(anonymise.english), or, if it is public, list it under privacy.toegestaan in site.yml with the reason it may be published",
                        dutch:
                            "\(anonymise.dutch), of zet de tekst, als die openbaar is, onder privacy.toegestaan in site.yml met de reden waarom die gepubliceerd mag worden"
                    )
                }
            }
            /// The whole message: English for the command line, Dutch for the preview.
            func diagnostic(_ location: SourceLocation, _ what: Wording, _ fix: Wording) -> Diagnostic {
                Diagnostic(
                    location, "\(what.english) would be published in \(shownIn.english); \(fix.english)",
                    dutch: "\(what.dutch.prefix(1).uppercased() + what.dutch.dropFirst()) zou worden gepubliceerd in \(shownIn.dutch); \(fix.dutch).")
            }
            // Every spelling of the finding has its own source lines ("030 555 5555" and "0305555555"),
            // and is quoted as it is written there.
            var spellings: [(words: [UInt8], cased: [UInt8]?, what: Wording)] = []
            for hit in patternHits {
                if let words = hit.words, !spellings.contains(where: { $0.words == words && $0.cased == hit.casedWords }) {
                    spellings.append((words, hit.casedWords, rules[pattern] == nil ? Wording(hit.message, dutch: hit.dutch) : what))
                }
            }
            var sources: [(Fragment, Wording)] = []
            if spellings.isEmpty {
                sources = self.sources(of: pattern, in: fragments).map { ($0, what) }
            } else {
                var seen = Set<SourceLocation>()
                for spelling in spellings {
                    for source in self.sources(ofWords: spelling.words, cased: spelling.cased, pattern: pattern, in: fragments)
                    where seen.insert(source.location).inserted {
                        sources.append((source, spelling.what))
                    }
                }
            }
            if sources.isEmpty {
                result.insert(diagnostic(SourceLocation(file: "public/" + firstHit.outputPath, line: firstHit.outputLine), what, fix(nil)))
            }
            for (source, what) in sources {
                result.insert(diagnostic(source.location, what, fix(source.kind)))
            }
        }
        return result.sorted()
    }
}
