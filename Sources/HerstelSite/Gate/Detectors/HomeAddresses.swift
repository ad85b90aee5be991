/// Home addresses: a street and house number ("Kerkstraat 12", "Burg. de Withstraat 3-II",
/// "Oude Gracht 12a"), and a postcode ("1234 AB", "1234AB") alone or with a city. A
/// street on its own is no address, and an organisation's "Postbus 2730, 3500 GS
/// Utrecht" is not a home.
enum HomeAddresses {
    static func find(in text: ScanText, tokens: [Token]) -> [Finding] {
        var found: [Finding] = []
        for (i, token) in tokens.enumerated() {
            if token.kind == .word, let number = houseNumber(after: i, tokens, text), isStreet(i, tokens, text) {
                var start = i
                // "Oude Gracht", "Burgemeester de Withstraat": capitalised words and particles before.
                while start > 0, tokens[start - 1].kind == .word, tokens[start - 1].capital || PersonNames.particles.contains(tokens[start - 1].hash),
                    i - start < 4, !PersonNames.stopWords.contains(tokens[start - 1].hash) || PersonNames.particles.contains(tokens[start - 1].hash)
                {
                    start -= 1
                }
                while start < i, !tokens[start].capital { start += 1 }
                found.append(Finding(kind: .homeAddress, range: tokens[start].start..<number))
            } else if token.kind == .word, let number = houseNumber(after: i, tokens, text), let start = registeredStreet(endingAt: i, tokens) {
                // A street of the BAG that ends in no street word: "Rapenburg 3", "Oude Delft 12".
                found.append(Finding(kind: .homeAddress, range: tokens[start].start..<number))
            }
            // "Laan van Meerdervoort 1022", "Plein 1813 4": a street word first, then a name.
            if token.kind == .word, token.capital, streetWords.contains(token.hash) {
                var j = i + 1
                while j < tokens.count, j - i <= 4, tokens[j].kind == .word,
                    tokens[j].capital || PersonNames.particles.contains(tokens[j].hash) || PersonNames.compoundParticles.contains(tokens[j].hash)
                {
                    j += 1
                }
                if j > i + 1, tokens[j - 1].capital, let number = houseNumber(after: j - 1, tokens, text) {
                    found.append(Finding(kind: .homeAddress, range: token.start..<number))
                }
            }
            if token.kind == .number, let end = postcode(at: i, tokens, text), !afterPostbus(i, tokens, text) {
                found.append(Finding(kind: .homeAddress, range: token.start..<end))
            }
        }
        return found
    }

    static let streetEndings: [[UInt8]] = [
        "straat", "laan", "weg", "plein", "gracht", "kade", "dijk", "dyk", "singel", "pad", "hof", "steeg", "dreef", "park",
        "plantsoen", "erf", "ring", "markt", "baan", "wal", "burgwal", "boulevard", "allee", "lei", "haven", "veld", "hoven",
        "akker", "gaarde", "brink", "dam", "kamp", "zoom", "oord", "horst", "donk", "meent", "wetering", "vaart", "straatweg",
        "passage", "promenade", "hoek", "berg", "sloot", "straatje", "pier", "polder", "heuvel", "dwarsstraat", "kwartier",
        "hout", "bos", "rijn", "schans", "poort", "veste", "wijk", "dreve", "tuin", "tuinen", "gaard", "kaai", "water",
        // Frisian, as the BAG writes Frisian streets (Protterstrjitte, Mûnewei, Tsjerkeleane).
        "strjitte", "wei", "leane", "paad", "loane", "reed", "buorren", "wâl", "feart", "stripe", "fjild", "hôf",
    ].map { Array($0.utf8) }

    /// Abbreviated street words ("Dorpsstr 1", "Beukenln 4", "Kerkpln 2", "Aaaagr 3"), only
    /// before a house number. Not "st" (for straat): "Daarnaast 3", "Tekst 3" and "Juist 2" are
    /// text.
    static let abbreviatedEndings: [[UInt8]] = [
        "str", "ln", "pln", "plnts", "sngl", "stg", "prk", "pd", "wg", "drf", "hf", "mrkt", "bolwerk",
    ].map { Array($0.utf8) }
    /// "gr" (gracht) only after a vowel: no Dutch word ends so.
    static let shortAbbreviations: [[UInt8]] = ["gr"].map { Array($0.utf8) }

