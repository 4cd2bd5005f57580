import Foundation

/// "is that this friday or next": the two days the weekday can mean, by date.
extension Exchange {
    /// Answers "this friday or next?" with both dates; false when the line asks no such thing.
    mutating func answerWhichWeek(_ words: Words) -> Bool {
        let tokens = words.tokens
        guard tokens.count <= 8, tokens.contains("this"), tokens.contains("or"), tokens.contains("next"),
            let weekday = tokens.lazy.compactMap(Self.weekday(named:)).first
        else { return false }
        let ahead = (weekday - today.weekday(in: calendar) + 7) % 7
        let this = today.adding(days: ahead, in: calendar)
        let next = this.adding(days: 7, in: calendar)
        say(
            "The coming one is \(text.day(this))\(ahead == 0 ? " (today)" : ""); the one after is \(text.day(next)). If they didn't say which, it's fine to ask them."
        )
        reaskOrOffer()
        return true
    }

    /// The weekday number (1 for Sunday) of "friday" or "fri".
    static func weekday(named token: String) -> Int? {
        let names = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]
        guard token.count >= 3, let index = names.firstIndex(where: { token.hasPrefix($0) }) else { return nil }
        let full = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"][index]
        return full.hasPrefix(token) || ["tues", "thur", "thurs", "weds"].contains(token) ? index + 1 : nil
    }
}
