import Foundation

/// Reads when something happened: "just now", "an hour ago", "at 3:30pm", "yesterday at 4pm".
struct MomentReader {
    let calendar: Calendar

    /// What was read, and what had to be assumed to read it.
    struct Reading {
        var date: Date
        var assumed: String?
    }

    static let nowPhrases = ["now", "just now", "just finished", "just ended", "just", "moment ago",
                             "right now", "few minutes ago", "just got out", "a minute ago"]

    func moment(in words: Words, now: Date) -> Reading? {
        let tokens = words.tokens
        if tokens.isEmpty { return Reading(date: now) }
        if let iso = tokens.lazy.compactMap(Self.isoMoment).first {
            return Reading(date: Day(iso: iso.day)!.at(hour: iso.hour, minute: iso.minute, in: calendar))
        }
        if let ago = ago(tokens) { return Reading(date: now.addingTimeInterval(-ago)) }
        let today = Day(now, in: calendar)
        let day = DayReader(calendar: calendar, future: false).day(in: words, from: today)
        if let time = timeOfDay(tokens) {
            let on = day ?? today
            var hour = time.hour
            if !time.explicit, hour < 12 {
                let afternoon = on.at(hour: hour + 12, minute: time.minute, in: calendar)
                if on != today || hour < 8 || afternoon <= now { hour += 12 }
            }
            return Reading(date: on.at(hour: hour, minute: time.minute, in: calendar))
        }
        if let day, day != today {
            return Reading(date: day.at(hour: 17, minute: 0, in: calendar), assumed: "5:00 PM")
        }
        if words.hasAny(phrases: Self.nowPhrases) || day == today { return Reading(date: now) }
        return nil
    }

    /// "2026-11-26t15:00" as its parts.
    static func isoMoment(_ token: String) -> (day: String, hour: Int, minute: Int)? {
        let halves = token.split(separator: "t")
        guard halves.count == 2, Day(iso: String(halves[0])) != nil else { return nil }
        let clock = halves[1].split(separator: ":").map { Int($0) }
        guard clock.count >= 2, let hour = clock[0], let minute = clock[1],
              (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        return (String(halves[0]), hour, minute)
    }

    /// Seconds in "an hour ago", "20 minutes ago", "half an hour ago".
    private func ago(_ tokens: [String]) -> TimeInterval? {
        guard let agoIndex = tokens.firstIndex(of: "ago"), agoIndex >= 1 else { return nil }
        let unit = tokens[agoIndex - 1]
        let seconds: TimeInterval
        switch unit {
        case "minute", "minutes", "min", "mins": seconds = 60
        case "hour", "hours", "hr", "hrs": seconds = 3600
        default: return nil
        }
        if agoIndex >= 3, tokens[agoIndex - 3] == "half" { return seconds / 2 }
        guard agoIndex >= 2, let count = TimeFrameReader.amount(tokens[agoIndex - 2]) else { return nil }
        return seconds * Double(count)
    }

    /// A clock time: "3pm", "3:30", "15:30", "at 4", "4 pm", "noon".
    private func timeOfDay(_ tokens: [String]) -> (hour: Int, minute: Int, explicit: Bool)? {
        if tokens.contains("noon") { return (12, 0, true) }
        for (index, token) in tokens.enumerated() {
            var text = Substring(token)
            var meridiem: String?
            for suffix in ["am", "pm"] where text.hasSuffix(suffix) {
                meridiem = suffix
                text = text.dropLast(2)
            }
            if meridiem == nil, index + 1 < tokens.count, ["am", "pm"].contains(tokens[index + 1]) {
                meridiem = tokens[index + 1]
            }
            let parts = text.split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
            guard let hour = parts.first ?? nil, parts.allSatisfy({ $0 != nil }), parts.count <= 2 else { continue }
            let minute = parts.count == 2 ? parts[1]! : 0
            let afterAt = index > 0 && ["at", "around", "about"].contains(tokens[index - 1])
            guard meridiem != nil || parts.count == 2 || afterAt, (0...59).contains(minute) else { continue }
            switch meridiem {
            case "am"?: guard (1...12).contains(hour) else { continue }
                return (hour % 12, minute, true)
            case "pm"?: guard (1...12).contains(hour) else { continue }
                return (hour % 12 + 12, minute, true)
            default: guard (0...23).contains(hour) else { continue }
                return (hour, minute, hour >= 13 || hour == 0)
            }
        }
        return nil
    }
}
