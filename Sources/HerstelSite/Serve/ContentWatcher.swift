import Dispatch
import Foundation
import ServiceLifecycle

/// A cheap reading of Content/: every file's path, size, modification time and inode.
/// An edit, a new file, a deletion, a rename or a save-by-rename each change it.
/// Hidden files are left out, as the loader leaves them out (editors' swap files).
struct ContentFingerprint: Equatable, Sendable {
    struct Entry: Equatable, Sendable {
        var path: String
        var size: Int64
        var modified: Double
        var inode: UInt64
    }

    var entries: [Entry]

    init(entries: [Entry]) { self.entries = entries }

    init(of directory: String) {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: directory) else {
            self.init(entries: [])
            return
        }
        var entries: [Entry] = []
        while let relative = enumerator.nextObject() as? String {
            let name = relative.split(separator: "/").last ?? ""
            let path = directory + "/" + relative
            guard let attributes = try? manager.attributesOfItem(atPath: path) else { continue }
            let type = attributes[.type] as? FileAttributeType
            if name.hasPrefix(".") {
                if type == .typeDirectory { enumerator.skipDescendants() }
                continue
            }
            guard type != .typeDirectory else { continue }
            entries.append(
                Entry(
                    path: relative,
                    size: (attributes[.size] as? NSNumber)?.int64Value ?? -1,
                    modified: (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0,
                    inode: (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0))
        }
        self.init(entries: entries.sorted { $0.path < $1.path })
    }
}

/// Polls Content/ and rebuilds the whole site through `Pipeline` when it changes.
///
/// Polling rather than inotify: it is portable, catches every kind of change the same
/// way, and a few dozen `stat` calls every 300 ms cost next to nothing.
public struct ContentWatcher: Service {
    let contentPath: String
    let options: Pipeline.Options
    let state: PreviewState
    let interval: Duration
    let initial: ContentFingerprint
    let onRebuild: @Sendable (PreviewSite, Duration) -> Void

    /// Reads the content, builds it off the Swift concurrency threads, and wraps the result.
    static func build(contentPath: String, options: Pipeline.Options, generation: String) async -> PreviewSite {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                let result = Pipeline.build(contentPath: contentPath, options: options)
                continuation.resume(returning: PreviewSite(result, generation: generation))
            }
        }
    }

    public func run() async throws {
        // Returns (instead of throwing) when the server stops, as a ServiceGroup expects.
        try? await cancelWhenGracefulShutdown {
            var last = initial
            var sincePing = Duration.zero
            while !Task.isCancelled {
                try await Task.sleep(for: interval)
                sincePing += interval
                if sincePing >= .seconds(10) {
                    sincePing = .zero
                    await state.pingListeners()
                }
                var now = ContentFingerprint(of: contentPath)
                guard now != last else { continue }
                await state.markStale()
                now = await Self.settle(contentPath, from: now)
                let started = ContinuousClock.now
                let site = await Self.build(
                    contentPath: contentPath, options: options, generation: await state.nextGeneration())
                await state.publish(site)
                onRebuild(site, ContinuousClock.now - started)
                last = now
            }
        }
    }

    /// An editor may write a file in several steps: wait until two readings 100 ms apart
    /// agree (at most about a second), so a half-written file rarely shows as an error.
    /// Never throws: once the site is marked stale, a build must follow.
    static func settle(_ contentPath: String, from first: ContentFingerprint) async -> ContentFingerprint {
        var reading = first
        for _ in 0..<10 {
            try? await Task.sleep(for: .milliseconds(100))
            let next = ContentFingerprint(of: contentPath)
            if next == reading { break }
            reading = next
        }
        return reading
    }
}
