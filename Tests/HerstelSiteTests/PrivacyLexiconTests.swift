import CLexicons
import Foundation
import Testing

@testable import HerstelSite

/// Issue 16: the lexicons of public registers in data/ are what the binary knows, and the
/// gate uses them: places, municipalities, regions and organisations are no persons; words
/// that name institutions make a name the institution's; surnames of the register after a
/// given name that is also a word; streets of the BAG with a house number are addresses.
@Suite("Privacy gate: the lexicons of public registers")
struct PrivacyLexiconTests: DetectorSuite {
    static let names = PersonNames(organisations: ["OBS De Meester Siebenga"])

    static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("data")

    /// Each lexicon compiled in, its file in data/ and its number of entries in data/README.md.
    static let lexicons: [(herstelsite_lexicon, String, Int)] = [
        (herstelsite_lexicon_surnames, "surnames/surnames.txt", 124_149),
        (herstelsite_lexicon_municipalities, "municipalities/municipalities.txt", 605),
        (herstelsite_lexicon_places, "places/places.txt", 2_595), (herstelsite_lexicon_regions, "regions/regions.txt", 222),
        (herstelsite_lexicon_streets, "streets/streets.txt", 131_727), (herstelsite_lexicon_street_words, "streets/street-words.txt", 87),
        (herstelsite_lexicon_institution_words, "institutions/institution-words.txt", 156),
        (herstelsite_lexicon_organisations, "institutions/organisations.txt", 792),
    ]

    @Test func theBinaryShipsTheFilesTheGeneratorsWroteWithTheirDocumentedCounts() throws {
        let readme = try String(contentsOf: Self.data.appendingPathComponent("README.md"), encoding: .utf8)
        for (lexicon, file, entries) in Self.lexicons {
            var count: UInt = 0
            let base = try #require(herstelsite_lexicon_bytes(lexicon, &count))
            let shipped = Data(bytes: base, count: Int(count))
            let written = try Data(contentsOf: Self.data.appendingPathComponent(file))
            #expect(shipped == written, "\(file)")
            #expect(Lexicons.count(lexicon) == entries, "\(file)")
            let formatted = entries.formatted(.number.grouping(.automatic)).replacingOccurrences(of: "\u{202F}", with: ",")
            #expect(readme.contains("| \(formatted) |") || readme.contains("| \(entries) |"), "\(file): \(formatted) in data/README.md")
            // The format of data/README.md: NFC, one entry a line, sorted by code point, unique.
            let lines = String(decoding: written, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.count == entries, "\(file)")
            let keys = lines.map { Array($0.split(separator: "\t", maxSplits: 1)[0].unicodeScalars.map(\.value)) }
            #expect(zip(keys, keys.dropFirst()).allSatisfy { $0.lexicographicallyPrecedes($1) }, "\(file) is sorted and unique")
            #expect(lines.allSatisfy { !$0.isEmpty && $0.precomposedStringWithCanonicalMapping == $0 }, "\(file)")
        }
    }

    @Test(
        "places, municipalities, regions and organisations are no persons",
        arguments: [
            "De school ligt in Anna Paulowna.", "Het dorp Maria Hoop is klein.", "Zij komen uit Anna Paulowna en Hoeksche Waard.",
        ])
    func placesAreNoPersons(_ text: String) {
        #expect(found(.name, in: text).isEmpty, "\(found(.name, in: text))")
    }

    @Test func aWordThatNamesAnInstitutionIsNoName() {
        #expect(found(.name, in: "De voorzitter Commissie voor Monumenten opende de vergadering.").isEmpty)
        #expect(found(.name, in: "Aldus Rekenkamer Oost.").isEmpty)
        // Still a person after a role word that is an office, not an institution.
        #expect(found(.name, in: "Ombudsman Guido Herman kreeg de klacht.") == ["Guido Herman"])
    }

    @Test func bylinesSurnamesOfTheRegisterAndGivenNamesAlone() {
        // A given name that is also a word ("Frank", "Peter") at the start of a line.
        #expect(found(.name, in: "Geert Sciot") == ["Geert Sciot"])
        #expect(found(.name, in: "Frank Jansen zei dat het klopte.") == ["Frank Jansen"])
        #expect(found(.name, in: "Ahmed") == ["Ahmed"])
        #expect(found(.name, in: "Sarah verdween op 1 juli.") == ["Sarah"])
        // Not every capitalised word after such a name.
        #expect(found(.name, in: "Frank Bevindingen volgen later.").isEmpty)
        // A school's name stays the school's.
        #expect(found(.name, in: "OBS De Meester Siebenga").isEmpty)
    }

    @Test(
        "a surname of the register with its particles, of two words, or ending like a building is a name",
        arguments: [
            ("van der Sluis", "van der Sluis"), ("Het rapport werd besproken met De Coster.", "De Coster"),
            ("El Ahmadi belde de school.", "El Ahmadi"), ("Het bestuur sprak met Bruins Slot over de monitor.", "Bruins Slot"),
            ("Pieter Oude Nijhuis", "Pieter Oude Nijhuis"), ("A. van der Damhuis", "A. van der Damhuis"),
            ("Het verslag is van Van der Laan.", "Van der Laan"),
        ])
    func surnamesOfTheRegisterWithoutAGivenName(_ text: String, _ name: String) {
        #expect(found(.name, in: text) == [name])
    }

