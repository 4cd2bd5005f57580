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
