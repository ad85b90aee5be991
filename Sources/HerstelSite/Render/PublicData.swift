import Foundation

/// The machine-readable files: open data, Atom feed, sitemap and robots.txt.
/// Only published cases appear here, also in a drafts preview.
struct PublicData {
    let site: Site

    var base: String { site.settings.baseURL }
    var published: [Case] {
        site.publishedCases.sortedByBoardName()
    }

    func files() -> [OutputFile] {
        let cases = published
        var files = [
            OutputFile(path: "open-data/herstelopdrachten.csv", text: csv(cases.sorted { $0.schoolYear > $1.schoolYear })),
            OutputFile(path: "open-data/herstelopdrachten.json", text: json(cases.sorted { $0.schoolYear > $1.schoolYear })),
            OutputFile(path: "feed.xml", text: feed(cases)),
            OutputFile(path: "sitemap.xml", text: sitemap(cases)),
            OutputFile(path: "robots.txt", text: robots),
        ]
        for (year, yearCases) in Dictionary(grouping: cases, by: \.schoolYear).sorted(by: { $0.key < $1.key }) {
            files.append(OutputFile(path: "open-data/\(year)/herstelopdrachten.csv", text: csv(yearCases)))
            files.append(OutputFile(path: "open-data/\(year)/herstelopdrachten.json", text: json(yearCases)))
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

    static let columns = [
        "schooljaar", "bestuursnummer", "bestuur", "plaats", "sector", "scholen", "status",
        "herstelopdracht", "termijn", "ontvangen", "afgesloten", "rapport",
    ]

    func row(_ item: Case) -> [String] {
        [
            item.schoolYear.description, item.board.number, item.board.name, item.board.place ?? "",
            site.settings.sectors[item.sector]?.name ?? item.sector,
            item.schools.map { "\($0.brinAndBranch) \($0.name)" }.joined(separator: "; "),
            item.status.rawValue, item.ordered.iso, item.deadline.iso, item.received?.iso ?? "", item.closed?.iso ?? "",
            base + SitePath.report(item),
        ]
    }

    /// RFC 4180: comma separated, CRLF, fields quoted when they hold a comma, quote or line break.
    func csv(_ cases: [Case]) -> String {
        var out = PublicData.columns.joined(separator: ",") + "\r\n"
        for item in cases {
            out += row(item).map(Escape.csv).joined(separator: ",") + "\r\n"
        }
        return out
    }

    func json(_ cases: [Case]) -> String {
        var out = "[\n"
        for (index, item) in cases.enumerated() {
            let values = row(item)
            var fields: [String] = []
            for (column, value) in zip(PublicData.columns, values) {
                switch column {
                case "scholen":
                    let schools = item.schools.map { school in
                        "{\"brin\": \(Escape.json(school.brin)), \"vestiging\": \(Escape.json(school.branch)), \"naam\": \(Escape.json(school.name)), \"plaats\": \(school.place.map(Escape.json) ?? "null")}"
                    }
                    fields.append("    \"scholen\": [\(schools.joined(separator: ", "))]")
                case "plaats", "ontvangen", "afgesloten":
                    fields.append("    \(Escape.json(column)): \(value.isEmpty ? "null" : Escape.json(value))")
                default:
                    fields.append("    \(Escape.json(column)): \(Escape.json(value))")
                }
            }
            out += "  {\n" + fields.joined(separator: ",\n") + "\n  }" + (index == cases.count - 1 ? "\n" : ",\n")
        }
        return out + "]\n"
    }

    // MARK: Feed and sitemap

    func feed(_ cases: [Case]) -> String {
        let entries = cases.sorted { ($0.closed!, $1.board.number, $1.schoolYear) > ($1.closed!, $0.board.number, $0.schoolYear) }
        let updated = entries.first.map { "\($0.closed!.iso)T00:00:00Z" } ?? "2000-01-01T00:00:00Z"
        var out = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">
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
            out += """
                <entry>
                <title>\(Escape.xml("\(item.board.name): herstelopdracht \(item.schoolYear) \(status)"))</title>
                <id>\(Escape.xml(url))</id>
                <link rel="alternate" type="text/html" href="\(Escape.xml(url))"/>
                <updated>\(item.closed!.iso)T00:00:00Z</updated>
                <summary>\(Escape.xml("\(item.board.name) (bestuursnummer \(item.board.number)) kreeg een herstelopdracht voor de monitoring sociale veiligheid over schooljaar \(item.schoolYear) en heeft daaraan \(status). Afgesloten op \(item.closed!.dutch)."))</summary>
                </entry>

                """
        }
        return out + "</feed>\n"
    }

    func sitemap(_ cases: [Case]) -> String {
        var urls: [(String, String?)] = [("", nil), (SitePath.schoolYears, nil), (SitePath.boards, nil)]
        urls += Set(cases.map(\.schoolYear)).sorted().map { (SitePath.schoolYear($0), nil) }
        urls += Set(cases.map(\.board.number)).sorted().map { (SitePath.board($0), nil) }
        urls += cases.sorted { ($0.board.number, $0.schoolYear) < ($1.board.number, $1.schoolYear) }.map { (SitePath.report($0), $0.closed?.iso) }
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
