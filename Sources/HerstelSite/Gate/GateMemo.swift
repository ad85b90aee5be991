extension PrivacyGate {
    /// What one scan keeps for the next (the preview; `Pipeline.Memo` holds it opaque): the
    /// automaton and the name detector with what they were made from, and what every published
    /// file showed the gate. Every entry is used only when its inputs equal the new ones.
    public struct Memo: Sendable {
        /// What one published file showed the gate, valid while the gate looks for the same things.
        struct Scan: Sendable {
            var contents: [UInt8]
            var scan: PrivacyGate.FileScan
        }

        var lookout: PrivacyGate.Lookout?
        /// The gate's automaton and name detector, with what they were made from.
        var matcher: (keys: [[UInt8]], matcher: PatternMatcher)?
        var names: (organisations: [String], names: PersonNames)?
        /// By output path.
        var scans: [String: Scan] = [:]

        public init() {}
    }
}
