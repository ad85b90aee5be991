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
        /// The same in Dutch, a whole sentence, for the preview's `/_wijzigingen/`.
        public var dutch: String
        public var description: String { "error: \(path) \(reason)" }
    }

    /// Why `path` cannot be compared with, or nil when it is a folder that a build wrote:
    /// it has the site's stylesheet and a home page.
    public static func problem(at path: String) -> Problem? {
        var info = stat()
        guard stat(path, &info) == 0 else {
            return Problem(
                path: path, reason: "does not exist; build the site there first, or pass --against DIR with a copy of the published site",
                dutch: "De map \(path) bestaat niet.")
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            return Problem(
                path: path, reason: "is not a folder; pass --against DIR with a copy of the published site", dutch: "\(path) is geen map.")
        }
        for file in [markerFile, "index.html"] where access(path + "/" + file, R_OK) != 0 {
            return Problem(
                path: path,
                reason: "is not a site built by herstelsite (it has no \(file)); pass --against DIR with a copy of the published site",
                dutch: "De map \(path) is geen site die herstelsite bouwde: \(file) ontbreekt.")
        }
        return nil
    }

    /// Every file of the earlier build, sorted by path; files starting with "." are not part of
    /// it, nor is its `SHA256SUMS` (a build in memory has none: it is made as the site is
    /// written). `skipping` names files not to read.
    public static func load(from path: String, skipping: Set<String> = [], progress: ProgressMeter? = nil) -> Result<[OutputFile], Problem> {
        if let problem = problem(at: path) { return .failure(problem) }
        let entries = FileTree.list(path).filter { $0.path != SiteManifest.fileName && !skipping.contains($0.path) }
        progress?.begin(.reading, total: entries.count)
        defer { progress?.finish() }
        let files = Parallel.map(entries, chunkSize: 64) { entry -> OutputFile? in
            defer { progress?.advance() }
            return read(path + "/" + entry.path).map { OutputFile(path: entry.path, contents: $0) }
        }
        if let missing = zip(entries, files).first(where: { $0.1 == nil }) {
            return .failure(
                Problem(
                    path: path + "/" + missing.0.path, reason: "cannot be read; check its permissions",
                    dutch: "Het bestand \(path + "/" + missing.0.path) van de eerdere bouw is niet te lezen; controleer de rechten op het bestand."))
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

    /// What the earlier build's `SHA256SUMS` said about it.
    public enum ManifestCheck: Sendable {
        /// It has none: built before builds wrote one, or removed.
        case absent
        /// It cannot be read as a manifest (malformed lines), so it was not used.
        case unusable([String])
        /// The folder holds exactly what it lists.
        case matches(files: Int)
        /// The folder was changed after it was built: each difference.
        case differs([SiteVerifier.Finding])
    }

    /// An earlier build, compared with a new one in memory: only the files whose bytes differ
    /// between the two, on both sides, and what the earlier build's manifest said.
    public struct Comparison: Sendable {
        public var old: [OutputFile]
        public var new: [OutputFile]
        public var manifest: ManifestCheck
        /// Files left unread because their digest equals the new build's file.
        public var unchanged: Int
    }

    /// Reads the earlier build for comparing with `new`. With a `SHA256SUMS` the earlier build
    /// is verified against it first (every file read once, in pieces, on all cores), and the
    /// files whose SHA-256 as read equals the new file's are not read again nor held: only what
    /// differs is compared. Digests are the files' own, never just the manifest's, so an edited
    /// copy is still compared as it is, and the edit is told.
    public static func load(from path: String, comparedWith new: [OutputFile], progress: ProgressMeter? = nil) -> Result<Comparison, Problem> {
        if let problem = problem(at: path) { return .failure(problem) }
        var info = stat()
        guard lstat(path + "/" + SiteManifest.fileName, &info) == 0 else {
            return load(from: path, progress: progress).map { Comparison(old: $0, new: new, manifest: .absent, unchanged: 0) }
        }
        let report: SiteVerifier.Report
        switch SiteVerifier.verify(folder: path) {
        case .failure(let problem):
            return load(from: path, progress: progress).map { Comparison(old: $0, new: new, manifest: .unusable(problem.messages), unchanged: 0) }
        case .success(let verified): report = verified
        }
        let newDigests = Parallel.map(new, chunkSize: 64) { SHA256Hex.of($0.contents) }
        var same = Set<String>()
        for (file, digest) in zip(new, newDigests) where report.digests[file.path] == digest { same.insert(file.path) }
        let check: ManifestCheck = report.matches ? .matches(files: report.listed) : .differs(report.findings)
        return load(from: path, skipping: same, progress: progress).map { old in
            Comparison(old: old, new: new.filter { !same.contains($0.path) }, manifest: check, unchanged: same.count)
        }
    }
}
