import Foundation
import Synchronization
import Testing

@testable import HerstelSite

/// Progress is counted by the library and throttled there; the executable only draws it.
@Suite("Progress of long builds")
struct ProgressTests {
    final class Clock: Sendable {
        let time = Mutex<UInt64>(0)
        func advance(_ nanoseconds: UInt64) { time.withLock { $0 += nanoseconds } }
        var now: UInt64 { time.withLock { $0 } }
    }

    @Test func updatesAreThrottledToOneEveryInterval() {
        let clock = Clock()
        let seen = Mutex<[BuildProgress?]>([])
        let meter = ProgressMeter(interval: 100, now: { clock.now }) { progress in seen.withLock { $0.append(progress) } }
        meter.begin(.rendering, total: 1_000)
        for _ in 0..<1_000 {
            meter.advance()
            clock.advance(1)
        }
        meter.finish()
        let reports = seen.withLock { $0 }
        // The start, one per 100 ticks after it, and the end.
        #expect(reports.first == BuildProgress(stage: .rendering, done: 0, total: 1_000))
        #expect(reports.count == 1 + 9 + 1, "\(reports)")
        #expect(reports.compactMap { $0?.done } == [0, 101, 201, 301, 401, 501, 601, 701, 801, 901])
        #expect(reports.last == .some(nil))
    }

    @Test func countsFromManyThreadsAddUp() {
        let last = Mutex<Int>(0)
        let meter = ProgressMeter(interval: 0) { progress in
            if let progress { last.withLock { $0 = max($0, progress.done) } }
        }
        meter.begin(.scanning, total: 10_000)
        DispatchQueue.concurrentPerform(iterations: 10_000) { _ in meter.advance() }
        #expect(last.withLock { $0 } == 10_000)
    }

    @Test func theLineSaysStageCountAndShare() {
        #expect(BuildProgress(stage: .rendering, done: 4_210, total: 10_000).description == "Rendering: 4,210 of 10,000 pages (42%)")
        #expect(BuildProgress(stage: .validating, done: 7, total: 7).description == "Checking: 7 of 7 cases (100%)")
        #expect(
            BuildProgress(stage: .scanning, done: 5 * 1_048_576, total: 20 * 1_048_576).description == "Privacy gate: 5.0 of 20.0 MB scanned (25%)")
    }

    @Test func thePipelineReportsEveryStage() {
        let stages = Mutex<[BuildProgress.Stage]>([])
        let options = Pipeline.Options(progress: { progress in
            if let progress { stages.withLock { if $0.last != progress.stage { $0.append(progress.stage) } } }
        })
        let result = Pipeline.build(contentPath: Support.fixtures.appendingPathComponent("basic").path, options: options)
        guard case .success = result else {
            Issue.record("the basic fixture does not build")
            return
        }
        #expect(stages.withLock { $0 } == [.validating, .anonymising, .rendering, .scanning])
    }
}
