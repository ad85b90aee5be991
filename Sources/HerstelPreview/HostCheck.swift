import HerstelSite
import Hummingbird

/// Which `Host` the preview answers. A web page the reviewer opens elsewhere can point a name
/// of its own at 127.0.0.1 once its page has loaded (DNS rebinding); the browser then takes
/// the preview for part of that page's site and lets it read every page, drafts included. The
/// `Host` header still carries the other name, so only the names the preview is reached by
/// are answered (docs/reviewers.md): the loopback names and addresses, the `--host` given,
/// and, when that is a wildcard address (0.0.0.0, ::), any address written as digits, which
/// no DNS answer can stand in for.
public struct HostCheck: Sendable, Equatable {
    /// Hosts answered, lower case, without port or brackets.
    let names: Set<String>
    let anyAddress: Bool

    public static let loopback: Set<String> = ["localhost", "127.0.0.1", "::1"]

    /// For a preview bound to `host` (an address or a name).
    public init(host: String) {
        let given = Self.bare(host)
        anyAddress = given == "0.0.0.0" || given == "::" || given.isEmpty
        names = Self.loopback.union([given])
    }

    /// Whether a request may be answered. HTTPTypes moves the first `Host` header into the
    /// authority; a second one stays among the fields, and such a request is refused too.
    public func allows(_ request: HTTPRequest) -> Bool {
        allows(request.authority) && !request.headerFields.contains { $0.name.canonicalName == "host" }
    }

    /// Whether a request whose `Host` header (the authority) is `authority` may be answered.
    /// A request without one is not: every browser sends it.
    public func allows(_ authority: String?) -> Bool {
        guard let authority, let host = Self.host(of: authority) else { return false }
        if names.contains(host) { return true }
        return anyAddress && Self.isAddress(host)
    }

    /// The host of a `Host` header value, lower case, without a trailing dot, port or brackets;
    /// nil when it is not a host at all.
    static func host(of authority: String) -> String? {
        var text = Substring(authority.lowercased())
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { return nil }
            let rest = text[text.index(after: close)...]
            guard rest.isEmpty || (rest.first == ":" && rest.dropFirst().allSatisfy(\.isASCIIDigit)) else { return nil }
            return String(text[text.index(after: text.startIndex)..<close])
        }
        if let colon = text.firstIndex(of: ":") {
            let port = text[text.index(after: colon)...]
            guard port.allSatisfy(\.isASCIIDigit) else { return nil }
            text = text[..<colon]
        }
        if text.hasSuffix(".") { text = text.dropLast() }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCIILetterOrDigit || $0 == "." || $0 == "-" }) else { return nil }
        return String(text)
    }

    static func bare(_ host: String) -> String {
        var text = host.lowercased()
        if text.hasPrefix("["), text.hasSuffix("]") { text = String(text.dropFirst().dropLast()) }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// An IPv4 address in dotted digits, or an IPv6 address (only those have a ':').
    static func isAddress(_ host: String) -> Bool {
        if host.contains(":") { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isASCIIDigit) && Int($0)! <= 255 }
    }

    /// The reply to any other host: 421, a short Dutch page, nothing of the site.
    public static func refusal(method: HTTPRequest.Method) -> PreviewReply {
        let html = """
            <!DOCTYPE html>
            <html lang="nl">
            <head>
            <meta charset="utf-8">
            <meta name="robots" content="noindex, nofollow">
            <title>Onbekend adres | Voorbeeldweergave</title>
            </head>
            <body>
            <main>
            <h1>Onbekend adres</h1>
            <p>Deze voorbeeldweergave antwoordt alleen op het adres waarop hij draait, zoals http://127.0.0.1 of http://localhost.
            Open de voorbeeldweergave via dat adres.</p>
            </main>
            </body>
            </html>

            """
        let body = ByteBuffer(string: html)
        var headers: HTTPFields = [
            .contentType: "text/html; charset=utf-8", .cacheControl: "no-store", .xContentTypeOptions: "nosniff",
        ]
        headers[.contentLength] = String(body.readableBytes)
        return PreviewReply(status: .misdirectedRequest, headers: headers, body: method == .head ? ByteBuffer() : body)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
    fileprivate var isASCIILetterOrDigit: Bool { isASCIIDigit || ("a"..."z").contains(self) }
}
