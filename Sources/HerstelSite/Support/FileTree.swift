#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A regular file found below a folder, with what `stat` says of it.
package struct FileEntry: Hashable, Sendable {
    /// Relative to the folder listed, "/" separated.
    package var path: String
    package var size: Int
    /// Modification time in nanoseconds, for noticing that a file changed.
    package var modified: Int
    /// The inode and the status-change time in nanoseconds: a file saved by renaming a new
    /// one over it, or a copy that keeps the old modification time, changes these.
    package var inode: UInt64
    package var changed: Int
    /// For a symbolic link: the absolute path it leads to, every link on the way resolved
    /// (`realpath`). Nil for a plain file.
    package var target: String? = nil
}

/// Something below a folder that a listing could not take as a regular file. The loader
/// turns each into an error (SPEC §1: nothing is skipped without a word); other listings
/// (an output folder, an earlier build) ignore them.
package struct UnlistedEntry: Hashable, Sendable {
    package enum Reason: Hashable, Sendable {
        /// The folder could not be opened or read to the end (errno).
        case unreadableFolder(Int32)
        /// lstat failed: it went away while the folder was read, or it cannot be looked at (errno).
        case cannotStat(Int32)
        /// A symbolic link to nothing: `target` is what the link says.
        case danglingLink(target: String)
        /// A symbolic link that leads round in a circle, or through too many links.
        case linkLoop(target: String)
        /// A symbolic link that cannot be followed for another reason (errno).
        case unresolvableLink(target: String, errno: Int32)
        /// A symbolic link to a folder; `resolved` is the folder it leads to. Not entered.
        case linkToFolder(target: String, resolved: String)
        /// A symbolic link to something that is neither a file nor a folder.
        case linkToSpecial(target: String, resolved: String)
        /// A named pipe, socket or device: never content, and reading one can hang.
        case special(kind: String)
    }

    /// Relative to the folder listed, "/" separated; "" is the folder itself.
    package var path: String
    package var reason: Reason
}

/// Lists folders with readdir and lstat: much cheaper than FileManager's enumerator on
/// tens of thousands of files, which matters for a build that finds nothing changed and
/// for the preview, which reads Content/ every 300 ms. The loader, the build cache, the
/// earlier build and the preview's `ContentFingerprint` all list folders through it.
package enum FileTree {
    /// What a folder holds: its regular files, and everything else that is not a folder.
    package struct Listing: Hashable, Sendable {
        package var entries: [FileEntry]
        package var unlisted: [UnlistedEntry]
    }

    /// Regular files below `root` (a symbolic link to a file counts; linked folders are not
    /// entered), sorted by path. Names starting with "." are skipped when `skipHidden`.
    package static func list(_ root: String, skipHidden: Bool = true) -> [FileEntry] {
        listing(root, skipHidden: skipHidden).entries
    }

    /// The same, with what could not be listed as a file, both sorted by path.
    package static func listing(_ root: String, skipHidden: Bool = true) -> Listing {
        var result = Listing(entries: [], unlisted: [])
        walk(root, relative: "", skipHidden: skipHidden, into: &result)
        return Listing(entries: result.entries.sorted { $0.path < $1.path }, unlisted: result.unlisted.sorted { $0.path < $1.path })
    }

    private static func walk(_ folder: String, relative: String, skipHidden: Bool, into result: inout Listing) {
        guard let dir = opendir(folder) else {
            result.unlisted.append(UnlistedEntry(path: relative, reason: .unreadableFolder(errno)))
            return
        }
        defer { closedir(dir) }
        while true {
            errno = 0
            guard let entry = readdir(dir) else {
                if errno != 0 { result.unlisted.append(UnlistedEntry(path: relative, reason: .unreadableFolder(errno))) }
                return
            }
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name == "." || name == ".." || (skipHidden && name.hasPrefix(".")) { continue }
            let full = folder + "/" + name
            let path = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(full, &info) == 0 else {
                result.unlisted.append(UnlistedEntry(path: path, reason: .cannotStat(errno)))
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                walk(full, relative: path, skipHidden: skipHidden, into: &result)
            case S_IFLNK:
                link(full, path, into: &result)
            case S_IFREG:
                result.entries.append(fileEntry(path, info))
            default:
                result.unlisted.append(UnlistedEntry(path: path, reason: .special(kind: kind(info.st_mode))))
            }
        }
    }

    /// A link to a file counts as that file, with where it leads, so the loader can decide
    /// whether it may read it; anything else a link can be is told.
    private static func link(_ full: String, _ path: String, into result: inout Listing) {
        let written = readLink(full)
        guard let resolved = realPath(full) else {
            let code = errno
            let reason: UnlistedEntry.Reason =
                switch code {
                case ENOENT, ENOTDIR: .danglingLink(target: written)
                case ELOOP: .linkLoop(target: written)
                default: .unresolvableLink(target: written, errno: code)
                }
            result.unlisted.append(UnlistedEntry(path: path, reason: reason))
            return
        }
        var target = stat()
        guard stat(resolved, &target) == 0 else {
            result.unlisted.append(UnlistedEntry(path: path, reason: .unresolvableLink(target: written, errno: errno)))
            return
        }
        switch target.st_mode & S_IFMT {
        case S_IFREG:
            var entry = fileEntry(path, target)
            entry.target = resolved
            result.entries.append(entry)
        case S_IFDIR:
            result.unlisted.append(UnlistedEntry(path: path, reason: .linkToFolder(target: written, resolved: resolved)))
        default:
            result.unlisted.append(UnlistedEntry(path: path, reason: .linkToSpecial(target: written, resolved: resolved)))
        }
    }

    /// The absolute path with every symbolic link resolved, or nil with errno set.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// What a symbolic link says, as written.
    static func readLink(_ path: String) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return "" }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: "a named pipe"
        case S_IFSOCK: "a socket"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        default: "not a regular file"
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
