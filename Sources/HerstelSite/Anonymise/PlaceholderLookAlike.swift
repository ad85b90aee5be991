import Foundation

/// Text between two `@` that a writer meant as a placeholder but that the grammar (SPEC §1:
/// letters, digits and `. | -`) does not read as one: `@afgesloten_datum@`, `@Afgesloten datum@`,
/// `@ontvangën@`. Published as written it would show the raw `@…@`, so it is an error that names
/// the closest placeholder (SPEC §4).
///
/// What looks like a placeholder, precisely: an `@` that does not follow a letter, digit or
/// `. _ - +` (so no e-mail address starts one), then 2 to 40 characters on the same line, then
/// an `@` that no letter or digit follows; the characters are letters, digits, `_`, `-`,
/// `|` and spaces, at most four spaces, beginning and ending with a letter, and at least two in
/// three of them letters. So `info@example.org`, two addresses on one line, `@@`, "een losse @
/// of @ dit" and a handle such as `@inspectie_ow en @OCW` stay text.
struct PlaceholderLookAlike {
    /// What is between the two `@`, as written.
    var inside: String
    /// The index of the closing `@` in the bytes searched.
    var end: Int

    static let maximumLength = 40

    /// The look-alike whose opening `@` is at `start`, if the text there is one.
    static func match(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> PlaceholderLookAlike? {
        if start > 0 {
            let before = bytes[start - 1]
            if ByteClass.isAlphanumeric(before) || "._-+".utf8.contains(before) { return nil }
        }
        var k = start + 1
        // A character is at most 4 bytes, so 40 characters fit in 160.
        while k < bytes.count, k - start <= maximumLength * 4, bytes[k] != UInt8(ascii: "@"), bytes[k] != UInt8(ascii: "\n") {
            k += 1
        }
        guard k < bytes.count, bytes[k] == UInt8(ascii: "@") else { return nil }
        if k + 1 < bytes.count {
            let after = bytes[k + 1]
            if ByteClass.isAlphanumeric(after) { return nil }
        }
        let inside = String(decoding: bytes[(start + 1)..<k], as: UTF8.self)
        return looksLikeAName(inside) ? PlaceholderLookAlike(inside: inside, end: k) : nil
    }

    static func looksLikeAName(_ inside: String) -> Bool {
        let characters = Array(inside)
        guard (2...maximumLength).contains(characters.count), characters.first!.isLetter, characters.last!.isLetter else { return false }
        var letters = 0
        var spaces = 0
        for character in characters {
            if character.isLetter {
                letters += 1
            } else if character == " " {
                spaces += 1
            } else if !(character.isASCII && (character.isNumber || "_-|".contains(character))) {
                return false
            }
        }
        return spaces <= 4 && letters * 3 >= characters.count * 2
    }

    /// The placeholder the writer most likely meant: the same name once `_` and spaces are
    /// read as `-` and accents dropped, else one a small typo away, else one the text starts
    /// with ("afgesloten datum"), else one of its words, else the nearest by edits.
    var closest: String {
        let words = inside.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" }).map(String.init)
        let joined = words.joined(separator: "-")
        let names = PlaceholderValues.names
        if PlaceholderValues.isKnown(joined) { return joined }
        if joined.hasPrefix("intern-"), joined.count > "intern-".count { return "intern." + joined.dropFirst("intern-".count) }
        if let close = Spelling.closest(to: joined, in: names) { return close }
        if let prefix = names.filter({ joined.hasPrefix($0) }).max(by: { $0.count < $1.count }) { return prefix }
        if let word = words.first(where: { names.contains($0) }) { return word }
        return names.min { Spelling.editDistance(Array(joined), Array($0)) < Spelling.editDistance(Array(joined), Array($1)) }!
    }

    var message: String {
        "'@\(inside)@' looks like a placeholder but is not one (a placeholder name has only letters, digits and . | -); "
            + "did you mean @\(closest)@? Write @@ for an @ that is meant as text"
    }

    var dutch: String {
        "'@\(inside)@' lijkt een placeholder maar is er geen (de naam van een placeholder heeft alleen letters, cijfers en . | -); "
            + "is @\(closest)@ bedoeld? Schrijf @@ voor een @ die als gewone tekst bedoeld is."
    }
}
