import HerstelSite
import Hummingbird

/// The Content-Type for a file of the built site, by its extension: Hummingbird's table of
/// media types, with `charset=utf-8` added for text, JSON and XML (every text file of the
/// site is UTF-8; Hummingbird names no charset).
public enum MediaTypes {
    public static func contentType(for path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        let parts = name.split(separator: ".")
        guard parts.count > 1, let type = MediaType.getMediaType(forExtension: String(parts[parts.count - 1])) else {
            return "application/octet-stream"
        }
        let isText = type.type == .text || type.subType == "json" || type.subType == "xml"
        return (isText ? type.withParameter(name: "charset", value: "utf-8") : type).description
    }
}
