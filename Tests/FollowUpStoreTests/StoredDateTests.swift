import Foundation
import GRDB
import Testing

@testable import FollowUpStore

/// The dates written by hand must be the very text GRDB writes for them.
struct StoredDateTests {
    @Test func wholeSecondsAreWrittenAsGRDBWritesThem() {
        var random = SystemRandomNumberGenerator()
        let edges: [Int64] = [
            -2_208_988_800, -2_208_988_799, -1, 0, 1, 86_399, 86_400, 951_782_400, 951_868_799, 4_107_542_400,
            253_402_300_799,
        ]
        let samples = edges + (0..<2000).map { _ in Int64.random(in: -2_208_988_800..<253_402_300_800, using: &random) }
        for seconds in samples {
            let date = Date(timeIntervalSince1970: TimeInterval(seconds))
            #expect(StoredDate(date).databaseValue == date.databaseValue, "\(seconds)")
        }
    }

    @Test func otherMomentsGoThroughGRDB() {
        for interval: TimeInterval in [0.25, -2_208_988_801, 253_402_300_800, 1_700_000_000.999] {
            let date = Date(timeIntervalSince1970: interval)
            #expect(StoredDate(date).databaseValue == date.databaseValue)
        }
    }

    @Test func aStoredDateReadsBackAsTheDate() {
        let date = Date(timeIntervalSince1970: 1_790_000_000)
        #expect(StoredDate.fromDatabaseValue(StoredDate(date).databaseValue)?.date == date)
    }
}
