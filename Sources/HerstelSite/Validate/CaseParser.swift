import Yams

/// Reads one case file into a `Case`, checking every rule of SPEC §1 that concerns the file alone.
enum CaseParser {
    static let knownFields = [
        "schooljaar", "sector", "bestuur", "scholen", "herstelopdracht", "termijn", "status",
        "ontvangen", "afgesloten", "publiceren", "rapport", "intern", "wijzigingen", "ingetrokken",
    ]

    static func parse(_ file: SourceFile, settings: Settings?, _ diagnostics: inout [Diagnostic]) -> Case? {
        guard let document = FrontMatter.split(file, required: true, diagnostics: &diagnostics) else { return nil }
        guard let mapping = document.fields?.mapping else {
            diagnostics.append(
                Diagnostic(
                    file: file.displayPath, line: 1,
                    "front matter is empty; a case needs schooljaar, sector, bestuur, scholen, herstelopdracht, termijn and status",
                    dutch: "De front matter is leeg; een zaak heeft schooljaar, sector, bestuur, scholen, herstelopdracht, termijn en status nodig."))
            return nil
        }
        let fields = Fields(mapping, file: file.displayPath, firstLine: document.yamlFirstLine, line: 1)
        let before = diagnostics.count
        fields.rejectUnknown(knownFields, in: Wording("a case", dutch: "een zaak"), &diagnostics)

        let year = schoolYear(fields, &diagnostics)
        let sector = fields.text(
            "sector", required: true, what: Wording("a sector key such as vo", dutch: "een sectorsleutel zoals vo"), &diagnostics)
        if let sector, let settings, settings.sectors[sector.value] == nil {
            let known = settings.sectors.keys.sorted().joined(separator: ", ")
            diagnostics.append(
                fields.error(
                    sector.line, "unknown sector '\(sector.value)'; site.yml defines \(known)",
                    dutch: "Onbekende sector '\(sector.value)'; site.yml kent \(DutchText.list(settings.sectors.keys.sorted()))."))
        }
        let board = self.board(fields, &diagnostics)
        let schools = self.schools(fields, &diagnostics)
        let ordered = date("herstelopdracht", fields, required: true, &diagnostics)
        let deadline = date("termijn", fields, required: true, &diagnostics)
        let received = date("ontvangen", fields, required: false, &diagnostics)
        let closed = date("afgesloten", fields, required: false, &diagnostics)
        let status = self.status(fields, &diagnostics)
        let publish = self.publish(fields, &diagnostics)
        let template = fields.text(
            "rapport", required: false, what: Wording("the name of a report template", dutch: "de naam van een rapportsjabloon"), &diagnostics)
        if let template,
            !template.value.unicodeScalars.allSatisfy({
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-")
            })
        {
            diagnostics.append(
                fields.error(
                    template.line, "'rapport' must name a file in reports/ without '.md', such as 'voldaan'",
                    dutch: "'rapport' moet een bestand in reports/ noemen, zonder '.md', zoals 'voldaan'."))
        }
        let privateValues = self.privateValues(fields, &diagnostics)
        let corrections = self.corrections(fields, &diagnostics)
        let withdrawal = self.withdrawal(fields, &diagnostics)

        if let status {
            switch status {
            case .complied where received == nil && !fields.hasValue("ontvangen"):
                diagnostics.append(
                    fields.error(
                        fields.lineOf("status"), "status 'voldaan' needs 'ontvangen', the date the data were received",
                        dutch: "Status 'voldaan' vraagt om 'ontvangen': de datum waarop de gegevens binnenkwamen."))
            default: break
            }
            if status == .open, closed != nil {
                diagnostics.append(
                    fields.error(
                        fields.lineOf("afgesloten"),
                        "an open case cannot have 'afgesloten'; set status to voldaan or niet-voldaan, or remove 'afgesloten'",
                        dutch: "Een open zaak kan geen 'afgesloten' hebben; zet de status op voldaan of niet-voldaan, of haal 'afgesloten' weg."))
            }
            if status != .open, closed == nil, !fields.hasValue("afgesloten") {
                diagnostics.append(
                    fields.error(
                        fields.lineOf("status"), "status '\(status.rawValue)' needs 'afgesloten', the date the case was closed",
                        dutch: "Status '\(status.rawValue)' vraagt om 'afgesloten': de datum waarop de zaak werd afgesloten."))
            }
        }
        checkOrder(year: year, ordered: ordered, deadline: deadline, received: received, closed: closed, fields, &diagnostics)
        checkCorrections(corrections.entries, withdrawal, status: status, closed: closed, fields, &diagnostics)

        guard diagnostics.count == before, let year, let sector, let board, let schools, let ordered, let deadline, let status,
            corrections.isValid, withdrawal?.isValid ?? true
        else { return nil }
        var published: [PublishedField] = []
        func record(_ node: Node?, _ fieldsOf: Fields) {
            guard let node, let text = node.scalar?.string.trimmed, !text.isEmpty else { return }
            published.append(PublishedField(text: text, location: SourceLocation(file: file.displayPath, line: fieldsOf.fileLine(node))))
        }
        for key in ["schooljaar", "sector", "herstelopdracht", "termijn", "ontvangen", "afgesloten"] { record(fields.node(key)?.value, fields) }
        for container in [fields.node("bestuur")?.value.mapping].compactMap({ $0 })
            + (fields.node("scholen")?.value.sequence?.compactMap(\.mapping) ?? [])
        {
            for (_, value) in container { record(value, fields) }
        }
        // The dates and explanations of corrections and a withdrawal are published too.
        for entry in corrections.entries + [withdrawal].compactMap({ $0 }) {
            if let date = entry.date {
                published.append(PublishedField(text: date.iso, location: SourceLocation(file: file.displayPath, line: entry.dateLine)))
            }
            if let explanation = entry.explanation {
                published.append(PublishedField(text: explanation.value, location: SourceLocation(file: file.displayPath, line: explanation.line)))
            }
        }
        var lines: [String: Int] = [:]
        for (key, _) in mapping { if let name = key.string { lines[name] = fields.fileLine(key) } }
        if let number = fields.node("bestuur")?.value.mapping?.first(where: { $0.key.string == "nummer" }) {
            lines["bestuur.nummer"] = fields.fileLine(number.key)
        }
        return Case(
            file: file.displayPath, schoolYear: year, sector: sector.value, board: board, schools: schools,
            ordered: ordered, deadline: deadline, status: status, received: received, closed: closed,
            publish: publish, reportTemplate: template?.value, privateValues: privateValues,
            corrections: corrections.entries.compactMap(\.correction), withdrawal: withdrawal?.withdrawal,
            body: document.body, fieldLines: lines, publishedFields: published)
    }

