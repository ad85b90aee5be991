/// A report template from Content/reports/.
public struct ReportTemplate: Hashable, Sendable {
    public var name: String
    public var source: MarkdownSource

    /// `rapport: eigen` (SPEC §1): the body is the whole report on purpose, so no template is
    /// replaced; no template may have this name.
    public static let ownText = "eigen"
}

/// A free page from Content/pages/.
public struct FreePage: Hashable, Sendable {
    public var slug: String
    public var title: String
    public var body: MarkdownSource
    /// Whether the title is the body's first heading, which is then not shown twice.
    public var titleFromHeading: Bool
    /// The line the title was written on, for messages about it.
    public var titleLine: Int = 1
}

/// A file of Content/theme/ that replaces a built-in template or the stylesheet.
public struct ThemeFile: Hashable, Sendable {
    public var name: String
    public var file: String
    public var text: String
}

/// The whole checked content: what every later stage works from.
public struct Site: Sendable {
    public var settings: Settings
    /// Every case, sorted by school year and board number; published or not.
    public var cases: [Case]
    public var templates: [String: ReportTemplate]
    public var pages: [FreePage]
    public var yearIntros: [SchoolYear: MarkdownSource]
    public var theme: [String: ThemeFile]
    /// What validation found worth telling that does not stop the build.
    public var warnings: [Diagnostic] = []

    /// Published as SPEC §1 says, withdrawn ones included (those show only a notice).
    public var publishedCases: [Case] { cases.filter(\.isPublished) }
    /// Published and not withdrawn: the cases every list, feed entry, sitemap and open-data row shows.
    public var listedCases: [Case] { cases.filter(\.isListed) }
    /// Published and then withdrawn: each keeps a notice at its address, nothing else.
    public var withdrawnCases: [Case] { cases.filter(\.isWithdrawn) }
}

/// A case as the site shows it: its facts and its public report.
public struct ReportedCase: Hashable, Sendable {
    public var item: Case
    /// Nil for an open case that has neither a body nor a report template yet.
    public var report: PublicReport?

    public init(item: Case, report: PublicReport?) {
        self.item = item
        self.report = report
    }
}

/// The checked site with every case's public report, made once by the anonymise stage:
/// what Render and Gate work from.
public struct AnonymisedSite: Sendable {
    public var site: Site
    /// Every case, published or not, in the order of `site.cases`.
    public var cases: [ReportedCase]

    /// The cases a build shows: the published ones, and in a drafts preview all of them.
    public func shown(drafts: Bool) -> [ReportedCase] {
        drafts ? cases : cases.filter(\.item.isPublished)
    }
}
