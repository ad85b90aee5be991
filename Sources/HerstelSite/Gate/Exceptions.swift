/// `privacy.toegestaan`: texts that may be published although the gate would stop them.
struct Exceptions {
    let allowed: [AllowedText]
    /// Each allowed text normalised like published text (`NormalizedText.pattern`).
    let patterns: [[UInt8]]
    /// The ten digits of each allowed telephone number.
    let phones: [String: Int]

    init(_ allowed: [AllowedText]) {
        self.allowed = allowed
        patterns = allowed.map { NormalizedText.pattern($0.text) }
        var phones: [String: Int] = [:]
        for (index, entry) in allowed.enumerated() {
            if let digits = PhoneNumbers.phoneDigits(Array(entry.text.utf8)) { phones[digits] = index }
        }
        self.phones = phones
    }

    /// The entry that allows a finding: the same telephone number, or a text that holds the
    /// finding ("mr. A. Jansen" allows "A. Jansen") or is held by it.
    func allows(_ kind: PersonalData, _ written: String, _ pattern: [UInt8]) -> Int? {
        if kind == .phone, let digits = PhoneNumbers.phoneDigits(Array(written.utf8)), let index = phones[digits] { return index }
        for (index, allowedPattern) in patterns.enumerated() where !allowedPattern.isEmpty {
            if ByteSearch.contains(pattern, in: allowedPattern[...])
                || (allowedPattern.count >= 4 && ByteSearch.contains(allowedPattern, in: pattern[...]))
            {
                return index
            }
        }
        return nil
    }
}
