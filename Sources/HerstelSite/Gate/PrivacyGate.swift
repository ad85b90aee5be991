/// The last stage before writing: scans every byte that would be published (SPEC §2) for
/// private values of any case, e-mail addresses and Dutch telephone numbers that are not
/// allowed, and forbidden terms. A hit names the source file and line the text came from.
public enum PrivacyGate {
    /// Something the gate looks for, and why it may not be published.
    enum Rule {
        case privateValue(PrivateValue)
        case forbidden(term: String, location: SourceLocation)
    }

    /// A place where published text was written: a line of a source file (or two lines, for
    /// text that runs on to the next line), normalised.
    struct Fragment {
        /// What kind of text it is decides what the writer can do about a hit.
        enum Kind {
            /// A case body or report template, where placeholders work.
            case report
            /// A field, page or intro: text that is published as written.
            case text
            /// The built-in theme or a theme override.
            case theme
        }

        var location: SourceLocation
        var kind: Kind
        var compact: [UInt8]
        /// Letters and digits only, so Markdown (`*J.* Jansen`, `06\-12345678`) still matches.
        var loose: [UInt8]
        var spansTwoLines = false
    }

    /// Letters and digits of a normalised text, for matching through Markdown punctuation.
    static func loose(_ compact: [UInt8]) -> [UInt8] {
        compact.filter { ($0 >= 0x61 && $0 <= 0x7A) || NormalizedText.isDigit($0) || $0 >= 0x80 }
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
                    // A number is only that number: a kenmerk inside a longer number (a URL such
                    // as 04999/2018-2019 joins into one run of digits) is another number, not a
                    // leak. But digits written apart are separate numbers: "2023-41344305" shows
                    // the kenmerk 41344305 (a leak the fuzzer found when this was not so).
                    let start = end - key.count
                    if NormalizedText.isDigit(key[0]), start > 0, NormalizedText.isDigit(buffer[start - 1]), !text.startsDigitGroup(start) {
                        return
                    }
                    if NormalizedText.isDigit(key[key.count - 1]), end < buffer.count, NormalizedText.isDigit(buffer[end]),
                        !text.startsDigitGroup(end)
                    {
                        return
                    }
                    hits.append(Hit(pattern: key, message: "", outputPath: file.path, outputLine: line(of: end, in: text.compactLines)))
                }
            }
            for (found, end) in emails(in: text.plain) where !allowed.contains(NormalizedText.pattern(found)) {
                hits.append(
                    Hit(
                        pattern: NormalizedText.pattern(found), message: "e-mail address '\(found)'", outputPath: file.path,
                        outputLine: line(of: end, in: text.plainLines)))
            }
            for (found, digits, end) in phones(in: text.plain) where !allowedPhones.contains(digits) {
                hits.append(
                    Hit(
                        pattern: NormalizedText.pattern(found), message: "telephone number '\(found)'", outputPath: file.path,
                        outputLine: line(of: end, in: text.plainLines)))
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
        guard
            bytes.allSatisfy({ NormalizedText.isDigit($0) || NormalizedText.isSeparator($0) || NormalizedText.isSpace($0) || $0 == UInt8(ascii: "+") }
            )
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

    /// A group of digits in a run of digits joined by spaces or `- . / ( )`.
    struct DigitGroup {
        var start: Int
        var end: Int
        /// Written with a `+` right before it.
        var plus: Bool
        /// What joins it to the next group ("-", " ", ") "…), empty for the last.
        var joiner: ArraySlice<UInt8> = []
        /// Part of a date, a school year or a time, which is never part of a telephone number.
        var isDate = false

        var count: Int { end - start }
    }

    static func isLetterByte(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || b >= 0x80 }

    /// Dutch telephone numbers in normalised text: ten digits starting with 0, or +31 / 0031 and
    /// nine digits, with `(0)` allowed after the country code. To keep ordinary content free of
    /// false alarms, the first group of a national number is an area code (2 to 4 digits) or the
    /// whole number, and dates (2023-07-10, 10-07-2023) and school years (2022-2023) are never
    /// part of a number, however they are lined up.
    static func phones(in text: [UInt8]) -> [(String, String, Int)] {
        var result: [(String, String, Int)] = []
        var i = 0
        let n = text.count
        func joins(_ b: UInt8) -> Bool { NormalizedText.isSeparator(b) || b == 0x20 }
        while i < n {
            guard NormalizedText.isDigit(text[i]) || (text[i] == UInt8(ascii: "+") && i + 1 < n && NormalizedText.isDigit(text[i + 1])) else {
                i += 1
                continue
            }
            // Digits glued to letters (a BRIN code, "12AB00") are not numbers; a '+' is not glue.
            // (A '+' after a letter once made this skip stand still, and the build hang: found by fuzzing.)
            if i > 0, isLetterByte(text[i - 1]), text[i] != UInt8(ascii: "+") {
                repeat { i += 1 } while i < n && NormalizedText.isDigit(text[i])
                continue
            }
            var groups: [DigitGroup] = []
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
                if j < n, isLetterByte(text[j]) {
                    while j < n, text[j] != 0x20, text[j] != NormalizedText.boundary { j += 1 }
                    break
                }
                groups.append(DigitGroup(start: start, end: j, plus: plus))
                var k = j
                while k < n, joins(text[k]) { k += 1 }
                guard k > j, k < n, NormalizedText.isDigit(text[k]) || text[k] == UInt8(ascii: "+") else { break }
                groups[groups.count - 1].joiner = text[j..<k]
                j = k
            }
            markDates(&groups)
            for first in groups.indices {
                if let (canonical, last) = phone(startingAt: first, in: groups, text) {
                    var start = groups[first].plus ? groups[first].start - 1 : groups[first].start
                    if start > 0, text[start - 1] == UInt8(ascii: "(") { start -= 1 }
                    result.append((String(decoding: text[start..<groups[last].end], as: UTF8.self), canonical, groups[last].end))
                }
            }
            i = max(j, i + 1)
        }
        return result
    }

    /// Marks groups that form a date (4-2-2, 2-2-4, 1-1-4) or a school year (4-4), written with
    /// one and the same `-`, `/` or `.` between their parts, or a time (09.00).
    static func markDates(_ groups: inout [DigitGroup]) {
        func tight(_ g: DigitGroup) -> UInt8? {
            guard g.joiner.count == 1, let b = g.joiner.first, b != 0x20 else { return nil }
            return b
        }
        var k = 0
        while k < groups.count {
            if k + 2 < groups.count, let a = tight(groups[k]), a == tight(groups[k + 1]) {
                let lengths = (groups[k].count, groups[k + 1].count, groups[k + 2].count)
                if lengths == (4, 2, 2) || ((1...2).contains(lengths.0) && (1...2).contains(lengths.1) && lengths.2 == 4) {
                    for m in k...(k + 2) { groups[m].isDate = true }
                    k += 3
                    continue
                }
            }
            if k + 1 < groups.count, let a = tight(groups[k]), a == UInt8(ascii: "-") || a == UInt8(ascii: "/"),
                groups[k].count == 4, groups[k + 1].count == 4
            {
                groups[k].isDate = true
                groups[k + 1].isDate = true
                k += 2
                continue
            }
            // A time, 09.00: two groups joined by a dot, not part of a longer dotted number
            // (020.123.45.67) nor followed by more groups after a space (06.12 34 56 78).
            if k + 1 < groups.count, tight(groups[k]) == UInt8(ascii: "."), (1...2).contains(groups[k].count), groups[k + 1].count == 2,
                k == 0 || tight(groups[k - 1]) != UInt8(ascii: "."), tight(groups[k + 1]) != UInt8(ascii: "."),
                !groups[k + 1].joiner.elementsEqual([0x20])
            {
                groups[k].isDate = true
                groups[k + 1].isDate = true
                k += 2
                continue
            }
            k += 1
        }
    }

    /// The canonical ten digits and the last group of a telephone number that starts at `first`.
    static func phone(startingAt first: Int, in groups: [DigitGroup], _ text: [UInt8]) -> (String, Int)? {
        let head = Array(text[groups[first].start..<groups[first].end])
        guard !groups[first].isDate else { return nil }
        var digits: [UInt8]
        var index = first
        if (groups[first].plus && head.starts(with: Array("31".utf8))) || head.starts(with: Array("0031".utf8)) {
            // International: the country code, an optional (0), then nine digits.
            digits = Array(head.dropFirst(groups[first].plus ? 2 : 4))
            if digits.isEmpty, index + 1 < groups.count, text[groups[index + 1].start..<groups[index + 1].end].elementsEqual([UInt8(ascii: "0")]) {
                index += 1
            }
            if digits.first == UInt8(ascii: "0") { return nil }
            while digits.count < 9, index + 1 < groups.count, !groups[index + 1].isDate {
                index += 1
                digits += text[groups[index].start..<groups[index].end]
            }
            guard digits.count == 9, digits.first != UInt8(ascii: "0") else { return nil }
            return ("0" + String(decoding: digits, as: UTF8.self), index)
        }
        // A '+' before a national number ("+06-…") is a slip of the pen; the number is still one.
        guard head.first == UInt8(ascii: "0"), head.count < 2 || head[1] != UInt8(ascii: "0"),
            (2...4).contains(head.count) || head.count == 10
        else { return nil }
        digits = head
        while digits.count < 10, index + 1 < groups.count, !groups[index + 1].isDate {
            index += 1
            digits += text[groups[index].start..<groups[index].end]
        }
        guard digits.count == 10 else { return nil }
        return (String(decoding: digits, as: UTF8.self), index)
    }

    // MARK: Naming where the text came from

    static func fragments(_ site: Site, reports: [Int: PublicReport]) -> [Fragment] {
        var result: [Fragment] = []
        var seen = Set<SourceLocation>()
        func add(_ text: String, _ location: SourceLocation, _ kind: Fragment.Kind, spansTwoLines: Bool = false) {
            let compact = NormalizedText.pattern(text)
            guard !compact.isEmpty else { return }
            result.append(Fragment(location: location, kind: kind, compact: compact, loose: loose(compact), spansTwoLines: spansTwoLines))
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
        for report in reports.keys.sorted().compactMap({ reports[$0] }) { addLines(report.source, .report) }
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
            let exact = candidates.filter { contains($0.compact, pattern) }
            if !exact.isEmpty { return exact }
            guard loosePattern.count >= 4 else { continue }
            let near = candidates.filter { contains($0.loose, loosePattern) }
            if !near.isEmpty { return near }
        }
        return []
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
                fix = { _ in "remove it, or list it under privacy.toegestaan in site.yml if it is a public address or number" }
            }
            let sources = self.sources(of: pattern, in: fragments)
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
