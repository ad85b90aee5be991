import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Skips a build when nothing changed. Only when the content is byte for byte what the last
/// build was made from, by the same herstelsite binary, and the output folder still holds
/// exactly the files that build wrote (same paths, sizes and modification times), is the
/// output already what a clean build would write: builds are deterministic (SPEC §4).
/// Anything else, or any doubt, means a full build.
public enum BuildCache {
    /// In the user's cache folder, one per output folder, so nothing is left beside the output.
    static func manifestURL(for output: URL) -> URL? {
        let environment = ProcessInfo.processInfo.environment
        let base: String
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            base = cache
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            base = home + "/.cache"
        } else {
            return nil
        }
        var hasher = StableHasher()
        hasher.combine(output.path)
        return URL(fileURLWithPath: base + "/herstelsite/builds/" + hasher.hex + ".manifest")
    }

    static func outputURL(_ output: String) -> URL { SiteWriter.resolved(output) }

    /// A fingerprint of everything a build reads: every content file (path and bytes), the
    /// binary that builds it (its size and modification time) and the options that change
    /// what it writes (`--offline`).
    public static func fingerprint(_ snapshot: ContentSnapshot, options: [String] = []) -> String {
        var hasher = StableHasher()
        for option in options { hasher.combine("option \(option)") }
        var binary = stat()
        if stat("/proc/self/exe", &binary) == 0 {
            hasher.combine("\(binary.st_size) \(FileTree.nanoseconds(binary.st_mtim))")
        } else {
            hasher.combine("unknown binary \(UUID().uuidString)")
        }
        for file in snapshot.files {
            hasher.combine(file.relativePath)
            hasher.combine(file.text)
        }
        for diagnostic in snapshot.diagnostics + snapshot.boundary { hasher.combine(diagnostic.description) }
        return hasher.hex
    }

    /// Whether the output folder is exactly what the last build with this fingerprint wrote.
    public static func isUpToDate(output: String, fingerprint: String) -> Bool {
        let folder = outputURL(output)
        guard let url = manifestURL(for: folder), let manifest = try? String(contentsOf: url, encoding: .utf8) else { return false }
        var lines = manifest.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 2, lines[0] == "herstelsite-manifest 1", lines[1] == "content \(fingerprint)" else { return false }
        lines.removeFirst(2)
        if lines.last == "" { lines.removeLast() }
        let present = FileTree.list(folder.path, skipHidden: false)
        guard present.count == lines.count else { return false }
        for (entry, line) in zip(present, lines) where line != entryLine(entry) { return false }
        return true
    }

    static func entryLine(_ entry: FileEntry) -> Substring { Substring("\(entry.size) \(entry.modified) \(entry.path)") }

    /// Forgets the last build, before the output folder is replaced.
    static func forget(output: URL) {
        if let url = manifestURL(for: output) { unlink(url.path) }
    }

    /// Records what the build with this fingerprint wrote, after it is in place.
    static func record(output: URL, fingerprint: String) {
        guard let url = manifestURL(for: output) else { return }
        var text = "herstelsite-manifest 1\ncontent \(fingerprint)\n"
        for entry in FileTree.list(output.path, skipHidden: false) { text += entryLine(entry) + "\n" }
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid())")
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: temporary)
            if rename(temporary.path, url.path) != 0 { unlink(temporary.path) }
        } catch {
            // No record only means the next build is a full one.
            unlink(temporary.path)
        }
    }
}

/// FNV-1a over two independent 64-bit lanes: stable across runs and machines, unlike `Hasher`.
struct StableHasher {
    private var a: UInt64 = 0xcbf2_9ce4_8422_2325
    private var b: UInt64 = 0x8422_2325_cbf2_9ce4

    mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            for byte in bytes {
                a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
                b = (b ^ UInt64(byte)) &* 0x0000_0001_0000_01b3 ^ (b >> 29)
            }
        }
        // A separator and the length keep ("ab", "c") apart from ("a", "bc").
        a = (a ^ UInt64(text.utf8.count)) &* 0x0000_0100_0000_01b3
        b = (b ^ 0xff) &* 0x0000_0001_0000_01b3 ^ (b >> 29)
    }

    var hex: String {
        String(a, radix: 16) + "-" + String(b, radix: 16)
    }
}
