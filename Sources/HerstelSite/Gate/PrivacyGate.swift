import Dispatch

/// The last stage before writing: scans every byte that would be published (SPEC §2) for
/// private values of any case, forbidden terms, and personal data that nobody declared
/// (names of persons, BSNs, IBANs, home addresses, dates of birth, e-mail addresses and
/// telephone numbers; see Detectors/) unless `privacy.toegestaan` allows it. A hit names
/// the source file and line the text came from.
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
        /// Lower case with spaces, for finding a detector's finding as whole words.
        var plain: [UInt8]
        /// `plain` with its capitals, offset for offset.
        var cased: [UInt8] = []
        var spansTwoLines = false
    }

    /// Letters and digits of a normalised text, for matching through Markdown punctuation.
    static func loose(_ compact: [UInt8]) -> [UInt8] {
        compact.filter(ByteClass.isLowerAlphanumeric)
    }

    struct Hit: Hashable {
        var pattern: [UInt8]
        var message: String
        /// The same in Dutch, for the preview ("naam van een persoon 'P. Jansen'").
        var dutch = ""
        var outputPath: String
        var outputLine: Int
        /// Personal data found by its form, nil for a private value or forbidden term.
        var kind: PersonalData? = nil
        /// The finding in lower case with spaces, to find where it was written.
        var words: [UInt8]? = nil
        /// The same with its capitals, so a source line is one that writes it as it was found.
        var casedWords: [UInt8]? = nil
    }

    /// What the gate found: problems stop the build, warnings are told, and the allowed
    /// exceptions in use are listed for the privacy officer.
    public struct Verdict: Sendable {
        public var problems: [Diagnostic]
        public var warnings: [Diagnostic]
        public var allowedInUse: [AllowedUse]
    }

    /// What the gate looks for; with equal lookouts it finds the same in the same file.
    struct Lookout: Equatable, Sendable {
        var keys: [[UInt8]]
        var isRule: [Bool]
        var allowedAt: [[Int]]
        var allowed: [AllowedText]
        /// The organisations' names, as the name detector knows them.
        var organisationRuns: Set<UInt64>
        var fieldTails: Set<UInt64>

        /// Whether it looks for the same as `earlier` but for the organisations' names (a
        /// board renamed). The name detector asks about organisations only whether a run of
        /// words is one; a file's scan stays what it was when no run that kept a name out is
        /// gone (`FileScan.suppressedBy`) and, if runs were added, the file had no names (a
        /// new run can only take a finding away). The names in fields (`fieldTails`) add
        /// findings, so those must be the same.
        func differsOnlyInOrganisations(from earlier: Lookout) -> Bool {
            keys == earlier.keys && isRule == earlier.isRule && allowedAt == earlier.allowedAt && allowed == earlier.allowed
                && fieldTails == earlier.fieldTails
        }
    }

    /// What one published file showed.
    struct FileScan: Sendable {
        var hits: [Hit] = []
        /// Allowed exceptions seen, by index in `privacy.allowed`, with the texts they allowed.
        var allowed: [Int: Set<[UInt8]>] = [:]
        /// The name detector found something, allowed or not.
        var foundNames = false
        /// The organisation runs that kept name-like text from being a finding.
        var suppressedBy = Set<UInt64>()
    }

    /// With `locateAllowed`, each allowed exception in use gets the source lines it was
    /// written at (for `check --privacy`); without, only how many files show it. With the
    /// `memo` of the last scan, a file that is what it was, while the gate looks for the same
    /// things, is not scanned again; returns what the next scan may reuse (nil without a memo).
    public static func scan(
        _ files: [OutputFile], site anonymised: AnonymisedSite, drafts: Bool = false, locateAllowed: Bool = false,
        progress: ProgressMeter? = nil, reusing memo: Memo? = nil
    ) -> (verdict: Verdict, memo: Memo?) {
        let scanner = Scanner(anonymised, drafts: drafts, memo: memo)
        progress?.begin(.scanning, total: files.reduce(0) { $0 + $1.contents.count })
        let scans = scanner.scan(files, progress: progress)
        var next: Memo? = nil
        if memo != nil {
            var kept = Memo()
            kept.matcher = (scanner.keys, scanner.matcher)
            kept.names = (scanner.organisations, scanner.names)
            kept.lookout = scanner.lookout
            kept.scans = Dictionary(
                zip(files, scans).map { ($0.path, Memo.Scan(contents: $0.contents, scan: $1)) }, uniquingKeysWith: { $1 })
            next = kept
        }
        return (scanner.verdict(scans, locateAllowed: locateAllowed), next)
    }

    /// The gate made ready for one site: it can scan the site's files in parts, as they are
    /// rendered, and give the verdict over all parts at the end.
    struct Scanner: Sendable {
        let anonymised: AnonymisedSite
        let drafts: Bool
        let rules: [[UInt8]: [Rule]]
        let exceptions: Exceptions
        let keys: [[UInt8]]
        let isRule: [Bool]
        let allowedAt: [[Int]]
        let matcher: PatternMatcher
        let names: PersonNames
        let organisations: [String]
        let lookout: Lookout
        /// Scans of the last build that are still good (`Memo`).
        let earlier: [String: Memo.Scan]

        init(_ anonymised: AnonymisedSite, drafts: Bool, memo: Memo? = nil) {
            let site = anonymised.site
            self.anonymised = anonymised
            self.drafts = drafts
            let rules = PrivacyGate.rules(site)
            let exceptions = Exceptions(site.settings.privacy.allowed)
            // One pass finds private values, forbidden terms and allowed texts alike.
            let keys = Set(rules.keys).union(exceptions.patterns.filter { !$0.isEmpty }).sorted { $0.lexicographicallyPrecedes($1) }
            self.rules = rules
            self.exceptions = exceptions
            self.keys = keys
            isRule = keys.map { rules[$0] != nil }
            allowedAt = keys.map { key in exceptions.patterns.indices.filter { exceptions.patterns[$0] == key } }
            // The automaton of the last build, when it looked for the same (the preview).
            if let known = memo?.matcher, known.keys == keys {
                matcher = known.matcher
            } else {
                matcher = PatternMatcher(keys)
            }
            let organisations = organisationNames(site)
            if let known = memo?.names, known.organisations == organisations {
                names = known.names
            } else {
                names = PersonNames(organisations: organisations)
            }
            self.organisations = organisations
            // With a memo (the preview), a file that is what it was in the last build, when the
            // gate looked for the same things, is not scanned again.
            lookout = Lookout(
                keys: keys, isRule: isRule, allowedAt: allowedAt, allowed: exceptions.allowed, organisationRuns: names.runHashes,
                fieldTails: names.tailHashes)
            if let memo, let known = memo.lookout, known == lookout {
                earlier = memo.scans
            } else if let memo, let known = memo.lookout, lookout.differsOnlyInOrganisations(from: known) {
                let removed = known.organisationRuns.subtracting(lookout.organisationRuns)
                let added = !lookout.organisationRuns.isSubset(of: known.organisationRuns)
                earlier = memo.scans.filter { _, kept in
                    kept.scan.suppressedBy.isDisjoint(with: removed) && !(added && kept.scan.foundNames)
                }
            } else {
                earlier = [:]
            }
        }

        /// Files larger than this are scanned one at a time.
        static let largeFile = 2 * 1_048_576

        /// One scan per file, in the order of `files`.
        func scan(_ files: [OutputFile], progress: ProgressMeter? = nil) -> [FileScan] {
            let keys = self.keys
            let isRule = self.isRule
            let allowedAt = self.allowedAt
            let matcher = self.matcher
            let names = self.names
            let exceptions = self.exceptions
            let earlier = self.earlier
            // Largest files first (the feed, open data, year pages), one at a time per core, so
            // neither core is left scanning a big file alone at the end. Hits are sorted later.
            let order = files.indices.sorted { (files[$0].contents.count, files[$1].path) > (files[$1].contents.count, files[$0].path) }
            let bySize = order.map { files[$0] }
            // Reading a file takes several times its size (its normal forms, its words): one
            // large file (the open data, the feed) at a time, while the other cores go on
            // with the smaller ones.
            let large = DispatchSemaphore(value: 1)
            let scanned = Parallel.map(bySize, chunkSize: 1) { file -> FileScan in
                defer { progress?.advance(by: file.contents.count) }
                if let known = earlier[file.path], known.contents == file.contents { return known.scan }
                let isLarge = file.contents.count > Scanner.largeFile
                if isLarge { large.wait() }
                defer { if isLarge { large.signal() } }
                let markup = file.path.hasSuffix(".html") || file.path.hasSuffix(".xml")
                let text = NormalizedText(file.contents, markup: markup)
                var result = FileScan()
                text.compact.withUnsafeBufferPointer { buffer in
                    matcher.scan(buffer) { index, end in
                        let key = keys[index]
                        // A number is only that number: a kenmerk inside a longer number (a URL such
                        // as 04999/2018-2019 joins into one run of digits) is another number, not a
                        // leak. But digits written apart are separate numbers: "2023-41344305" shows
                        // the kenmerk 41344305 (a leak the fuzzer found when this was not so).
                        let start = end - key.count
                        if ByteClass.isDigit(key[0]), start > 0, ByteClass.isDigit(buffer[start - 1]), !text.startsDigitGroup(start) {
                            return
                        }
                        if ByteClass.isDigit(key[key.count - 1]), end < buffer.count, ByteClass.isDigit(buffer[end]),
                            !text.startsDigitGroup(end)
                        {
                            return
                        }
                        for allowed in allowedAt[index] { result.allowed[allowed, default: []].insert(key) }
                        if isRule[index] {
                            result.hits.append(
                                Hit(pattern: key, message: "", outputPath: file.path, outputLine: line(of: end, in: text.compactLines)))
                        }
                    }
                }
                let scanText = ScanText(text)
                for finding in detect(scanText, names: names, suppressedBy: &result.suppressedBy) {
                    if finding.kind == .name { result.foundNames = true }
                    let written = scanText.written(finding.range)
                    let pattern = NormalizedText.pattern(written)
                    if let index = exceptions.allows(finding, in: scanText) {
                        result.allowed[index, default: []].insert(pattern)
                        continue
                    }
                    result.hits.append(
                        Hit(
                            pattern: pattern, message: "\(finding.kind.rawValue) '\(written)'", dutch: "\(finding.kind.dutch) '\(written)'",
                            outputPath: file.path,
                            outputLine: line(of: finding.range.upperBound, in: scanText.lineStarts), kind: finding.kind,
                            words: scanText.plain[finding.range].map { $0 == NormalizedText.boundary ? 0x20 : $0 },
                            casedWords: scanText.cased[finding.range].map { $0 == NormalizedText.boundary ? 0x20 : $0 }))
                }
                return result
            }
            var scans = [FileScan](repeating: FileScan(), count: files.count)
            for (position, index) in order.enumerated() { scans[index] = scanned[position] }
            return scans
        }

        /// What all the scans of the site's files found.
        func verdict(_ scans: [FileScan], locateAllowed: Bool) -> Verdict {
            let site = anonymised.site
            let rules = self.rules
            let hits = scans.flatMap(\.hits)
            var allowedSeen: [Int: (patterns: Set<[UInt8]>, files: Int)] = [:]
            for scan in scans {
                for (index, patterns) in scan.allowed {
                    allowedSeen[index, default: ([], 0)].patterns.formUnion(patterns)
                    allowedSeen[index]!.files += 1
                }
            }
            let allowed = site.settings.privacy.allowed
            let unused = allowed.indices.filter { allowedSeen[$0] == nil }.map {
                Diagnostic.warning(
                    file: allowed[$0].location.file, line: allowed[$0].location.line,
                    "privacy.toegestaan allows '\(allowed[$0].text)', which appears nowhere on the site; remove it, so the exceptions a privacy officer signs off are the ones in use",
                    dutch:
                        "privacy.toegestaan staat '\(allowed[$0].text)' toe, maar die tekst komt nergens op de site voor; haal de uitzondering weg, zodat de uitzonderingen die een privacyfunctionaris goedkeurt, de uitzonderingen zijn die gebruikt worden."
                )
            }
            guard !hits.isEmpty || locateAllowed else {
                let uses = allowedSeen.keys.sorted().map { AllowedUse(allowed: allowed[$0], sources: [], files: allowedSeen[$0]!.files) }
                return Verdict(problems: [], warnings: unused, allowedInUse: uses)
            }
            let fragments = PrivacyGate.fragments(site, reports: anonymised.shown(drafts: drafts).compactMap(\.report))
            let uses = allowedSeen.keys.sorted().map { index in
                let seen = allowedSeen[index]!
                let sources = !locateAllowed ? [] : Set(seen.patterns.flatMap { PrivacyGate.sources(of: $0, in: fragments).map(\.location) }).sorted()
                return AllowedUse(allowed: allowed[index], sources: sources, files: seen.files)
            }
            let problems = hits.isEmpty ? [] : diagnose(hits, rules: rules, fragments: fragments, privacy: site.settings)
            return Verdict(problems: problems, warnings: unused, allowedInUse: uses)
        }
    }

    /// Every detector of personal data that nobody declared, over one published file.
    static func detect(_ text: ScanText, names: PersonNames) -> [Finding] {
        var suppressed = Set<UInt64>()
        return detect(text, names: names, suppressedBy: &suppressed)
    }

    /// The same; `suppressedBy` gets the organisation runs that kept a name from being found.
    static func detect(_ text: ScanText, names: PersonNames, suppressedBy suppressed: inout Set<UInt64>) -> [Finding] {
        let tokens = text.tokens()
        var findings = EmailAddresses.find(in: text) + PhoneNumbers.find(in: text)
        findings += CitizenNumbers.find(in: text) + BankAccounts.find(in: text, tokens: tokens)
        findings += HomeAddresses.find(in: text, tokens: tokens) + BirthDates.find(in: text, tokens: tokens)
        findings += names.find(in: text, tokens: tokens, suppressedBy: &suppressed)
        // One finding for one text: a telephone number inside an IBAN, a surname inside "ir. B. Kuipers".
        findings.sort { ($0.range.count, $1.range.lowerBound) > ($1.range.count, $0.range.lowerBound) }
        var kept: [Finding] = []
        for finding in findings
        where !kept.contains(where: { $0.range.contains(finding.range.lowerBound) && $0.range.upperBound >= finding.range.upperBound }) {
            kept.append(finding)
        }
        return kept
    }

    /// Names of boards, schools and places, and the site's own: organisation data, which a
    /// name detector must not take for a person.
    static func organisationNames(_ site: Site) -> [String] {
        var names = [site.settings.title, site.settings.organisation]
        for item in site.cases {
            names.append(item.board.name)
            if let place = item.board.place { names.append(place) }
            for school in item.schools {
                names.append(school.name)
                if let place = school.place { names.append(place) }
            }
        }
        return Array(Set(names)).sorted()
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

}
