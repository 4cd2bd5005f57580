import Foundation

/// Reads an ISO 8601 date and time given on the command line or in a transcript.
public enum ISOMoment {
    /// Reads `2026-11-26T17:00` as wall-clock time in `calendar`'s zone; an explicit offset
    /// (`Z`, `+01:00`) is honoured, from -18:00 to +18:00 with minutes under 60. A date alone
    /// means its midnight.
    public static func parse(_ text: String, calendar: Calendar) throws(ISOMomentError) -> Date {
        let text = text.trimmingCharacters(in: .whitespaces)
        // Read by hand: a regular expression costs millions of instructions to compile, in every process given --now.
        var reader = Reader(text)
        guard let year = reader.number(4), reader.skip("-"), let month = reader.number(2), reader.skip("-"),
            let day = reader.number(2)
        else { throw .unreadable(text) }
        var parts = DateComponents(year: year, month: month, day: day, hour: 0, minute: 0, second: 0)
        if reader.skip("T") || reader.skip(" ") {
            guard let hour = reader.number(2), reader.skip(":"), let minute = reader.number(2) else {
                throw .unreadable(text)
            }
            parts.hour = hour
            parts.minute = minute
            if reader.skip(":") {
                guard let second = reader.number(2) else { throw .unreadable(text) }
                parts.second = second
            }
        }
        var calendar = calendar
        if !reader.isAtEnd {
            guard let zone = reader.offset() else { throw .unreadable(text) }
            guard let seconds = zone, let timeZone = TimeZone(secondsFromGMT: seconds) else {
                throw .offsetOutOfRange(text)
            }
            calendar.timeZone = timeZone
        }
        parts.calendar = calendar
        guard parts.isValidDate(in: calendar), let date = calendar.date(from: parts) else { throw .unreadable(text) }
        return date
    }

    /// Reads ASCII digits and marks from the front of the text.
    private struct Reader {
        private var bytes: ArraySlice<UInt8>

        init(_ text: String) {
            bytes = Array(text.utf8)[...]
        }

        var isAtEnd: Bool { bytes.isEmpty }

        /// Consumes `mark` if it comes next.
        mutating func skip(_ mark: Unicode.Scalar) -> Bool {
            guard bytes.first == UInt8(ascii: mark) else { return false }
            bytes.removeFirst()
            return true
        }

        /// Consumes exactly `count` digits, as a number.
        mutating func number(_ count: Int) -> Int? {
            guard bytes.count >= count else { return nil }
            var value = 0
            for byte in bytes.prefix(count) {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            bytes.removeFirst(count)
            return value
        }

        /// The rest of the text as `Z`, `+01:00` or `-0530`: nil when it is none of these; seconds
        /// east of UTC inside, nil beyond 18 hours or with 60 minutes or more.
        mutating func offset() -> Int?? {
            if skip("Z") { return isAtEnd ? .some(0) : nil }
            let sign = skip("-") ? -1 : 1
            guard sign < 0 || skip("+"), let hours = number(2) else { return nil }
            _ = skip(":")
            guard let minutes = number(2), isAtEnd else { return nil }
            guard minutes < 60, hours * 60 + minutes <= 18 * 60 else { return .some(nil) }
            return .some(sign * (hours * 3600 + minutes * 60))
        }
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
