import HerstelSite

/// The preview's `/_wijzigingen/`: what `herstelsite changes` tells on the command line, as a
/// page for reviewers. Only the preview serves it; nothing of it reaches `build`.
public enum ChangesPage {
    public static let path = "/_wijzigingen/"

    /// Builds what `build` would publish now (drafts never count) and compares it with `against`.
    public static func make(contentPath: String, against: String, generation: String) -> String {
        switch Pipeline.build(contentPath: contentPath) {
        case .failure(let diagnostics):
            return ErrorPage.html(diagnostics.errors, generation: generation)
        case .success(let built):
            switch EarlierBuild.load(from: against) {
            case .failure(let problem):
                return html(
                    title: "Geen eerdere bouw om mee te vergelijken", generation: generation,
                    body: """
                        <p>\(escape(problem.dutch))</p>
                        <p>Er is dus geen eerdere bouw om mee te vergelijken. Bouw de site eerst met <code>herstelsite build</code>, of start de voorbeeldweergave met <code>--against MAP</code> met een kopie van de gepubliceerde site.</p>
                        """)
            case .success(let earlier):
                return html(SiteChanges.compare(old: earlier, new: built.files), against: against, generation: generation)
            }
        }
    }

    public static func html(_ changes: SiteChanges, against: String, generation: String) -> String {
        let earlier = escape(against.hasSuffix("/") ? against : against + "/")
        var body =
            "<p>Wat een bouw nu zou publiceren dat nieuw of anders is dan de eerdere bouw in <code>\(earlier)</code>. Concepten tellen niet mee: die worden nooit gepubliceerd.</p>\n"
        guard !changes.isEmpty else {
            body += "<p class=\"samenvatting\"><strong>Geen wijzigingen.</strong> Een bouw zou nu hetzelfde publiceren.</p>\n"
            return html(title: "Wijzigingen ten opzichte van de eerdere bouw", generation: generation, body: body)
        }
        body += "<p class=\"samenvatting\">\(escape(summary(changes)))</p>\n"
        func reportLine(_ report: SiteChanges.Report, linked: Bool) -> String {
            let name = "\(escape(report.board)), schooljaar \(escape(report.schoolYear))"
            return (linked ? "<a href=\"/\(escape(report.path))\">\(name)</a>" : name) + " <code>\(escape(report.path))</code>"
        }
        if !changes.newReports.isEmpty {
            body += section("Nieuwe rapporten", changes.newReports.count)
            body += "<ul>\n" + changes.newReports.map { "<li>\(reportLine($0, linked: true))</li>\n" }.joined() + "</ul>\n"
        }
        if !changes.removedReports.isEmpty {
            body += section("Verwijderde rapporten", changes.removedReports.count)
            body += "<p>Deze rapporten staan nu online en verdwijnen bij de volgende publicatie.</p>\n<ul>\n"
            body += changes.removedReports.map { "<li>\(reportLine($0, linked: false))</li>\n" }.joined() + "</ul>\n"
        }
        if !changes.changedReports.isEmpty {
            body += section("Gewijzigde rapporten", changes.changedReports.count)
            for report in changes.changedReports {
                body += "<section class=\"rapport\">\n<h3>\(reportLine(report, linked: true))</h3>\n"
                if let origin = report.origin {
                    body += "<p class=\"bron\">Tekst: was \(escape(origin.old.label)), nu \(escape(origin.new.label)).</p>\n"
                }
                switch report.correction {
                case .entry(let date):
                    body += "<p class=\"correctie\">Met een nieuwe regel onder <code>wijzigingen</code>, gedateerd \(escape(date)).</p>\n"
                case .missingEntry:
                    body +=
                        "<p class=\"waarschuwing\"><strong>Waarschuwing:</strong> de tekst van dit rapport is gewijzigd zonder nieuwe regel onder <code>wijzigingen</code>. Voeg er een toe in het zaakbestand, of maak de wijziging ongedaan.</p>\n"
                case .withdrawn, nil: break
                }
                body += "<ol class=\"verschil\">\n"
                body += report.blocks.map { "<li>\(blockHTML($0))</li>\n" }.joined()
                body += "</ol>\n</section>\n"
            }
        }
        if !changes.withdrawnReports.isEmpty {
            body += section("Ingetrokken rapporten", changes.withdrawnReports.count)
            body +=
                "<p>Deze rapporten verdwijnen bij de volgende publicatie uit alle lijsten; op hun adres blijft een korte melding staan.</p>\n<ul>\n"
            for report in changes.withdrawnReports {
                guard case .withdrawn(let date) = report.correction else { continue }
                body += "<li>\(reportLine(report, linked: true)): ingetrokken op \(escape(date))</li>\n"
            }
            body += "</ul>\n"
        }
        if !changes.pages.isEmpty {
            body += section("Andere pagina’s", changes.pages.count) + "<ul>\n"
            for page in changes.pages {
                let title = "\(role(page.role)) “\(escape(page.title))”"
                let link = page.kind == .removed ? title : "<a href=\"/\(escape(page.path))\">\(title)</a>"
                body += "<li><span class=\"soort\">\(kind(page.kind)):</span> \(link) <code>/\(escape(page.path))</code></li>\n"
            }
            body += "</ul>\n"
        }
        if !changes.rows.isEmpty {
            body += section("Open data", changes.rows.count) + "<ul>\n"
            for row in changes.rows {
                var line =
                    "<span class=\"soort\">\(kind(row.kind)):</span> \(escape(row.schoolYear)) · \(escape(row.boardNumber)) · \(escape(row.board))"
                if !row.fields.isEmpty {
                    line +=
                        "<ul>"
                        + row.fields.map { field in
                            "<li>\(escape(field.column)): \(deleted(field.old.isEmpty ? "(leeg)" : field.old)) \(inserted(field.new.isEmpty ? "(leeg)" : field.new))</li>"
                        }.joined() + "</ul>"
                }
                body += "<li>\(line)</li>\n"
            }
            body += "</ul>\n"
        }
        if !changes.files.isEmpty {
            body += section("Andere bestanden", changes.files.count) + "<ul>\n"
            body += changes.files.map { "<li><span class=\"soort\">\(kind($0.kind)):</span> <code>\(escape($0.path))</code></li>\n" }.joined()
            body += "</ul>\n"
        }
        return html(title: "Wijzigingen ten opzichte van de eerdere bouw", generation: generation, body: body)
    }

