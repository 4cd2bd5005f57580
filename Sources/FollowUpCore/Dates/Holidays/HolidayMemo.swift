import Foundation

/// Each region's holidays of a year, worked out once per process: the rules are pure, and a
/// plan asks for the same year's holidays for every day it moves off a weekend.
final class HolidayMemo: @unchecked Sendable {
    static let shared = HolidayMemo()

    private struct Key: Hashable {
        let region: Region
        let year: Int
    }

    private let lock = NSLock()
    private var known: [Key: [Holiday]] = [:]

    /// The holidays of `region` in `year`, from `work` the first time they are asked for.
    func holidays(_ region: Region, _ year: Int, work: () -> [Holiday]) -> [Holiday] {
        let key = Key(region: region, year: year)
        if let found = lock.withLock({ known[key] }) { return found }
        let holidays = work()
        lock.withLock { known[key] = holidays }
        return holidays
    }
}