    static func schoolYear(_ fields: Fields, _ diagnostics: inout [Diagnostic]) -> SchoolYear? {
        guard
            let text = fields.text(
                "schooljaar", required: true, what: Wording("the school year as JJJJ-JJJJ", dutch: "het schooljaar als JJJJ-JJJJ"), &diagnostics)
        else { return nil }
        guard let year = SchoolYear(text.value) else {
            diagnostics.append(
                fields.error(
                    text.line, "'\(text.value)' is not a school year; write JJJJ-JJJJ with consecutive years, such as 2022-2023",
                    dutch: "'\(text.value)' is geen schooljaar; schrijf JJJJ-JJJJ met twee opeenvolgende jaren, zoals 2022-2023."))
            return nil
        }
        return year
    }

    static func board(_ fields: Fields, _ diagnostics: inout [Diagnostic]) -> BoardRef? {
        guard let (key, value) = fields.node("bestuur") else {
            diagnostics.append(
                fields.error(
                    1, "missing required field 'bestuur' (with naam and nummer)",
                    dutch: "Het verplichte veld 'bestuur' ontbreekt (met naam en nummer)."))
            return nil
        }
        guard let mapping = value.mapping else {
            diagnostics.append(
                fields.error(
                    fields.fileLine(key), "'bestuur' needs fields 'naam' and 'nummer' on the lines below it",
                    dutch: "'bestuur' heeft de velden 'naam' en 'nummer' nodig, op de regels eronder."))
            return nil
        }
        let board = Fields(mapping, file: fields.file, firstLine: fields.firstLine, line: fields.fileLine(key))
        board.rejectUnknown(["naam", "nummer", "plaats"], in: Wording("bestuur", dutch: "bestuur"), &diagnostics)
        let name = board.text("naam", required: true, what: Wording("the name of the board", dutch: "de naam van het bestuur"), &diagnostics)
        let number = board.text(
            "nummer", required: true, what: Wording("the bevoegd-gezagnummer, 5 digits", dutch: "het bevoegd-gezagnummer, 5 cijfers"), &diagnostics)
        let place = board.text("plaats", required: false, what: Wording("a place name", dutch: "een plaatsnaam"), &diagnostics)
        if let name { checkLength(name, Wording("the board's name", dutch: "de naam van het bestuur"), board, &diagnostics) }
        if let place { checkLength(place, Wording("the board's place", dutch: "de plaats van het bestuur"), board, &diagnostics) }
        if let number, !isDigits(number.value, count: 5) {
            diagnostics.append(
                board.error(
                    number.line, "bestuursnummer '\(number.value)' must be exactly 5 digits, such as \"41234\" (keep a leading zero)",
                    dutch: "Bestuursnummer '\(number.value)' moet precies 5 cijfers zijn, zoals \"41234\" (een voorloopnul blijft staan)."))
            return nil
        }
        guard let name, let number else { return nil }
        return BoardRef(name: name.value, number: number.value, place: place?.value)
    }

