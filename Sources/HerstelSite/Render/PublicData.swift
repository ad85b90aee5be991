import Foundation

/// The machine-readable files: open data, Atom feed, sitemap and robots.txt.
/// Only published cases appear here, also in a drafts preview.
struct PublicData {
    let site: Site

    var base: String { site.settings.baseURL }
    var published: [Case] {
        site.listedCases.sortedByBoardName()
    }

    func files() -> [OutputFile] {
        let cases = published
        var files = [
            OutputFile(path: "open-data/herstelopdrachten.csv", text: csv(cases.sorted { $0.schoolYear > $1.schoolYear })),
            OutputFile(path: "open-data/herstelopdrachten.json", contents: json(cases.sorted { $0.schoolYear > $1.schoolYear })),
            OutputFile(path: OpenDataCatalogue.path, text: OpenDataCatalogue(site: site).xml),
            OutputFile(path: "feed.xml", text: feed(cases)),
            OutputFile(path: "sitemap.xml", text: sitemap(cases)),
            OutputFile(path: "robots.txt", text: robots),
        ]
        for (year, yearCases) in Dictionary(grouping: cases, by: \.schoolYear).sorted(by: { $0.key < $1.key }) {
            files.append(OutputFile(path: "open-data/\(year)/herstelopdrachten.csv", text: csv(yearCases)))
            files.append(OutputFile(path: "open-data/\(year)/herstelopdrachten.json", contents: json(yearCases)))
        }
        return files
    }

    /// Names the sitemap, and the Woo-index's sitemap index when site.yml has `woo:`.
    var robots: String {
        var text = "User-agent: *\nAllow: /\n\nSitemap: \(base)sitemap.xml\n"
        if let woo = site.settings.woo, WooIndex.isWritten(for: site) { text += "Sitemap: \(base)\(woo.indexFileName)\n" }
        return text
    }

    // MARK: Open data

    func record(_ item: Case) -> OpenDataCase {
        OpenDataCase(
            schoolYear: item.schoolYear.description, boardNumber: item.board.number, board: item.board.name, place: item.board.place,
            sector: site.settings.sectors[item.sector]?.name ?? item.sector,
            schools: item.schools.map { OpenDataCase.School(brin: $0.brin, branch: $0.branch, name: $0.name, place: $0.place) },
            status: item.status.rawValue, ordered: item.ordered.iso, deadline: item.deadline.iso, received: item.received?.iso,
            closed: item.closed?.iso, modified: item.latestCorrection?.date.iso, report: base + SitePath.report(item))
    }

