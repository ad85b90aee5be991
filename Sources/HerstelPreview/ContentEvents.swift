import HerstelSite

#if canImport(Glibc)
    import Glibc
#endif

/// A hint from the kernel (inotify) that something in Content/ changed, so the watcher reads
/// the folder at once instead of at its next poll: at 10,000 cases a poll is due only every
/// few hundred milliseconds. Only a hint: the poll decides what changed, and still notices
/// what inotify does not see (network file systems). Without inotify the watcher just polls.
final class ContentEvents: Sendable {
    private let descriptor: Int32

    static let mask: UInt32 = UInt32(
        IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF)

    init?() {
        #if canImport(Glibc)
            descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            guard descriptor >= 0 else { return nil }
        #else
            return nil
        #endif
    }

    deinit { close(descriptor) }

    /// Watches `root` and the folders of `files` (paths relative to `root`); a folder made
    /// later is added when the watcher reads the folder again and calls this anew.
    func watch(_ root: String, files: [String]) {
        var folders: Set<String> = [root]
        for file in files {
            var path = Substring(file)
            while let slash = path.lastIndex(of: "/") {
                path = path[..<slash]
                guard folders.insert(root + "/" + path).inserted else { break }
            }
        }
        // Adding a folder that is watched already changes nothing.
        for folder in folders { _ = inotify_add_watch(descriptor, folder, Self.mask) }
    }

    /// Whether anything happened since the last call; empties the queue of events.
    func drain() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 8192)
        var any = false
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return any }
            any = true
        }
    }
}
