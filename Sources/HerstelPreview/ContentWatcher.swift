import Dispatch
import HerstelSite
import ServiceLifecycle
import Synchronization

/// A cheap reading of Content/: every file's path, size, inode, and modification and
/// status-change times (`FileTree.list`). An edit, a new file, a deletion, a rename, a
/// save-by-rename and a copy that keeps the old modification time each change it. Hidden
/// files are left out, as the loader leaves them out (editors' swap files).
///
/// Plain `readdir` and `stat`: FileManager's attribute dictionaries cost about ten times
/// as much, which matters when this runs every 300 ms over thousands of files.
struct ContentFingerprint: Equatable, Sendable {
    var entries: [FileEntry]
    /// What could not be read (a folder, a dangling link): fixing one is a change too.
    var unlisted: [UnlistedEntry] = []

    init(entries: [FileEntry], unlisted: [UnlistedEntry] = []) {
        self.entries = entries
        self.unlisted = unlisted
    }

    init(of directory: String) {
        let listing = FileTree.listing(directory)
        self.init(entries: listing.entries, unlisted: listing.unlisted)
    }
}

/// What the preview keeps from one build for the next, so an edit to one case rebuilds little
/// more than that case's pages: the loader's memo and the pipeline's, each opaque here.
struct PreviewMemo: Sendable {
    var load = ContentLoader.Memo()
    var build = Pipeline.Memo()
}

/// Polls Content/ and rebuilds the whole site through `Pipeline` when it changes.
///
/// Polling rather than inotify: it is portable, catches every kind of change the same
/// way (also on network and container file systems that send no events), and a few
/// hundred `stat` calls every 300 ms cost next to nothing.
public struct ContentWatcher: Service {
    let contentPath: String
    let options: Pipeline.Options
    let state: PreviewState
    let interval: Duration
    /// Called after every build, the first one included; the duration is the build's own.
    let onBuild: @Sendable (PreviewSite, Duration, _ rebuild: Bool) -> Void

    public func run() async throws {
        // Returns (instead of throwing) when the preview stops, as a ServiceGroup expects.
        try? await cancelWhenGracefulShutdown { try await watch() }
        // Nothing will be built any more: requests still waiting are answered now.
        await state.stop()
    }

    private func watch() async throws {
        var last: ContentFingerprint? = nil
        // What the last build worked out, for the next (`PreviewMemo`), and what it made.
        var memo = PreviewMemo()
        var previous: PreviewSite? = nil
        var sincePing = Duration.zero
        var pause = Duration.zero
        let events = ContentEvents()
        while !Task.isCancelled {
            sincePing += try await Self.sleep(for: pause, unless: events)
            if sincePing >= .seconds(10) {
                sincePing = .zero
                await state.pingListeners()
            }
            // The reading is taken before the content is loaded, so a change made during a
            // build is seen by the next poll.
            let reading = ContinuousClock.now
            var now = ContentFingerprint(of: contentPath)
            // On a very large Content/ the reading itself takes time: poll less often
            // then, so watching never costs more than about a tenth of one core.
            pause = max(interval, (ContinuousClock.now - reading) * 10)
            guard now != last else { continue }
            events?.watch(contentPath, files: now.entries.map(\.path))
            await state.markStale()
            if last != nil { now = await Self.settle(contentPath, from: now) }
            let started = ContinuousClock.now
            guard
                let (site, next) = await Self.build(
                    contentPath: contentPath, options: options, generation: await state.nextGeneration(), memo: memo, previous: previous)
            else {
                return  // stopping
            }
            memo = next
            previous = site
            await state.publish(site)
            onBuild(site, ContinuousClock.now - started, last != nil)
            last = now
        }
    }

    /// Sleeps for `pause`, or less when the kernel tells of a change in Content/ first;
    /// returns how long it slept.
    static func sleep(for pause: Duration, unless events: ContentEvents?) async throws -> Duration {
        guard let events else {
            try await Task.sleep(for: pause)
            return pause
        }
        var slept = Duration.zero
        while slept < pause {
            let step = min(.milliseconds(40), pause - slept)
            try await Task.sleep(for: step)
            slept += step
            if events.drain() { break }
        }
        return slept
    }

    /// An editor may write a file in several steps: wait until two readings 100 ms apart
    /// agree (at most about a second), so a half-written file rarely shows as an error.
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

    /// Builds off the Swift concurrency threads (a build is long, synchronous work).
    /// Nil when the task is cancelled first: Ctrl-C need not wait for a build to end.
    static func build(
        contentPath: String, options: Pipeline.Options, generation: String, memo: PreviewMemo = PreviewMemo(), previous: PreviewSite? = nil
    ) async -> (PreviewSite, PreviewMemo)? {
        let handoff = Handoff<(PreviewSite, PreviewMemo)?>()
        return await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                handoff.receive(continuation)
                DispatchQueue.global().async {
                    let (snapshot, load) = ContentLoader.load(from: contentPath, reusing: memo.load)
                    let (built, build) = Pipeline.build(snapshot, contentPath: contentPath, options: options, reusing: memo.build)
                    handoff.deliver((PreviewSite(built, generation: generation, previous: previous), PreviewMemo(load: load, build: build)))
                }
            }
        } onCancel: {
            handoff.deliver(nil)
        }
    }
}

/// Hands the first of several possible values to one waiting continuation; later ones are
/// dropped. Either may come first: the continuation or the value.
final class Handoff<Value: Sendable>: Sendable {
    private enum State {
        case empty
        case waiting(CheckedContinuation<Value, Never>)
        case delivered(Value)
        case done
    }

    private let state = Mutex(State.empty)

    func receive(_ continuation: CheckedContinuation<Value, Never>) {
        let ready: Value? = state.withLock { state in
            guard case .delivered(let value) = state else {
                state = .waiting(continuation)
                return nil
            }
            state = .done
            return value
        }
        if let ready { continuation.resume(returning: ready) }
    }

    func deliver(_ value: Value) {
        let waiting: CheckedContinuation<Value, Never>? = state.withLock { state in
            switch state {
            case .empty:
                state = .delivered(value)
                return nil
            case .waiting(let continuation):
                state = .done
                return continuation
            case .delivered, .done:
                return nil
            }
        }
        waiting?.resume(returning: value)
    }
}
