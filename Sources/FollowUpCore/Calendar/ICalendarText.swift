import Foundation

/// Writes iCalendar (RFC 5545) content lines: escaped text, 75-octet folding, CRLF line ends.
struct ICalendarText {
    private(set) var lines: [String] = []

    /// Adds `NAME;PARAMS:VALUE`; `value` must already be in its iCalendar form.
    mutating func add(_ name: String, _ value: String, parameters: String = "") {
        lines.append(name + (parameters.isEmpty ? "" : ";" + parameters) + ":" + value)
    }

    /// Adds a TEXT property, escaped so that user text cannot break or add properties.
    mutating func add(text name: String, _ value: String) {
        add(name, Self.escaped(value))
    }

    /// TEXT escaping: backslash, semicolon, comma and newlines; other control characters dropped.
    static func escaped(_ value: String) -> String {
        var result = ""
        for scalar in value.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r": result += "\\n"
            default:
                if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format {
                    continue
                }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Splits a line into pieces of at most 75 octets, never inside a character; continuation
    /// pieces start with a space.
    static func folded(_ line: String) -> [String] {
        var pieces: [String] = []
        var current = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            let limit = pieces.isEmpty ? 75 : 74
            if octets + size > limit {
                pieces.append(current)
                current = ""
                octets = 0
            }
            current.append(character)
            octets += size
        }
        pieces.append(current)
        return pieces.enumerated().map { $0.offset == 0 ? $0.element : " " + $0.element }
    }

    /// The whole text, folded, with CRLF after every line.
    var document: String {
        lines.flatMap(Self.folded).map { $0 + "\r\n" }.joined()
    }

    /// `20261127T220000Z`.
    static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        // Every component asked of dateComponents is filled in for a Gregorian calendar.
        return String(
            format: "%04d%02d%02dT%02d%02d%02dZ", parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!,
            parts.second!)
    }

    /// `20261214`.
    static func date(_ day: Day) -> String {
        Day.padded(day.year, 4) + Day.padded(day.month, 2) + Day.padded(day.day, 2)
    }
}
