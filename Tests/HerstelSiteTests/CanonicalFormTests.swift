import Foundation
import Testing

@testable import HerstelSite

/// The one canonical form in which the gate matches (docs/privacy-gate.md, "The canonical
/// form"): each class of disguise on its own, and a property test that random mixes of all of
/// them over known private values are always found by the gate.
@Suite("Privacy gate: the canonical form")
struct CanonicalFormTests {
    func same(_ a: String, _ b: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(
            NormalizedText.pattern(a) == NormalizedText.pattern(b), "\(a) / \(b): \(String(decoding: NormalizedText.pattern(a), as: UTF8.self))",
            sourceLocation: sourceLocation)
    }

    @Test func compatibilityLettersAndDigitsAreTheLettersAndDigitsTheyShow() {
        same("Kenmerk ７３５１９２６４", "kenmerk 73519264")
        same("𝐝𝐡𝐫. 𝐏𝐢𝐞𝐭𝐞𝐫", "dhr. pieter")
        same("ﬁ", "fi")
        same("٠٦١٢٣٤٥٦٧٨", "0612345678")
    }

    @Test func invisibleCodePointsAreRemovedAndBlankOnesAreSpaces() {
        for invisible in ["\u{34F}", "\u{FE0F}", "\u{3164}", "\u{200B}", "\u{200D}", "\u{2060}", "\u{AD}", "\u{E0100}", "\u{180E}"] {
            same("Bakh\(invisible)uizen", "Bakhuizen")
        }
        same("111\u{2800}222\u{2800}333", "111 222 333")
        #expect(NormalizedText.plainForm("Piet\u{2800}Jansen") == Array("piet jansen".utf8))
    }

    @Test func everyDashIsAHyphenAndUnderscoresBetweenDigitsToo() {
        for dash in ["\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}", "\u{FE58}", "\u{FE63}", "\u{FF0D}", "_"] {
            same("06\(dash)12345678", "0612345678")
            #expect(PhoneNumbers.phones(in: NormalizedText.plainForm("bel 06\(dash)12345678")).count == 1, "\(dash)")
        }
        same("Aydın–Kaya", "aydin-kaya")
        // Outside numbers an underscore is kept.
        #expect(NormalizedText.pattern("a_b") == Array("a_b".utf8))
        #expect(NormalizedText(Array("06&hyphen;12345678".utf8), markup: true).compact == Array("0612345678".utf8))
    }

    @Test func caseFoldingIsRightBeyondASCII() {
        same("AYDIN-KAYA", "Aydın-Kaya")
        same("İSTANBUL", "istanbul")
        same("STRAUSS", "Strauß")
        same("STRAUẞ", "strauss")
        same("ΟΔΥΣΣΕΥΣ", "οδυσσευς")
    }

    @Test func mixesOfClassesFoldToTheValue() {
        same("Ｋö\u{E0101}𝐬EOĞL\u{200B}u", "Köseoğlu")
        same("KÖｓ𝐞о\u{E0101}ğl\u{FE0F}u", "Köseoğlu")
    }

    @Test func decomposedLettersAreTheLettersTheyMake() {
        same("Ko\u{308}seog\u{306}lu", "Köseoğlu")
        same("KO\u{308}SEOG\u{306}LU", "köseoğlu")
        // A mark that makes no letter is dropped.
        same("Bakh\u{301}uizen", "Bakhuizen")
    }

    @Test func confusableLettersAreTheLatinLettersTheyLookLike() {
        same("V\u{456}sser", "Visser")
        same("geb\u{43E}ren", "geboren")
        same("\u{420}\u{415}TER", "peter")
        // ASCII is never changed: digits stay digits, "m" stays "m".
        #expect(NormalizedText.pattern("m0l1") == Array("m0l1".utf8))
    }

    @Test func messagesShowTheTextAsItWasWritten() {
        let text = ScanText("Mehmet Yılmaz en 𝐏𝐢𝐞𝐭𝐞𝐫 en Ko\u{308}se")
        #expect(text.written(0..<text.count) == "Mehmet Yılmaz en 𝐏𝐢𝐞𝐭𝐞𝐫 en Ko\u{308}se")
        #expect(String(decoding: text.plain, as: UTF8.self) == "mehmet yilmaz en pieter en köse")
    }

    @Test func theReaderSeesLinksAndBreaksFlattened() {
        let html = "<p>Bakh<a href=\"https://example.org/\">uizen</a> en Ysolde<br />\nKwakkelstein</p>"
        let text = NormalizedText(Array(html.utf8), markup: true)
        let compact = String(decoding: text.compact, as: UTF8.self)
        #expect(compact.contains("bakhuizen"), "\(compact)")
        #expect(compact.contains("ysoldekwakkelstein"), "\(compact)")
        // The link target is still read, at the next boundary.
        #expect(compact.contains("https://example.org/"), "\(compact)")
        #expect(PrivacyGate.readerText("Bakh[uizen](https://x.nl/(a)) en `BSN` 1[11 222 333](x) **P**iet  ") == "Bakhuizen en BSN 111 222 333 Piet")
    }

