/// Myers' O(ND) difference algorithm ("An O(ND) Difference Algorithm and Its Variations",
/// 1986) over any sequence of equatable items: words of a paragraph, paragraphs of a page.
enum Diff {
    enum Edit: Equatable {
        case same(Int, Int)
        case deleted(Int)
        case inserted(Int)
    }

    /// The shortest edit script turning `a` into `b`, as positions in them; nil when it needs more
    /// than `maximumEdits` insertions and deletions. The common start and end cost nothing, so the
    /// bound (and the memory, about `maximumEdits`² integers) applies only to what differs.
    static func edits<T: Equatable>(_ a: [T], _ b: [T], maximumEdits: Int) -> [Edit]? {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let n = a.count - prefix - suffix
        let m = b.count - prefix - suffix
        guard let middle = middleEdits(a, b, from: prefix, n: n, m: m, maximumEdits: maximumEdits) else { return nil }
        return (0..<prefix).map { .same($0, $0) } + middle + (0..<suffix).map { .same(a.count - suffix + $0, b.count - suffix + $0) }
    }

    private static func middleEdits<T: Equatable>(_ a: [T], _ b: [T], from start: Int, n: Int, m: Int, maximumEdits: Int) -> [Edit]? {
        if n == 0 { return (0..<m).map { .inserted(start + $0) } }
        if m == 0 { return (0..<n).map { .deleted(start + $0) } }
        let limit = min(n + m, maximumEdits)
        let offset = limit + 1
        // v[k + offset]: the furthest x reached on diagonal k = x - y.
        var v = [Int](repeating: 0, count: 2 * limit + 3)
        // The part of v each round started from, for finding the way back.
        var trace: [[Int]] = []
        var found = false
        for d in 0...limit {
            trace.append(Array(v[(offset - d - 1)...(offset + d + 1)]))
            var k = -d
            while k <= d {
                var x: Int
                if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    x = v[offset + k + 1]
                } else {
                    x = v[offset + k - 1] + 1
                }
                var y = x - k
                while x < n, y < m, a[start + x] == b[start + y] {
                    x += 1
                    y += 1
                }
                v[offset + k] = x
                if x >= n, y >= m {
                    found = true
                    break
                }
                k += 2
            }
            if found { break }
        }
        guard found else { return nil }
        // Back from the end: each round's saved v tells which diagonal the path came from.
        var result: [Edit] = []
        var x = n
        var y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let saved = trace[d]
            func at(_ k: Int) -> Int { saved[k + d + 1] }
            let k = x - y
            let previousK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1
            let previousX = d == 0 ? 0 : at(previousK)
            let previousY = d == 0 ? 0 : previousX - previousK
            while x > previousX, y > previousY {
                x -= 1
                y -= 1
                result.append(.same(start + x, start + y))
            }
            if d > 0 {
                if x == previousX { result.append(.inserted(start + previousY)) } else { result.append(.deleted(start + previousX)) }
            }
            x = previousX
            y = previousY
        }
        return result.reversed()
    }
}
