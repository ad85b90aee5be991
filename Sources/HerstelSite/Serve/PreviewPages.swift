/// What the preview adds to pages: the live-reload script and the page that lists content
/// errors. Only the preview server uses this; nothing here reaches `build` output.
public enum LiveReload {
    /// Server-sent events: one `generation` event on connect and one after every rebuild.
    public static let eventsPath = "/_herstelsite/events"

    /// Reloads the page as soon as the server reports a generation other than the page's own.
    /// A restarted server has a new generation too, so its pages come back by themselves.
    public static func script(generation: String) -> String {
        """
        <script>
        (function () {
          if (!window.EventSource) return;
          var generation = "\(generation)";
          var source = new EventSource("\(eventsPath)");
          source.addEventListener("generation", function (event) {
            if (event.data !== generation) { source.close(); location.reload(); }
          });
          window.addEventListener("pagehide", function () { source.close(); });
          window.addEventListener("pageshow", function (event) { if (event.persisted) location.reload(); });
        })();
        </script>

        """
    }

    /// The page with the script placed before its last `</body>` (at the end if it has none).
    public static func inject(generation: String, into html: [UInt8]) -> [UInt8] {
        let script = Array(script(generation: generation).utf8)
        guard let at = lastIndex(of: Array("</body>".utf8), in: html) else { return html + script }
        return Array(html[..<at]) + script + Array(html[at...])
    }

    /// The last place `needle` starts in `haystack`, ignoring ASCII case.
    static func lastIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
        var start = haystack.count - needle.count
        while start >= 0 {
            if needle.indices.allSatisfy({ lower(haystack[start + $0]) == needle[$0] }) { return start }
            start -= 1
        }
        return nil
    }
}

/// The built 404.html links to the published site by absolute URL (it must work at any
/// depth of the host). In the preview those links should stay in the preview.
public enum NotFoundPage {
    /// Links that start with the page's canonical URL (the site's `basis-url`) start at `/` instead.
    public static func linkedToPreview(_ html: String) -> String {
        guard let match = html.firstMatch(of: /<link rel="canonical" href="([^"]+)">/) else { return html }
        let base = String(match.1)
        guard base.hasSuffix("/") else { return html }
        return html.replacingOccurrences(of: "href=\"\(base)", with: "href=\"/").replacingOccurrences(of: "src=\"\(base)", with: "src=\"/")
    }
}

/// The page shown in place of every page of the site while the content has errors.
public enum ErrorPage {
    public static func html(_ diagnostics: [Diagnostic], generation: String) -> String {
        let total = diagnostics.totalCount
        let count = total == 1 ? "1 fout" : "\(total) fouten"
        let items = diagnostics.map { diagnostic in
            let place = diagnostic.location.line > 0 ? "\(diagnostic.location.file):\(diagnostic.location.line)" : diagnostic.location.file
            let severity = diagnostic.isError ? "fout" : "waarschuwing"
            // A message with no Dutch yet is shown as the command line gives it, marked as English.
            let text =
                diagnostic.hasDutch
                ? "<span class=\"melding\">\(escape(diagnostic.previewText))</span>"
                : "<span class=\"melding\" lang=\"en\">\(escape(diagnostic.previewText))</span> <span class=\"onvertaald\">(nog niet vertaald)</span>"
            return "<li><span class=\"soort\">\(kind(diagnostic.category)), \(severity):</span> <code>\(escape(place))</code> \(text)</li>"
        }
        let untranslated =
            diagnostics.allSatisfy(\.hasDutch)
            ? ""
            : " Een melding die nog niet in het Nederlands beschikbaar is, staat er in het Engels, gemarkeerd met ‘nog niet vertaald’."
        return """
            <!DOCTYPE html>
            <html lang="nl">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex, nofollow">
            <title>De inhoud bevat \(count) | Voorbeeldweergave</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 0; color: #1a1a1a; background: #fff; line-height: 1.5; }
            main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
            h1 { color: #a4001d; font-size: 1.6rem; }
            ol { padding-left: 1.5rem; }
            li { margin: 0.5rem 0; }
            code { font-family: ui-monospace, monospace; background: #f3f3f3; padding: 0.1rem 0.3rem; overflow-wrap: anywhere; }
            .soort { font-weight: 600; }
            .onvertaald { color: #4d4d4d; font-style: italic; }
            </style>
            </head>
            <body>
            <main>
            <h1>De inhoud bevat \(count)</h1>
            <p>De voorbeeldweergave kan de site niet bouwen. Herstel de \(total == 1 ? "fout" : "fouten") hieronder en sla het bestand op: deze pagina laadt dan vanzelf opnieuw.</p>
            <p>Elke melding noemt het bestand en de regel (<code>bestand:regel</code>). <code>herstelsite check</code> geeft dezelfde meldingen in het Engels, met hetzelfde bestand en dezelfde regel; zo zijn ze met de webredactie te delen.\(untranslated)</p>
            <ol class="fouten">
            \(items.joined(separator: "\n"))
            </ol>
            </main>
            \(LiveReload.script(generation: generation))</body>
            </html>

            """
    }

    /// What kind of problem, in Dutch.
    static func kind(_ category: Diagnostic.Category) -> String {
        switch category {
        case .content: "Inhoud"
        case .settings: "Instellingen (site.yml)"
        case .placeholder: "Placeholder"
        case .theme: "Thema"
        case .privacy: "Privacy"
        case .output: "Uitvoer"
        }
    }

    /// For requests that are not pages (a stylesheet, the open data): the same list as text.
    public static func text(_ diagnostics: [Diagnostic]) -> String {
        "De inhoud bevat fouten; de site kan niet worden gebouwd.\n"
            + diagnostics.map { diagnostic in
                let place = diagnostic.location.line > 0 ? "\(diagnostic.location.file):\(diagnostic.location.line)" : diagnostic.location.file
                return "\(Diagnostic.visible(place)): \(diagnostic.isError ? "fout" : "waarschuwing"): \(diagnostic.previewText)\n"
            }.joined()
    }

    /// The same escaping the site's XML uses; valid in HTML too.
    static func escape(_ text: String) -> String { Escape.xml(text) }
}
