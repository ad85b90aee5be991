import HerstelSite

/// What `serve` has told the person at the terminal: each warning is printed when its cause
/// appears (or changes, which changes its message or line), not again on every rebuild.
/// A warning that goes away and comes back is printed again.
public struct WarningLog: Sendable {
    var shown: Set<Diagnostic> = []

    public init() {}

    /// The warnings of this build that were not there in the last one, in order, and how many
    /// are still there as before.
    public mutating func fresh(_ warnings: [Diagnostic]) -> (new: [Diagnostic], unchanged: Int) {
        let now = Set(warnings)
        let new = warnings.filter { !shown.contains($0) }
        let unchanged = now.count - Set(new).count
        shown = now
        return (new, unchanged)
    }
}
