/// `privacy.toegestaan`: texts that may be published although the gate would stop them.
/// An entry allows exactly its own text, in the canonical form (docs/privacy-gate.md): a
/// finding that lies within a place where the entry's text is published. "de Vries" does not
/// allow "dhr. Pieter de Vries"; "mr. H. van Dam" allows the "H. van Dam" inside it.
struct Exceptions {
    let allowed: [AllowedText]
    /// Each allowed text normalised like published text (`NormalizedText.pattern`).
    let patterns: [[UInt8]]
    /// Each allowed text in lower case with spaces, as `ScanText.plain` reads it.
    let plainPatterns: [[UInt8]]
    /// The ten digits of each allowed telephone number.
    let phones: [String: Int]

    init(_ allowed: [AllowedText]) {
        self.allowed = allowed
        patterns = allowed.map { NormalizedText.pattern($0.text) }
        plainPatterns = allowed.map { NormalizedText.plainForm($0.text) }
        var phones: [String: Int] = [:]
        for (index, entry) in allowed.enumerated() {
            if let digits = Exceptions.phoneDigits(NormalizedText.plainForm(entry.text)) { phones[digits] = index }
        }
        self.phones = phones
    }

    /// The ten digits of a text that is one Dutch telephone number ("0031 (0)88-6696060" too).
    static func phoneDigits(_ plain: [UInt8]) -> String? {
        if let digits = PhoneNumbers.phoneDigits(plain) { return digits }
        let found = PhoneNumbers.phones(in: plain)
        return found.count == 1 && found[0].0.utf8.count == plain.count ? found[0].1 : nil
    }

    /// The entry that allows a finding: the same telephone number however it is written, or an
    /// entry whose text is published where the finding is, around all of it.
    func allows(_ finding: Finding, in text: ScanText) -> Int? {
        if finding.kind == .phone, let digits = Exceptions.phoneDigits(Array(text.plain[finding.range])), let index = phones[digits] {
            return index
        }
        let plain = text.plain
        for (index, pattern) in plainPatterns.enumerated() where !pattern.isEmpty && pattern.count >= finding.range.count {
            // Where the entry would start so that it covers the finding.
            let first = max(0, finding.range.upperBound - pattern.count)
            let last = min(finding.range.lowerBound, plain.count - pattern.count)
            guard first <= last else { continue }
            for start in first...last where plain[start] == pattern[0] {
                if plain[start..<(start + pattern.count)].elementsEqual(pattern) { return index }
            }
        }
        return nil
    }
}
