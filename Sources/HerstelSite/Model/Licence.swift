/// The licence of the open data (site.yml `open-data.licentie`), from the EU's licence list
/// (`http://publications.europa.eu/resource/authority/licence`), which DCAT-AP-NL 3.0 and
/// data.overheid.nl take. Only open licences that data.overheid.nl harvests are offered.
public struct Licence: Hashable, Sendable {
    /// The code of the EU list, "CC0".
    public var code: String
    /// How people write it, "CC0 1.0".
    public var label: String

    public var uri: String { Licence.listURI + "/" + code }

    static let listURI = "http://publications.europa.eu/resource/authority/licence"

    /// CC0 1.0: the government's default for open data (the inspectorate's data holds no
    /// rights of others).
    public static let cc0 = Licence(code: "CC0", label: "CC0 1.0")

    public static let known: [Licence] = [
        cc0,
        Licence(code: "CC_BY_4_0", label: "CC BY 4.0"),
        Licence(code: "CC_BYSA_4_0", label: "CC BY-SA 4.0"),
    ]

    /// The licence a site.yml value names: its code, its URI or its label, case ignored.
    public static func named(_ text: String) -> Licence? {
        let wanted = text.trimmed.lowercased()
        return known.first { [$0.code, $0.uri, $0.label].map { $0.lowercased() }.contains(wanted) }
    }
}
