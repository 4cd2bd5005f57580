import Foundation

/// Reads when something happened: "just now", "an hour ago", "at 3:30pm", "yesterday at 4pm".
struct MomentReader {
    let calendar: Calendar
    /// Keeps the dates read for the line, when its other readers read them too.
    var memo: LineMemo? = nil

    /// What was read, and what had to be assumed to read it.
    struct Reading {
        var date: Date
        /// What had to be assumed, said as a sentence.
        var assumed: String?
    }

    static let nowPhrases: Phrases = [
        "now", "just now", "just finished", "just ended", "just", "moment ago",
        "right now", "few minutes ago", "just got out", "a minute ago",
    ]

    func moment(in text: String, now: Date) -> Reading? {
        let words = Words(text)
        // An empty line is now; an emoji or a shrug alone gives no time at all.
        if words.isEmpty { return text.allSatisfy(\.isWhitespace) ? Reading(date: now) : nil }
        if let ago = ago(words.tokens) { return Reading(date: now.addingTimeInterval(-ago)) }
        let today = Day(now, in: calendar)
        let mentions = DateFinder(calendar: calendar).mentions(
            in: text, words: words, reference: now, past: true, memo: memo)
        if let mention = mentions.first, let start = mention.start, mention.kind == .point {
            guard let hour = start.hour else {
                return start.day == today
                    ? Reading(date: now)
                    : Reading(
                        date: start.day.at(hour: 17, minute: 0, in: calendar),
                        assumed: "You gave no time for the end, so I took 5:00 PM; correct me if that's off.")
            }
            let date = start.day.at(hour: hour, minute: start.minute ?? 0, in: calendar)
            // "this afternoon": a part of the day, read as its middle (never later than now).
            if let end = mention.end, end.day == start.day, let endHour = end.hour, endHour > hour {
                // "this morning, finished around 10": a time said within the part is the end.
                if let said = Self.time(within: hour...endHour, of: mentions.dropFirst()) {
                    let date = start.day.at(hour: said.hour, minute: said.minute, in: calendar)
                    if date <= now { return Reading(date: date) }
                }
                let middle = min(now, date.addingTimeInterval(Double(endHour * 60 - hour * 60) * 30))
                return Reading(
                    date: middle,
                    assumed:
                        "You gave no exact time for the end, so I took \(DateText(calendar: calendar).time(middle)); "
                        + "correct me if that's off.")
            }
            // "It ended at 2pm", said at 9 in the morning: the last 2pm, yesterday's.
            if date > now, start.day == today, !words.hasAny(["today", "this"]) {
                let yesterday = today.adding(days: -1, in: calendar).at(
                    hour: hour, minute: start.minute ?? 0, in: calendar)
                return Reading(
                    date: yesterday,
                    assumed: "That time is still ahead today, so I took yesterday's; correct me if that's off.")
            }
            return Reading(date: date)
        }
        return words.hasAny(phrases: Self.nowPhrases) ? Reading(date: now) : nil
    }

    /// The first exact time among `mentions` that falls within `hours` of a part of the day:
    /// "around 10" in the morning, "4" in the afternoon (read as 4 PM).
    static func time(within hours: ClosedRange<Int>, of mentions: ArraySlice<DateMention>) -> (
        hour: Int, minute: Int
    )? {
        for mention in mentions
        where mention.kind == .point && (mention.end?.hour ?? mention.start?.hour) == mention.start?.hour {
            guard let hour = mention.start?.hour else { continue }
            let minute = mention.start?.minute ?? 0
            if hours.contains(hour) { return (hour, minute) }
            if hour < 12, hours.contains(hour + 12) { return (hour + 12, minute) }
        }
        return nil
    }

    /// Seconds in "an hour ago", "20 minutes ago", "half an hour ago".
    private func ago(_ tokens: [String]) -> TimeInterval? {
        guard let agoIndex = tokens.firstIndex(of: "ago"), agoIndex >= 1 else { return nil }
        let seconds: TimeInterval
        switch tokens[agoIndex - 1] {
        case "minute", "minutes", "min", "mins": seconds = 60
        case "hour", "hours", "hr", "hrs": seconds = 3600
        default: return nil
        }
        if agoIndex >= 3, tokens[agoIndex - 3] == "half" { return seconds / 2 }
        guard agoIndex >= 2, let count = NumberWords.value(of: tokens[agoIndex - 2]) else { return nil }
        return seconds * Double(count)
    }
}
