/// Aho–Corasick: finds every occurrence of many patterns in one pass over the text.
/// The root has a full table (most bytes start over there); deeper states keep a short
/// sorted list of children, so tens of thousands of patterns stay small in memory.
struct PatternMatcher: Sendable {
    private var rootNext = [Int32](repeating: 0, count: 256)
    private var childStart: [Int32] = [0]
    private var childCount: [Int32] = [0]
    private var childBytes: [UInt8] = []
    private var childTargets: [Int32] = []
    private var failure: [Int32] = [0]
    /// The pattern that ends in a state, or -1.
    private var pattern: [Int32] = [-1]
    /// The nearest state along the failure chain that ends a pattern, or -1.
    private var outputLink: [Int32] = [-1]
    let patternCount: Int

    init(_ patterns: [[UInt8]]) {
        patternCount = patterns.count
        // Build a trie with dictionary children, then flatten it.
        var children: [[UInt8: Int32]] = [[:]]
        var ends: [Int32] = [-1]
        for (index, bytes) in patterns.enumerated() where !bytes.isEmpty {
            var state: Int32 = 0
            for byte in bytes {
                if let next = children[Int(state)][byte] {
                    state = next
                } else {
                    let next = Int32(children.count)
                    children.append([:])
                    ends.append(-1)
                    children[Int(state)][byte] = next
                    state = next
                }
            }
            if ends[Int(state)] < 0 { ends[Int(state)] = Int32(index) }
        }
        let count = children.count
        childStart = [Int32](repeating: 0, count: count)
        childCount = [Int32](repeating: 0, count: count)
        for state in 0..<count {
            childStart[state] = Int32(childBytes.count)
            childCount[state] = Int32(children[state].count)
            for (byte, target) in children[state].sorted(by: { $0.key < $1.key }) {
                childBytes.append(byte)
                childTargets.append(target)
            }
        }
        pattern = ends
        failure = [Int32](repeating: 0, count: count)
        outputLink = [Int32](repeating: -1, count: count)
        // Breadth-first: failure links and the root table.
        var queue: [Int32] = []
        for (byte, target) in children[0] {
            rootNext[Int(byte)] = target
            queue.append(target)
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for (byte, target) in children[Int(state)] {
                var f = failure[Int(state)]
                while true {
                    if let next = f == 0 ? (rootNext[Int(byte)] == 0 ? nil : rootNext[Int(byte)]) : children[Int(f)][byte] {
                        failure[Int(target)] = next
                        break
                    }
                    if f == 0 {
                        failure[Int(target)] = 0
                        break
                    }
                    f = failure[Int(f)]
                }
                let fail = failure[Int(target)]
                outputLink[Int(target)] = pattern[Int(fail)] >= 0 ? fail : outputLink[Int(fail)]
                queue.append(target)
            }
        }
    }

    @inline(__always)
    private func step(_ state: Int32, _ byte: UInt8) -> Int32 {
        var s = state
        while true {
            if s == 0 { return rootNext[Int(byte)] }
            let start = Int(childStart[Int(s)])
            let end = start + Int(childCount[Int(s)])
            var i = start
            while i < end {
                if childBytes[i] == byte { return childTargets[i] }
                i += 1
            }
            s = failure[Int(s)]
        }
    }

    /// Calls `found(patternIndex, endOffset)` for every match; offsets are just past the match.
    func scan(_ text: UnsafeBufferPointer<UInt8>, _ found: (Int, Int) -> Void) {
        guard patternCount > 0 else { return }
        var state: Int32 = 0
        for offset in 0..<text.count {
            state = step(state, text[offset])
            if state == 0 { continue }
            var s = pattern[Int(state)] >= 0 ? state : outputLink[Int(state)]
            while s >= 0 {
                found(Int(pattern[Int(s)]), offset + 1)
                s = outputLink[Int(s)]
            }
        }
    }
}
