import CLexicons

/// The lexicons of public registers in data/ (sources and licences in data/README.md), as
/// the detectors look them up: each entry as the hash of its words, the way `ScanText`
/// tokens hash them, so a run of tokens is looked up with one probe. The data is compiled
/// in byte for byte (Sources/CLexicons) and read once, the first time the gate needs it.
enum Lexicons {
    /// Names of Dutch places, municipalities, regions and public organisations: a name
    /// found inside one written out whole is the place's or organisation's ("Utrechtse
    /// Heuvelrug", "Hoeksche Waard", "Raad van State").
    static let placesAndOrganisations: WordSet = {
        var hashes: [UInt64] = []
        for lexicon in [
            herstelsite_lexicon_places, herstelsite_lexicon_municipalities, herstelsite_lexicon_regions, herstelsite_lexicon_organisations,
        ] {
            forEachEntry(lexicon) { words, _ in hashes.append(PersonNames.wordsHash(words)) }
        }
        return WordSet(hashes)
    }()

    /// Words that name institutions ("commissie", "ministerie", "rechtbank"), less those that
    /// are also the core of a Dutch surname ("Hof", "Bank", "Kamer": "van 't Hof") or name a
    /// person by office ("ombudsman"): a name next to one is the institution's.
    static let institutionWords: [UInt64] = {
        let persons = Set(["ombudsman", "landsadvocaat", "toezichthouder"].map { WordHash.of($0) })
        var words: [UInt64] = []
        forEachEntry(herstelsite_lexicon_institution_words) { entry, _ in
            guard entry.count == 1, !persons.contains(entry[0]), !surnameCores.contains(entry[0]) else { return }
            words.append(entry[0])
        }
        return words
    }()

    /// Every word that names an institution, also those that are a surname's core ("Kamer",
    /// "Hof", "Bank"): no surname alone after particles ("van de Kamer" is the chamber's).
    static let institutionWordsWithSurnames: WordSet = {
        var words: [UInt64] = []
        forEachEntry(herstelsite_lexicon_institution_words) { entry, _ in if entry.count == 1 { words.append(entry[0]) } }
        return WordSet(words)
    }()

    /// Street names of the BAG, as whole names ("Rapenburg", "Oude Delft", "Tsjerkestrjitte"),
    /// without the single words that are also common Dutch words (mark `word`: "Markt",
    /// "Groep", "Park"), which a house number after them does not make a street.
    static let streets: WordSet = {
        var hashes: [UInt64] = []
        forEachEntry(herstelsite_lexicon_streets) { words, marks in
            if words.count == 1, marks.contains("word") { return }
            hashes.append(PersonNames.wordsHash(words))
        }
        return WordSet(hashes)
    }()

    /// Dutch surnames (Meertens, borne by 5 or more people), each as written with its
    /// particles and without them ("van den Berg" and "Berg"), less those that are common
    /// Dutch words or places (marks `word`, `place`: "Visser", "Aalten").
    static let surnames: WordSet = WordSet(surnameHashes.names)

    /// The last word of every surname, words and places included: a word that can be a surname.
    static let surnameCores: Set<UInt64> = surnameHashes.cores

    /// Every surname of the register that begins with a particle, as written with it, words and
    /// places included ("van der Sluis", "de Prins"): with its particles a word is a name.
    static let surnamesWithParticles: WordSet = WordSet(surnameHashes.withParticles)

    private static let surnameHashes: (names: [UInt64], cores: Set<UInt64>, withParticles: [UInt64]) = {
        var names: [UInt64] = []
        var cores = Set<UInt64>()
        var withParticles: [UInt64] = []
        forEachEntry(herstelsite_lexicon_surnames) { words, marks in
            guard let last = words.last else { return }
            cores.insert(last)
            let particleFirst = words.count > 1 && (PersonNames.particles.contains(words[0]) || PersonNames.compoundParticles.contains(words[0]))
            if particleFirst { withParticles.append(PersonNames.wordsHash(words)) }
            if marks.contains("word") || marks.contains("place") { return }
            names.append(PersonNames.wordsHash(words))
            var core = words[...]
            while core.count > 1, PersonNames.particles.contains(core.first!) || PersonNames.compoundParticles.contains(core.first!) {
                core = core.dropFirst()
            }
            if core.count < words.count { names.append(PersonNames.wordsHash(Array(core))) }
        }
        return (names, cores, withParticles)
    }()

    /// The number of entries of a lexicon, as `data/README.md` counts them.
    static func count(_ lexicon: herstelsite_lexicon) -> Int {
        var count = 0
        forEachEntry(lexicon) { _, _ in count += 1 }
        return count
    }

    /// Each entry of a lexicon: the hashes of its words, read as published text is read
    /// (`WordHash.wordsByLine`), and its marks.
    static func forEachEntry(_ lexicon: herstelsite_lexicon, _ body: ([UInt64], [Substring]) -> Void) {
        var count: UInt = 0
        guard let base = herstelsite_lexicon_bytes(lexicon, &count) else { return }
        let bytes = UnsafeBufferPointer(start: base, count: Int(count))
        // The names without their marks, one a line, are read in one pass.
        var names: [UInt8] = []
        names.reserveCapacity(bytes.count)
        var marks: [[Substring]] = []
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            var textEnd = start
            while textEnd < end, bytes[textEnd] != 0x09 { textEnd += 1 }
            marks.append(textEnd < end ? String(decoding: bytes[(textEnd + 1)..<end], as: UTF8.self).split(separator: ",") : [])
            names += bytes[start..<textEnd]
            names.append(0x0A)
            start = end + 1
        }
        for (words, marks) in zip(WordHash.wordsByLine(names), marks) where !words.isEmpty { body(words, marks) }
    }
}
