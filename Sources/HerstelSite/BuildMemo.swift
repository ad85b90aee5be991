/// What the privacy gate keeps from one build for the next (the preview; `Pipeline.Memo`
/// holds it beside the other stages' own memos). Still here, outside Gate/, only until the
/// gate takes a memo of its own by value like the other stages (docs/architecture.md).
///
/// Every entry is the result of a pure step stored with that step's inputs, and is used
/// only when the inputs are equal to the new ones.
public struct BuildMemo: Sendable {
    public init() {}

    /// What one published file showed the gate, valid while the gate looks for the same things.
    struct Scan: Sendable {
        var contents: [UInt8]
        var scan: PrivacyGate.FileScan
    }

    var gateInputs: PrivacyGate.Lookout?
    /// The gate's automaton and name detector, with what they were made from.
    var matcher: (keys: [[UInt8]], matcher: PatternMatcher)?
    var names: (organisations: [String], names: PersonNames)?
    /// By output path.
    var scans: [String: Scan] = [:]
}