    /// RFC 4180: comma separated, CRLF, fields quoted when they hold a comma, quote or line break.
    func csv(_ cases: [Case]) -> String {
        var out = OpenDataCase.columns.joined(separator: ",") + "\r\n"
        for item in cases {
            out += record(item).csvFields.map(Escape.csv).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// Foundation's JSONEncoder, keys sorted so the same cases always give the same bytes;
    /// `<` written `\u003c`, so the file is also safe inside HTML.
    func json(_ cases: [Case]) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Strings, lists and nulls always encode.
        let data = try! encoder.encode(cases.map(record))
        var bytes: [UInt8] = []
        bytes.reserveCapacity(data.count + 1)
        data.withUnsafeBytes { encoded in
            for byte in encoded {
                // Outside strings JSON has no '<'.
                if byte == UInt8(ascii: "<") { bytes += Array("\\u003c".utf8) } else { bytes.append(byte) }
            }
        }
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    // MARK: Feed and sitemap

    /// RFC 6721: the namespace of `at:deleted-entry`, written only when a report was withdrawn.
    static let tombstoneNamespace = "http://purl.org/atompub/tombstones/1.0"

    /// Newest first by the day each report last changed (its latest correction, else the day
    /// it closed), so a corrected report comes back to the top with its new `<updated>`; each
    /// withdrawn report as an RFC 6721 tombstone after the entries.
    func feed(_ cases: [Case]) -> String {
        let entries = cases.sorted {
            ($0.lastModified!, $0.closed!, $1.board.number, $1.schoolYear) > ($1.lastModified!, $1.closed!, $0.board.number, $0.schoolYear)
        }
        let withdrawn = site.withdrawnCases.sorted {
            ($0.withdrawal!.date, $1.board.number, $1.schoolYear) > ($1.withdrawal!.date, $0.board.number, $0.schoolYear)
        }
        let latest = (entries.compactMap(\.lastModified) + withdrawn.compactMap(\.withdrawal?.date)).max()
        let updated = latest.map { "\($0.iso)T00:00:00Z" } ?? "2000-01-01T00:00:00Z"
        let tombstones = withdrawn.isEmpty ? "" : " xmlns:at=\"\(PublicData.tombstoneNamespace)\""
        var out = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"\(tombstones) xml:lang="nl">
            <title>\(Escape.xml(site.settings.title))</title>
            <subtitle>Nieuw gepubliceerde herstelopdrachten</subtitle>
            <id>\(Escape.xml(base))</id>
            <link rel="self" href="\(Escape.xml(base))feed.xml"/>
            <link rel="alternate" type="text/html" href="\(Escape.xml(base))"/>
            <updated>\(updated)</updated>
            <author><name>\(Escape.xml(site.settings.organisation))</name></author>

            """
        for item in entries {
            let url = base + SitePath.report(item)
            let status = item.status == .complied ? "voldaan" : "niet voldaan"
            var summary =
                "\(item.board.name) (bestuursnummer \(item.board.number)) kreeg een herstelopdracht voor de monitoring sociale veiligheid over schooljaar \(item.schoolYear) en heeft daaraan \(status). Afgesloten op \(item.closed!.dutch)."
            if let correction = item.latestCorrection { summary += " Gewijzigd op \(correction.date.dutch)." }
            out += """
                <entry>
                <title>\(Escape.xml("\(item.board.name): herstelopdracht \(item.schoolYear) \(status)"))</title>
                <id>\(Escape.xml(url))</id>
                <link rel="alternate" type="text/html" href="\(Escape.xml(url))"/>
                <updated>\(item.lastModified!.iso)T00:00:00Z</updated>
                <summary>\(Escape.xml(summary))</summary>
                </entry>

                """
        }
        // The entry's id is its report's address (above), so `ref` names the entry withdrawn.
        for item in withdrawn {
            let withdrawal = item.withdrawal!
            out += """
                <at:deleted-entry ref="\(Escape.xml(base + SitePath.report(item)))" when="\(withdrawal.date.iso)T00:00:00Z">
                <at:comment xml:lang="nl">\(Escape.xml("Ingetrokken op \(withdrawal.date.dutch): \(withdrawal.reason.label). \(withdrawal.explanation)"))</at:comment>
                </at:deleted-entry>

                """
        }
        return out + "</feed>\n"
    }

    func sitemap(_ cases: [Case]) -> String {
        var urls: [(String, String?)] = [("", nil), (SitePath.schoolYears, nil), (SitePath.boards, nil)]
        urls += Set(cases.map(\.schoolYear)).sorted().map { (SitePath.schoolYear($0), nil) }
        urls += Set(cases.map(\.board.number)).sorted().map { (SitePath.board($0), nil) }
        urls += cases.sorted { ($0.board.number, $0.schoolYear) < ($1.board.number, $1.schoolYear) }.map {
            (SitePath.report($0), $0.lastModified?.iso)
        }
        urls += site.pages.map { ($0.slug + "/", nil) }
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for (path, modified) in urls {
            out += "<url><loc>\(Escape.xml(base + path))</loc>"
            if let modified { out += "<lastmod>\(modified)</lastmod>" }
            out += "</url>\n"
        }
        return out + "</urlset>\n"
    }
}