    /// The first token of a street of the street lexicon (`Lexicons.streets`) that ends at
    /// token `last`: capitalised words and particles, starting with a capital.
    static func registeredStreet(endingAt last: Int, _ tokens: [Token]) -> Int? {
        guard tokens[last].capital || PersonNames.particles.contains(tokens[last].hash) else { return nil }
        var first = last
        var best: Int? = nil
        while first >= 0, last - first < 5, tokens[first].kind == .word {
            let word = tokens[first]
            if word.capital, !PersonNames.stopWords.contains(word.hash) || first < last {
                var hash = WordHash.seed
                for k in first...last { hash = WordHash.combine(hash, tokens[k].hash) }
                if Lexicons.streets.contains(hash) { best = first }
            }
            guard first > 0, tokens[first - 1].kind == .word, !tokens[first - 1].period || tokens[first - 1].length <= 4 else { break }
            first -= 1
        }
        // "De Ruijterkade" begins with a stop word; a street of one such word ("Een 3") is none,
        // nor is one word at the start of a sentence, where every word has a capital.
        if let best, best == last {
            if PersonNames.stopWords.contains(tokens[last].hash) { return nil }
            let previous = last > 0 ? tokens[last - 1] : nil
            if previous == nil || previous!.kind == .boundary || previous!.kind == .lineBreak || previous!.period
                || (previous!.kind == .mark
                    && [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(UInt8(truncatingIfNeeded: previous!.hash)))
            {
                return nil
            }
        }
        return best
    }

    /// Words that end like a street but are not one, before a number.
    static let notStreets = WordHash.set(
        """
        loopbaan leerweg leerpad groeipad werkveld onderweg stappenplan zorgpad traject artikel lid bijlage hoofdstuk
        jaargang groep klas leerjaar fase niveau werkweg zoekpad stappenweg stadspark
        """)

    /// A word ending like a street name, with a capital ("Kerkstraat", "Dorpsweg"), or a
    /// street word after a capitalised word ("Oude Gracht", "Lange Voorhout").
    static func isStreet(_ i: Int, _ tokens: [Token], _ text: ScanText) -> Bool {
        let word = tokens[i]
        guard word.capital || (i > 0 && tokens[i - 1].kind == .word && tokens[i - 1].capital), !word.period else { return false }
        guard !notStreets.contains(word.hash), !PersonNames.stopWords.contains(word.hash) else { return false }
        let bytes = text.plain[word.start..<word.end]
        for ending in streetEndings where bytes.count >= ending.count && bytes.suffix(ending.count).elementsEqual(ending) {
            if bytes.count > ending.count + 1 { return word.capital }
            // The street word alone ("Gracht"): only after a capitalised word.
            return i > 0 && tokens[i - 1].kind == .word && tokens[i - 1].capital && !PersonNames.stopWords.contains(tokens[i - 1].hash)
        }
        guard word.capital else { return false }
        for ending in abbreviatedEndings where bytes.count > ending.count + 2 && bytes.suffix(ending.count).elementsEqual(ending) {
            return true
        }
        for ending in shortAbbreviations where bytes.count >= 6 && bytes.suffix(ending.count).elementsEqual(ending) {
            if "aeiou".utf8.contains(bytes[bytes.endIndex - 3]) { return true }
        }
        return false
    }

    /// The end of a house number right after token `i`: "12", "12a", "12 A", "12-2", "12-II", "12 bis", "12hs",
    /// also with a word for number before it ("Lindelaan nr. 37", "Kerkstraat nummer 5").
    static func houseNumber(after street: Int, _ tokens: [Token], _ text: ScanText) -> Int? {
        var i = street
        if i + 2 < tokens.count, tokens[i + 1].kind == .word, numberWords.contains(tokens[i + 1].hash),
            tokens[i + 1].start == tokens[i].end + 1
        {
            i += 1
        }
        guard i + 1 < tokens.count, tokens[i + 1].kind == .number, tokens[i + 1].length <= 5 else { return nil }
        let number = tokens[i + 1]
        guard number.start == tokens[i].end + (tokens[i].period && i > street ? 2 : 1) else { return nil }
        guard text.plain[number.start] != UInt8(ascii: "0") else { return nil }
        // "Rotterdam 2023" is a year.
        if number.length == 4, text.has(centuries[0], at: number.start) || text.has(centuries[1], at: number.start) { return nil }
        var end = number.end
        let plain = text.plain
        // An addition: letters glued on, or after '-' / ' ' a short addition.
        if end < plain.count, ByteClass.isLetter(plain[end]) {
            var k = end
            while k < plain.count, ByteClass.isLetter(plain[k]) { k += 1 }
            guard k - end <= 3 else { return nil }
            end = k
        } else if end + 1 < plain.count, plain[end] == UInt8(ascii: "-"), ByteClass.isAlphanumeric(plain[end + 1]) {
            var k = end + 1
            while k < plain.count, ByteClass.isAlphanumeric(plain[k]), k - end <= 4 { k += 1 }
            if k - end <= 4, k == plain.count || !ByteClass.isAlphanumeric(plain[k]) { end = k }
        } else if i + 2 < tokens.count, tokens[i + 2].kind == .word, tokens[i + 2].start == end + 1 {
            let addition = tokens[i + 2]
            if addition.length == 1 && addition.capital && !addition.period || HomeAddresses.additions.contains(addition.hash) {
                end = addition.end
            }
        }
        // A number of something ("Kerkstraat 12 leerlingen") is not a house number.
        if let next = tokens.dropFirst(i + 2).first(where: { $0.kind != .lineBreak && $0.start >= end }), next.kind == .word,
            HomeAddresses.units.contains(next.hash)
        {
            return nil
        }
        return end
    }

    /// Words for "number" between a street and its house number.
    static let numberWords = WordHash.set("nr no nummer huisnummer huisnr")

    /// Street words that come first: "Laan van Meerdervoort", "Weg naar Rhoon".
    static let streetWords = WordHash.set("laan weg plein kade singel dreef straat dijk gracht hof park burgwal boulevard markt")

    /// "19" and "20": how a year starts.
    static let centuries = [Array("19".utf8), Array("20".utf8)]

    static let additions = WordHash.set("bis hs huis boven beneden rood zwart bg ii iii iv")
    static let units = WordHash.set("procent leerlingen scholen uur jaar keer dagen weken maanden minuten euro km meter")

    /// "1234 AB" or "1234AB" (capitals, or lower case written together), and "Amsterdam" after it.
    static func postcode(at i: Int, _ tokens: [Token], _ text: ScanText) -> Int? {
        let number = tokens[i]
        guard number.length == 4, text.plain[number.start] != UInt8(ascii: "0") else { return nil }
        if number.start > 0, ByteClass.isAlphanumeric(text.plain[number.start - 1]) { return nil }
        guard i + 1 < tokens.count, tokens[i + 1].kind == .word, tokens[i + 1].length == 2 else { return nil }
        let letters = tokens[i + 1]
        let glued = letters.start == number.end
        guard glued || letters.start == number.end + 1 else { return nil }
        let pair = String(decoding: text.plain[letters.start..<letters.end], as: UTF8.self)
        guard pair.utf8.allSatisfy(ByteClass.isLowerASCII), !["sa", "sd", "ss"].contains(pair) else { return nil }
        // Written apart in lower case ("7511 jt") the letters must be no word ("2023 en") and
        // the number no year, unless an address or a place is next to it.
        if !letters.allCapitals && !(glued && !letters.capital) {
            guard !letters.capital, !lowerCasePairs.contains(letters.hash) else { return nil }
            let year = text.has(centuries[0], at: number.start) || text.has(centuries[1], at: number.start)
            let placeAfter = i + 2 < tokens.count && tokens[i + 2].kind == .word && tokens[i + 2].capital && tokens[i + 2].start == letters.end + 1
            let addressBefore = i >= 2 && tokens[i - 1].kind == .mark && tokens[i - 2].kind == .number
            let keywordBefore = i >= 1 && tokens[i - 1].kind == .word && postcodeWords.contains(tokens[i - 1].hash)
            guard !year || placeAfter || addressBefore || keywordBefore else { return nil }
        }
        var end = letters.end
        if i + 2 < tokens.count, tokens[i + 2].kind == .word, tokens[i + 2].capital, tokens[i + 2].start == end + 1 { end = tokens[i + 2].end }
        return end
    }

    /// "Postbus 2730, 3500 GS Utrecht" and "Antwoordnummer 123": an organisation's address.
    static func afterPostbus(_ i: Int, _ tokens: [Token], _ text: ScanText) -> Bool {
        var j = i - 1
        var steps = 0
        while j >= 0, steps < 4 {
            if tokens[j].kind == .word, postbus.contains(tokens[j].hash) { return true }
            if tokens[j].kind == .boundary { return false }
            j -= 1
            steps += 1
        }
        return false
    }

    static let postbus = WordHash.set("postbus antwoordnummer")

    /// Two-letter words that follow a number in prose ("in 2023 en", "12 uur", "3 tv's").
    static let lowerCasePairs = WordHash.set(
        "en of in op om te de is er al nu zo ja af na ik je we ze uw as an at be by do go he if it me my no on or so to up us tv pc cd dj km cm mm kg ml mb gb kb pm am ca nl eu"
    )
    static let postcodeWords = WordHash.set("postcode pc")
}
