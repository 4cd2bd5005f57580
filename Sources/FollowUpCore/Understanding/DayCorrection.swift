import Foundation

/// The interview's day put right: "sorry it was Tuesday not Thursday", "no wait, it was
/// monday". Only a line that says a correction and nothing but the day counts.
struct DayCorrection {
    let calendar: Calendar

    /// Words that say a correction.
    static let cues = ["sorry", "oops", "wait", "no", "actually", "my bad", "i meant", "i mean", "not"]
    /// Words before the day that are not part of it.
    static let leads = cues + ["it was", "it's", "its", "the interview was", "interview was", "was", "on"]

    /// The day, with a time when one is given, that `line` says the interview was on; nil when
    /// the line is not only that, or the day is still ahead.
    func day(in line: String, now: Date) -> DateMention? {
        let words = Words(line)
        guard words.hasAny(phrases: Self.cues) else { return nil }
        // "Tuesday not Thursday": the day said is the one before the "not".
        var said = words.before(["not"]).tokens
        var stripped = true
        while stripped {
            stripped = false
            for lead in Self.leads {
                let parts = lead.split(separator: " ").map(String.init)
                if said.starts(with: parts) {
                    said.removeFirst(parts.count)
                    stripped = true
                }
            }
        }
        // "next friday" is ahead, whatever the tense.
        guard !said.contains(where: ["next", "coming", "tomorrow"].contains) else { return nil }
        let text = said.joined(separator: " ")
        let mentions = DateFinder(calendar: calendar).mentions(in: text, reference: now, past: true)
        guard mentions.count == 1, let mention = mentions.first, mention.kind == .point,
            Words(mention.text).tokens == said, let start = mention.start, start.day <= Day(now, in: calendar)
        else { return nil }
        return mention
    }

    /// Whether `said` names a day by its weekday alone ("wednesday", "at 3pm weds"): no date, no
    /// month, and nothing like "last" or "yesterday" that says which week.
    static func namesWeekdayAlone(_ said: String) -> Bool {
        let tokens = Words(said).tokens
        guard tokens.contains(where: { DateScan.weekdays[$0] != nil || DateScan.weekdayAbbreviations[$0] != nil })
        else { return false }
        return tokens.indices.allSatisfy { index in
            let token = tokens[index]
            guard DateScan.months[token] == nil, DateScan.monthAbbreviations[token] == nil,
                !Self.weekWords.contains(token)
            else { return false }
            // A number is only allowed as a time of day: "3pm", "3 pm", "at 3", "3:30".
            guard token.first?.isNumber == true else { return true }
            let before = index > 0 ? tokens[index - 1] : ""
            let after = index + 1 < tokens.count ? tokens[index + 1] : ""
            return token.hasSuffix("am") || token.hasSuffix("pm") || ["am", "pm"].contains(after)
                || ["at", "around", "about"].contains(before) || before.first?.isNumber == true
        }
    }

    /// Words that say which week a weekday is in.
    static let weekWords: WordSet = [
        "last", "next", "this", "past", "yesterday", "today", "tomorrow", "ago", "week", "weeks", "th", "st", "nd",
        "rd",
    ]

    /// The days the line says it was not, read back from now: "not Thursday" is last Thursday
    /// or today, when today is a Thursday.
    func daysDenied(in line: String, now: Date) -> [Day] {
        let tokens = Words(line).tokens
        guard let not = tokens.firstIndex(of: "not") else { return [] }
        let denied = tokens[(not + 1)...].joined(separator: " ")
        guard let mention = DateFinder(calendar: calendar).mentions(in: denied, reference: now, past: true).first,
            mention.kind == .point
        else { return [] }
        return [mention.start?.day, mention.alternative?.day].compactMap { $0 }
    }
}
