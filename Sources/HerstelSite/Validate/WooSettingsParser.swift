import Yams

/// site.yml `woo:`: both values are checked against the TOOI lists that DiWoo enforces, so a
/// wrong one is an error at its line here rather than a sitemap the Woo-index rejects.
extension SettingsParser {
    /// nil when `woo:` is absent or wrong; a problem is appended to `diagnostics`.
    /// `published` gets the organisation's label with the line it was chosen on.
    static func parseWoo(_ fields: Fields, published: inout [(String, Int)], _ diagnostics: inout [Diagnostic]) -> WooSettings? {
        guard let (keyNode, value) = fields.node("woo") else { return nil }
        let line = fields.fileLine(keyNode)
        guard let mapping = value.mapping else {
            diagnostics.append(
                fields.error(
                    line,
                    "'woo' must have fields 'publisher' (TOOI URI of the organisation) and 'informatiecategorie' (TOOI URI of the Woo category)",
                    dutch:
                        "'woo' moet de velden 'publisher' (de TOOI-URI van de organisatie) en 'informatiecategorie' (de TOOI-URI van de Woo-categorie) hebben."
                ))
            return nil
        }
        let woo = Fields(mapping, file: fields.file, firstLine: 1, line: line)
        woo.rejectUnknown(["publisher", "informatiecategorie"], in: Wording("woo", dutch: "woo"), &diagnostics)
        let publisher = woo.text(
            "publisher", required: true,
            what: Wording("the TOOI URI of the publishing organisation", dutch: "de TOOI-URI van de organisatie die publiceert"), &diagnostics)
        let category = woo.text(
            "informatiecategorie", required: true,
            what: Wording("the TOOI URI of the Woo information category", dutch: "de TOOI-URI van de Woo-informatiecategorie"), &diagnostics)
        let organisation = publisher.flatMap {
            check($0, field: "publisher", list: .organisations, listName: Wording("organisations", dutch: "organisaties"), in: woo, &diagnostics)
        }
        let kind = category.flatMap {
            check(
                $0, field: "informatiecategorie", list: .informationCategories,
                listName: Wording("Woo information categories", dutch: "Woo-informatiecategorieën"), in: woo, &diagnostics)
        }
        guard let organisation, let kind, let publisher, let number = kind.extra.first else { return nil }
        published.append((organisation.value.label, publisher.line))
        return WooSettings(publisher: organisation.value, category: kind.value, categoryNumber: number)
    }

    /// The list's entry for the value, or an error naming the closest values with their labels.
    static func check(
        _ written: (value: String, line: Int), field: String, list: TOOIList, listName: Wording, in fields: Fields,
        _ diagnostics: inout [Diagnostic]
    ) -> TOOIList.Entry? {
        if let entry = list.entry(uri: written.value) { return entry }
        let closest = list.closest(to: written.value).map { "\($0.uri) (\($0.label))" }
        let message =
            written.value.contains("://")
            ? "'\(field)' '\(written.value)' is not in the TOOI list of \(listName.english) (DiWoo 0.9.8); closest valid values: "
            : "'\(field)' must be a TOOI URI from the list of \(listName.english) (DiWoo 0.9.8), not '\(written.value)'; closest valid values: "
        let dutch =
            written.value.contains("://")
            ? "'\(field)' '\(written.value)' staat niet in de TOOI-lijst van \(listName.dutch) (DiWoo 0.9.8); de dichtstbijzijnde geldige waarden: "
            : "'\(field)' moet een TOOI-URI uit de lijst van \(listName.dutch) zijn (DiWoo 0.9.8), niet '\(written.value)'; de dichtstbijzijnde geldige waarden: "
        diagnostics.append(
            fields.error(written.line, message + closest.joined(separator: ", "), dutch: dutch + DutchText.list(closest) + "."))
        return nil
    }
}

/// One TOOI value list, for checking a value and for naming the closest ones when it is wrong.
struct TOOIList: Sendable {
    struct Entry: Sendable {
        var value: TOOIValue
        /// Extra columns after the label (the Woo-index number of a category).
        var extra: [String]
    }

    let entries: [Entry]
    private let byURI: [String: Int]

    /// From the generated data: one `URI<tab>label[<tab>extra...]` per line.
    init(data: String) {
        var entries: [Entry] = []
        for line in data.split(separator: "\n") {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 2 else { continue }
            entries.append(Entry(value: TOOIValue(uri: columns[0], label: columns[1]), extra: Array(columns.dropFirst(2))))
        }
        self.entries = entries
        var byURI: [String: Int] = [:]
        for (index, entry) in entries.enumerated() { byURI[entry.value.uri] = index }
        self.byURI = byURI
    }

    static let organisations = TOOIList(data: TOOIValueLists.organisations)
    static let informationCategories = TOOIList(data: TOOIValueLists.informationCategories)

    func entry(uri: String) -> Entry? { byURI[uri].map { entries[$0] } }

    /// The values closest to what was written: a URI by edit distance to the URIs, anything
    /// else (a name typed instead of the URI) by its label: equal, contained, then close.
    func closest(to text: String, limit: Int = 3) -> [TOOIValue] {
        let written = text.lowercased()
        if written.contains("://") || written.hasPrefix("identifier.") {
            // Closest first; among equals, the one that shares the longest start with what was written.
            let target = Array(written)
            return
                entries
                .map { entry -> (entry: Entry, distance: Int, shared: Int) in
                    let uri = Array(entry.value.uri.lowercased())
                    let shared = zip(target, uri).prefix(while: { $0 == $1 }).count
                    return (entry, Spelling.editDistance(target, uri), shared)
                }
                .sorted { ($0.distance, -$0.shared, $0.entry.value.uri) < ($1.distance, -$1.shared, $1.entry.value.uri) }
                .prefix(limit).map(\.entry.value)
        }
        let folded = DutchText.sortKey(text)
        let target = Array(folded)
        func rank(_ label: String) -> (Int, Int) {
            let key = DutchText.sortKey(label)
            if key == folded { return (0, 0) }
            if !folded.isEmpty && key.contains(folded) { return (1, key.count) }
            return (2, Spelling.editDistance(target, Array(key)))
        }
        return
            entries
            .map { (entry: $0, rank: rank($0.value.label)) }
            .sorted { ($0.rank.0, $0.rank.1, $0.entry.value.label) < ($1.rank.0, $1.rank.1, $1.entry.value.label) }
            .prefix(limit).map(\.entry.value)
    }
}
