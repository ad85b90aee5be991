import Dispatch
import Synchronization

/// Maps over a collection on all cores, keeping the input order in the result.
enum Parallel {
    static func map<T: Sendable, R: Sendable>(_ items: [T], chunkSize: Int? = nil, _ transform: @Sendable (T) -> R) -> [R] {
        guard items.count > 1, ProcessInfoCores.count > 1 else { return items.map(transform) }
        // Many small chunks: the threads take the next one as they finish, so one slow item
        // (a year page, the open data) does not leave the other core idle.
        let size = chunkSize ?? max(1, items.count / (ProcessInfoCores.count * 32))
        let chunkCount = (items.count + size - 1) / size
        let chunks = Mutex<[Int: [R]]>([:])
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let start = chunk * size
            let end = min(items.count, start + size)
            guard start < end else { return }
            let part = items[start..<end].map(transform)
            chunks.withLock { $0[chunk] = part }
        }
        return chunks.withLock { parts in (0..<chunkCount).flatMap { parts[$0] ?? [] } }
    }
}

enum ProcessInfoCores {
    static let count: Int = {
        #if canImport(Glibc)
            return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
            return 2
        #endif
    }()
}

#if canImport(Glibc)
    import Glibc
#endif
