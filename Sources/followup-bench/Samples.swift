/// Durations collected while a benchmark runs, with the figures it prints.
final class Samples {
    private(set) var microseconds: [Double] = []

    func add(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        microseconds.append(Double(seconds) * 1e6 + Double(attoseconds) / 1e12)
    }

    var mean: Double {
        microseconds.isEmpty ? 0 : microseconds.reduce(0, +) / Double(microseconds.count)
    }

    /// The value that `fraction` of the samples do not exceed (nearest rank).
    func percentile(_ fraction: Double) -> Double {
        let sorted = microseconds.sorted()
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((fraction * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}
