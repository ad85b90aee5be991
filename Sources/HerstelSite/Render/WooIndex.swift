/// The sitemaps the national Woo-index harvests (SPEC §3): an index named after the Woo
/// information category, pointing at sitemaps in which every published report is one `<url>`
/// with DiWoo 0.9.8 metadata. Only published cases, also in a drafts preview.
struct WooIndex {
    /// The sitemap protocol's limits per file: 50,000 entries and 50 MB.
    static let maximumEntries = 50_000
    static let maximumBytes = 50 * 1024 * 1024

    let site: Site
    let woo: WooSettings
    /// Lower in tests, so a split can be seen without 50,000 reports.
    var maximumEntries = WooIndex.maximumEntries
    var maximumBytes = WooIndex.maximumBytes

    var base: String { site.settings.baseURL }

    static let sitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9"
    static let diwooNamespace = "https://standaarden.overheid.nl/diwoo/metadata/"

    /// "sitemap-diwoo-infocat015-1.xml", numbered from 1.
    func sitemapFileName(_ part: Int) -> String { "sitemap-diwoo-infocat\(woo.categoryNumber)-\(part).xml" }

    /// Whether there is anything to index: a sitemap and an index need at least one entry
    /// each (sitemaps.org schemas), so without a published report no DiWoo file is written.
    static func isWritten(for site: Site) -> Bool {
        site.settings.woo != nil && site.cases.contains(where: \.isListed)
    }

    func files() -> [OutputFile] {
        let cases = site.listedCases.sorted { ($0.board.number, $0.schoolYear) < ($1.board.number, $1.schoolYear) }
        guard !cases.isEmpty else { return [] }
        let head =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"\(WooIndex.sitemapNamespace)\" xmlns:diwoo=\"\(WooIndex.diwooNamespace)\">\n"
        let tail = "</urlset>\n"
        // Each sitemap: its text and the latest date in it, for the index's <lastmod>.
        var sitemaps: [(text: String, lastModified: Day?)] = []
        var text = head
        var count = 0
        var latest: Day? = nil
        for item in cases {
            let entry = self.entry(item)
            if count > 0 && (count == maximumEntries || text.utf8.count + entry.utf8.count + tail.utf8.count > maximumBytes) {
                sitemaps.append((text + tail, latest))
                (text, count, latest) = (head, 0, nil)
            }
            text += entry
            count += 1
            if let modified = item.lastModified, latest.map({ $0 < modified }) ?? true { latest = modified }
        }
        sitemaps.append((text + tail, latest))

        var index = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<sitemapindex xmlns=\"\(WooIndex.sitemapNamespace)\">\n"
        var files: [OutputFile] = []
        for (number, sitemap) in sitemaps.enumerated() {
            let name = sitemapFileName(number + 1)
            index += "<sitemap><loc>\(Escape.xml(base + name))</loc>"
            if let lastModified = sitemap.lastModified { index += "<lastmod>\(lastModified.iso)</lastmod>" }
            index += "</sitemap>\n"
            files.append(OutputFile(path: name, text: sitemap.text))
        }
        files.append(OutputFile(path: woo.indexFileName, text: index + "</sitemapindex>\n"))
        return files
    }

    /// One report: where it is, when it last changed (its latest correction, else the day the
    /// case was closed: a build has no clock, and the report is fixed when the case closes) and
    /// its DiWoo metadata; a corrected report says why it replaced the version before.
    func entry(_ item: Case) -> String {
        let closed = item.closed!
        let correction = item.latestCorrection.map { "\n" + resource("redenVerwijderingVervanging", $0.reason) } ?? ""
        return """
            <url><loc>\(Escape.xml(base + SitePath.report(item)))</loc><lastmod>\(item.lastModified!.iso)</lastmod>
            <diwoo:Document><diwoo:DiWoo>
            \(resource("publisher", woo.publisher))
            <diwoo:titelcollectie><diwoo:officieleTitel>\(Escape.xml(WooIndex.officialTitle(item)))</diwoo:officieleTitel></diwoo:titelcollectie>
            <diwoo:classificatiecollectie><diwoo:informatiecategorieen>\(resource("informatiecategorie", woo.category))</diwoo:informatiecategorieen></diwoo:classificatiecollectie>
            <diwoo:documenthandelingen><diwoo:documenthandeling>\(resource("soortHandeling", WooSettings.establishment))<diwoo:atTime>\(closed.dutchMidnight)</diwoo:atTime></diwoo:documenthandeling></diwoo:documenthandelingen>
            \(resource("language", WooSettings.dutch))
            \(resource("format", WooSettings.html))\(correction)
            </diwoo:DiWoo></diwoo:Document></url>

            """
    }

    func resource(_ element: String, _ value: TOOIValue) -> String {
        "<diwoo:\(element) resource=\"\(Escape.xml(value.uri))\">\(Escape.xml(value.label))</diwoo:\(element)>"
    }

    /// The report's title in Dutch, with the board's name as it was in the case.
    static func officialTitle(_ item: Case) -> String {
        "Rapport herstelopdracht monitoring sociale veiligheid \(item.board.name) (bestuursnummer \(item.board.number)), schooljaar \(item.schoolYear)"
    }
}
