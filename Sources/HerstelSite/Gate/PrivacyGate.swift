/// The last stage before writing: scans every byte that would be published (SPEC §2) for
/// private values of any case, e-mail addresses and Dutch telephone numbers that are not
/// allowed, and forbidden terms. A hit names the source file and line the text came from.
public enum PrivacyGate {
    /// Something the gate looks for, and why it may not be published.
    enum Rule {
        case privateValue(PrivateValue)
        case forbidden(term: String, location: SourceLocation)
    }

    /// A place where published text was written: a line of a source file, normalised.
    struct Fragment {
        var location: SourceLocation
        var compact: [UInt8]
    }

    struct Hit: Hashable {
        var pattern: [UInt8]
        var message: String
        var outputPath: String
        var outputLine: Int
    }

    public static func scan(_ files: [OutputFile], site: Site, reports: [Int: PublicReport]) -> [Diagnostic] {
        let rules = self.rules(site)
        let keys = rules.keys.sorted { $0.lexicographicallyPrecedes($1) }
        let matcher = PatternMatcher(keys)
        let allowed = Set(site.settings.privacy.allowed.map(NormalizedText.pattern))
        let allowedPhones = Set(site.settings.privacy.allowed.compactMap { phoneDigits(Array($0.utf8)) })

        let hitsPerFile = Parallel.map(files) { file -> [Hit] in
            let markup = file.path.hasSuffix(".html") || file.path.hasSuffix(".xml")
            let text = NormalizedText(file.contents, markup: markup)
            var hits: [Hit] = []
            text.compact.withUnsafeBufferPointer { buffer in
                matcher.scan(buffer) { index, end in
                    let key = keys[index]
                    hits.append(Hit(pattern: key, message: "", outputPath: file.path, outputLine: line(of: end, in: text.compactLines)))
                }
            }
            for (found, end) in emails(in: text.plain) where !allowed.contains(NormalizedText.pattern(found)) {
                hits.append(
                    Hit(pattern: NormalizedText.pattern(found), message: "e-mail address '\(found)'", outputPath: file.path, outputLine: line(of: end, in: text.plainLines)))
            }
            for (found, digits, end) in phones(in: text.plain) where !allowedPhones.contains(digits) {
                hits.append(
                    Hit(pattern: NormalizedText.pattern(found), message: "telephone number '\(found)'", outputPath: file.path, outputLine: line(of: end, in: text.plainLines)))
            }
            return hits
        }
        let hits = hitsPerFile.flatMap { $0 }
        guard !hits.isEmpty else { return [] }
        return diagnose(hits, rules: rules, fragments: fragments(site, reports: reports), privacy: site.settings)
    }

    static func line(of offset: Int, in starts: [Int]) -> Int {
        var low = 0
        var high = starts.count
        while low + 1 < high {
            let mid = (low + high) / 2
            if starts[mid] < offset { low = mid } else { high = mid }
        }
        return low + 1
    }

    /// Private values of every case (published or not) of 4+ characters, and forbidden terms.
    static func rules(_ site: Site) -> [[UInt8]: [Rule]] {
        var rules: [[UInt8]: [Rule]] = [:]
        for item in site.cases {
            for value in item.privateValues where value.value.count >= 4 {
                let key = NormalizedText.pattern(value.value)
                guard key.count >= 4 else { continue }
                rules[key, default: []].append(.privateValue(value))
            }
        }
        for (term, location) in site.settings.privacy.forbidden {
            let key = NormalizedText.pattern(term)
            guard !key.isEmpty else { continue }
            rules[key, default: []].append(.forbidden(term: term, location: location))
        }
        return rules
    }

    // MARK: Recognising e-mail addresses and telephone numbers

    static func isLocal(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || NormalizedText.isDigit(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "_")
            || b == UInt8(ascii: "%") || b == UInt8(ascii: "+") || b == UInt8(ascii: "-")
    }

    static func isDomain(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || NormalizedText.isDigit(b) || b == UInt8(ascii: ".") || b == UInt8(ascii: "-")
    }

    static func emails(in text: [UInt8]) -> [(String, Int)] {
        var result: [(String, Int)] = []
        for at in text.indices where text[at] == UInt8(ascii: "@") {
            var start = at
            while start > 0, isLocal(text[start - 1]) { start -= 1 }
            var end = at + 1
            while end < text.count, isDomain(text[end]) { end += 1 }
            while end > at + 1, text[end - 1] == UInt8(ascii: ".") || text[end - 1] == UInt8(ascii: "-") { end -= 1 }
            while start < at, text[start] == UInt8(ascii: ".") { start += 1 }
            guard start < at, end > at + 1 else { continue }
            let domain = text[(at + 1)..<end]
            guard let dot = domain.lastIndex(of: UInt8(ascii: ".")), dot > at + 1 else { continue }
            let tld = text[(dot + 1)..<end]
            guard tld.count >= 2, tld.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { continue }
            result.append((String(decoding: text[start..<end], as: UTF8.self), end))
        }
        return result
    }

    /// The ten digits of a Dutch number ("0612345678") written with 0, +31 or 0031, or nil.
    static func phoneDigits(_ bytes: [UInt8]) -> String? {
        let plus = bytes.first(where: { !NormalizedText.isSpace($0) }) == UInt8(ascii: "+")
        let digits = bytes.filter(NormalizedText.isDigit)
        guard bytes.allSatisfy({ NormalizedText.isDigit($0) || NormalizedText.isSeparator($0) || NormalizedText.isSpace($0) || $0 == UInt8(ascii: "+") })
        else { return nil }
        return canonicalPhone(digits, plus: plus)
    }

