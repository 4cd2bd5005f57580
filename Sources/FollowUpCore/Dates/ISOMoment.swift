import Foundation

/// Reads an ISO 8601 date and time given on the command line or in a transcript.
public enum ISOMoment {
    /// Reads `2026-11-26T17:00` as wall-clock time in `calendar`'s zone; an explicit offset
    /// (`Z`, `+01:00`) is honoured, from -18:00 to +18:00 with minutes under 60. A date alone
    /// means its midnight.
    public static func parse(_ text: String, calendar: Calendar) throws(ISOMomentError) -> Date {
        let text = text.trimmingCharacters(in: .whitespaces)
        let pattern = #/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?(Z|[+-]\d{2}:?\d{2})?$/#
        guard let match = text.wholeMatch(of: pattern) else { throw .unreadable(text) }
        var parts = DateComponents(year: Int(match.1), month: Int(match.2), day: Int(match.3),
                                   hour: match.4.flatMap { Int($0) } ?? 0, minute: match.5.flatMap { Int($0) } ?? 0,
                                   second: match.6.flatMap { Int($0) } ?? 0)
        var calendar = calendar
        if let zone = match.7 {
            guard let timeZone = zone == "Z" ? TimeZone(secondsFromGMT: 0) : offset(String(zone)).flatMap(TimeZone.init(secondsFromGMT:))
            else { throw .offsetOutOfRange(text) }
            calendar.timeZone = timeZone
        }
        parts.calendar = calendar
        guard parts.isValidDate(in: calendar), let date = calendar.date(from: parts) else { throw .unreadable(text) }
        return date
    }

    /// Seconds east of UTC for `+01:00` or `-0530`; nil beyond 18 hours or with 60 minutes or more.
    private static func offset(_ zone: String) -> Int? {
        let digits = zone.dropFirst().filter(\.isNumber)
        guard let hours = Int(digits.prefix(2)), let minutes = Int(digits.dropFirst(2)), minutes < 60,
              hours * 60 + minutes <= 18 * 60 else { return nil }
        return (zone.hasPrefix("-") ? -1 : 1) * (hours * 3600 + minutes * 60)
    }
}

/// Why a given date and time could not be read.
public enum ISOMomentError: Error, Equatable, CustomStringConvertible {
    case unreadable(String)
    case offsetOutOfRange(String)

    public var description: String {
        switch self {
        case let .unreadable(text):
            "cannot read \"\(text)\" as a date and time; use ISO 8601, like 2026-11-26T17:00 or 2026-11-26T17:00+01:00"
        case let .offsetOutOfRange(text):
            "the offset in \"\(text)\" is out of range; offsets run from -18:00 to +18:00, like +01:00 or -05:30"
        }
    }
}
