import Foundation
import Testing

@testable import HerstelSite

/// SPEC §2: the privacy gate scans every byte that would be published, names the source line
/// the text came from, and publishes nothing when it finds something.
@Suite("Privacy gate: nothing private is published, and the message says where it came from")
struct PrivacyTests {
    static let fixtures: [FixtureCase] = [
        FixtureCase(
            "privacy-intern-in-body",
            [
                // Written as "a.   DE WIT" and "4134 4306": case and spaces do not hide it.
                ExpectedError(
                    "cases/zuiderzon.md:29", "private data from 'intern.contactpersoon' of cases/zuiderzon.md:19", "@intern.contactpersoon@"),
                ExpectedError("cases/zuiderzon.md:31", "private data from 'intern.kenmerk' of cases/zuiderzon.md:18"),
            ]),
        FixtureCase(
            "privacy-intern-in-template",
            [
                // The template's own line, not the case that used it.
                ExpectedError("reports/voldaan.md:19", "private data from 'intern.contactpersoon' of cases/noorderlicht.md:20")
            ]),
        FixtureCase(
            "privacy-intern-in-page",
            [ExpectedError("pages/over.md:8", "private data from 'intern.kenmerk' of cases/noorderlicht.md:19", "public/over/index.html")]),
        FixtureCase(
            "privacy-intern-in-footnote",
            [
                // A footnote is rendered at the end of the page, but named at the line it was written on.
                ExpectedError("cases/zuiderzon.md:27", "private data from 'intern.contactpersoon' of cases/zuiderzon.md:19")
            ]),
        FixtureCase(
            "privacy-intern-in-name",
            [
                // An open case is never published, but its private values are still private.
                ExpectedError("cases/noorderlicht.md:9", "private data from 'intern.contactpersoon' of cases/westhoek-open.md:16")
            ]),
        FixtureCase(
            "privacy-email",
            [
                ExpectedError("cases/zuiderzon.md:29", "e-mail address 'Secretariaat@Zuiderzon.NL'", "privacy.toegestaan"),
                ExpectedError("cases/zuiderzon.md:30", "e-mail address 'bestuur@zuiderzon.example'"),
            ]),
        FixtureCase(
            "privacy-phone",
            [
                ExpectedError("cases/zuiderzon.md:29", "telephone number '06-87654321'"),
                ExpectedError("cases/zuiderzon.md:30", "telephone number '+31 6 8765 4322'"),
                ExpectedError("cases/zuiderzon.md:31", "telephone number '0031 (0)6 87654323'"),
                ExpectedError("cases/zuiderzon.md:32", "telephone number '0031 6 87 65 43 24'"),
                ExpectedError("cases/zuiderzon.md:33", "telephone number '(050) 123 45 67'"),
                ExpectedError("cases/zuiderzon.md:34", "telephone number '050/1234568'"),
            ]),
        FixtureCase(
            "privacy-forbidden-term",
            [ExpectedError("cases/zuiderzon.md:29", "forbidden term 'R. Pol'", "privacy.verboden", "site.yml:13")]),
    ]

    @Test("build refuses, names the source line, and leaves the earlier site untouched", arguments: fixtures)
    func buildRefuses(_ item: FixtureCase) throws {
        try Trust.expectFailure(item)
    }

    @Test("check finds the same", arguments: fixtures)
    func checkFindsTheSame(_ item: FixtureCase) throws {
        try Trust.expectFailure(item, command: "check")
    }

    @Test func anAllowedNumberAndOrdinaryNumbersBuild() throws {
        let result = try FixtureRun("privacy-allowed-number")
        defer { result.cleanUp() }
        #expect(result.run.status == 0, "\(result.run.stderr)")
        #expect(result.run.stderr.isEmpty)
        let page = Support.text(result.output.appendingPathComponent("besturen/05678/2022-2023/index.html"))
        #expect(page.contains("088 669 60 60"))
        #expect(page.contains("2023-07-10 2023-11-01"))
    }

    @Test(
        "a private number written next to other numbers is still found",
        arguments: ["Zie brief 2023-41344306.", "Zie brief 2023 4134 4306.", "Kenmerk 41344306/2023.", "Nummers 05678, 2023/41344306"])
    func aPrivateNumberNextToOtherNumbersIsFound(_ line: String) throws {
        // Found by fuzzing: the digits of "2023-41344306" are joined for matching, and the
        // kenmerk inside them was taken for part of one longer number.
        let folder = try Trust.minimalCopy("number") { content in
            let file = content.appendingPathComponent("cases/zuiderzon.md")
            try Support.write(Support.text(file) + "\n" + line + "\n", to: file)
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Support.run(["check", "--content", "Content"], in: folder)
        #expect(run.status == 1, "\(line)")
        #expect(
            run.errors.count == 1 && run.errors[0].hasPrefix("Content/cases/zuiderzon.md:29: error: private data from 'intern.kenmerk'"),
            "\(run.stderr)")
    }

