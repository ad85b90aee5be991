/// `public/SHA256SUMS` (SPEC §3): the SHA-256 of every other file of a build, in the format
/// `sha256sum -c` reads — 64 hex digits, two spaces, the path relative to the site's root
/// with `/` between folders, one file a line, sorted by the path's bytes. The build writes it
/// (`SiteWriter`), `verify` checks a folder against it and `changes` uses an earlier build's.
public struct SiteManifest: Hashable, Sendable {
    /// Its name in the site's root folder; a free page cannot take it (slugs are lower case).
    public static let fileName = "SHA256SUMS"

    public struct Entry: Hashable, Sendable {
        public var path: String
        /// 64 lower-case hex digits.
        public var digest: String

        public init(path: String, digest: String) {
            self.path = path
            self.digest = digest
        }
    }

    /// Sorted by the bytes of `path`, each path once.
    public let entries: [Entry]

    /// From the digest of each file, by path.
    public init(digests: [String: String]) {
        entries = digests.map { Entry(path: $0.key, digest: $0.value) }.sorted { SiteManifest.precedes($0.path, $1.path) }
    }

    init(sorted entries: [Entry]) {
        self.entries = entries
    }

    /// Bytewise order of UTF-8 paths, as `LC_ALL=C sort` gives (Swift's `<` on strings compares
    /// Unicode scalars of the normalised text, which is not always the same).
    static func precedes(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// The file's bytes. A path holding a backslash or a line break is written as GNU
    /// coreutils does: the line starts with `\` and those characters are escaped.
    public var text: String {
        var out = ""
        out.reserveCapacity(entries.count * 120)
        for entry in entries {
            if entry.path.contains(where: { $0 == "\\" || $0 == "\n" }) {
                let escaped = entry.path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n")
                out += "\\\(entry.digest)  \(escaped)\n"
            } else {
                out += "\(entry.digest)  \(entry.path)\n"
            }
        }
        return out
    }

    public var digests: [String: String] {
        Dictionary(uniqueKeysWithValues: entries.map { ($0.path, $0.digest) })
    }

    /// Reads a manifest; every line that is not `DIGEST  PATH` is a problem at its line, all
    /// at once. A path must stay inside the folder (no leading `/`, no `.` or `..` part, no
    /// empty part) and be listed once; `sha256sum`'s binary marker (`DIGEST *PATH`) and
    /// upper-case digits are accepted, as `sha256sum -c` accepts them.
    public static func parse(_ bytes: [UInt8], file: String) -> Checked<SiteManifest> {
        var entries: [Entry] = []
        var problems: [Diagnostic] = []
        var seen: [String: Int] = [:]
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure([
                Diagnostic(
                    file: file, line: 1, "is not UTF-8 text; a SHA256SUMS file lists digests and paths as text",
                    dutch: "Dit is geen UTF-8-tekst; een bestand SHA256SUMS noemt digests en paden als tekst.")
            ])
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        for (index, raw) in lines.enumerated() {
            let number = index + 1
            switch entry(raw) {
            case .failure(let reason):
                problems.append(Diagnostic(file: file, line: number, "malformed line: \(reason.reason)", dutch: "Onjuiste regel: \(reason.dutch)."))
            case .success(let parsed):
                if let first = seen[parsed.path] {
                    problems.append(
                        Diagnostic(
                            file: file, line: number, "'\(parsed.path)' is listed twice (first at line \(first))",
                            dutch: "'\(parsed.path)' staat er twee keer in (de eerste keer op regel \(first))."))
                } else {
                    seen[parsed.path] = number
                    entries.append(parsed)
                }
            }
        }
        guard problems.isEmpty else { return .failure(problems) }
        return .success(SiteManifest(sorted: entries.sorted { precedes($0.path, $1.path) }))
    }

    struct Malformed: Error {
        var reason: String
        var dutch: String
        init(_ reason: String, dutch: String) {
            self.reason = reason
            self.dutch = dutch
        }
        init(_ wording: Wording) { self.init(wording.english, dutch: wording.dutch) }
    }

    static func entry(_ raw: Substring) -> Result<Entry, Malformed> {
        var line = raw
        let escaped = line.first == "\\"
        if escaped { line = line.dropFirst() }
        let hexDigits = line.prefix(while: \.isHexDigit)
        guard hexDigits.count == 64 else {
            return .failure(
                Malformed(
                    "expected 64 hex digits of a SHA-256, two spaces and a path, as `sha256sum` writes",
                    dutch: "verwacht werden 64 hexadecimale cijfers van een SHA-256, twee spaties en een pad, zoals `sha256sum` ze schrijft"))
        }
        var rest = line.dropFirst(64)
        guard rest.hasPrefix("  ") || rest.hasPrefix(" *") else {
            return .failure(
                Malformed(
                    "expected two spaces (or ' *') between the digest and the path", dutch: "tussen de digest en het pad horen twee spaties (of ' *')"
                ))
        }
        rest = rest.dropFirst(2)
        var path = String(rest)
        if escaped {
            guard let unescaped = unescape(path) else {
                return .failure(
                    Malformed("a backslash in the path that is not \\\\ or \\n", dutch: "een backslash in het pad die geen \\\\ of \\n is"))
            }
            path = unescaped
        }
        if let problem = pathProblem(path) { return .failure(Malformed(problem)) }
        return .success(Entry(path: path, digest: hexDigits.lowercased()))
    }

    static func unescape(_ text: String) -> String? {
        var out = ""
        var iterator = text.makeIterator()
        while let c = iterator.next() {
            guard c == "\\" else {
                out.append(c)
                continue
            }
            switch iterator.next() {
            case "\\": out.append("\\")
            case "n": out.append("\n")
            default: return nil
            }
        }
        return out
    }

    /// Why a listed path could reach outside the folder or name no file, or nil.
    static func pathProblem(_ path: String) -> Wording? {
        if path.isEmpty { return Wording("no path after the digest", dutch: "na de digest staat geen pad") }
        if path.hasPrefix("/") {
            return Wording(
                "'\(path)' is an absolute path; paths are relative to the site's root",
                dutch: "'\(path)' is een absoluut pad; paden zijn relatief ten opzichte van de hoofdmap van de site")
        }
        if path.contains("\0") || path.contains("\r") {
            return Wording("the path holds a control character", dutch: "het pad bevat een stuurteken")
        }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if parts.contains(where: { $0.isEmpty }) {
            return Wording(
                "'\(path)' has an empty part (a doubled or trailing '/')",
                dutch: "'\(path)' heeft een leeg deel (een dubbele '/' of een '/' aan het eind)")
        }
        if parts.contains(where: { $0 == "." || $0 == ".." }) {
            return Wording(
                "'\(path)' has a '.' or '..' part; it must stay inside the folder",
                dutch: "'\(path)' heeft een deel '.' of '..'; het pad moet binnen de map blijven")
        }
        if path == fileName { return Wording("SHA256SUMS cannot list itself", dutch: "SHA256SUMS kan zichzelf niet noemen") }
        return nil
    }
}

extension Character {
    fileprivate var isHexDigit: Bool { isASCII && (isNumber || ("a"..."f").contains(self) || ("A"..."F").contains(self)) }
}
