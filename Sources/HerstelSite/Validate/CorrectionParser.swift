import Yams

/// A case's `wijzigingen` and `ingetrokken` (SPEC §1): each entry a date, a reason from the TOOI
/// list *redenen intrekking of vervanging* and a public explanation. Dates lie on or after
/// `afgesloten`, the corrections oldest first and the withdrawal after them; every problem is
/// told at its line.
extension CaseParser {
    static let reasons = TOOIList(data: TOOIValueLists.withdrawalReasons)

    /// One entry as written: what could be read of it, so the dates of an entry with a wrong
    /// reason are still compared with the others (all problems at once).
    struct CorrectionEntry {
        var date: Day?
        var reason: TOOIValue?
        var explanation: (value: String, line: Int)?
        /// The line of `datum`, where a problem with the date is told.
        var dateLine: Int
        /// Whether every field of the entry is right.
        var isValid: Bool

        var correction: Correction? {
            guard isValid, let date, let reason, let explanation else { return nil }
            return Correction(date: date, reason: reason, explanation: explanation.value, line: dateLine)
        }

        var withdrawal: Withdrawal? {
            guard isValid, let date, let reason, let explanation else { return nil }
            return Withdrawal(date: date, reason: reason, explanation: explanation.value, line: dateLine)
        }
    }

    /// `wijzigingen` as written, oldest first, and whether the list itself and every entry are right
    /// (the problems are in `diagnostics`).
    static func corrections(_ fields: Fields, _ diagnostics: inout [Diagnostic]) -> (entries: [CorrectionEntry], isValid: Bool) {
        guard let (key, value) = fields.node("wijzigingen"), fields.hasValue("wijzigingen") else { return ([], true) }
        guard let sequence = value.sequence else {
            diagnostics.append(
                fields.error(
                    fields.fileLine(key),
                    "'wijzigingen' is a list: write each correction on lines below it as '- datum: ...', with 'reden:' and 'toelichting:'",
                    dutch:
                        "'wijzigingen' is een lijst: schrijf elke correctie op de regels eronder als '- datum: ...', met 'reden:' en 'toelichting:'.")
            )
            return ([], false)
        }
        var result: [CorrectionEntry] = []
        var ok = true
        for item in sequence {
            let line = fields.fileLine(item)
            guard let mapping = item.mapping else {
                diagnostics.append(
                    fields.error(
                        line, "each correction in 'wijzigingen' needs fields 'datum', 'reden' and 'toelichting'",
                        dutch: "Elke correctie onder 'wijzigingen' heeft de velden 'datum', 'reden' en 'toelichting' nodig."))
                ok = false
                continue
            }
            let parsed = entry(
                Fields(mapping, file: fields.file, firstLine: fields.firstLine, line: line), in: Wording("a correction", dutch: "een correctie"),
                &diagnostics)
            ok = ok && parsed.isValid
            result.append(parsed)
        }
        return (result, ok)
    }

    /// `ingetrokken` as written; nil when absent (a problem is in `diagnostics`).
    static func withdrawal(_ fields: Fields, _ diagnostics: inout [Diagnostic]) -> CorrectionEntry? {
        guard let (key, value) = fields.node("ingetrokken"), fields.hasValue("ingetrokken") else { return nil }
        guard let mapping = value.mapping else {
            diagnostics.append(
                fields.error(
                    fields.fileLine(key), "'ingetrokken' needs fields 'datum', 'reden' and 'toelichting' on the lines below it",
                    dutch: "'ingetrokken' heeft de velden 'datum', 'reden' en 'toelichting' nodig, op de regels eronder."))
            return CorrectionEntry(dateLine: fields.fileLine(key), isValid: false)
        }
        return entry(
            Fields(mapping, file: fields.file, firstLine: fields.firstLine, line: fields.fileLine(key)),
            in: Wording("ingetrokken", dutch: "ingetrokken"), &diagnostics)
    }

    static func entry(_ entry: Fields, in place: Wording, _ diagnostics: inout [Diagnostic]) -> CorrectionEntry {
        let before = diagnostics.count
        entry.rejectUnknown(["datum", "reden", "toelichting"], in: place, &diagnostics)
        let date = self.date("datum", entry, required: true, &diagnostics)
        let reason = self.reason(entry, &diagnostics)
        let explanation = entry.text(
            "toelichting", required: true,
            what: Wording(
                "what was corrected or why, in a sentence the public reads",
                dutch: "wat er is gecorrigeerd of waarom, in een zin die het publiek leest"), &diagnostics)
        return CorrectionEntry(
            date: date, reason: reason, explanation: explanation, dateLine: entry.lineOf("datum"), isValid: diagnostics.count == before)
    }

