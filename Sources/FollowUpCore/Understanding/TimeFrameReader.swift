import Foundation

/// Reads what the employer said about timing: "two weeks", "a week or two", "by Friday", "they didn't say".
struct TimeFrameReader {
    let calendar: Calendar

    /// Ways of saying there is no time frame, in answer to the question about timing.
    static let unknownPhrases = [
        "no idea", "not sure", "do not know", "did not ask", "not given", "no clue", "they did not",
        "no answer", "unclear", "not clear", "dunno", "idk", "nothing", "not really",
    ]

    /// Ways of saying they will decide soon, without a day.
    static let soonPhrases: Phrases = [
        "asap", "as soon as possible", "as soon as they can", "very soon", "soon", "shortly", "quickly",
        "right away", "in a few days",
    ]

    /// The time frame in `text`, read against the interview day, with the mention it came from.
    func reading(of text: String, interviewDay: Day) -> (frame: TimeFrame, mention: DateMention?)? {
        let mentions = DateFinder(calendar: calendar).mentions(in: text, reference: interviewDay.noon(in: calendar))
        if let mention = mentions.first { return (mention.timeFrame, mention) }
        let words = Words(text)
        if words.hasAny(phrases: Self.unknownPhrases) { return (.unknown, nil) }
        // "asap", "very soon": a few working days.
        if words.hasAny(phrases: Self.soonPhrases) { return (.within(3, .businessDays), nil) }
        return nil
    }

    func timeFrame(in text: String, interviewDay: Day) -> TimeFrame? {
        reading(of: text, interviewDay: interviewDay)?.frame
    }
}