    static func schools(_ fields: Fields, _ diagnostics: inout [Diagnostic]) -> [School]? {
        guard let (key, value) = fields.node("scholen") else {
            diagnostics.append(
                fields.error(
                    1, "missing required field 'scholen' (at least one school with naam and brin)",
                    dutch: "Het verplichte veld 'scholen' ontbreekt (ten minste één school met naam en brin)."))
            return nil
        }
        guard let sequence = value.sequence, !sequence.isEmpty else {
            diagnostics.append(
                fields.error(
                    fields.fileLine(key), "'scholen' must list at least one school, each as '- naam: ...' with 'brin: ...'",
                    dutch: "'scholen' moet ten minste één school noemen, elk als '- naam: ...' met 'brin: ...'."))
            return nil
        }
        var schools: [School] = []
        var ok = true
        for item in sequence {
            let line = fields.fileLine(item)
            guard let mapping = item.mapping else {
                diagnostics.append(
                    fields.error(line, "each school needs fields 'naam' and 'brin'", dutch: "Elke school heeft de velden 'naam' en 'brin' nodig."))
                ok = false
                continue
            }
            let school = Fields(mapping, file: fields.file, firstLine: fields.firstLine, line: line)
            let before = diagnostics.count
            school.rejectUnknown(["naam", "brin", "vestiging", "plaats"], in: Wording("a school", dutch: "een school"), &diagnostics)
            let name = school.text("naam", required: true, what: Wording("the name of the school", dutch: "de naam van de school"), &diagnostics)
            let brin = school.text(
                "brin", required: true,
                what: Wording("the BRIN code, 2 digits and 2 capital letters", dutch: "de BRIN-code, 2 cijfers en 2 hoofdletters"), &diagnostics)
            let branch = school.text(
                "vestiging", required: false, what: Wording("the vestiging, 2 digits", dutch: "de vestiging, 2 cijfers"), &diagnostics)
            let place = school.text("plaats", required: false, what: Wording("a place name", dutch: "een plaatsnaam"), &diagnostics)
            if let name { checkLength(name, Wording("the school's name", dutch: "de naam van de school"), school, &diagnostics) }
            if let place { checkLength(place, Wording("the school's place", dutch: "de plaats van de school"), school, &diagnostics) }
            if let brin, !isBRIN(brin.value) {
                let capitals = brin.value.uppercased()
                diagnostics.append(
                    school.error(
                        brin.line,
                        isBRIN(capitals)
                            ? "BRIN '\(brin.value)' must be 2 digits and 2 capital letters; BRIN codes use capital letters: \(capitals)"
                            : "BRIN '\(brin.value)' must be 2 digits and 2 capital letters, such as 12AB",
                        dutch: isBRIN(capitals)
                            ? "BRIN '\(brin.value)' moet 2 cijfers en 2 hoofdletters zijn; BRIN-codes worden met hoofdletters geschreven: \(capitals)."
                            : "BRIN '\(brin.value)' moet 2 cijfers en 2 hoofdletters zijn, zoals 12AB."))
            }
            if let branch, !isDigits(branch.value, count: 2) {
                diagnostics.append(
                    school.error(
                        branch.line, "vestiging '\(branch.value)' must be 2 digits, such as \"00\" (quote it to keep the leading zero)",
                        dutch:
                            "Vestiging '\(branch.value)' moet 2 cijfers zijn, zoals \"00\" (zet de waarde tussen aanhalingstekens, dan blijft de voorloopnul staan)."
                    ))
            }
            guard diagnostics.count == before, let name, let brin else {
                ok = false
                continue
            }
            schools.append(School(name: name.value, brin: brin.value, branch: branch?.value ?? "00", place: place?.value, line: line))
        }
        return ok ? schools : nil
    }

