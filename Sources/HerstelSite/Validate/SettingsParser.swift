import Yams

/// Reads and checks site.yml.
enum SettingsParser {
    static let knownFields = ["titel", "organisatie", "basis-url", "contact", "sectoren", "privacy", "woo", "open-data"]

    static func parse(_ file: SourceFile?, contentPath: String, _ diagnostics: inout [Diagnostic]) -> Settings? {
        guard let file else {
            diagnostics.append(
                Diagnostic(
                    file: contentPath + "/site.yml", line: 1,
                    "site.yml is missing; every site needs its settings (titel, organisatie, basis-url, sectoren)",
                    dutch: "site.yml ontbreekt; elke site heeft instellingen nodig (titel, organisatie, basis-url, sectoren)."))
            return nil
        }
        let node: Node?
        switch YAMLReader.compose(file.text, file: file.displayPath, firstLine: 1) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        case .success(let composed): node = composed
        }
        guard let mapping = node?.mapping else {
            diagnostics.append(
                Diagnostic(
                    file: file.displayPath, line: 1, "site.yml must hold fields (titel:, organisatie:, basis-url:, sectoren:)",
                    dutch: "site.yml moet velden bevatten (titel:, organisatie:, basis-url:, sectoren:)."))
            return nil
        }
        let fields = Fields(mapping, file: file.displayPath, firstLine: 1, line: 1)
        let before = diagnostics.count
        fields.rejectUnknown(knownFields, in: Wording("site.yml", dutch: "site.yml"), &diagnostics)
        let title = fields.text("titel", required: true, what: Wording("the title of the site", dutch: "de titel van de site"), &diagnostics)
        let organisation = fields.text(
            "organisatie", required: true, what: Wording("the publishing organisation", dutch: "de organisatie die publiceert"), &diagnostics)
        let base = fields.text(
            "basis-url", required: true,
            what: Wording("the absolute URL the site is published at", dutch: "de absolute URL waarop de site wordt gepubliceerd"), &diagnostics)
        let contact = fields.text("contact", required: false, what: Wording("a contact URL", dutch: "een contact-URL"), &diagnostics)
        if let base, !isWebURL(base.value) {
            diagnostics.append(
                fields.error(
                    base.line, "'basis-url' must be an absolute http(s) URL such as https://www.example.org/herstelopdrachten/",
                    dutch: "'basis-url' moet een absolute http(s)-URL zijn, zoals https://www.example.org/herstelopdrachten/."))
        }
        if let contact, !isWebURL(contact.value) {
            diagnostics.append(
                fields.error(contact.line, "'contact' must be an absolute http(s) URL", dutch: "'contact' moet een absolute http(s)-URL zijn."))
        }
        var sectorTexts: [(String, Int)] = []
        let sectors = parseSectors(fields, published: &sectorTexts, &diagnostics)
        let privacy = parsePrivacy(fields, &diagnostics)
        var wooTexts: [(String, Int)] = []
        let woo = parseWoo(fields, published: &wooTexts, &diagnostics)
        var licenceTexts: [(String, Int)] = []
        let licence = parseOpenData(fields, published: &licenceTexts, &diagnostics)
        guard diagnostics.count == before, let title, let organisation, let base, let sectors, let privacy, let licence else {
            return nil
        }
        var baseURL = base.value
        if !baseURL.hasSuffix("/") { baseURL += "/" }
        var published: [(String, Int)] = [(title.value, title.line), (organisation.value, organisation.line), (baseURL, base.line)]
        if let contact { published.append((contact.value, contact.line)) }
        published += sectorTexts + wooTexts + licenceTexts
        return Settings(
            file: file.displayPath, title: title.value, organisation: organisation.value, baseURL: baseURL,
            contact: contact?.value, sectors: sectors, privacy: privacy, publishedFields: published, woo: woo, licence: licence)
    }

    static func isWebURL(_ text: String) -> Bool {
        (text.hasPrefix("https://") || text.hasPrefix("http://")) && text.count > 8
            && !text.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" })
    }

    /// The sectors; `published` gets each published text (names, legal bases) with its own line.
    static func parseSectors(_ fields: Fields, published: inout [(String, Int)], _ diagnostics: inout [Diagnostic]) -> [String: Sector]? {
        guard let (keyNode, value) = fields.node("sectoren") else {
            diagnostics.append(
                fields.error(
                    1, "missing required field 'sectoren' (the sectors po, so, vo with naam and wetsartikel)",
                    dutch: "Het verplichte veld 'sectoren' ontbreekt (de sectoren po, so en vo, elk met naam en wetsartikel)."))
            return nil
        }
        guard let mapping = value.mapping, !mapping.isEmpty else {
            diagnostics.append(
                fields.error(
                    fields.fileLine(keyNode), "'sectoren' must list sectors, e.g. 'vo: { naam: voortgezet onderwijs, wetsartikel: \"...\" }'",
                    dutch: "'sectoren' moet sectoren noemen, bijvoorbeeld 'vo: { naam: voortgezet onderwijs, wetsartikel: \"...\" }'."))
            return nil
        }
        var sectors: [String: Sector] = [:]
        for (key, node) in mapping {
            let name = key.string ?? ""
            let line = fields.fileLine(key)
            guard name.range(of: "^[a-z0-9-]+$", options: .regularExpression) != nil else {
                diagnostics.append(
                    fields.error(
                        line, "sector key '\(name)' must be lower-case letters or digits, such as 'vo'",
                        dutch: "Sectorsleutel '\(name)' mag alleen kleine letters of cijfers bevatten, zoals 'vo'."))
                continue
            }
            guard let sectorMapping = node.mapping else {
                diagnostics.append(
                    fields.error(
                        line, "sector '\(name)' needs fields 'naam' and 'wetsartikel'",
                        dutch: "Sector '\(name)' heeft de velden 'naam' en 'wetsartikel' nodig."))
                continue
            }
            let sector = Fields(sectorMapping, file: fields.file, firstLine: 1, line: line)
            sector.rejectUnknown(["naam", "wetsartikel"], in: Wording("sector '\(name)'", dutch: "sector '\(name)'"), &diagnostics)
            let title = sector.text("naam", required: true, what: Wording("the name of the sector", dutch: "de naam van de sector"), &diagnostics)
            var bases: [(SchoolYear, String)] = []
            if let (basisKey, basis) = sector.node("wetsartikel") {
                if let scalar = basis.scalar, !scalar.string.trimmed.isEmpty {
                    bases = [(SchoolYear(firstYear: 0), scalar.string.trimmed)]
                    published.append((scalar.string.trimmed, sector.fileLine(basisKey)))
                } else if let byYear = basis.mapping, !byYear.isEmpty {
                    for (yearKey, text) in byYear {
                        let yearLine = sector.fileLine(yearKey)
                        guard let year = SchoolYear(yearKey.string ?? "") else {
                            diagnostics.append(
                                fields.error(
                                    yearLine, "'\(yearKey.string ?? "")' is not a school year; write JJJJ-JJJJ such as 2021-2022",
                                    dutch: "'\(yearKey.string ?? "")' is geen schooljaar; schrijf JJJJ-JJJJ, zoals 2021-2022."))
                            continue
                        }
                        guard let value = text.scalar?.string.trimmed, !value.isEmpty else {
                            diagnostics.append(
                                fields.error(
                                    yearLine, "the wetsartikel for \(year) must be a text", dutch: "Het wetsartikel voor \(year) moet een tekst zijn."
                                ))
                            continue
                        }
                        bases.append((year, value))
                        published.append((value, yearLine))
                    }
                } else {
                    diagnostics.append(
                        fields.error(
                            sector.fileLine(basisKey), "'wetsartikel' must be a text, or texts by the first school year they hold for",
                            dutch: "'wetsartikel' moet een tekst zijn, of teksten per eerste schooljaar waarvoor ze gelden."))
                }
            } else {
                diagnostics.append(
                    fields.error(
                        line, "sector '\(name)' is missing 'wetsartikel' (the legal basis of the monitoring duty)",
                        dutch: "Bij sector '\(name)' ontbreekt 'wetsartikel' (de wettelijke grondslag van de monitoringsplicht)."))
            }
            if let title {
                published.append((title.value, title.line))
                sectors[name] = Sector(key: name, name: title.value, legalBasis: bases.sorted { $0.0 < $1.0 }.map { (from: $0.0, text: $0.1) })
            }
        }
        return sectors
    }

    static func parsePrivacy(_ fields: Fields, _ diagnostics: inout [Diagnostic]) -> PrivacyRules? {
        guard let (keyNode, value) = fields.node("privacy") else {
            return PrivacyRules(redactionMarker: "[weggelaten]", allowed: [], forbidden: [])
        }
        guard let mapping = value.mapping else {
            diagnostics.append(
                fields.error(
                    fields.fileLine(keyNode), "'privacy' must have fields 'weggelaten', 'toegestaan' and 'verboden'",
                    dutch: "'privacy' moet de velden 'weggelaten', 'toegestaan' en 'verboden' hebben."))
            return nil
        }
        let privacy = Fields(mapping, file: fields.file, firstLine: 1, line: fields.fileLine(keyNode))
        privacy.rejectUnknown(["weggelaten", "toegestaan", "verboden"], in: Wording("privacy", dutch: "privacy"), &diagnostics)
        let marker =
            privacy.text(
                "weggelaten", required: false, what: Wording("the redaction marker", dutch: "de markering voor weggelaten tekst"), &diagnostics)?
            .value ?? "[weggelaten]"
        let allowed = allowedTexts(in: privacy, &diagnostics)
        let forbidden = list("verboden", in: privacy, &diagnostics).map {
            (term: $0.text, location: SourceLocation(file: fields.file, line: $0.line))
        }
        return PrivacyRules(redactionMarker: marker, allowed: allowed, forbidden: forbidden)
    }

    /// `toegestaan`: texts, or `{tekst, reden}` where the privacy officer wants the reason kept.
    static func allowedTexts(in fields: Fields, _ diagnostics: inout [Diagnostic]) -> [AllowedText] {
        guard let (_, value) = fields.node("toegestaan") else { return [] }
        guard let sequence = value.sequence else {
            return list("toegestaan", in: fields, &diagnostics).map {
                AllowedText(text: $0.text, location: SourceLocation(file: fields.file, line: $0.line))
            }
        }
        var result: [AllowedText] = []
        for item in sequence {
            let line = fields.fileLine(item)
            if let mapping = item.mapping {
                let entry = Fields(mapping, file: fields.file, firstLine: 1, line: line)
                entry.rejectUnknown(["tekst", "reden"], in: Wording("an entry of 'toegestaan'", dutch: "een item van 'toegestaan'"), &diagnostics)
                guard let text = entry.text("tekst", required: true, what: Wording("the allowed text", dutch: "de toegestane tekst"), &diagnostics)
                else { continue }
                let reason = entry.text(
                    "reden", required: false, what: Wording("the reason it is allowed", dutch: "de reden waarom de tekst is toegestaan"), &diagnostics
                )
                result.append(AllowedText(text: text.value, reason: reason?.value, location: SourceLocation(file: fields.file, line: text.line)))
            } else if let text = item.scalar?.string.trimmed, !text.isEmpty {
                result.append(AllowedText(text: text, location: SourceLocation(file: fields.file, line: line)))
            } else {
                diagnostics.append(
                    fields.error(
                        line, "every entry of 'toegestaan' must be a text, or a mapping with 'tekst' and an optional 'reden'",
                        dutch: "Elk item van 'toegestaan' moet een tekst zijn, of velden met 'tekst' en eventueel 'reden'."))
            }
        }
        return result
    }

    static func list(_ key: String, in fields: Fields, _ diagnostics: inout [Diagnostic]) -> [(text: String, line: Int)] {
        guard let (keyNode, value) = fields.node(key) else { return [] }
        if let scalar = value.scalar {
            let text = scalar.string.trimmed
            return text.isEmpty ? [] : [(text, fields.fileLine(keyNode))]
        }
        guard let sequence = value.sequence else {
            diagnostics.append(
                fields.error(fields.fileLine(keyNode), "'\(key)' must be a list of texts", dutch: "'\(key)' moet een lijst van teksten zijn."))
            return []
        }
        var result: [(String, Int)] = []
        for item in sequence {
            guard let text = item.scalar?.string.trimmed, !text.isEmpty else {
                diagnostics.append(
                    fields.error(fields.fileLine(item), "every entry of '\(key)' must be a text", dutch: "Elk item van '\(key)' moet een tekst zijn.")
                )
                continue
            }
            result.append((text, fields.fileLine(item)))
        }
        return result
    }
}
