import FollowUpCore
import Foundation
import GRDB

/// A moment as a column value: the text GRDB stores for a `Date` ("yyyy-MM-dd HH:mm:ss.SSS" in
/// UTC), written from its digits for a whole second between 1900 and 9999 (every moment an
/// import accepts), where GRDB's `DateFormatter` costs thousands of instructions a date; any
/// other moment goes through GRDB.
struct StoredDate: DatabaseValueConvertible {
    let date: Date

    init(_ date: Date) {
        self.date = date
    }

    /// Seconds since 1970 of 1900-01-01 and of 10000-01-01, in UTC.
    private static let seconds: Range<Int64> = -2_208_988_800..<253_402_300_800

    var databaseValue: DatabaseValue {
        let interval = date.timeIntervalSince1970
        guard interval.rounded(.down) == interval, let whole = Int64(exactly: interval), Self.seconds.contains(whole)
        else { return date.databaseValue }
        let (days, second) = whole.quotientAndRemainder(dividingBy: 86_400)
        // Within the range, `whole` is negative only before 1970: the day is the one before.
        let (day, time) = second < 0 ? (days - 1, second + 86_400) : (days, second)
        let civil = Day(ordinal: Int(day))
        let (year, month, dayOfMonth) = (Int64(civil.year), Int64(civil.month), Int64(civil.day))
        var text: [UInt8] = []
        text.reserveCapacity(23)
        Self.append(year, width: 4, to: &text)
        text.append(UInt8(ascii: "-"))
        Self.append(month, width: 2, to: &text)
        text.append(UInt8(ascii: "-"))
        Self.append(dayOfMonth, width: 2, to: &text)
        text.append(UInt8(ascii: " "))
        Self.append(time / 3600, width: 2, to: &text)
        text.append(UInt8(ascii: ":"))
        Self.append(time / 60 % 60, width: 2, to: &text)
        text.append(UInt8(ascii: ":"))
        Self.append(time % 60, width: 2, to: &text)
        text.append(contentsOf: ".000".utf8)
        return String(decoding: text, as: UTF8.self).databaseValue
    }

    static func fromDatabaseValue(_ value: DatabaseValue) -> StoredDate? {
        Date.fromDatabaseValue(value).map(StoredDate.init)
    }

    /// `value`'s decimal digits, padded with zeros to `width`.
    private static func append(_ value: Int64, width: Int, to text: inout [UInt8]) {
        var divisor: Int64 = 1
        for _ in 1..<width { divisor *= 10 }
        while divisor > 0 {
            text.append(UInt8(ascii: "0") + UInt8(value / divisor % 10))
            divisor /= 10
        }
    }
}
