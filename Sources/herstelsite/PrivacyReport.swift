import HerstelSite

/// What `check --privacy` prints: every allowed exception the site shows, the reason it is
/// allowed, and where it was written — the list a privacy officer signs off.
enum PrivacyReport {
    static func text(_ uses: [AllowedUse]) -> String {
        guard !uses.isEmpty else { return "Allowed exceptions in use: none; the site shows nothing that privacy.toegestaan allows.\n" }
        var lines = ["Allowed exceptions in use (privacy.toegestaan), \(uses.count) in all:"]
        for use in uses {
            let allowed = use.allowed
            lines.append("")
            lines.append("  \"\(allowed.text)\"  (\(allowed.location.file):\(allowed.location.line))")
            lines.append("    reason: \(allowed.reason ?? "none given; add one with { tekst: ..., reden: ... }")")
            lines.append("    shown in \(use.files) published file\(use.files == 1 ? "" : "s"), written at:")
            for source in use.sources { lines.append("      \(source.file):\(source.line)") }
            if use.sources.isEmpty { lines.append("      (no single source line: the text is put together from several)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
