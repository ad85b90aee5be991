import HerstelSite

/// Turns a request target into a file of the built site, without ever looking outside it.
///
/// Pure: the only question it asks is `exists`, about keys of the in-memory file map, so
/// a path can never reach the file system however it is written.
public enum PathResolver {
    public enum Resolution: Hashable, Sendable {
        /// Serve this file of the site ("besturen/index.html").
        case file(String)
        /// A folder asked for without its slash: send the browser here ("/besturen/").
        case redirect(String)
        /// A well-formed path that names no file: the site's 404 page.
        case notFound
        /// A path no link of the site could produce (`..`, a backslash, NUL, bad escapes).
        case invalid
    }

    public static func resolve(_ target: String, exists: (String) -> Bool) -> Resolution {
        let (rawPath, query) = split(target)
        guard rawPath.hasPrefix("/"), let decoded = percentDecode(rawPath) else { return .invalid }

        // "/a/b/" → ["a", "b", ""]: a last empty segment is the trailing slash, any other is "//".
        let segments = decoded.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        for (index, segment) in segments.enumerated() {
            if segment.isEmpty && index != segments.count - 1 { return .invalid }
            if segment == "." || segment == ".." { return .invalid }
        }

        let path = String(decoded.dropFirst())
        if path.isEmpty || path.hasSuffix("/") {
            let index = path + "index.html"
            return exists(index) ? .file(index) : .notFound
        }
        if exists(path) { return .file(path) }
        if exists(path + "/index.html") {
            // The raw path was checked above, so it is safe to send back as it came.
            return .redirect(rawPath + "/" + (query.map { "?" + $0 } ?? ""))
        }
        return .notFound
    }

    /// The path and the query of a request target; a fragment never belongs to either.
    static func split(_ target: String) -> (path: Substring, query: Substring?) {
        let withoutFragment =
            target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let parts = withoutFragment.split(
            separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        return (parts.first ?? "", parts.count > 1 ? parts[1] : nil)
    }

    /// Decodes `%XX`; nil for a broken escape, text that is not UTF-8, control characters
    /// (NUL among them) and backslashes, whether written plainly or escaped.
    static func percentDecode(_ path: Substring) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(path.utf8.count)
        var iterator = path.utf8.makeIterator()
        while let byte = iterator.next() {
            var decoded = byte
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next().flatMap(hexValue),
                    let low = iterator.next().flatMap(hexValue)
                else { return nil }
                decoded = high << 4 | low
            }
            if decoded < 0x20 || decoded == 0x7F || decoded == UInt8(ascii: "\\") { return nil }
            bytes.append(decoded)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
