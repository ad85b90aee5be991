import CFuzzDriver
import Foundation
import HerstelSite

// SwiftPM gives every executable its own `main` (this file), so libFuzzer is started through
// its driver function rather than its own `main`.
var arguments = CommandLine.argc
var argumentValues: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &argumentValues) { data, size in fuzz(data!, size) })

/// libFuzzer entry point: the bytes are content written by someone who made every possible
/// mistake. Whatever they are, herstelsite must answer with diagnostics or a site, never crash
/// or hang. Three readings of the same bytes per run:
///
/// 1. the whole case file (front matter, YAML, fields, dates, then the body);
/// 2. the body of an otherwise valid case (placeholders, Markdown, privacy gate);
/// 3. site.yml.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    run(caseFile: bytes, secrets: ["A. de Wit"])
    run(body: bytes)
    run(siteFile: bytes)
    return 0
}

enum Seeds {
    static let siteYML = """
        titel: Herstelopdrachten monitoring sociale veiligheid
        organisatie: Inspectie van het Onderwijs
        basis-url: https://www.example.org/herstelopdrachten/
        sectoren:
          po: { naam: primair onderwijs, wetsartikel: "artikel 4c van de WPO" }
          vo:
            naam: voortgezet onderwijs
            wetsartikel:
              2015-2016: "artikel 3b van de WVO"
              2021-2022: "artikel 3.40 van de WVO 2020"
        privacy:
          weggelaten: "[weggelaten]"
          toegestaan: ["088-6696060"]
          verboden: ["R. Pol"]

        """

    static let template = """
        ## Rapport over @bestuur@ (@bestuursnummer@)

        - @schoolnaam@ (@brin|vest@), @sector@, @schooljaar@ en @volgend-schooljaar@
        - @herstelopdracht@, @termijn@, @ontvangen@, @afgesloten@, @kenmerk@, @intern.email@
        - @wetsartikel@

        """

    static let frontMatter = Data(
        """
        ---
        schooljaar: 2022-2023
        sector: vo
        bestuur:
          naam: Stichting Fuzz
          nummer: "41234"
        scholen:
          - naam: Het Fuzz College
            brin: 12AB
        herstelopdracht: 2023-07-15
        termijn: 2023-11-01
        status: voldaan
        ontvangen: 2023-10-20
        afgesloten: 2023-11-20
        intern:
          kenmerk: "41344305"
          contactpersoon: J. Jansen
        ---

        """.utf8)

    static let otherCase = """
        ---
        schooljaar: 2021-2022
        sector: po
        bestuur: { naam: Stichting Ander, nummer: "05678" }
        scholen: [{ naam: De Ander, brin: 34CD }]
        herstelopdracht: 2022-07-10
        termijn: 2022-11-01
        status: niet-voldaan
        afgesloten: 2022-12-01
        intern: { contactpersoon: A. de Wit, telefoon: 06-12345678 }
        ---
        @bestuur@ leverde de gegevens over @schooljaar@ niet aan (kenmerk @kenmerk@).

        """
}

func file(_ path: String, _ text: String) -> SourceFile {
    SourceFile(relativePath: path, displayPath: "Content/" + path, text: text)
}

/// Builds in memory; what gets through the privacy gate must hold none of the `secrets`.
func build(_ files: [SourceFile], diagnostics: [Diagnostic], secrets: [String]) {
    let snapshot = ContentSnapshot(files: files, diagnostics: diagnostics)
    switch Pipeline.build(snapshot, contentPath: "Content") {
    case .success(let site):
        // Whatever got through is published: it must be free of the private values.
        for output in site.files {
            let text = String(decoding: output.contents, as: UTF8.self)
            for secret in secrets where appears(secret, in: text) {
                fatalError("private value '\(secret)' published in \(output.path)")
            }
        }
    case .failure(let problems):
        for problem in problems where problem.location.line < 1 || problem.message.isEmpty {
            fatalError("diagnostic without a line or a message: \(problem)")
        }
    }
}

func run(caseFile bytes: Data, secrets: [String]) {
    var files = [file("site.yml", Seeds.siteYML), file("reports/voldaan.md", Seeds.template), file("cases/ander.md", Seeds.otherCase)]
    var diagnostics: [Diagnostic] = []
    switch ContentLoader.read(bytes, relativePath: "cases/fuzz.md", displayPath: "Content/cases/fuzz.md") {
    case .success(let source):
        files.append(source)
        _ = Markdown.html(source.text)
    case .failure(let problem): diagnostics.append(problem)
    }
    build(files, diagnostics: diagnostics, secrets: secrets)
}

/// The body of a valid case, through the report stages only (placeholders, Markdown, gate):
/// the whole site would be rendered for nothing but the same template every time.
func run(body bytes: Data) {
    let secrets = ["A. de Wit", "41344305", "J. Jansen"]
    guard
        case .success(let source) = ContentLoader.read(Seeds.frontMatter + bytes, relativePath: "cases/fuzz.md", displayPath: "Content/cases/fuzz.md")
    else { return }
    let files = [file("site.yml", Seeds.siteYML), file("reports/voldaan.md", Seeds.template), file("cases/ander.md", Seeds.otherCase), source]
    guard case .success(let site) = SiteValidator.validate(ContentSnapshot(files: files), contentPath: "Content") else { return }
    var reports: [Int: PublicReport] = [:]
    var diagnostics: [Diagnostic] = []
    for (index, item) in site.cases.enumerated() {
        if let report = Anonymiser.report(for: item, in: site, &diagnostics) { reports[index] = report }
    }
    guard diagnostics.isEmpty, let index = site.cases.firstIndex(where: { $0.file.hasSuffix("fuzz.md") }), let report = reports[index] else {
        return
    }
    let html = Markdown.html(report.markdown)
    let page = OutputFile(path: "besturen/41234/2022-2023/index.html", text: "<main>\n" + html + "</main>\n")
    guard PrivacyGate.scan([page], site: site, reports: reports).problems.isEmpty else { return }
    for secret in secrets where appears(secret, in: html) {
        fatalError("private value '\(secret)' got through the gate")
    }
}

/// Whether `secret` is in `text` as itself: a number not inside a longer number (the gate
/// takes 141344305 for another number than 41344305), also not next to a character reference.
func appears(_ secret: String, in text: String) -> Bool {
    guard secret.first?.isNumber == true else { return text.contains(secret) }
    var from = text.startIndex
    while let range = text.range(of: secret, range: from..<text.endIndex) {
        let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
        let after = range.upperBound < text.endIndex ? text[range.upperBound] : " "
        if !before.isNumber && before != ";" && !after.isNumber && after != "&" { return true }
        from = text.index(after: range.lowerBound)
    }
    return false
}

func run(siteFile bytes: Data) {
    var files = [file("reports/voldaan.md", Seeds.template), file("cases/ander.md", Seeds.otherCase)]
    var diagnostics: [Diagnostic] = []
    switch ContentLoader.read(bytes, relativePath: "site.yml", displayPath: "Content/site.yml") {
    case .success(let source): files.append(source)
    case .failure(let problem): diagnostics.append(problem)
    }
    build(files, diagnostics: diagnostics, secrets: ["A. de Wit"])
}