    static func canonicalPhone(_ digits: [UInt8], plus: Bool) -> String? {
        let text = String(decoding: digits, as: UTF8.self)
        if plus, digits.count == 11, text.hasPrefix("31") { return "0" + text.dropFirst(2) }
        if digits.count == 13, text.hasPrefix("0031") { return "0" + text.dropFirst(4) }
        if digits.count == 10, text.hasPrefix("0"), !text.hasPrefix("00") { return text }
        return nil
    }

    /// Runs of digits joined by spaces or `- . / ( )`; any stretch of whole groups that forms a
    /// Dutch number counts.
    static func phones(in text: [UInt8]) -> [(String, String, Int)] {
        var result: [(String, String, Int)] = []
        var i = 0
        let n = text.count
        func joins(_ b: UInt8) -> Bool { NormalizedText.isSeparator(b) || b == 0x20 || b == UInt8(ascii: "+") }
        while i < n {
            guard NormalizedText.isDigit(text[i]) || (text[i] == UInt8(ascii: "+") && i + 1 < n && NormalizedText.isDigit(text[i + 1])) else {
                i += 1
                continue
            }
            // Digits glued to letters (a BRIN code, "12AB00") are not numbers.
            if i > 0, (text[i - 1] >= 0x61 && text[i - 1] <= 0x7A) || text[i - 1] >= 0x80 {
                while i < n, NormalizedText.isDigit(text[i]) { i += 1 }
                continue
            }
            // Collect the groups of this run.
            var groups: [(start: Int, end: Int, plus: Bool)] = []
            var j = i
            while j < n {
                var plus = false
                if text[j] == UInt8(ascii: "+") {
                    plus = true
                    j += 1
                }
                let start = j
                while j < n, NormalizedText.isDigit(text[j]) { j += 1 }
                if j == start { break }
                if j < n, (text[j] >= 0x61 && text[j] <= 0x7A) || text[j] >= 0x80 {
                    while j < n, text[j] != 0x20, text[j] != NormalizedText.boundary { j += 1 }
                    break
                }
                groups.append((start, j, plus))
                var k = j
                while k < n, joins(text[k]), text[k] != UInt8(ascii: "+") { k += 1 }
                guard k > j, k < n, NormalizedText.isDigit(text[k]) || text[k] == UInt8(ascii: "+") else { break }
                j = k
            }
            for first in groups.indices {
                var digits: [UInt8] = []
                for last in first..<groups.count {
                    digits += text[groups[last].start..<groups[last].end]
                    if digits.count > 13 { break }
                    if let canonical = canonicalPhone(digits, plus: groups[first].plus) {
                        let start = groups[first].plus ? groups[first].start - 1 : groups[first].start
                        result.append((String(decoding: text[start..<groups[last].end], as: UTF8.self), canonical, groups[last].end))
                        break
                    }
                }
            }
            i = max(j, i + 1)
        }
        return result
    }

    // MARK: Naming where the text came from

    static func fragments(_ site: Site, reports: [Int: PublicReport]) -> [Fragment] {
        var result: [Fragment] = []
        var seen = Set<SourceLocation>()
        func add(_ text: String, _ location: SourceLocation) {
            let compact = NormalizedText.pattern(text)
            guard !compact.isEmpty else { return }
            result.append(Fragment(location: location, compact: compact))
        }
        func addLines(_ source: MarkdownSource) {
            for (offset, line) in source.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let location = SourceLocation(file: source.file, line: source.firstLine + offset)
                if seen.insert(location).inserted { add(String(line), location) }
            }
        }
        for (text, line) in site.settings.publishedFields { add(text, SourceLocation(file: site.settings.file, line: line)) }
        for item in site.cases { for field in item.publishedFields { add(field.text, field.location) } }
        for report in reports.keys.sorted().compactMap({ reports[$0] }) { addLines(report.source) }
        for page in site.pages { addLines(page.body) }
        for year in site.yearIntros.keys.sorted() { addLines(site.yearIntros[year]!) }
        for name in BuiltinTheme.templates.keys.sorted() {
            let file = site.theme[name]?.file ?? "(built-in theme)/\(name).mustache"
            addLines(MarkdownSource(file: file, firstLine: 1, text: site.theme[name]?.text ?? BuiltinTheme.templates[name]!))
        }
        return result
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        let first = needle[0]
        for i in 0...(haystack.count - needle.count) where haystack[i] == first {
            if haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
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
            var what: String
            var fix: String
            if let rule = rules[pattern]?.first {
                switch rule {
                case .privateValue(let value):
                    what = "private data from '\(value.field)' of \(value.location.file):\(value.location.line)"
                    fix = "remove it from the published text, or write @\(value.field)@ to show \(settings.privacy.redactionMarker)"
                case .forbidden(let term, let location):
                    what = "forbidden term '\(term)' (privacy.verboden, \(location.file):\(location.line))"
                    fix = "remove it from the published text"
                }
            } else {
                what = patternHits[0].message
                fix = "remove it, or list it under privacy.toegestaan in site.yml if it is a public address or number"
            }
            let sources = fragments.filter { contains($0.compact, pattern) }.map(\.location)
            if sources.isEmpty {
                result.insert(Diagnostic(file: "public/" + firstHit.outputPath, line: firstHit.outputLine, "\(what) would be published in \(shownIn); \(fix)"))
            }
            for source in Set(sources) {
                result.insert(Diagnostic(source, "\(what) would be published in \(shownIn); \(fix)"))
            }
        }
        return result.sorted()
    }
}
