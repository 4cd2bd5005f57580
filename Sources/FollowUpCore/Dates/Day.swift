import Foundation

/// A calendar day with no time and no time zone, printed as ISO 8601 `YYYY-MM-DD`.
public struct Day: Codable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day on which `date` falls in `calendar`'s time zone.
    public init(_ date: Date, in calendar: Calendar) {
        // In the Gregorian calendar the day is the local time's whole days since 1970 (as `plus`),
        // from 1600 on (Foundation's calendar is Julian before October 1582).
        if calendar.identifier == .gregorian, date.timeIntervalSince1970 > -11_676_096_000 {
            let local = date.timeIntervalSince1970 + Double(calendar.timeZone.secondsFromGMT(for: date))
            self.init(ordinal: Int((local / 86_400).rounded(.down)))
            return
        }
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        // The three components were asked for, and a Gregorian calendar always fills them in.
        self.init(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    /// Parses `YYYY-MM-DD`; nil when the text is not a real day.
    public init?(iso text: String) {
        let parts = Self.digits(ofISO: text) ?? text.split(separator: "-").map { Int($0) }
        guard parts.count == 3, let y = parts[0], let m = parts[1], let d = parts[2],
            (1...12).contains(m), (1...Day.length(ofMonth: m, year: y)).contains(d)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The year, month and day of text laid out exactly as `YYYY-MM-DD`, read from its bytes (the
    /// stored and exported form); nil for any other layout, which is read part by part.
    private static func digits(ofISO text: String) -> [Int?]? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> [Int?]? in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            var number = 0
            var parts: [Int?] = []
            for (index, byte) in bytes.enumerated() where index != 4 && index != 7 {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                number = number * 10 + Int(byte - UInt8(ascii: "0"))
                if index == 3 || index == 6 || index == 9 {
                    parts.append(number)
                    number = 0
                }
            }
            return parts
        } ?? nil
    }

    public var description: String {
        // Every day a calendar gives is written digit by digit, with no strings in between.
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day) else {
            return Self.padded(year, 4) + "-" + Self.padded(month, 2) + "-" + Self.padded(day, 2)
        }
        return String(unsafeUninitializedCapacity: 10) { text in
            for (offset, (number, width)) in [(year, 4), (month, 2), (day, 2)].enumerated() {
                let end = [4, 7, 10][offset]
                var rest = number
                for place in (end - width..<end).reversed() {
                    text[place] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
                if end < 10 { text[end] = UInt8(ascii: "-") }
            }
            return 10
        }
    }

    /// `number` with zeros in front up to `width` digits, as `%0*d` prints it, without a format string.
    static func padded(_ number: Int, _ width: Int) -> String {
        guard number >= 0 else { return "-" + padded(-number, width - 1) }
        let digits = String(number)
        return digits.utf8.count >= width ? digits : String(repeating: "0", count: width - digits.utf8.count) + digits
    }

    /// Encoded as its ISO 8601 text, `YYYY-MM-DD`.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a YYYY-MM-DD day: \(text)")
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Noon of this day: a safe anchor for day arithmetic across daylight-saving changes.
    func noon(in calendar: Calendar) -> Date {
        at(hour: 12, minute: 0, in: calendar)
    }

    /// This day at a wall-clock time in `calendar`'s time zone.
    public func at(hour: Int, minute: Int, in calendar: Calendar) -> Date {
        calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute))!
    }

    /// The day `days` later (earlier when negative). Adding days or months to the noon of a
    /// valid day cannot fail in the Gregorian calendar, hence the unwraps here; in that calendar
    /// days are counted without it (`plus`), the same days at a fraction of the cost.
    public func adding(days: Int, in calendar: Calendar) -> Day {
        guard calendar.identifier != .gregorian else { return plus(days) }
        return Day(calendar.date(byAdding: .day, value: days, to: noon(in: calendar))!, in: calendar)
    }

    /// The same day `months` later, or the month's last day when it is shorter.
    public func adding(months: Int, in calendar: Calendar) -> Day {
        Day(calendar.date(byAdding: .month, value: months, to: noon(in: calendar))!, in: calendar)
    }

    /// Whole days from this day to `other` (negative when `other` is earlier).
    public func days(until other: Day, in calendar: Calendar) -> Int {
        guard calendar.identifier != .gregorian else { return other.ordinal - ordinal }
        return calendar.dateComponents([.day], from: noon(in: calendar), to: other.noon(in: calendar)).day!
    }

    /// 1 is Sunday, 7 is Saturday, as in the Gregorian calendar.
    public func weekday(in calendar: Calendar) -> Int {
        guard calendar.identifier != .gregorian else { return (isoWeekday + 1) % 7 + 1 }
        return calendar.component(.weekday, from: noon(in: calendar))
    }

    /// Whether it is a Saturday or a Sunday.
    public func isWeekend(in calendar: Calendar) -> Bool {
        let weekday = weekday(in: calendar)
        return weekday == 1 || weekday == 7
    }

    static func length(ofMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
