/// Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours,
/// counted in UTF-8 bytes (the words listened for are plain ASCII), without allocating.
public enum EditDistance {
    /// How many edits turn `a` into `b`.
    public static func between(_ a: String, _ b: String) -> Int {
        var a = a
        var b = b
        return a.withUTF8 { x in b.withUTF8 { y in distance(x, y) } }
    }

    static func distance(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let width = b.count + 1
        // Three rows are enough: the swap looks two rows back.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { rows in
            var twoBack = 0
            var previous = width
            var current = 2 * width
            for j in 0..<width {
                rows[previous + j] = j
                rows[twoBack + j] = 0
            }
            for i in 1...a.count {
                rows[current] = i
                for j in 1...b.count {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    var best = min(rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + cost)
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                        best = min(best, rows[twoBack + j - 2] + 1)
                    }
                    rows[current + j] = best
                }
                (twoBack, previous, current) = (previous, current, twoBack)
            }
            return rows[previous + b.count]
        }
    }
}
