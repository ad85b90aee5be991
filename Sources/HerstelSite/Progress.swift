import Dispatch
import Synchronization

/// How far a long build is (SPEC §4: progress on a terminal). The library only counts; the
/// executable decides whether and how to show it.
public struct BuildProgress: Hashable, Sendable {
    public enum Stage: String, Hashable, Sendable {
        case validating, anonymising, rendering, scanning, writing, reading, comparing

        /// What the stage counts.
        public var unit: Unit {
            switch self {
            case .validating, .anonymising: .cases
            case .rendering: .pages
            case .scanning: .bytes
            case .writing, .reading, .comparing: .files
            }
        }

        /// As shown: "Rendering".
        public var label: String {
            switch self {
            case .validating: "Checking"
            case .anonymising: "Anonymising"
            case .rendering: "Rendering"
            case .scanning: "Privacy gate"
            case .writing: "Writing"
            case .reading: "Reading the earlier build"
            case .comparing: "Comparing"
            }
        }
    }

    public enum Unit: String, Hashable, Sendable {
        case cases, pages, bytes, files
    }

    public var stage: Stage
    public var done: Int
    public var total: Int

    public init(stage: Stage, done: Int, total: Int) {
        self.stage = stage
        self.done = done
        self.total = total
    }

    /// One line: "Rendering: 4,210 of 10,000 pages (42%)", "Privacy gate: 120.5 of 310.2 MB scanned (38%)".
    public var description: String {
        let percent = total > 0 ? " (\(min(100, done * 100 / total))%)" : ""
        if stage.unit == .bytes {
            return "\(stage.label): \(BuildProgress.megabytes(done)) of \(BuildProgress.megabytes(total)) MB scanned\(percent)"
        }
        return "\(stage.label): \(BuildProgress.grouped(done)) of \(BuildProgress.grouped(total)) \(stage.unit.rawValue)\(percent)"
    }

    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 524_288) / 1_048_576
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// 12345 → "12,345".
    static func grouped(_ number: Int) -> String {
        let digits = String(number)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}

/// Counts work done by a stage on any number of threads and tells `report` about it: at the
/// start of each stage, and at most once per `interval` after that, so a fast loop over ten
/// thousand pages costs ten thousand additions, not ten thousand lines on a terminal.
public final class ProgressMeter: Sendable {
    struct State {
        var stage: BuildProgress.Stage?
        var done = 0
        var total = 0
        var lastReport: UInt64 = 0
    }

    private let state = Mutex(State())
    private let report: @Sendable (BuildProgress?) -> Void
    private let interval: UInt64
    private let now: @Sendable () -> UInt64

    /// `report` gets nil when a stage is finished and nothing is under way.
    public init(
        interval nanoseconds: UInt64 = 100_000_000, now: @escaping @Sendable () -> UInt64 = { DispatchTime.now().uptimeNanoseconds },
        report: @escaping @Sendable (BuildProgress?) -> Void
    ) {
        self.interval = nanoseconds
        self.now = now
        self.report = report
    }

    public func begin(_ stage: BuildProgress.Stage, total: Int) {
        let time = now()
        let progress = state.withLock { state -> BuildProgress in
            state = State(stage: stage, done: 0, total: total, lastReport: time)
            return BuildProgress(stage: stage, done: 0, total: total)
        }
        report(progress)
    }

    /// Safe from any thread.
    public func advance(by amount: Int = 1) {
        let time = now()
        let due = state.withLock { state -> BuildProgress? in
            guard let stage = state.stage else { return nil }
            state.done += amount
            guard time &- state.lastReport >= interval else { return nil }
            state.lastReport = time
            return BuildProgress(stage: stage, done: state.done, total: state.total)
        }
        // Outside the lock: the report may take its time (a write to a terminal).
        if let due { report(due) }
    }

    public func finish() {
        state.withLock { $0 = State() }
        report(nil)
    }
}
