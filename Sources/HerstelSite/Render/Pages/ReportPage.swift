import Mustache
import Synchronization

/// A board's report of one school year: the case's facts and its public report.
extension SiteRenderer {
    func draftNote(_ item: Case) -> String? {
        guard !item.isPublished else { return nil }
        if item.status == .open { return "Deze zaak is nog open." }
        if !item.publish { return "Deze zaak is afgesloten maar wordt niet gepubliceerd (publiceren: false)." }
        return "Deze zaak is nog niet afgesloten."
    }

    /// Markdown written in `source` as HTML, with a warning at the source's own line for
    /// everything left out (SPEC §3: nothing an author wrote disappears unnoticed).
    func markdown(
        _ text: String, from source: MarkdownSource, on path: String, dropLeadingHeading: Bool = false, gaps: [String] = [],
        location: ((Int) -> SourceLocation)? = nil
    ) -> (html: String, warnings: [Diagnostic]) {
        let rendered: (html: String, removals: [Markdown.Removal])
        if let known = earlier?.markdown[path], known.text == text, known.dropLeadingHeading == dropLeadingHeading, known.gaps == gaps {
            rendered = (known.html, known.removals)
        } else {
            let new = Markdown.render(text, dropLeadingHeading: dropLeadingHeading, gaps: gaps)
            rendered = (new.html, new.removals)
        }
        if earlier != nil {
            let entry = Memo.RenderedMarkdown(
                text: text, dropLeadingHeading: dropLeadingHeading, gaps: gaps, html: rendered.html, removals: rendered.removals)
            made.markdown.withLock { $0[path] = entry }
        }
        let warnings = rendered.removals.map {
            Diagnostic(
                location?($0.line) ?? SourceLocation(file: source.file, line: source.firstLine + $0.line - 1), $0.message, dutch: $0.dutch,
                severity: .warning)
        }
        return (rendered.html, warnings)
    }

    func reportPage(_ item: Case, report: PublicReport?) -> (files: [OutputFile], warnings: [Diagnostic]) {
        let path = SitePath.report(item)
        var context = caseContext(item, from: path)
        // The report's lines are those of its source (case body or template), and of a template
        // that @rapport@ inserted.
        let body = report.map { report in
            markdown(report.markdown, from: report.source, on: path, gaps: report.gaps, location: report.location(ofLine:))
        }
        // The comment records where the text came from, so `changes` can tell a switch.
        context["reportHTML"] = .text(body.map { $0.html.isEmpty ? "" : report!.origin.comment + $0.html } ?? "")
        context["boardPlace"] = .optional(item.board.place)
        context["corrected"] = .optional(item.latestCorrection?.date.dutch)
        context["correctedISO"] = .text(item.latestCorrection?.date.iso ?? "")
        context["hasCorrections"] = .flag(!item.corrections.isEmpty)
        context["corrections"] = .list(
            item.corrections.map {
                .object([
                    "date": .text($0.date.dutch), "dateISO": .text($0.date.iso), "reason": .text($0.reason.label),
                    "explanation": .text($0.explanation),
                ])
            })
        let page = html(
            Page(
                path: path, title: "Rapport \(item.board.name) \(item.schoolYear)", crumb: "Rapport \(item.schoolYear)",
                description:
                    "Niet-gepersonaliseerd rapport over de herstelopdracht monitoring sociale veiligheid van \(item.board.name), schooljaar \(item.schoolYear).",
                template: "rapport", context: context,
                breadcrumbs: [("Home", ""), ("Besturen A–Z", SitePath.boards), (item.board.name, SitePath.board(item.board.number))],
                draft: draftNote(item).map { $0 + gapNote(report?.gaps ?? []) }))
        return ([page], body?.warnings ?? [])
    }

    /// Tells the reviewer of a draft which values it still lacks; they show as marked gaps.
    func gapNote(_ gaps: [String]) -> String {
        guard !gaps.isEmpty else { return "" }
        let names = DutchText.list(Array(Set(gaps)).sorted())
        return " Nog niet bekend en in de tekst gemarkeerd: \(names)."
    }
}
