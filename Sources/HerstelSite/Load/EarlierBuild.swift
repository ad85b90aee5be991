#if canImport(Glibc)
    import Glibc
#endif

/// A site that an earlier build wrote (typically the copy that is online), read back so
/// `changes` can compare it with what a build would make now.
public enum EarlierBuild {
    /// Every build writes its stylesheet here; `SiteWriter` also knows an earlier build by it.
    static let markerFile = "assets/\(BuiltinTheme.stylesheetName)"

    public struct Problem: Error, Hashable, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "error: \(path) \(reason)" }
    }

    /// Why `path` cannot be compared with, or nil when it is a folder that a build wrote:
    /// it has the site's stylesheet and a home page.
    public static func problem(at path: String) -> Problem? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            return Problem(path: path, reason: "does not exist; build the site there first, or pass --against DIR with a copy of the published site")
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            return Problem(path: path, reason: "is not a folder; pass --against DIR with a copy of the published site")
        }
        for file in [markerFile, "index.html"] where access(path + "/" + file, R_OK) != 0 {
            return Problem(
                path: path,
                reason: "is not a site built by herstelsite (it has no \(file)); pass --against DIR with a copy of the published site")
        }
        return nil
    }

    /// Every file of the earlier build, sorted by path; files starting with "." are not part of it.
    public static func load(from path: String, progress: ProgressMeter? = nil) -> Result<[OutputFile], Problem> {
        if let problem = problem(at: path) { return .failure(problem) }
        let entries = FileTree.list(path)
        progress?.begin(.reading, total: entries.count)
        defer { progress?.finish() }
        let files = Parallel.map(entries, chunkSize: 64) { entry -> OutputFile? in
            defer { progress?.advance() }
            return read(path + "/" + entry.path).map { OutputFile(path: entry.path, contents: $0) }
        }
        if let missing = zip(entries, files).first(where: { $0.1 == nil }) {
            return .failure(Problem(path: path + "/" + missing.0.path, reason: "cannot be read; check its permissions"))
        }
        return .success(files.compactMap { $0 })
    }

    static func read(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { return result }
            result += buffer[0..<count]
        }
    }
}