    @Test func theConfusablesTableIsWhatTheDataGives() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Support.packageRoot.appendingPathComponent("scripts/lexicon/confusables.py").path, "--check"]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "run scripts/lexicon/confusables.py")
    }

    // MARK: Property: random mixes of every class over known values are found

    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// The intern values of the `privacy-hostile` fixture.
    static let values = [
        "73519264", "06-12345678", "Bakhuizen", "111222333", "Ysolde Kwakkelstein", "Aydın-Kaya", "Köseoğlu", "Strauß", "Visser",
    ]

    static let homoglyphs: [Character: [String]] = [
        "a": ["\u{430}", "\u{3B1}"], "c": ["\u{441}"], "e": ["\u{435}"], "i": ["\u{456}", "\u{131}"], "j": ["\u{458}"],
        "o": ["\u{43E}", "\u{3BF}"], "p": ["\u{440}", "\u{3C1}"], "s": ["\u{455}"], "x": ["\u{445}"], "y": ["\u{443}"],
    ]
    static let invisibles = ["\u{34F}", "\u{FE0F}", "\u{FE00}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{AD}", "\u{3164}", "\u{E0101}"]
    static let dashes = [
        "-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}", "\u{FE58}", "\u{FE63}", "\u{FF0D}", "&hyphen;",
        "&minus;", "&ndash;",
    ]
    static let spaces = [" ", "\u{A0}", "<br>", "<br />\n", "  ", "\u{2800}", "\u{2002}", "&nbsp;"]

    /// One character of a value, disguised one way or another.
    static func disguise(_ character: Character, after previous: Character?, before next: Character?, _ random: inout SplitMix) -> String {
        let text = String(character)
        if character == "-" {
            let betweenDigits = previous?.isNumber == true && next?.isNumber == true
            return (dashes + (betweenDigits ? ["_", ".", " ", ""] : [])).randomElement(using: &random)!
        }
        if character == " " { return spaces.randomElement(using: &random)! }
        let scalar = character.unicodeScalars.first!
        var options = [text, "&#x\(String(scalar.value, radix: 16));"]
        if let digit = character.wholeNumberValue {
            options += [
                String(UnicodeScalarType(0xFF10 + UInt32(digit))!), String(UnicodeScalarType(0x1D7CE + UInt32(digit))!),
                String(UnicodeScalarType(0x0660 + UInt32(digit))!),
            ]
            return options.randomElement(using: &random)!
        }
        let upper = character == "ı" ? "I" : character == "i" ? ["I", "İ"].randomElement(using: &random)! : text.uppercased()
        options += [upper, text.decomposedStringWithCanonicalMapping, upper.decomposedStringWithCanonicalMapping]
        if let ascii = character.asciiValue, character.isLetter {
            let lower = ascii >= 97 ? ascii - 97 : ascii - 65
            let capital = ascii < 97
            options.append(String(UnicodeScalarType((capital ? 0xFF21 : 0xFF41) + UInt32(lower))!))
            options.append(String(UnicodeScalarType((capital ? 0x1D400 : 0x1D41A) + UInt32(lower))!))
        }
        if let lookalikes = homoglyphs[Character(text.lowercased())] { options += lookalikes }
        if character == "ß" { options += ["ss", "SS", "ẞ", "&szlig;"] }
        if character == "ö" { options += ["&ouml;", "&#246;"] }
        return options.randomElement(using: &random)!
    }

    typealias UnicodeScalarType = Unicode.Scalar

    static func disguise(_ value: String, _ random: inout SplitMix) -> String {
        let characters = Array(value)
        var result = ""
        var openTag: String? = nil
        for (index, character) in characters.enumerated() {
            if index > 0, Int.random(in: 0..<4, using: &random) == 0 { result += invisibles.randomElement(using: &random)! }
            // An inline tag around part of the value, as a link or emphasis makes it.
            if index > 0, openTag == nil, Int.random(in: 0..<6, using: &random) == 0 {
                let tag = ["a href=\"https://example.org/x\"", "em", "strong", "span class=\"x\"", "a href=https://example.org/"]
                    .randomElement(using: &random)!
                result += "<\(tag)>"
                openTag = String(tag.prefix { $0 != " " })
            }
            result += disguise(
                character, after: index > 0 ? characters[index - 1] : nil, before: index + 1 < characters.count ? characters[index + 1] : nil,
                &random)
            if let tag = openTag, Int.random(in: 0..<3, using: &random) == 0 {
                result += "</\(tag)>"
                openTag = nil
            }
        }
        if let tag = openTag { result += "</\(tag)>" }
        return result
    }

    @Test(arguments: [1 as UInt64, 2, 3, 4])
    func randomMixesOfTheClassesOverKnownValuesAreAlwaysFound(seed: UInt64) throws {
        let content = Support.fixtures.appendingPathComponent("privacy-hostile").path
        guard case .success(let anonymised) = Pipeline.check(ContentLoader.load(from: content), contentPath: content) else {
            Issue.record("the fixture does not validate")
            return
        }
        let scanner = PrivacyGate.Scanner(anonymised, drafts: false)
        var random = SplitMix(state: seed)
        for round in 0..<250 {
            let value = Self.values.randomElement(using: &random)!
            let disguised = Self.disguise(value, &random)
            let html = "<p>Het gesprek was met \(disguised) over de monitor.</p>\n"
            let scan = scanner.scan([OutputFile(path: "x/index.html", text: html)])[0]
            let key = NormalizedText.pattern(value)
            #expect(
                scan.hits.contains { $0.pattern == key },
                "seed \(seed) round \(round): \(value) as \(disguised.debugDescription): \(String(decoding: NormalizedText(Array(html.utf8), markup: true).compact, as: UTF8.self))"
            )
        }
    }
}
