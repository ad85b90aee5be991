/// The A–Z list of boards: each board under the letter of its distinctive name. Nearly every
/// board is a "Stichting …", "Vereniging …" or "Scholengemeenschap …", often followed by
/// "Openbaar Onderwijs" or "voor Christelijk Primair Onderwijs"; indexed by its first word, a
/// whole list would sit under S or V. The page still shows each board's full name.
enum BoardIndex {
    /// Words of legal form, kind of organisation, sector and denomination, as `DutchText.sortKey`
    /// writes them (lower case, accents and hyphens gone), that the index passes over at the
    /// start of a name.
    static let generalWords: Set<String> = [
        "stichting", "stg", "vereniging", "scholengroep", "scholengemeenschap", "schoolvereniging", "onderwijsstichting",
        "onderwijsgroep", "onderwijsvereniging", "schoolbestuur", "schoolbesturen", "bestuur", "samenwerkingsstichting",
        "cooperatie", "openbaar", "openbare", "algemeen", "algemene", "bijzonder", "bijzondere", "primair", "voortgezet",
        "speciaal", "onderwijs", "basisonderwijs", "christelijk", "christelijke", "protestants", "protestantschristelijk",
        "protestantschristelijke", "katholiek", "katholieke", "roomskatholiek", "roomskatholieke", "rk", "interconfessioneel",
        "interconfessionele", "gereformeerd", "gereformeerde", "reformatorisch", "reformatorische", "oecumenisch",
        "oecumenische",
    ]
    /// Small words passed over only between general words ("Vereniging voor Christelijk
    /// Onderwijs"), never before the distinctive name ("Stichting Van Gogh" stays under V).
    static let linkingWords: Set<String> = ["voor", "tot", "van", "en", "het", "de", "ten", "behoeve"]

    /// The sort key of the name without its general words at the start; the whole name's
    /// when nothing else is left ("Stichting Katholiek Onderwijs").
    static func distinctiveKey(_ name: String) -> String {
        let key = DutchText.sortKey(name)
        let words = key.split(separator: " ")
        var start = 0
        var i = 0
        while i < words.count {
            if generalWords.contains(String(words[i])) {
                i += 1
                start = i
            } else if linkingWords.contains(String(words[i])) {
                i += 1
            } else {
                break
            }
        }
        guard start < words.count else { return words.joined(separator: " ") }
        return words[start...].joined(separator: " ")
    }

    /// "A"…"Z" for a distinctive name starting with a letter, "0–9" for one with a digit.
    static func letter(ofKey key: String) -> String {
        guard let first = key.first(where: { $0.isLetter || $0.isNumber }) else { return "0–9" }
        return first.isLetter ? String(first).uppercased() : "0–9"
    }

    /// The boards by letter, letters in order (digits first), each letter's boards by their
    /// distinctive name, then by full name and number.
    static func groups(_ boards: [BoardView]) -> [(letter: String, boards: [BoardView])] {
        let keyed = boards.map { (key: distinctiveKey($0.name), full: DutchText.sortKey($0.name), board: $0) }
            .sorted { ($0.key, $0.full, $0.board.name, $0.board.number) < ($1.key, $1.full, $1.board.name, $1.board.number) }
        var groups: [(letter: String, boards: [BoardView])] = []
        for item in keyed {
            let letter = letter(ofKey: item.key)
            if groups.last?.letter == letter {
                groups[groups.count - 1].boards.append(item.board)
            } else {
                groups.append((letter, [item.board]))
            }
        }
        return groups
    }
}
