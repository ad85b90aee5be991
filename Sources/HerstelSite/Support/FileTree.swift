#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A regular file found below a folder, with what `stat` says of it.
struct FileEntry: Hashable, Sendable {
    /// Relative to the folder listed, "/" separated.
    var path: String
    var size: Int
    /// Modification time in nanoseconds, for noticing that a file changed.
    var modified: Int
    /// The inode and the status-change time in nanoseconds: a file saved by renaming a new
    /// one over it, or a copy that keeps the old modification time, changes these.
    var inode: UInt64
    var changed: Int
}

/// Lists folders with readdir and lstat: much cheaper than FileManager's enumerator on
/// tens of thousands of files, which matters for a build that finds nothing changed and
/// for the preview, which reads Content/ every 300 ms. The loader, the build cache, the
/// earlier build and the preview's `ContentFingerprint` all list folders through it.
enum FileTree {
    /// Regular files below `root` (a symbolic link to a file counts; linked folders are not
    /// entered), sorted by path. Names starting with "." are skipped when `skipHidden`.
    static func list(_ root: String, skipHidden: Bool = true) -> [FileEntry] {
        var result: [FileEntry] = []
        walk(root, relative: "", skipHidden: skipHidden, into: &result)
        return result.sorted { $0.path < $1.path }
    }

    private static func walk(_ folder: String, relative: String, skipHidden: Bool, into result: inout [FileEntry]) {
        guard let dir = opendir(folder) else { return }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name == "." || name == ".." || (skipHidden && name.hasPrefix(".")) { continue }
            let full = folder + "/" + name
            let path = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(full, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                walk(full, relative: path, skipHidden: skipHidden, into: &result)
            case S_IFLNK:
                // A link to a file counts as that file (the loader reads through it).
                var target = stat()
                if stat(full, &target) == 0, target.st_mode & S_IFMT == S_IFREG { result.append(fileEntry(path, target)) }
            case S_IFREG:
                result.append(fileEntry(path, info))
            default:
                continue
            }
        }
    }

    private static func fileEntry(_ path: String, _ info: stat) -> FileEntry {
        FileEntry(
            path: path, size: Int(info.st_size), modified: nanoseconds(info.modificationTime), inode: UInt64(info.st_ino),
            changed: nanoseconds(info.statusChangeTime))
    }

    /// Removes a folder and everything in it, without following links. Cheaper than
    /// FileManager.removeItem on a site of tens of thousands of files.
    static func remove(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            unlink(path)
            return
        }
        if let dir = opendir(path) {
            var names: [String] = []
            while let entry = readdir(dir) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
                }
                if name != "." && name != ".." { names.append(name) }
            }
            closedir(dir)
            for name in names { remove(path + "/" + name) }
        }
        rmdir(path)
    }

    static func nanoseconds(_ time: timespec) -> Int { Int(time.tv_sec) * 1_000_000_000 + Int(time.tv_nsec) }
}

extension stat {
    #if canImport(Darwin)
        fileprivate var modificationTime: timespec { st_mtimespec }
        fileprivate var statusChangeTime: timespec { st_ctimespec }
    #else
        fileprivate var modificationTime: timespec { st_mtim }
        fileprivate var statusChangeTime: timespec { st_ctim }
    #endif
}