    /// A label of the list, however cased, or one of its URIs.
    static func reason(_ entry: Fields, _ diagnostics: inout [Diagnostic]) -> TOOIValue? {
        let labels = reasons.entries.map { "'\($0.value.label)'" }.joined(separator: " or ")
        let labelsNL = reasons.entries.map { "'\($0.value.label)'" }.joined(separator: " of ")
        guard
            let written = entry.text(
                "reden", required: true, what: Wording("a reason of the TOOI list, \(labels)", dutch: "een reden uit de TOOI-lijst: \(labelsNL)"),
                &diagnostics)
        else { return nil }
        if let found = reasons.entry(uri: written.value) { return found.value }
        let folded = DutchText.sortKey(written.value.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        if let found = reasons.entries.first(where: { DutchText.sortKey($0.value.label) == folded }) { return found.value }
        diagnostics.append(
            entry.error(
                written.line,
                "reden '\(written.value)' is not in the TOOI list 'redenen intrekking of vervanging' (DiWoo 0.9.8); use \(labels), or its URI",
                dutch:
                    "Reden '\(written.value)' staat niet in de TOOI-lijst 'redenen intrekking of vervanging' (DiWoo 0.9.8); gebruik \(labelsNL), of de URI ervan."
            ))
        return nil
    }

    /// Corrections and a withdrawal follow publication: none before `afgesloten`, each
    /// correction on or after the one above it, a withdrawal on or after the last correction.
    static func checkCorrections(
        _ corrections: [CorrectionEntry], _ withdrawal: CorrectionEntry?, status: CaseStatus?, closed: Day?, _ fields: Fields,
        _ diagnostics: inout [Diagnostic]
    ) {
        if status == .open {
            for key in ["wijzigingen", "ingetrokken"] where fields.hasValue(key) {
                diagnostics.append(
                    fields.error(
                        fields.lineOf(key),
                        "an open case has not been published, so it has no '\(key)'; remove it, or close the case first",
                        dutch: "Een open zaak is niet gepubliceerd en heeft dus geen '\(key)'; haal het veld weg, of sluit de zaak eerst af."))
            }
            return
        }
        var previous: (date: Day, line: Int)? = nil
        for entry in corrections {
            guard let date = entry.date else { continue }
            if let closed, date < closed {
                diagnostics.append(
                    fields.error(
                        entry.dateLine,
                        "correction dated \(date) lies before afgesloten \(closed); a report is corrected after it was published",
                        dutch: "De correctie van \(date) ligt vóór afgesloten \(closed); een rapport wordt gecorrigeerd nadat het is gepubliceerd."))
            } else if let previous, date < previous.date {
                diagnostics.append(
                    fields.error(
                        entry.dateLine,
                        "correction dated \(date) lies before the one above it (\(previous.date), line \(previous.line)); list the corrections oldest first",
                        dutch:
                            "De correctie van \(date) ligt vóór de correctie erboven (\(previous.date), regel \(previous.line)); zet de oudste correctie bovenaan."
                    ))
            }
            if previous.map({ $0.date < date }) ?? true { previous = (date, entry.dateLine) }
        }
        guard let withdrawal, let date = withdrawal.date else { return }
        if let closed, date < closed {
            diagnostics.append(
                fields.error(
                    withdrawal.dateLine,
                    "withdrawal dated \(date) lies before afgesloten \(closed); a report is withdrawn after it was published",
                    dutch: "De intrekking van \(date) ligt vóór afgesloten \(closed); een rapport wordt ingetrokken nadat het is gepubliceerd."))
        } else if let last = previous, date < last.date {
            diagnostics.append(
                fields.error(
                    withdrawal.dateLine,
                    "withdrawal dated \(date) lies before the correction of \(last.date) (line \(last.line)); a report is withdrawn after its last correction",
                    dutch:
                        "De intrekking van \(date) ligt vóór de correctie van \(last.date) (regel \(last.line)); een rapport wordt ingetrokken na zijn laatste correctie."
                ))
        }
    }
}
