/// A sector (po, so, vo) with its name and the legal basis that held per school year.
public struct Sector: Hashable, Sendable {
    public var key: String
    public var name: String
    /// Texts by the first school year they hold for, ascending.
    public var legalBasis: [(from: SchoolYear, text: String)]

    public func legalBasis(for year: SchoolYear) -> String? {
        legalBasis.last(where: { $0.from <= year })?.text
    }

    public static func == (lhs: Sector, rhs: Sector) -> Bool {
        lhs.key == rhs.key && lhs.name == rhs.name
            && lhs.legalBasis.map(\.from) == rhs.legalBasis.map(\.from)
            && lhs.legalBasis.map(\.text) == rhs.legalBasis.map(\.text)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(key) }
}

/// A text that may be published although the gate would stop it (`privacy.toegestaan`): the
/// inspectorate's public number, a public official named in that role. A privacy officer
/// signs these off, so each may say why.
public struct AllowedText: Hashable, Sendable {
    public var text: String
    public var reason: String?
    public var location: SourceLocation

    public init(text: String, reason: String? = nil, location: SourceLocation) {
        self.text = text
        self.reason = reason
        self.location = location
    }
}

/// What the privacy gate allows and forbids.
public struct PrivacyRules: Hashable, Sendable {
    public var redactionMarker: String
    public var allowed: [AllowedText]
    public var forbidden: [(term: String, location: SourceLocation)]

    public static func == (lhs: PrivacyRules, rhs: PrivacyRules) -> Bool {
        lhs.redactionMarker == rhs.redactionMarker && lhs.allowed == rhs.allowed
            && lhs.forbidden.map(\.term) == rhs.forbidden.map(\.term)
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(redactionMarker) }
}

/// site.yml, checked.
public struct Settings: Hashable, Sendable {
    public var file: String
    public var title: String
    public var organisation: String
    /// Always ends with "/".
    public var baseURL: String
    public var contact: String?
    public var sectors: [String: Sector]
    public var privacy: PrivacyRules
    /// Published text of site.yml with its line, for naming where a gate hit came from.
    public var publishedFields: [(text: String, line: Int)]
    /// Publication in the national Woo-index; nil when site.yml has no `woo:`.
    public var woo: WooSettings? = nil
    /// The licence of the open data (`open-data.licentie`), CC0 1.0 unless site.yml says otherwise.
    public var licence: Licence = .cc0

    public static func == (lhs: Settings, rhs: Settings) -> Bool {
        lhs.file == rhs.file && lhs.title == rhs.title && lhs.organisation == rhs.organisation
            && lhs.baseURL == rhs.baseURL && lhs.contact == rhs.contact && lhs.sectors == rhs.sectors
            && lhs.privacy == rhs.privacy && lhs.woo == rhs.woo && lhs.licence == rhs.licence
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(title) }

    /// `publishedFields` as values that compare (`==` leaves them out: they follow from the rest).
    var publishedFieldsKey: [String] { publishedFields.map { "\($0.line) \($0.text)" } }

    /// A base URL given on the command line (`build --base-url`), held to the rule of `basis-url`
    /// and ending in "/"; nil when it is not an absolute http(s) URL.
    public static func checkedBaseURL(_ text: String) -> String? {
        guard SettingsParser.isWebURL(text) else { return nil }
        return text.hasSuffix("/") ? text : text + "/"
    }

    /// Built for another address than `basis-url` (`build --base-url`): canonical links, feed,
    /// sitemaps and DiWoo use `url`. The gate reads it where it read `basis-url`.
    public mutating func rebase(to url: String) {
        publishedFields = publishedFields.map { $0.text == baseURL ? (url, $0.line) : $0 }
        baseURL = url
    }

    /// The path part of the base URL ("/herstelopdrachten/"), for pages served at any depth.
    public var basePath: String {
        guard let schemeEnd = baseURL.range(of: "://") else { return "/" }
        let rest = baseURL[schemeEnd.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        return String(rest[slash...])
    }
}
