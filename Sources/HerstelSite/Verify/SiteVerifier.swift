#if canImport(Glibc)
    import Glibc
#endif

/// `herstelsite verify` (SPEC §4): does a folder hold exactly the files its `SHA256SUMS`
/// lists, byte for byte — after an upload, a CDN sync or an archive transfer. It reads only
/// that folder (never Content/) and writes nothing. Files are read in pieces and hashed on all
/// cores, so a large site costs little memory.
public enum SiteVerifier {
    /// One way the folder differs from its manifest.
    public struct Finding: Hashable, Sendable, CustomStringConvertible {
        public enum Kind: String, Hashable, Sendable {
            /// Listed, and not there.
            case missing
            /// Listed, there, and its bytes differ.
            case altered
            /// There and not listed: a file, a link, an empty folder or anything else.
            case extra
            /// Listed as a file, and a symbolic link, a folder or a special file stands there.
            case replaced
            /// There, and it could not be read.
            case unreadable
        }

        public var kind: Kind
        /// Relative to the folder; an empty folder ends with "/".
        public var path: String
        /// What stands there, in words ("a symbolic link to /etc/passwd").
        public var detail: String

        public var description: String { "\(path): \(kind.rawValue): \(detail)" }
    }

    public struct Report: Sendable {
        /// Files listed in the manifest.
        public var listed: Int
        /// The SHA-256 of `SHA256SUMS` itself: one value that stands for the whole build, the
        /// one reviewers sign off (docs/reviewers.md).
        public var manifestDigest: String
        /// Sorted by path; empty when the folder is exactly what the manifest lists.
        public var findings: [Finding]
        /// The digest of every regular file found that the manifest lists, as read now.
        public var digests: [String: String]
        /// The manifest as read.
        public var manifest: SiteManifest

        public var matches: Bool { findings.isEmpty }
    }

    /// Why a folder cannot be verified at all (wrong usage, exit status 2): not a folder, no
    /// manifest, or malformed lines in it, each with its line.
    public struct UsageProblem: Error, Sendable {
        public var messages: [String]
    }

    public static func verify(folder: String) -> Result<Report, UsageProblem> {
        let root = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        var info = stat()
        guard stat(root, &info) == 0 else { return .failure(UsageProblem(messages: ["error: \(folder) does not exist"])) }
        guard info.st_mode & S_IFMT == S_IFDIR else { return .failure(UsageProblem(messages: ["error: \(folder) is not a folder"])) }
        let manifestPath = root + "/" + SiteManifest.fileName
        guard lstat(manifestPath, &info) == 0 else {
            return .failure(
                UsageProblem(messages: [
                    "error: \(manifestPath) does not exist; verify checks a folder that herstelsite built (every build writes SHA256SUMS)"
                ]))
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            return .failure(UsageProblem(messages: ["error: \(manifestPath) is not a regular file"]))
        }
        guard let bytes = readAll(manifestPath) else {
            return .failure(UsageProblem(messages: ["error: \(manifestPath) cannot be read: \(String(cString: strerror(errno)))"]))
        }
        let manifest: SiteManifest
        switch SiteManifest.parse(bytes, file: manifestPath) {
        case .failure(let problems): return .failure(UsageProblem(messages: problems.map(\.description)))
        case .success(let parsed): manifest = parsed
        }

        let found = Tree.list(root)
        var findings = found.problems
        var toHash: [String] = []
        var seen = Set<String>()
        for entry in manifest.entries {
            seen.insert(entry.path)
            switch found.kinds[entry.path] {
            case nil where found.folderPaths.contains(entry.path):
                findings.append(Finding(kind: .replaced, path: entry.path, detail: "a folder where SHA256SUMS lists a file"))
            case nil: findings.append(Finding(kind: .missing, path: entry.path, detail: "listed in SHA256SUMS, not in the folder"))
            case .file: toHash.append(entry.path)
            case .other(let what): findings.append(Finding(kind: .replaced, path: entry.path, detail: "\(what) where SHA256SUMS lists a file"))
            }
        }
        for (path, kind) in found.kinds where !seen.contains(path) && path != SiteManifest.fileName {
            switch kind {
            case .file: findings.append(Finding(kind: .extra, path: path, detail: "a file not listed in SHA256SUMS"))
            case .other(let what): findings.append(Finding(kind: .extra, path: path, detail: "\(what) not listed in SHA256SUMS"))
            }
        }
        for folder in found.emptyFolders where !seen.contains(folder) {
            findings.append(Finding(kind: .extra, path: folder + "/", detail: "an empty folder; SHA256SUMS lists no file in it"))
        }

        let listed = manifest.digests
        let hashed = Parallel.map(toHash, chunkSize: 16) { path in (path, SHA256Hex.ofFile(at: root + "/" + path)) }
        var digests: [String: String] = [:]
        for (path, result) in hashed {
            switch result {
            case .failure(let error):
                findings.append(Finding(kind: .unreadable, path: path, detail: "cannot be read: \(String(cString: strerror(error.code)))"))
            case .success(let digest):
                digests[path] = digest
                if digest != listed[path] {
                    findings.append(Finding(kind: .altered, path: path, detail: "its SHA-256 is not the one SHA256SUMS lists"))
                }
            }
        }
        findings.sort { SiteManifest.precedes($0.path, $1.path) }
        return .success(
            Report(
                listed: manifest.entries.count, manifestDigest: SHA256Hex.of(bytes), findings: findings, digests: digests,
                manifest: manifest))
    }

