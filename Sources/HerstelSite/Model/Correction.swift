/// A correction of a published report (SPEC §1 `wijzigingen`, §3): the day the corrected
/// version was published, why (a TOOI reason), and what changed, in words the public reads.
public struct Correction: Hashable, Sendable {
    public var date: Day
    /// A value of the TOOI list *redenen intrekking of vervanging*.
    public var reason: TOOIValue
    /// Published as written, so the privacy gate scans it like any other text.
    public var explanation: String
    /// The line of the entry's `datum`, for messages.
    public var line: Int

    public init(date: Day, reason: TOOIValue, explanation: String, line: Int) {
        self.date = date
        self.reason = reason
        self.explanation = explanation
        self.line = line
    }
}

/// The withdrawal of a published report (SPEC §1 `ingetrokken`, §3): the report leaves every
/// list, and its address keeps a short notice of when and why.
public struct Withdrawal: Hashable, Sendable {
    public var date: Day
    /// A value of the TOOI list *redenen intrekking of vervanging*.
    public var reason: TOOIValue
    public var explanation: String
    public var line: Int

    public init(date: Day, reason: TOOIValue, explanation: String, line: Int) {
        self.date = date
        self.reason = reason
        self.explanation = explanation
        self.line = line
    }
}

extension Case {
    /// A published report that was withdrawn: its address keeps a notice, nothing else of it is shown.
    public var isWithdrawn: Bool { isPublished && withdrawal != nil }

    /// Published and not withdrawn: what every list, board page, feed entry, sitemap, DiWoo
    /// record and open-data row shows.
    public var isListed: Bool { isPublished && withdrawal == nil }

    /// The latest correction, nil when there is none.
    public var latestCorrection: Correction? { corrections.last }

    /// When the published report last changed: its latest correction, else the day it closed
    /// (the report is fixed when the case closes; a build has no clock). Nil for an open case.
    public var lastModified: Day? { latestCorrection?.date ?? closed }
}