    static func section(_ title: String, _ count: Int) -> String { "<h2>\(title) (\(count))</h2>\n" }

    static func summary(_ changes: SiteChanges) -> String {
        var parts: [String] = []
        func count(_ n: Int, _ one: String, _ many: String) -> String? { n == 0 ? nil : "\(n) \(n == 1 ? one : many)" }
        let reports = [
            count(changes.newReports.count, "nieuw rapport", "nieuwe rapporten"),
            count(changes.removedReports.count, "verwijderd rapport", "verwijderde rapporten"),
            count(changes.changedReports.count, "gewijzigd rapport", "gewijzigde rapporten"),
            count(changes.reportsWithoutEntry.count, "zonder regel onder wijzigingen", "zonder regel onder wijzigingen"),
            count(changes.withdrawnReports.count, "ingetrokken rapport", "ingetrokken rapporten"),
            count(changes.pages.count, "andere pagina", "andere pagina’s"),
            count(changes.rows.count, "rij open data", "rijen open data"),
            count(changes.files.count, "ander bestand", "andere bestanden"),
        ]
        parts = reports.compactMap { $0 }
        return "Samengevat: " + DutchText.list(parts) + "."
    }

    static func kind(_ kind: SiteChanges.Kind) -> String {
        switch kind {
        case .added: "Nieuw"
        case .removed: "Verwijderd"
        case .changed: "Gewijzigd"
        }
    }

    static func role(_ role: SiteChanges.Page.Role) -> String {
        switch role {
        case .overview: "Overzicht"
        case .schoolYear: "Schooljaar"
        case .board: "Bestuur"
        case .free, .other: "Pagina"
        }
    }

    /// Changed words in `<del>`/`<ins>`, each with a word for screen readers and a line
    /// through or under it, so the change never shows by colour alone.
    static func blockHTML(_ block: BlockDiff) -> String {
        block.segments.map { segment in
            switch segment {
            case .same(let text): escape(text)
            case .deleted(let text): deleted(text)
            case .inserted(let text): inserted(text)
            }
        }.joined(separator: " ")
    }

    static func deleted(_ text: String) -> String {
        "<del><span class=\"visually-hidden\">[verwijderd: </span>\(escape(text))<span class=\"visually-hidden\">]</span></del>"
    }

    static func inserted(_ text: String) -> String {
        "<ins><span class=\"visually-hidden\">[toegevoegd: </span>\(escape(text))<span class=\"visually-hidden\">]</span></ins>"
    }

    static func escape(_ text: String) -> String { Escape.xml(text) }

    static func html(title: String, generation: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex, nofollow">
        <title>\(title) | Voorbeeldweergave</title>
        <style>
        body { font-family: system-ui, sans-serif; margin: 0; color: #1a1a1a; background: #fff; line-height: 1.5; }
        header, main, footer { max-width: 60rem; margin: 0 auto; padding: 0 1.5rem; }
        header { padding-top: 1rem; }
        header p { margin: 0; font-weight: 700; }
        header a, footer a { color: #154273; }
        h1 { color: #154273; font-size: 1.8rem; }
        h2 { color: #154273; margin-top: 2rem; border-bottom: 1px solid #ccc; }
        h3 { font-size: 1.1rem; margin-bottom: 0.25rem; }
        a { color: #154273; }
        code { font-family: ui-monospace, monospace; font-size: 0.9em; background: #f3f3f3; padding: 0.05rem 0.3rem; overflow-wrap: anywhere; }
        .samenvatting { font-size: 1.1rem; border-left: 4px solid #154273; padding-left: 0.75rem; }
        .waarschuwing { border-left: 4px solid #8f1b1b; background: #f9dfdd; padding: 0.4rem 0.75rem; }
        .correctie { border-left: 4px solid #275937; padding-left: 0.75rem; }
        .soort { font-weight: 700; }
        ol.verschil { padding-left: 1.5rem; }
        ol.verschil li { margin: 0.5rem 0; }
        del { background: #ffe3e3; color: #7a0000; text-decoration: line-through; }
        ins { background: #ddf4dd; color: #0b4f0b; text-decoration: underline; }
        .visually-hidden { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0; }
        footer { margin-top: 3rem; padding-bottom: 2rem; color: #444; border-top: 1px solid #ccc; }
        </style>
        </head>
        <body>
        <header>
        <p>Voorbeeldweergave, niet openbaar · <a href="/">Naar de site</a></p>
        </header>
        <main>
        <h1>\(title)</h1>
        \(body)</main>
        <footer>
        <p>Dezelfde vergelijking op de opdrachtregel: <code>herstelsite changes</code>. Deze pagina bestaat alleen in de voorbeeldweergave en wordt nooit gepubliceerd.</p>
        </footer>
        \(LiveReload.script(generation: generation))</body>
        </html>

        """
    }
}