    static func readAll(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { return result }
            result += buffer[0..<count]
        }
    }

    /// Everything below the folder, hidden names included, without following any link: an
    /// extra `.htaccess` on the server is an extra file, and a link is named as a link.
    struct Tree {
        enum Kind: Hashable {
            case file
            /// A symbolic link, a folder where a file is listed, a pipe…: in words.
            case other(String)
        }

        var kinds: [String: Kind] = [:]
        /// Folders (below the root) with nothing in them.
        var emptyFolders: [String] = []
        /// Folders that could not be read.
        var problems: [Finding] = []

        static func list(_ root: String) -> Tree {
            var tree = Tree()
            tree.walk(root, relative: "")
            return tree
        }

        mutating func walk(_ folder: String, relative: String) {
            guard let dir = opendir(folder) else {
                let reason = String(cString: strerror(errno))
                problems.append(
                    Finding(kind: .unreadable, path: relative.isEmpty ? "./" : relative + "/", detail: "folder cannot be read: \(reason)"))
                return
            }
            defer { closedir(dir) }
            var empty = true
            while let entry = readdir(dir) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
                }
                if name == "." || name == ".." { continue }
                empty = false
                let full = folder + "/" + name
                let path = relative.isEmpty ? name : relative + "/" + name
                var info = stat()
                guard lstat(full, &info) == 0 else {
                    problems.append(Finding(kind: .unreadable, path: path, detail: "cannot be read: \(String(cString: strerror(errno)))"))
                    continue
                }
                switch info.st_mode & S_IFMT {
                case S_IFREG: kinds[path] = .file
                case S_IFDIR:
                    // A folder where a file is listed is named as such; its contents are extra.
                    folderPaths.insert(path)
                    walk(full, relative: path)
                case S_IFLNK: kinds[path] = .other("a symbolic link (to \(linkTarget(full)))")
                case S_IFIFO: kinds[path] = .other("a named pipe")
                case S_IFSOCK: kinds[path] = .other("a socket")
                default: kinds[path] = .other("a device file")
                }
            }
            if empty, !relative.isEmpty { emptyFolders.append(relative) }
        }

        /// Every folder found, so a listed path where a folder stands is named as replaced.
        var folderPaths = Set<String>()

        func linkTarget(_ path: String) -> String {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(path, &buffer, buffer.count - 1)
            guard count >= 0 else { return "?" }
            return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }
}
