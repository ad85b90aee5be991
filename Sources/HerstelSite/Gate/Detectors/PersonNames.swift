/// Names of natural persons in published text (SPEC §2 item 4), found by their structure
/// first: a form of address or title ("dhr.", "mevrouw", "ir."), initials ("P.J. van den
/// Berg"), a role word ("contactpersoon", "leerling"), the line after a closing greeting; and
/// then by a lexicon of given names followed by a surname ("Fatima el Amrani").
///
/// Names of organisations are not persons, even when they carry one: a name right before an
/// organisation word ("Johan de Witt College") or right after one ("Stichting Jan van
/// Nassau"), a surname that ends like a school or a street ("Anne Frankschool"), and any run
/// of words that is the start of a board's, school's or place's own name in the content.
struct PersonNames {
    /// Hashes of word runs that begin a board's, school's or place's name (before any comma,
    /// bracket or role word in it): for those the given-name and signature rules stay silent.
    let organisationRuns: WordSet
    /// Hashes of what follows a comma, dash or bracket in a name or place field when it reads
    /// like a person ("Stichting Trineia, Rignald Croes", "Hilversum (Kwame Appiah)"): a
    /// name pasted into a field, found wherever the field is published.
    let fieldTails: WordSet

    let hasFieldTails: Bool
    /// The sets themselves, to compare the organisations of two builds (`PrivacyGate.Lookout`).
    let runHashes: Set<UInt64>
    let tailHashes: Set<UInt64>
    /// Hashes of the words of each declared name (SPEC §2: a board's name and earlier names, a
    /// school's name, a `plaats`), up to a break that a person follows: wherever the whole of
    /// such a name is written, no name of a person is found inside it ("OBS De Meester
    /// Siebenga", "Jenaplanschool Annie M.G. Schmidt"). Also the names of Dutch places
    /// (`Places`).
    let declaredNames: WordSet

    init(organisations: [String]) {
        var runs = Set<UInt64>()
        var tails = Set<UInt64>()
        var declared: [UInt64] = []
        for name in organisations {
            let text = ScanText(name)
            let tokens = text.tokens()
            var words: [UInt64] = []
            var end = tokens.count
            for (index, token) in tokens.enumerated() {
                if token.kind == .word, !PersonNames.roles.contains(token.hash), !PersonNames.forAttention.contains(token.hash) {
                    words.append(token.hash)
                } else if token.kind == .mark, !PersonNames.isBreak(token) || PersonNames.isElision(token, in: text) {
                    continue
                } else if token.kind == .word || token.kind == .mark || token.kind == .boundary {
                    end = index
                    break
                }
            }
            var personTail = false
            // After each break, not only the first: "Veluwezoom College, locatie Velp – Rachid el
            // Bakkali-Mulder".
            for k in end..<tokens.count where k == end || PersonNames.isBreak(tokens[k]) && !PersonNames.isElision(tokens[k], in: text) {
                if let tail = PersonNames.personLikeTail(tokens[k...], text) {
                    tails.insert(tail)
                    personTail = true
                }
            }
            if end < tokens.count, PersonNames.hasPersonWord(tokens[end...]) { personTail = true }
            declared.append(PersonNames.wordsHash(words))
            if end < tokens.count, !personTail {
                // No person after the break ("Stichting Onderwijs: Samen Leren"): the whole is the name.
                declared.append(PersonNames.wordsHash(tokens.filter { $0.kind == .word }.map(\.hash)))
            }
            var parts = [words]
            // After a break, a part that names an organisation too ("Kiem Onderwijs (voorheen
            // Samenwerkingsstichting Arcade Heerenveen)") is the organisation's name as well.
            if end < tokens.count, let more = PersonNames.organisationTail(tokens[end...], text) { parts.append(more) }
            for part in parts {
                for first in part.indices {
                    var hash = WordHash.seed
                    for last in first..<min(part.count, first + 8) {
                        hash = WordHash.combine(hash, part[last])
                        runs.insert(hash)
                    }
                }
            }
        }
        organisationRuns = WordSet(runs)
        declaredNames = WordSet(declared)
        fieldTails = WordSet(tails)
        runHashes = runs
        tailHashes = tails
        hasFieldTails = !tails.isEmpty
    }

    static func wordsHash(_ words: [UInt64]) -> UInt64 {
        var hash = WordHash.seed
        for word in words { hash = WordHash.combine(hash, word) }
        return hash
    }

    /// A title, role word or "t.a.v." among the words after a break: a person follows.
    static func hasPersonWord(_ tokens: ArraySlice<Token>) -> Bool {
        tokens.contains { token in
            token.kind == .word && (titles.contains(token.hash) || roles.contains(token.hash) || forAttention.contains(token.hash))
        }
    }

