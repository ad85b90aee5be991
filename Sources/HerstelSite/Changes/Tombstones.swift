/// The RFC 6721 tombstones of a built feed (`<at:deleted-entry ref="…" when="…">`): the
/// reports a build withdrew, read from the file itself so an earlier build needs nothing else.
struct Tombstones {
    static let path = "feed.xml"

    /// The `ref` of each tombstone (a report's absolute address) → its `when`.
    var withdrawn: [String: String] = [:]

    init(feed bytes: [UInt8]?) {
        guard let bytes else { return }
        let text = String(decoding: bytes, as: UTF8.self)
        for element in text.components(separatedBy: "<at:deleted-entry ").dropFirst() {
            let tag = element.prefix { $0 != ">" }
            guard let ref = Tombstones.attribute("ref", in: tag) else { continue }
            withdrawn[ref] = Tombstones.attribute("when", in: tag) ?? ""
        }
    }

    /// The withdrawal date of the report at `folder` ("besturen/41234/2022-2023/"), if any.
    func date(of folder: String) -> String? {
        for (ref, when) in withdrawn where ref.hasSuffix("/" + folder) { return String(when.prefix(10)) }
        return nil
    }

    /// An attribute's value as this site writes it: double quotes, XML escapes for `&`.
    static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let start = tag.range(of: " \(name)=\"") ?? (tag.hasPrefix("\(name)=\"") ? tag.range(of: "\(name)=\"") : nil) else {
            return nil
        }
        let value = tag[start.upperBound...].prefix { $0 != "\"" }
        return String(value).replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }
}