    static func date(_ key: String, _ fields: Fields, required: Bool, _ diagnostics: inout [Diagnostic]) -> Day? {
        guard
            let text = fields.text(
                key, required: required, what: Wording("a date such as 2023-11-01", dutch: "een datum zoals 2023-11-01"), &diagnostics)
        else { return nil }
        guard let day = Day(iso: text.value) else {
            var message = "'\(text.value)' is not a date; write '\(key)' as JJJJ-MM-DD, such as 2023-11-01"
            var dutch = "'\(text.value)' is geen datum; schrijf '\(key)' als JJJJ-MM-DD, zoals 2023-11-01"
            if let meant = Day(dutch: text.value) {
                message += "; did you mean \(meant.iso)?"
                dutch += "; is \(meant.iso) bedoeld?"
            } else {
                dutch += "."
            }
            diagnostics.append(fields.error(text.line, message, dutch: dutch))
            return nil
        }
        return day
    }

    static func status(_ fields: Fields, _ diagnostics: inout [Diagnostic]) -> CaseStatus? {
        guard
            let text = fields.text(
                "status", required: true, what: Wording("open, voldaan or niet-voldaan", dutch: "open, voldaan of niet-voldaan"), &diagnostics)
        else { return nil }
        guard let status = CaseStatus(rawValue: text.value) else {
            diagnostics.append(
                fields.error(
                    text.line, "status '\(text.value)' is not known; use open, voldaan or niet-voldaan",
                    dutch: "Status '\(text.value)' is onbekend; gebruik open, voldaan of niet-voldaan."))
            return nil
        }
        return status
    }

    static func publish(_ fields: Fields, _ diagnostics: inout [Diagnostic]) -> Bool {
        guard let text = fields.text("publiceren", required: false, what: Wording("true or false", dutch: "true of false"), &diagnostics) else {
            return true
        }
        switch text.value.lowercased() {
        case "true": return true
        case "false": return false
        default:
            diagnostics.append(
                fields.error(
                    text.line, "'publiceren' must be true or false, not '\(text.value)'",
                    dutch: "'publiceren' moet true of false zijn, niet '\(text.value)'."))
            return false
        }
    }