    @Test("a longer number that only contains the digits is another number", arguments: ["Nummer 141344306.", "Nummer 413443060."])
    func aLongerNumberIsAnotherNumber(_ line: String) throws {
        let folder = try Trust.minimalCopy("number") { content in
            let file = content.appendingPathComponent("cases/zuiderzon.md")
            try Support.write(Support.text(file) + "\n" + line + "\n", to: file)
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Support.run(["check", "--content", "Content"], in: folder)
        #expect(run.status == 0, "\(line): \(run.stderr)")
    }

    @Test func aFailedGateWritesNoOutputFolderAtAll() throws {
        let folder = try Support.copyFixture("privacy-phone")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Support.run(["build", "--content", "Content", "--output", "public"], in: folder)
        #expect(run.status == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["Content"])
    }
}

/// The parts of the gate, on text alone.
@Suite("Privacy gate: recognising numbers, addresses and private values")
struct PrivacyRecognitionTests {
    func phones(_ text: String) -> [String] {
        PhoneNumbers.phones(in: NormalizedText(Array(text.utf8), markup: false).plain).map(\.1)
    }

    @Test(
        "Dutch telephone numbers are found however they are written",
        arguments: [
            ("06-12345678", "0612345678"), ("0612345678", "0612345678"), ("06 12 34 56 78", "0612345678"),
            ("06 - 1234 5678", "0612345678"), ("+31 6 12345678", "0612345678"), ("+31612345678", "0612345678"),
            ("+31 (0)6 12345678", "0612345678"), ("0031 6 1234 5678", "0612345678"), ("0031612345678", "0612345678"),
            ("(050) 123 45 67", "0501234567"), ("050-1234567", "0501234567"), ("050/1234567", "0501234567"),
            ("0513.123456", "0513123456"), ("088 669 60 60", "0886696060"), ("bel 020-1234567.", "0201234567"),
            ("tel.: 020 - 123 45 67 of", "0201234567"), ("020.123.45.67", "0201234567"), ("06.12 34 56 78", "0612345678"),
        ])
    func telephoneNumbersAreFound(_ written: String, _ digits: String) {
        #expect(phones(written) == [digits], "\(written)")
    }

    @Test(
        "ordinary numbers next to each other are not telephone numbers",
        arguments: [
            "2023-07-10 2023-11-01", "10-07-2023 01-11-2023", "1-7-2023 06-11-2023", "2023/07/10 2023/11/01",
            "2022-2023 2023-2024", "2022-2023 06-2023", "05678 05679 00123", "bestuursnummer 05678 00", "12AB00 34CD01",
            "09.00-17.00 08.30 - 12.00", "artikel 3.40 lid 2", "41344305", "0800-1234", "06-1234567", "06-123456789",
            "+32 6 12345678", "0044 20 1234 5678", "0 6 1 2 3 4 5 6 7 8",
        ])
    func ordinaryNumbersAreNotTelephoneNumbers(_ text: String) {
        #expect(phones(text).isEmpty, "\(text) → \(phones(text))")
    }

    @Test func aPlusGluedToAWordEndsTheScan() {
        // Found by fuzzing: "e+06…" made the scan loop forever, and the build with it.
        #expect(phones("BSe+06-12345678 en x+31 6 12345679") == ["0612345678", "0612345679"])
        #expect(phones("e+").isEmpty)
        #expect(phones("tel+").isEmpty)
    }

    @Test func markupAndInvisibleCharactersDoNotHideAValue() {
        let pattern = NormalizedText.pattern("J. Jansen")
        for html in [
            "<p>J. <em>Jansen</em></p>", "<p>j.&nbsp;JANSEN</p>", "<p>&#74;. Jansen</p>", "<p>J.\u{200B}Jan\u{AD}sen</p>",
            "<a href=\"mailto:j.%4Aansen\">x</a>", "<p>J.\n   Jansen</p>",
        ] {
            let text = NormalizedText(Array(html.utf8), markup: true)
            #expect(ByteSearch.contains(pattern, in: text.compact[...]), "\(html)")
        }
    }

    @Test func addressesAreFoundAlsoInLinks() {
        let text = NormalizedText(Array("<a href=\"mailto:info%40example.nl\">mail ons</a> of Secretariaat@Voorbeeld.NL".utf8), markup: true)
        #expect(EmailAddresses.emails(in: text.plain).map(\.0).sorted() == ["info@example.nl", "secretariaat@voorbeeld.nl"])
    }

    @Test func notEveryAtSignIsAnAddress() {
        for text in ["@bestuur op sociale media", "a @ b", "versie 1.2@3.4", "x@y", "@@"] {
            #expect(EmailAddresses.emails(in: NormalizedText(Array(text.utf8), markup: false).plain).isEmpty, "\(text)")
        }
    }
}
