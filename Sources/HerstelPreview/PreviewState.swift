import HerstelSite

/// The one piece of shared state of the preview: the site as last built, and who is
/// listening for the next build.
///
/// From the moment the watcher sees a change until the new build is in, the site is
/// *stale*: requests then wait for the new build instead of getting the old pages.
public actor PreviewState {
    public enum Event: Sendable, Equatable {
        case generation(String)
        /// Keeps quiet connections alive, and finds out which listeners have gone.
        case ping
    }

    /// Nil until the first build is in.
    private var current: PreviewSite?
    private var waiting: [CheckedContinuation<PreviewSite?, Never>] = []
    private var isStale = true
    private var isStopping = false
    private var listeners: [Int: AsyncStream<Event>.Continuation] = [:]
    private var nextListener = 0
    private var builds = 0
    /// Random per start, so a page from an earlier run of the server reloads too.
    private let instance: String
    /// The comparison page of one generation, made when it is first asked for.
    private var changes: (generation: String, page: Task<String, Never>)?

    /// Starts stale: requests wait for the first build.
    public init() {
        instance = String(UInt64.random(in: 0...UInt64.max), radix: 36)
    }

    /// The site to serve; while a rebuild is under way, the site that rebuild produces.
    /// Nil only when the preview is stopping before that build came in.
    public func site() async -> PreviewSite? {
        if !isStale, let current { return current }
        if isStopping { return nil }
        return await withCheckedContinuation { waiting.append($0) }
    }

    /// The comparison page (`ChangesPage`) for a generation: made once, by `make`, off the actor,
    /// on the first request; requests that come while it is made wait for the same page.
    public func changesPage(generation: String, make: @escaping @Sendable () -> String) async -> String {
        if let changes, changes.generation == generation { return await changes.page.value }
        let page = Task.detached { make() }
        changes = (generation, page)
        return await page.value
    }

    /// Content changed: hold requests until `publish` brings the new build.
    public func markStale() { isStale = true }

    /// The generation the next build must carry.
    public func nextGeneration() -> String { "\(instance)-\(builds + 1)" }

    public func publish(_ site: PreviewSite) {
        builds += 1
        current = site
        isStale = false
        let released = waiting
        waiting = []
        for request in released { request.resume(returning: site) }
        for listener in listeners.values { listener.yield(.generation(site.generation)) }
    }

    /// A stream of events for one live-reload connection; it starts with the current generation.
    public func listen() -> (
        id: Int, events: AsyncStream<Event>, continuation: AsyncStream<Event>.Continuation
    ) {
        let (events, continuation) = AsyncStream.makeStream(
            of: Event.self, bufferingPolicy: .bufferingNewest(4))
        nextListener += 1
        if !isStopping { listeners[nextListener] = continuation }
        if let current { continuation.yield(.generation(current.generation)) }
        if isStopping { continuation.finish() }
        return (nextListener, events, continuation)
    }

    /// No more builds will come: release waiting requests and end every event stream.
    public func stop() {
        isStopping = true
        let released = waiting
        waiting = []
        for request in released { request.resume(returning: nil) }
        for listener in listeners.values { listener.finish() }
        listeners = [:]
    }

    public func stopListening(_ id: Int) {
        listeners.removeValue(forKey: id)?.finish()
    }

    public func pingListeners() {
        for listener in listeners.values { listener.yield(.ping) }
    }

    public var listenerCount: Int { listeners.count }
}