    /// Every scalar under `intern`, however deeply nested: all of it is private.
    static func privateValues(_ fields: Fields, _ diagnostics: inout [Diagnostic]) -> [PrivateValue] {
        guard let (key, value) = fields.node("intern") else { return [] }
        var result: [PrivateValue] = []
        func collect(_ node: Node, path: String) {
            switch node {
            case .scalar(let scalar):
                let text = scalar.string.trimmed
                // A plain true, false or null is a flag, not private text; as a pattern it
                // would match the site's own markup (aria-hidden="true").
                let isFlag = scalar.style == .plain && ["true", "false", "null", "yes", "no", "on", "off", "~"].contains(text.lowercased())
                if !text.isEmpty && !isFlag {
                    result.append(PrivateValue(field: path, value: text, location: SourceLocation(file: fields.file, line: fields.fileLine(node))))
                }
            case .mapping(let mapping):
                for (k, v) in mapping { collect(v, path: path + "." + (k.string ?? "?")) }
            case .sequence(let sequence):
                for item in sequence { collect(item, path: path) }
            case .alias:
                break
            }
        }
        guard value.mapping != nil else {
            diagnostics.append(
                fields.error(
                    fields.fileLine(key), "'intern' must hold fields, such as 'kenmerk:' and 'contactpersoon:'",
                    dutch: "'intern' moet velden bevatten, zoals 'kenmerk:' en 'contactpersoon:'."))
            return []
        }
        collect(value, path: "intern")
        return result
    }

    static func checkOrder(
        year: SchoolYear?, ordered: Day?, deadline: Day?, received: Day?, closed: Day?, _ fields: Fields,
        _ diagnostics: inout [Diagnostic]
    ) {
        if let year, let ordered, ordered.year < year.firstYear + 1 || (ordered.year == year.firstYear + 1 && ordered.month < 7) {
            diagnostics.append(
                fields.error(
                    fields.lineOf("herstelopdracht"),
                    "herstelopdracht \(ordered) lies before 1 July \(year.firstYear + 1), when the data for \(year) were due; check the date or the school year",
                    dutch:
                        "Herstelopdracht \(ordered) ligt vóór 1 juli \(year.firstYear + 1), de datum waarop de gegevens over \(year) binnen moesten zijn; controleer de datum of het schooljaar."
                ))
        }
        if let ordered, let deadline, deadline < ordered {
            diagnostics.append(
                fields.error(
                    fields.lineOf("termijn"), "termijn \(deadline) lies before herstelopdracht \(ordered); the deadline comes after the order",
                    dutch: "Termijn \(deadline) ligt vóór herstelopdracht \(ordered); de termijn komt na de opdracht."))
        }
        if let ordered, let received, received < ordered {
            diagnostics.append(
                fields.error(
                    fields.lineOf("ontvangen"),
                    "ontvangen \(received) lies before herstelopdracht \(ordered); data received before the order leave no order to remedy",
                    dutch:
                        "Ontvangen \(received) ligt vóór herstelopdracht \(ordered); gegevens die vóór de opdracht binnenkwamen, laten niets te herstellen over."
                ))
        }
        if let ordered, let closed, closed < ordered {
            diagnostics.append(
                fields.error(
                    fields.lineOf("afgesloten"), "afgesloten \(closed) lies before herstelopdracht \(ordered)",
                    dutch: "Afgesloten \(closed) ligt vóór herstelopdracht \(ordered)."))
        }
        if let received, let closed, closed < received {
            diagnostics.append(
                fields.error(
                    fields.lineOf("afgesloten"), "afgesloten \(closed) lies before ontvangen \(received); a case is closed after the data arrive",
                    dutch: "Afgesloten \(closed) ligt vóór ontvangen \(received); een zaak wordt afgesloten nadat de gegevens binnen zijn."))
        }
    }

    static func checkLength(_ value: (value: String, line: Int), _ what: Wording, _ fields: Fields, _ diagnostics: inout [Diagnostic]) {
        if value.value.count > 200 {
            diagnostics.append(
                fields.error(
                    value.line, "\(what.english) has \(value.value.count) characters; at most 200 are allowed",
                    dutch: "Te lang: \(what.dutch) heeft \(value.value.count) tekens; hoogstens 200 zijn toegestaan."))
        }
    }

    static func isDigits(_ text: String, count: Int) -> Bool {
        text.count == count && text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }

    static func isBRIN(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return scalars.count == 4 && scalars[0...1].allSatisfy { ("0"..."9").contains($0) }
            && scalars[2...3].allSatisfy { ("A"..."Z").contains($0) }
    }
}