    /// What separates an addition from a name in a field: a comma, bracket, colon, slash or
    /// dash ("Stichting Trineia, Rignald Croes"); quotes, '&' and periods do not.
    static func isBreak(_ token: Token) -> Bool {
        guard token.kind == .mark else { return token.kind == .boundary }
        let b = UInt8(truncatingIfNeeded: token.hash)
        return [
            UInt8(ascii: ","), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "/"), UInt8(ascii: "|"),
            UInt8(ascii: "-"), 0xE2,
        ]
        .contains(b)
    }

    /// The words after a break in an organisation's name when they hold an organisation word
    /// of their own ("voorheen Samenwerkingsstichting Arcade"), else nil: a person's name after
    /// a break ("t.a.v. Ruthmilda Rosaria") must stay findable.
    static func organisationTail(_ tokens: ArraySlice<Token>, _ text: ScanText) -> [UInt64]? {
        var words: [UInt64] = []
        var named = false
        for token in tokens where token.kind == .word {
            if organisationWords.contains(token.hash) || hasOrganisationEnding(text.plain[token.start..<token.end]) { named = true }
            if roles.contains(token.hash) || forAttention.contains(token.hash) { return nil }
            words.append(token.hash)
        }
        return named ? words : nil
    }

    /// A hyphen that stands for a word left out ("Duin- en Bollenstreek"): right after a
    /// letter and before a space. It joins the words of a name instead of ending it.
    static func isElision(_ token: Token, in text: ScanText) -> Bool {
        guard token.kind == .mark, UInt8(truncatingIfNeeded: token.hash) == UInt8(ascii: "-"), token.start > 0, token.end < text.count
        else { return false }
        return ByteClass.isLetter(text.plain[token.start - 1]) && text.plain[token.end] == 0x20
    }

    /// The words after the break in a field, when they are two to four capitalised words and
    /// particles with no organisation word among them: the hash of their run, else nil.
    static func personLikeTail(_ tokens: ArraySlice<Token>, _ text: ScanText) -> UInt64? {
        var words: [Token] = []
        // After a colon comes a subtitle ("Stichting Onderwijs: Samen Leren"), unless a given
        // name or an initial says it is a person.
        let afterColon = tokens.first.map { $0.kind == .mark && UInt8(truncatingIfNeeded: $0.hash) == UInt8(ascii: ":") } ?? false
        reading: for token in tokens {
            switch token.kind {
            case .word:
                if PersonNames.roles.contains(token.hash) || PersonNames.forAttention.contains(token.hash) || PersonNames.titles.contains(token.hash)
                {
                    words.removeAll()
                } else {
                    words.append(token)
                }
            case .number:
                return nil
            case .mark where !isBreak(token):
                continue
            case .mark, .boundary, .lineBreak:
                // A closing bracket or a second break ends the tail.
                if !words.isEmpty { break reading }
            }
        }
        // An addition naming a place or an organisation ("locatie Oude Gracht") is no person.
        if words.contains(where: { organisationWords.contains($0.hash) || streetsAlone.contains($0.hash) }) { return nil }
        // "t.a.v.", "p/a", "interim-directeur" before the name are not part of it.
        while let first = words.first, !first.capital { words.removeFirst() }
        let capitals = words.filter { $0.capital }
        // "De Zonnewijzer", "Het Baken": a school's own name, not a person.
        guard (2...4).contains(words.count), capitals.count >= 2, words.last!.capital, !stopWords.contains(words[0].hash),
            words.allSatisfy({ $0.capital || particles.contains($0.hash) }),
            !words.contains(where: {
                organisationWords.contains($0.hash) || stopWords.contains($0.hash) && !particles.contains($0.hash)
                    || organisationPrefixes.contains($0.hash)
            }),
            !words.contains(where: { hasOrganisationEnding(text.plain[$0.start..<$0.end]) })
        else { return nil }
        if afterColon,
            !words.contains(where: { GivenNames.unambiguous.contains($0.hash) || ($0.length == 1 || digraphInitials.contains($0.hash)) && $0.period })
        {
            return nil
        }
        return wordsHash(words.map(\.hash))
    }

    func find(in text: ScanText, tokens: [Token]) -> [Finding] {
        var suppressed = Set<UInt64>()
        return find(in: text, tokens: tokens, suppressedBy: &suppressed)
    }

    /// The same; `suppressedBy` gets the organisations' runs (`organisationRuns`) that kept a
    /// name-like text from being a finding, so the preview knows which files a renamed board
    /// can change (`PrivacyGate.Lookout`).
    func find(in text: ScanText, tokens: [Token], suppressedBy suppressed: inout Set<UInt64>) -> [Finding] {
        var found: [Range<Int>] = []
        let scan = Scan(tokens: tokens, text: text)
        for i in tokens.indices where tokens[i].kind == .word {
            // Most words are lower case and start no name: one probe tells.
            if !tokens[i].capital, !PersonNames.lowerCaseStarts.contains(tokens[i].hash) { continue }
            if let range = match(at: i, scan, suppressedBy: &suppressed) {
                if let run = declaredName(around: range, scan) {
                    suppressed.insert(run)
                    continue
                }
                found.append(range)
            } else if tokens[i].capital, hasFieldTails, let end = fieldTail(at: i, scan) {
                found.append(scan.range(i, end))
            }
        }
        return found.map { Finding(kind: .name, range: $0) }
    }

    func find(in text: ScanText) -> [Finding] { find(in: text, tokens: text.tokens()) }

    /// The hash of a declared name written around all of `range` (words before and after it up
    /// to the name's length, within one block), or nil: a finding there is the name's own.
    func declaredName(around range: Range<Int>, _ scan: Scan) -> UInt64? {
        let tokens = scan.tokens
        // The tokens of the finding.
        var first = 0
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].start < range.lowerBound { low = mid + 1 } else { high = mid }
        }
        first = low
        guard first < tokens.count else { return nil }
        var last = first
        while last + 1 < tokens.count, tokens[last + 1].start < range.upperBound { last += 1 }
        let reach = 10
        var start = first
        var before = 0
        while start > 0, before < reach, tokens[start - 1].kind != .boundary {
            start -= 1
            if tokens[start].kind == .word { before += 1 }
        }
        for from in start...first where tokens[from].kind == .word || from == first {
            var hash = WordHash.seed
            var j = from
            var words = 0
            while j < tokens.count, words < 2 * reach + 8, tokens[j].kind != .boundary {
                if tokens[j].kind == .word {
                    hash = WordHash.combine(hash, tokens[j].hash)
                    words += 1
                    if j >= last, declaredNames.contains(hash) || Lexicons.placesAndOrganisations.contains(hash) { return hash }
                }
                j += 1
            }
        }
        return nil
    }

    /// The end of a name pasted into a field (see `fieldTails`) that starts at token `i`.
    func fieldTail(at i: Int, _ scan: Scan) -> Int? {
        var hash = WordHash.seed
        var j = i
        var words = 0
        while j < scan.tokens.count, words < 4 {
            let token = scan.tokens[j]
            if token.kind == .lineBreak {
                j += 1
                continue
            }
            guard token.kind == .word else { break }
            hash = WordHash.combine(hash, token.hash)
            words += 1
            j += 1
            if words >= 2, fieldTails.contains(hash) { return j }
        }
        return nil
    }

    /// A name that starts at token `i` (or, for a role word or greeting, after it).
    func match(at i: Int, _ scan: Scan, suppressedBy suppressed: inout Set<UInt64>) -> Range<Int>? {
        let tokens = scan.tokens
        let token = tokens[i]
        // A form of address or title: "dhr. Jansen", "mevrouw A. de Vries", "mr. dr. P. Smit".
        if let afterTitles = scan.titles(from: i), afterTitles > i, !scan.isTitle(i - 1) {
            if let end = scan.nameBody(from: afterTitles, bareGivenName: true), !scan.isOrganisation(before: i, after: end) {
                return scan.range(i, end)
            }
            return nil
        }
        // Initials and a surname: "P.J. van den Berg", "A. de Vries-Jansen".
        if scan.isInitial(i), !scan.isInitial(i - 1), !scan.isTitle(i - 1), !scan.isAbbreviation(from: i) {
            if let end = scan.nameBody(from: i, bareGivenName: false), !scan.isOrganisation(before: i, after: end) {
                return scan.range(i, end)
            }
            return nil
        }
        // A role word and a name: "contactpersoon Jansen", "leerling Sanne", "directeur: Peter Smit".
        if PersonNames.roles.contains(token.hash) || PersonNames.forAttention.contains(token.hash)
            || (!token.capital && PersonNames.lowerCaseRoles.contains(token.hash)) || scan.endsContactPhrase(i)
        {
            // "... van een leerling.\nVragen kunt u ...": the sentence ended at the role word.
            if token.period { return nil }
            var j = i + 1
            var skipped = 0
            // A role word alone in a cell labels the next one: "| Contactpersoon | Geertje Hoekstra |".
            let label = scan.endsCell(i) && (scan.startsCell(i) || (scan.wordAt(i - 1) != nil && scan.startsCell(i - 1)))
            while j < tokens.count, skipped < 3, scan.isFiller(j) || (label && (tokens[j].kind == .boundary || scan.isBar(j))) {
                j += 1
                skipped += 1
            }
            guard j < tokens.count, !scan.isTitle(j), !scan.isInitial(j) else { return nil }
            // A surname without given name or initials starts with a capital ("directeur Van der
            // Meer"); "de inspecteur van Financiën" is a role of an organisation.
            if let next = scan.wordAt(j), !next.capital, PersonNames.particles.contains(next.hash) { return nil }
            // "sprak met De Linde" is as often a school as a person.
            if scan.endsContactPhrase(i), let next = scan.wordAt(j), next.hash == PersonNames.de { return nil }
            if let end = scan.nameBody(from: j, bareGivenName: true), !scan.isOrganisation(before: j, after: end) {
                // Across a cell or block the next text is only a name when it looks like one
                // (a given name, or two words): not the heading or sentence that follows ("Vragen?").
                let crossed = ((i + 1)..<j).contains { tokens[$0].kind == .boundary || scan.isBar($0) }
                if crossed, !scan.isGivenName(j), (j..<end).filter({ tokens[$0].kind == .word }).count < 2 { return nil }
                // "sprak met Bollenstreek Oost": words of a declared name are the organisation's.
                let run = scan.runHash(j, end)
                if organisationRuns.contains(run) {
                    suppressed.insert(run)
                    return nil
                }
                return scan.range(j, end)
            }
            return nil
        }
        // A closing greeting and the name on the line after it.
        if PersonNames.greetings.contains(token.hash), i + 1 < tokens.count, tokens[i + 1].kind != .word, tokens[i + 1].kind != .number {
            return signature(after: i, scan, suppressedBy: &suppressed)
        }
        // A surname, a comma and initials, as in a list of names: "Bakker, P.", "Vries, J.P. de".
        if token.capital, let end = scan.surnameThenInitials(from: i) {
            if scan.isOrganisation(before: i, after: end) { return nil }
            return tokens[i].start..<(tokens[end - 1].end + 1)
        }
        // A word the given-name lexicon lacks before a surname of the register with its
        // particles: "met Fem de Groot", "Shurendy van der Sluis".
        if token.capital, !scan.startsSentence(i), let end = scan.unknownGivenNameAndParticleSurname(at: i) {
            if scan.isOrganisation(before: i, after: end) { return nil }
            let run = scan.runHash(i, end)
            if organisationRuns.contains(run) {
                suppressed.insert(run)
                return nil
            }
            return scan.range(i, end)
        }
        // A surname of the register with its particles and no given name: "van der Sluis",
        // "meent De Prins", "El Ahmadi".
        if scan.isParticle(i), !scan.isParticle(i - 1), let (start, end) = scan.particleSurname(from: i) {
            if scan.isOrganisation(before: start, after: end) { return nil }
            return scan.range(start, end)
        }
        // A given name and a surname: "Fatima el Amrani", "Jan Willem de Vries".
        if token.capital, scan.isGivenName(i), !scan.isGivenName(i - 1) {
            guard let end = scan.nameBody(from: i, bareGivenName: false) else {
                guard let lone = scan.loneGivenName(i), !scan.isOrganisation(before: i, after: i + 1) else { return nil }
                let run = scan.runHash(i, i + 1)
                if organisationRuns.contains(run) {
                    suppressed.insert(run)
                    return nil
                }
                return lone
            }
            // A given name that is also a word ("Peter", "Frank") at the start of a sentence is a
            // name with a particle, a surname of the register, or alone on its line (a byline
            // or signature: "Geert Sciot").
            if GivenNames.ambiguous.contains(token.hash), scan.startsSentence(i), !scan.hasParticle(i, end),
                !scan.isRegisteredSurname(i + 1, end), !scan.fillsLine(i, end)
            {
                return nil
            }
            if scan.isOrganisation(before: i, after: end) { return nil }
            let run = scan.runHash(i, end)
            if organisationRuns.contains(run) {
                suppressed.insert(run)
                return nil
            }
            return scan.range(i, end)
        }
        // A surname of the register of two words: "Bruins Slot", "Groot Wassink".
        if token.capital, let end = scan.registeredSurname(at: i) {
            if scan.isOrganisation(before: i, after: end) { return nil }
            let run = scan.runHash(i, end)
            if organisationRuns.contains(run) {
                suppressed.insert(run)
                return nil
            }
            return scan.range(i, end)
        }
        return nil
    }

    /// The name after "Met vriendelijke groet," on the next line, skipping a line that names
    /// a role ("De directeur,"): words with capitals, initials and particles only.
    func signature(after greeting: Int, _ scan: Scan, suppressedBy suppressed: inout Set<UInt64>) -> Range<Int>? {
        let tokens = scan.tokens
        var j = greeting + 1
        for _ in 0..<3 {
            while j < tokens.count, tokens[j].kind != .word { j += 1 }
            guard j < tokens.count else { return nil }
            var end = j
            var hasRole = false
            var hasSurname = false
            var nameLike = true
            while end < tokens.count, end - j < 8,
                tokens[end].kind == .word || (tokens[end].kind == .mark && tokens[end].hash == UInt64(UInt8(ascii: "-")))
            {
                let word = tokens[end]
                if word.kind == .word {
                    if PersonNames.roles.contains(word.hash) { hasRole = true }
                    if scan.isSurnameLike(end) { hasSurname = true }
                    if !(word.capital || scan.isParticle(end) || scan.isTitle(end)) || PersonNames.organisationWords.contains(word.hash) {
                        nameLike = false
                    }
                }
                if word.period && !scan.isInitial(end) && !scan.isTitle(end) {
                    end += 1
                    break
                }
                end += 1
            }
            if hasRole {
                j = end
                continue
            }
            guard nameLike, hasSurname else { return nil }
            var last = end
            while last > j, tokens[last - 1].kind != .word { last -= 1 }
            // One word alone may be the heading that follows the letter ("Bevindingen"): a
            // signature of one word counts only when it is a given name ("Groeten, Anouk").
            if last - j == 1, !scan.isGivenName(j) { return nil }
            let run = scan.runHash(j, last)
            if organisationRuns.contains(run) {
                suppressed.insert(run)
                return nil
            }
            return scan.range(j, last)
        }
        return nil
    }

    /// Reads tokens for the rules above.
    struct Scan {
        let tokens: [Token]
        let text: ScanText

        func wordAt(_ i: Int) -> Token? { i >= 0 && i < tokens.count && tokens[i].kind == .word ? tokens[i] : nil }

        func range(_ first: Int, _ end: Int) -> Range<Int> { tokens[first].start..<tokens[end - 1].end }

        func isTitle(_ i: Int) -> Bool {
            guard let word = wordAt(i) else { return false }
            if PersonNames.titles.contains(word.hash) { return true }
            if PersonNames.titlesWithPeriod.contains(word.hash) { return word.period }
            // "de heer"
            return word.hash == PersonNames.heer && wordAt(i - 1)?.hash == PersonNames.de
        }

        /// The token after a run of titles starting at `i` ("mr. dr."), or nil.
        func titles(from i: Int) -> Int? {
            var j = i
            if wordAt(j)?.hash == PersonNames.de, wordAt(j + 1)?.hash == PersonNames.heer { j += 1 }
            guard isTitle(j) else { return nil }
            while isTitle(j) || (tokens.indices.contains(j) && tokens[j].kind == .lineBreak) { j += 1 }
            return j
        }

        /// "P.", "J", "Th.", "IJ.": one capital (or a Dutch digraph), with a period or before another.
        func isInitial(_ i: Int) -> Bool {
            guard let word = wordAt(i), word.capital else { return false }
            let single = word.length == 1 || PersonNames.digraphInitials.contains(word.hash)
            guard single else { return false }
            if word.period { return true }
            // "P J van den Berg" is rare; "J van Dijk" is not.
            return word.length == 1 && (isParticle(i + 1) || (self.wordAt(i + 1)?.capital ?? false) && isSurnameLike(i + 1))
                && !(self.wordAt(i + 1)?.allCapitals ?? false)
        }

        /// The end of "Bakker, P." from the surname at `i`: a surname, a comma, and initials
        /// with periods that no other surname follows (that would be "Bakker, P. Jansen", a list).
        func surnameThenInitials(from i: Int) -> Int? {
            guard isSurnameLike(i), !isInitial(i), !tokens[i].period, i + 2 < tokens.count, tokens[i + 1].kind == .mark,
                UInt8(truncatingIfNeeded: tokens[i + 1].hash) == UInt8(ascii: ","), tokens[i + 2].start == tokens[i + 1].end + 1
            else { return nil }
            var j = i + 2
            while let word = wordAt(j), word.period, isInitial(j) { j += 1 }
            guard j > i + 2, !isAbbreviation(from: i + 2), !isSurnameLike(j), !isParticle(j) || !isSurnameLike(j + 1) else { return nil }
            return j
        }

        /// Initials that are a common abbreviation ("N.B.", "B.V.", "P.S.").
        func isAbbreviation(from i: Int) -> Bool {
            var hash = WordHash.seed
            var j = i
            while isInitial(j) {
                hash = WordHash.combine(hash, tokens[j].hash)
                j += 1
            }
            return PersonNames.abbreviations.contains(hash)
        }

        func isParticle(_ i: Int) -> Bool {
            guard let word = wordAt(i) else { return false }
            if PersonNames.particles.contains(word.hash) { return !word.period }
            return PersonNames.compoundParticles.contains(word.hash) && self.wordAt(i + 1).map { PersonNames.particles.contains($0.hash) } == true
        }

        func isGivenName(_ i: Int) -> Bool {
            guard let word = wordAt(i), word.capital else { return false }
            // In capitals a short word is more often an abbreviation ("ANNA", "BAS"), unless a
            // surname in capitals follows ("PIET JANSEN").
            if word.allCapitals, word.length <= 4, !(wordAt(i + 1).map { $0.allCapitals && $0.length >= 2 } ?? false) { return false }
            guard GivenNames.unambiguous.contains(word.hash) || GivenNames.ambiguous.contains(word.hash) || isHyphenatedGivenName(i),
                !gluedToNumber(i)
            else { return false }
            let h = word.hash
            return !PersonNames.particles.contains(h) && !PersonNames.stopWords.contains(h) && !PersonNames.organisationWords.contains(h)
                && !PersonNames.roles.contains(h)
        }

        /// A word that can be a surname: a capital, not a common word, not an organisation.
        func isSurnameLike(_ i: Int, afterParticle: Bool = false) -> Bool {
            guard let word = wordAt(i), word.capital, word.length >= 2, !gluedToNumber(i) else { return false }
            // A short word in capitals is an abbreviation ("VO", "BRIN"), unless the name before it
            // is written in capitals too ("PIET BOS").
            if word.allCapitals && word.length <= 4 && !(wordAt(i - 1).map { $0.allCapitals && $0.length >= 2 } ?? false) { return false }
            let h = word.hash
            if PersonNames.stopWords.contains(h) || PersonNames.organisationWords.contains(h) || PersonNames.roles.contains(h)
                || PersonNames.titles.contains(h) || PersonNames.greetings.contains(h)
            {
                return false
            }
            // After initials or a particle a street word is a surname ("Ph. Van der Laan").
            return !endsLikeOrganisation(word) && (afterParticle || !PersonNames.streetsAlone.contains(h))
        }

        /// Initials, given names, particles and a surname from `i`; with `bareGivenName`, a
        /// given name alone will do ("leerling Sanne", "juf Fatima"). Returns the end.
        func nameBody(from start: Int, bareGivenName: Bool) -> Int? {
            var j = start
            var givenNames = 0
            var initials = 0
            var sentenceEnds = false
            while j < tokens.count, !sentenceEnds {
                if tokens[j].kind == .lineBreak, j > start {
                    j += 1
                } else if isInitial(j) {
                    initials += 1
                    j += 1
                } else if initials == 0, isGivenName(j) {
                    givenNames += 1
                    sentenceEnds = tokens[j].period
                    j += 1
                } else {
                    break
                }
            }
            while j > start, tokens[j - 1].kind == .lineBreak { j -= 1 }
            if !sentenceEnds {
                var k = j
                while isParticle(k) || (k > j && k < tokens.count && tokens[k].kind == .lineBreak) { k += 1 }
                if isSurnameLike(k, afterParticle: k > j), initials > 0 || givenNames > 0 || k > j || bareGivenName {
                    // After a role or title a given name the lexicon lacks is still followed by the
                    // surname: "| Intern begeleider | Shurendy Frans |", "mevrouw Akosua de Graaf".
                    var end = k + 1
                    // A surname of two words: "Pieter Oude Nijhuis", "Marco Bruins Slot".
                    if !tokens[k].period, let next = wordAt(k + 1), next.capital, isRegisteredSurname(k, k + 2) { end = k + 2 }
                    if bareGivenName, end == k + 1, !tokens[k].period {
                        var next = end
                        while isParticle(next) { next += 1 }
                        if isSurnameLike(next) || isGivenName(next) { end = next + 1 }
                    }
                    return end
                }
            }
            // Two given names in a row: the last may be the surname ("Mohamed Ali").
            if givenNames >= 2 { return j }
            if givenNames >= 1, bareGivenName { return j }
            return nil
        }

        /// Ends like a school, building or street ("Frankschool", "Kerkstraat"), unless it is a
        /// surname of the register that is no Dutch word ("Damhuis", "Nijhuis", "Westerhof").
        func endsLikeOrganisation(_ word: Token) -> Bool {
            guard PersonNames.hasOrganisationEnding(text.plain[word.start..<word.end]) else { return false }
            return !Lexicons.surnames.contains(PersonNames.wordsHash([word.hash])) || PersonNames.hasSchoolEnding(text.plain[word.start..<word.end])
        }

        /// "Jan-Willem", "Marie-Louise", "Jan-Onbekendenaam": two capitalised parts joined by a
        /// hyphen, one of them a given name ("Jan" is also a word), none a particle, common,
        /// place or organisation's word ("Sint-Jan", "Noord-Brabant" are none).
        func isHyphenatedGivenName(_ i: Int) -> Bool {
            guard let word = wordAt(i), word.capital, !word.allCapitals else { return false }
            var parts: [(start: Int, hash: UInt64)] = []
            var hash = WordHash.seed
            var start = word.start
            for k in word.start..<word.end {
                if text.plain[k] == UInt8(ascii: "-") {
                    parts.append((start, hash))
                    hash = WordHash.seed
                    start = k + 1
                } else {
                    hash = WordHash.add(text.plain[k], to: hash)
                }
            }
            parts.append((start, hash))
            guard parts.count == 2, parts.allSatisfy({ text.isUpper($0.start) }) else { return false }
            for part in parts {
                let h = part.hash
                if PersonNames.particles.contains(h) || PersonNames.stopWords.contains(h) || PersonNames.organisationWords.contains(h)
                    || PersonNames.organisationPrefixes.contains(h) || PersonNames.roles.contains(h)
                    || Lexicons.placesAndOrganisations.contains(PersonNames.wordsHash([h]))
                {
                    return false
                }
            }
            return parts.contains { GivenNames.unambiguous.contains($0.hash) || GivenNames.ambiguous.contains($0.hash) }
        }

        /// A surname of the register with the particles that start at `i`, without given name or
        /// initials: the first token of the name and its end. With a capital particle in a sentence
        /// ("meent De Prins", "met Van der Laan") any surname of the register; at the start of a
        /// sentence, where every word has a capital, only one that is no Dutch word ("De Coster
        /// zei", not "De Raad besloot"), or two particles and a surname alone on a line ("van der
        /// Sluis"); with lower-case particles in a sentence only one that is no Dutch word ("met
        /// van Damme", not "voorzitter van de Kamer").
        func particleSurname(from i: Int) -> (Int, Int)? {
            var k = i
            while isParticle(k) { k += 1 }
            guard k > i, let core = wordAt(k), core.capital, !core.allCapitals || core.length > 4,
                isSurnameLike(k, afterParticle: true), !Lexicons.institutionWordsWithSurnames.contains(core.hash),
                // "van de Willem de Kooning Academie": a given name starts the next name.
                !GivenNames.unambiguous.contains(core.hash)
            else { return nil }
            // "Ter Apel" is a place, "in Ter Apel" too.
            for start in i..<k where Lexicons.placesAndOrganisations.contains(runHash(start, k + 1)) { return nil }
            // "op De Prins": a compound particle first may belong to the sentence.
            for start in i..<k where isParticle(start) {
                let particles = k - start
                let registered = Lexicons.surnamesWithParticles.contains(runHash(start, k + 1))
                let noWord = Lexicons.surnames.contains(runHash(start, k + 1))
                let coreNoWord = Lexicons.surnames.contains(PersonNames.wordsHash([core.hash]))
                let accepted: Bool
                if startsSentence(start) {
                    accepted = noWord || (fillsLine(start, k + 1) && particles >= 2 && (registered || coreNoWord))
                } else if tokens[start].capital {
                    // Dutch writes the particle of a surname alone with a capital; "Van" in a
                    // sentence is hardly anything else, "De" also starts the names of schools and
                    // papers ("De Molenaar", "De Nieuwe Aanpak").
                    accepted = noWord || coreNoWord || (registered && tokens[start].hash == PersonNames.van)
                } else if PersonNames.compoundParticles.contains(tokens[start].hash) {
                    // "in 't Veld", but "in Ter Apel" is a preposition and a place.
                    accepted = noWord
                } else {
                    accepted = particles >= 2 && (noWord || coreNoWord)
                }
                if accepted { return (start, k + 1) }
            }
            return nil
        }

        /// "met" or "van" that ends a phrase a person follows: "contact opnemen met", "in gesprek
        /// met", "op verzoek van".
        func endsContactPhrase(_ i: Int) -> Bool {
            guard let word = wordAt(i), !word.capital, let previous = wordAt(i - 1), !previous.period else { return false }
            if word.hash == PersonNames.met { return PersonNames.beforeMet.contains(previous.hash) }
            return word.hash == PersonNames.van && previous.hash == PersonNames.verzoek
        }

        /// The end of "Fem de Groot" from `i`: a capitalised word that can be a name (not after
        /// another capitalised word, not a word of the lists above), then lower-case particles and
        /// a surname that the register has with those particles ("de Groot", "van der Sluis").
        func unknownGivenNameAndParticleSurname(at i: Int) -> Int? {
            guard let word = wordAt(i), !word.period, !word.allCapitals, !isParticle(i), isSurnameLike(i), !isGivenName(i) else { return nil }
            if let previous = wordAt(i - 1), previous.capital || isParticle(i - 1) { return nil }
            if PersonNames.organisationPrefixes.contains(word.hash) || Lexicons.placesAndOrganisations.contains(runHash(i, i + 1)) { return nil }
            var k = i + 1
            while isParticle(k), !tokens[k].capital { k += 1 }
            guard k > i + 1, let core = wordAt(k), core.capital, !core.allCapitals, isSurnameLike(k, afterParticle: true),
                !Lexicons.institutionWordsWithSurnames.contains(core.hash), Lexicons.surnamesWithParticles.contains(runHash(i + 1, k + 1))
            else { return nil }
            if let after = wordAt(k + 1), after.capital { return nil }
            return k + 1
        }

        /// The end of a surname of the register starting at `i` that stands on its own (no given
        /// name, initial or particle before it): two capitalised words of the register ("Bruins
        /// Slot", "Groot Wassink"). One word alone is not enough, not even on a line of its own:
        /// "Brussel" and "Westerlo" are surnames of the register too.
        func registeredSurname(at i: Int) -> Int? {
            if let previous = wordAt(i - 1), previous.capital || isParticle(i - 1) { return nil }
            guard isSurnameLike(i), !isGivenName(i),
                !PersonNames.organisationPrefixes.contains(tokens[i].hash)
            else { return nil }
            if let next = wordAt(i + 1), next.capital, !tokens[i].period, isSurnameLike(i + 1), isRegisteredSurname(i, i + 2) {
                return i + 2
            }
            return nil
        }

        /// The last word of a cell or label ("| Intern begeleider |", "Contactpersoon:").
        func endsCell(_ i: Int) -> Bool {
            var j = i + 1
            while j < tokens.count, tokens[j].kind == .mark, UInt8(truncatingIfNeeded: tokens[j].hash) == UInt8(ascii: ":") { j += 1 }
            return j < tokens.count && (tokens[j].kind == .boundary || tokens[j].kind == .lineBreak || isBar(j))
        }

        /// The first word of a cell or line.
        func startsCell(_ i: Int) -> Bool {
            i == 0 || tokens[i - 1].kind == .boundary || tokens[i - 1].kind == .lineBreak || isBar(i - 1)
        }

        /// A table bar as written in text or Markdown ("| Contactpersoon | …").
        func isBar(_ j: Int) -> Bool { tokens[j].kind == .mark && UInt8(truncatingIfNeeded: tokens[j].hash) == UInt8(ascii: "|") }

        func hasParticle(_ start: Int, _ end: Int) -> Bool { (start..<end).contains { isParticle($0) } }

        /// The words from `start` to `end` are a surname of the register (`Lexicons.surnames`).
        func isRegisteredSurname(_ start: Int, _ end: Int) -> Bool {
            guard start < end else { return false }
            return Lexicons.surnames.contains(runHash(start, end))
        }

        /// The tokens from `start` to `end` are all there is on their line or in their block.
        func fillsLine(_ start: Int, _ end: Int) -> Bool {
            let before = start == 0 || tokens[start - 1].kind == .boundary || tokens[start - 1].kind == .lineBreak
            let after = end == tokens.count || tokens[end].kind == .boundary || tokens[end].kind == .lineBreak
            return before && after
        }

        /// A given name that is only a name, alone in its block or line ("Ahmed"), or starting a
        /// sentence with a verb after it ("Sarah verdween op 1 juli"): the person's name.
        func loneGivenName(_ i: Int) -> Range<Int>? {
            let word = tokens[i]
            guard GivenNames.unambiguous.contains(word.hash) || isHyphenatedGivenName(i), !word.allCapitals || word.length > 4 else { return nil }
            if fillsLine(i, i + 1) { return range(i, i + 1) }
            guard startsSentence(i), !word.period, let next = wordAt(i + 1), !next.capital, !PersonNames.particles.contains(next.hash),
                !PersonNames.compoundParticles.contains(next.hash), !PersonNames.stopWords.contains(next.hash),
                !PersonNames.organisationWords.contains(next.hash), !PersonNames.hasOrganisationEnding(text.plain[next.start..<next.end])
            else { return nil }
            return range(i, i + 1)
        }

        /// A word glued to digits ("NL91" in an IBAN, "A4") is no name.
        func gluedToNumber(_ i: Int) -> Bool {
            i + 1 < tokens.count && tokens[i + 1].kind == .number && tokens[i + 1].start == tokens[i].end
        }

        /// Right before or after an organisation word, or in a sentence about one.
        func isOrganisation(before start: Int, after end: Int) -> Bool {
            var j = start - 1
            while j >= 0, tokens[j].kind == .lineBreak { j -= 1 }
            // "Koning Willem-Alexanderschool", but "burgemeester Basiel Eeckhout" names a person.
            if let previous = wordAt(j),
                PersonNames.organisationWords.contains(previous.hash)
                    || PersonNames.organisationPrefixes.contains(previous.hash)
                        && (previous.capital || !PersonNames.lowerCaseRoles.contains(previous.hash))
            {
                return true
            }
            var k = end
            while k < tokens.count, tokens[k].kind == .lineBreak { k += 1 }
            if let next = wordAt(k), PersonNames.organisationWords.contains(next.hash) || endsLikeOrganisation(next) {
                return true
            }
            return false
        }

        /// At the start of a sentence, where every word has a capital.
        func startsSentence(_ i: Int) -> Bool {
            var j = i - 1
            while j >= 0, tokens[j].kind == .mark,
                [UInt8(ascii: "\""), UInt8(ascii: "("), UInt8(ascii: "*")].contains(UInt8(truncatingIfNeeded: tokens[j].hash))
            {
                j -= 1
            }
            guard j >= 0 else { return true }
            let previous = tokens[j]
            switch previous.kind {
            case .boundary, .lineBreak: return true
            case .word: return previous.period
            case .mark:
                return [UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ".")].contains(UInt8(truncatingIfNeeded: previous.hash))
            case .number: return false
            }
        }

        /// The words of a run, as one hash (matches `organisationRuns`).
        func runHash(_ start: Int, _ end: Int) -> UInt64 {
            var hash = WordHash.seed
            for j in start..<end where tokens[j].kind == .word { hash = WordHash.combine(hash, tokens[j].hash) }
            return hash
        }

        /// What may stand between a role word and the name: "contactpersoon: ", "is", "was".
        func isFiller(_ i: Int) -> Bool {
            let token = tokens[i]
            switch token.kind {
            case .mark:
                return [UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "("), UInt8(ascii: "-")].contains(UInt8(truncatingIfNeeded: token.hash))
            case .lineBreak: return true
            case .word: return PersonNames.fillers.contains(token.hash)
            default: return false
            }
        }
    }

    // MARK: Word lists (lower case)

    static let de = WordHash.of("de")
    static let van = WordHash.of("van")
    static let met = WordHash.of("met")
    static let verzoek = WordHash.of("verzoek")
    /// Words before "met" that a person follows: "contact opnemen met", "in gesprek met", "sprak met".
    static let beforeMet = WordHash.set("opnemen contact gesprek gesproken sprak spraken belde overleg overlegd")

    /// Lower-case words after which a name can follow: titles, roles, greetings, "de (heer)".
    static let lowerCaseStarts = WordHash.set(
        [
            titlesText, titlesWithPeriodText, rolesText, lowerCaseRolesText, forAttentionText, greetingsText, particlesText, compoundParticlesText,
            "met",
        ]
        .joined(separator: " "))
    static let heer = WordHash.of("heer")

    /// Forms of address and titles before a name, with or without a period.
    static let titlesText = """
        dhr mevr mevrouw mw mvr mej mejuffrouw juffrouw meneer mijnheer juf meester drs ir ing prof ds mr dr hr fam familie
        zuster broeder pater dominee
        """
    static let titles = WordHash.set(titlesText)
    /// Short titles that are words too: a title only with a period ("ing.", "ma.").
    static let titlesWithPeriodText = "ma ba bc msc bsc em pr"
    static let titlesWithPeriod = WordHash.set(titlesWithPeriodText)

    static let digraphInitials = WordHash.set("th ch chr ph ij")

    static let abbreviations: WordSet = {
        var result: [UInt64] = []
        for abbreviation in [
            "nb", "bv", "nv", "ps", "aub", "ivm", "tav", "mbt", "ow", "ca", "vs", "zsm", "pm", "cq", "ic", "eo", "ao", "dd", "mi", "ie", "eg",
        ] {
            var hash = WordHash.seed
            for letter in abbreviation { hash = WordHash.combine(hash, WordHash.of(String(letter))) }
            result.append(hash)
        }
        return WordSet(result)
    }()

    static let particlesText = "van de den der ten ter te 't la le du da dos das del della di von vom zu el al ben bin ibn abu mac mc st"
    static let particles = WordHash.set(particlesText)
    /// "in 't Veld", "op de Beek", "uit den Bogaard": only before another particle.
    static let compoundParticlesText = "in op uit aan onder over bij voor"
    static let compoundParticles = WordHash.set(compoundParticlesText)

    /// Words for people by their role, after which a name is a person's.
    static let rolesText = """
        contactpersoon contactpersonen directeur directrice adjunct-directeur locatiedirecteur schooldirecteur
        directeur-bestuurder bestuurder voorzitter secretaris penningmeester schoolleider locatieleider teamleider
        afdelingsleider leerling leerlinge ouder ouders moeder vader voogd verzorger leerkracht docent docente mentor
        mentrix coördinator coordinator zorgcoördinator zorgcoordinator conciërge concierge vertrouwenspersoon
        aandachtsfunctionaris orthopedagoog psycholoog jeugdarts leerplichtambtenaar inspecteur medewerker medewerkster
        behandelaar begeleider begeleidster ib'er iber stagiair stagiaire klasgenoot broer zus zoon dochter opa oma oom
        tante melder klager slachtoffer getuige meisje jongen cliënt client ondergetekende opsteller
        naam namen voornaam achternaam roepnaam
        minister premier president staatssecretaris wethouder ambassadeur professor woordvoerder aldus
        """
    static let roles = WordHash.set(rolesText)
    /// Words for a person's office or trade that are also written before a name of an
    /// organisation or a street with a capital ("Burgemeester de Withstraat", "Koningin
    /// Julianaschool"): a role only in lower case ("burgemeester Basiel Eeckhout"). And verbs
    /// of saying before their subject ("zegt Robeyns", "meent Du Bois").
    static let lowerCaseRolesText = """
        burgemeester koning koningin prins prinses regisseur zanger zangeres bondscoach architect
        zegt meent vertelt
        """
    static let lowerCaseRoles = WordHash.set(lowerCaseRolesText)
    /// Words that address a letter to a person: "t.a.v.", "namens".
    static let forAttentionText = "namens attentie"
    static let forAttention = WordHash.set(forAttentionText)
    static let fillers = WordHash.set("is was heet genaamd mevrouw")

    /// Closing greetings: the next line is a signature.
    static let greetingsText = "groet groeten hoogachtend mvg"
    static let greetings = WordHash.set(greetingsText)

    /// Words that are part of an organisation's name, so a name next to them is not a person.
    static let organisationWords = WordSet(
        organisationWordsText.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { WordHash.of(String($0)) } + Lexicons.institutionWords)
    static let organisationWordsText =
        """
        stichting vereniging school scholen basisschool college lyceum gymnasium atheneum scholengemeenschap scholengroep
        academie campus instituut kindcentrum kindcentra ikc obs cbs pcbs rkbs kbs sbo so vso vmbo mavo havo vwo mbo hbo
        onderwijs onderwijsgroep bestuur inspectie gemeente ministerie centrum fonds groep raad bv nv praktijkonderwijs
        daltonschool montessorischool jenaplanschool vrijeschool islamitische christelijke openbare katholieke
        protestants-christelijke locatie afdeling polder dorp buurtschap gehucht stad eiland veen wijk
        """
    /// Words before a name that make it the name of a saint, a king or a street.
    static let organisationPrefixes = WordHash.set(
        """
        sint st koning koningin prins prinses graaf gravin hertog hertogin keizer keizerin paus heilige
        burgemeester generaal admiraal kardinaal bisschop
        """)

    /// Capitalised words that begin sentences and headings but are no surname.
    static let stopWords = WordHash.set(
        """
        de het een in op met van voor bij uit als om ook en of maar want dus daarom daarna toen zo nu hier daar wel niet
        geen alle elk elke ieder iedere dit deze dat die er wij ik u zij hij ze we jij je hun haar zijn mijn ons onze uw
        wie wat waar wanneer hoe waarom welke na tot door naar over onder tussen tijdens sinds vanaf tegen zonder binnen
        buiten per via volgens aan te ter is was heeft had wordt werd kan kunnen moet moeten zal zullen mag ja nee geachte
        beste zie let graag bijlage bijlagen artikel lid hoofdstuk paragraaf pagina tabel figuur stap fase onderdeel sector
        status schooljaar datum kenmerk onderwerp betreft telefoon e-mail email website postbus contact januari februari
        maart april mei juni juli augustus september oktober november december feb mrt apr jun jul aug sep sept okt
        nov dec maandag dinsdag woensdag donderdag vrijdag zaterdag zondag nederland nederlands nederlandse europa
        herstelopdracht herstelopdrachten monitoring sociale veiligheid rapport verslag brief wet wvo wpo wec woo avg
        voldaan open concept afgesloten ontvangen termijn vervolgens hierbij tevens verder echter inmiddels namens
        """)

    /// Street words that are no surname even alone ("aan de Oude Gracht"); "Dijk" and "Weg" are.
    static let streetsAlone = WordHash.set("straat laan plein gracht kade singel steeg dreef plantsoen markt boulevard")

    /// Endings of schools, buildings and streets: "Frankschool", "Kerkstraat".
    static let organisationEndings: [[UInt8]] = [
        "school", "scholen", "college", "lyceum", "gymnasium", "academie", "huis", "centrum", "kerk", "straat", "laan",
        "weg", "plein", "gracht", "kade", "dijk", "singel", "steeg", "dreef", "plantsoen", "markt", "boulevard",
        "stede", "borgh", "instituut", "stichting",
    ].map { Array($0.utf8) }

    /// Endings that only a school or institution has, never a surname of the register.
    static let schoolEndings: [[UInt8]] = ["school", "scholen", "college", "lyceum", "gymnasium", "academie", "instituut", "stichting", "centrum"]
        .map { Array($0.utf8) }

    static func hasSchoolEnding(_ word: ArraySlice<UInt8>) -> Bool {
        schoolEndings.contains { word.count > $0.count && word.suffix($0.count).elementsEqual($0) }
    }

    static func hasOrganisationEnding(_ word: ArraySlice<UInt8>) -> Bool {
        for ending in organisationEndings where word.count > ending.count {
            if word.suffix(ending.count).elementsEqual(ending) { return true }
        }
        return false
    }
}
