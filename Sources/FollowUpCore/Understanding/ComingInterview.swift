import Foundation

/// An interview still to come, as a line tells it: "i have an interview tomorrow at 3", "it
/// hasnt happened yet, its thursday at 3". Its day is read ahead, never put in the past.
enum ComingInterview {
    /// Words that say the interview is still ahead.
    static let cues: Phrases = [
        "have an interview", "have my interview", "got an interview", "ive got an interview", "hasnt happened",
        "hasn t happened", "has not happened", "not happened yet", "have not had it", "not had it yet", "still to come",
        "is coming up", "coming up", "upcoming", "interview is tomorrow", "its tomorrow", "it s tomorrow",
        "interview is on", "interview is at", "its on", "it s on", "prepping for", "preparing for", "getting ready for",
    ]

    /// Words, exactly these, that tell of an interview had: "had one today, the next is coming up".
    static let pastOnes: WordSet = ["had", "interviewed", "met", "was", "went"]

    /// Whether `words` say the interview is still ahead.
    static func says(_ words: Words) -> Bool {
        words.hasAny(phrases: cues)
    }

    /// When the interview ahead is: the first day `line` names ahead of `now`, with its time if
    /// one is given; nil when the line says no interview is ahead (`cued`), or names no day ahead.
    static func moment(
        in line: String, words: Words, calendar: Calendar, now: Date, cued: Bool = true
    ) -> DateMention.Moment? {
        guard !cued || (says(words) && !words.tokens.contains(where: pastOnes.contains)) else { return nil }
        let today = Day(now, in: calendar)
        return DateFinder(calendar: calendar).mentions(in: line, reference: now).lazy.compactMap { mention in
            guard mention.kind == .point, let start = mention.start else { return nil }
            if start.day > today { return start }
            guard start.day == today, let hour = start.hour else { return nil }
            return start.day.at(hour: hour, minute: start.minute ?? 0, in: calendar) > now ? start : nil
        }.first
    }
}
