/// The lexicon of given names (GivenNameLexicon.swift, made by scripts/lexicon/given-names.py
/// from a public list; its source and licence are in data/given-names/README.md).
enum GivenNames {
    /// Hashes (WordHash) of names that are only names.
    static let unambiguous: WordSet = WordHash.set(unambiguousList)
    /// Hashes of names that are also a common Dutch word ("Roos", "Bas").
    static let ambiguous: WordSet = WordHash.set(ambiguousList)
}