    @Test(
        "the particles of an institution, a school or a place make no name",
        arguments: [
            "De voorzitter van de Kamer sprak.", "De Raad besloot het anders.", "De leerlingen van De Molenaar deden mee.",
            "De Baai van Heist is mooi.", "Brussel", "Westerlo", "De leerlingen van Sint-Jan deden mee.", "De Tour de France begon.",
            "De school ligt aan de Burgemeester de Withstraat.", "De leerlingen wonen in Ter Apel.",
            "Het bestuur nam deel aan een bijeenkomst van de Willem de Kooning Academie.",
        ])
    func particlesOfInstitutionsAndPlacesAreNoNames(_ text: String) {
        #expect(found(.name, in: text).isEmpty, "\(found(.name, in: text))")
    }

    @Test func hyphenatedGivenNamesRolesInLowerCaseAndVerbsOfSaying() {
        #expect(found(.name, in: "Jan-Willem") == ["Jan-Willem"])
        #expect(found(.name, in: "Jan-Onbekendenaam") == ["Jan-Onbekendenaam"])
        #expect(found(.name, in: "De opening was door burgemeester Basiel Eeckhout.") == ["Basiel Eeckhout"])
        #expect(found(.name, in: "Het kan beter, zegt Robeyns.") == ["Robeyns"])
        // With a capital the office begins the name of a school or street.
        #expect(found(.name, in: "De leerlingen van Koningin Julianaschool deden mee.").isEmpty)
    }

    /// Word lists and lexicons are read as published text is (one word hash): beyond ASCII a
    /// name of the list is the name in the text ("Ömer", "Akpınar" folded to "akpinar").
    @Test func namesBeyondASCIIAreReadAsTheTextIs() {
        #expect(found(.name, in: "Gisteren sprak Ömer Kaya met de school.") == ["Ömer Kaya"])
        #expect(found(.name, in: "Frank Akpınar belde de school.") == ["Frank Akpınar"])
        #expect(WordHash.words(in: "Ömer AKPINAR") == WordHash.words(in: "ömer akpınar"))
        var sluis: [Substring]? = nil
        let words = WordHash.words(in: "van der Sluis")
        Lexicons.forEachEntry(herstelsite_lexicon_surnames) { entry, marks in if entry == words { sluis = marks } }
        #expect(sluis == ["place", "word"])
    }

    @Test func aWordGluedToDigitsIsNoName() {
        #expect(found(.name, in: "Het bedrag ging naar IBAN NL91ABNA0417164300.").isEmpty)
        #expect(found(.bankAccount, in: "Het bedrag ging naar IBAN NL91ABNA0417164300.") == ["NL91ABNA0417164300"])
    }

    @Test func streetsOfTheRegisterAndAbbreviatedStreetWords() {
        #expect(found(.homeAddress, in: "Zij woont op Rapenburg 3 in Leiden.") == ["Rapenburg 3"])
        // One word at the start of a sentence has its capital from the sentence.
        #expect(found(.homeAddress, in: "Het ging goed. Rapenburg 3 was de uitkomst.").isEmpty)
        #expect(found(.homeAddress, in: "Het adres is Oude Delft 12.") == ["Oude Delft 12"])
        #expect(found(.homeAddress, in: "Beukenln 4") == ["Beukenln 4"])
        #expect(found(.homeAddress, in: "Oudegr 3") == ["Oudegr 3"])
        for text in [
            "Zie Tekst 3 en Dienst 2.", "In Groep 7 en Park 2 zaten 20 leerlingen.", "Markt 12", "Daarnaast 3 andere punten.", "Juist 2 keer.",
        ] {
            #expect(found(.homeAddress, in: text).isEmpty, "\(text): \(found(.homeAddress, in: text))")
        }
    }

    @Test func phonesWithTheAreaCodeRunOn() {
        #expect(found(.phone, in: "Bel 065555 5555 na vijf uur.") == ["065555 5555"])
        #expect(found(.phone, in: "Bel 08875-55555.") == ["08875-55555"])
        for text in ["Bestuursnummers 05678 05679 00123.", "Bestuursnummers 05678 05679.", "Nummers 08875 55555."] {
            #expect(found(.phone, in: text).isEmpty, "\(text): \(found(.phone, in: text))")
        }
    }
}

/// Issue 16 end to end: every spelling of a finding is quoted as it is written at its line.
@Suite("Privacy gate: each spelling quoted where it is written")
struct PrivacySpellingTests {
    @Test func eachSpellingIsQuotedAtItsOwnLine() throws {
        let folder = try Support.copyFixture("minimal")
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("Content/pages/over.md")
        let text = Support.text(page) + "\nOf bel 030 555 5555.\n\nOf anders 0305555555.\n\nPostcode 1234AB.\n\nOf 1234 AB.\n"
        try Support.write(text, to: page)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        func line(_ start: String) -> Int { lines.firstIndex { $0.hasPrefix(start) }! + 1 }
        let run = try Support.run(["check", "--content", "Content"], in: folder)
        #expect(run.status == 1)
        for (start, quoted) in [
            ("Of bel", "'030 555 5555'"), ("Of anders", "'0305555555'"), ("Postcode", "'1234AB'"), ("Of 1234", "'1234 AB'"),
        ] {
            #expect(
                run.errors.contains { $0.hasPrefix("Content/pages/over.md:\(line(start)): error:") && $0.contains(quoted) },
                "\(quoted)\n\(run.stderr)")
        }
        #expect(!run.errors.contains { $0.hasPrefix("public/") }, "\(run.stderr)")
    }
}
