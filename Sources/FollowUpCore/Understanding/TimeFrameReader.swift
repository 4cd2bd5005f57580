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

    /// The time frame in `text`, read against the interview day, with the mention it came from;
    /// `words` are the text's words when the caller has them already.
    func reading(of text: String, interviewDay: Day, words given: Words? = nil) -> (
        frame: TimeFrame, mention: DateMention?
    )? {
        // "it was at 2pm", "nearly 2 hours": the interview's own hours are no decision day.
        let mentions = DateFinder(calendar: calendar).mentions(
            in: text, words: given, reference: interviewDay.noon(in: calendar), past: false
        ).filter { mention in
            !(mention.kind == .duration && mention.span == nil)
                && !(mention.kind == .point && mention.end?.hour != nil && mention.end?.day == interviewDay)
        }
        // "after new year, first week of jan": the narrowest day they gave is the one meant.
        if let mention = mentions.enumerated().min(by: {
            Self.breadth($0.element) < Self.breadth($1.element)
                || (Self.breadth($0.element) == Self.breadth($1.element) && $0.offset < $1.offset)
        })?.element {
            return (mention.timeFrame, Self.likelier(mention, after: interviewDay))
        }
        let words = given ?? Words(text)
        if words.hasAny(phrases: Self.unknownPhrases) { return (.unknown, nil) }
        // "asap", "very soon": a few working days.
        if words.hasAny(phrases: Self.soonPhrases) { return (.within(3, .businessDays), nil) }
        return nil
    }

    /// `mention`, or its other reading when that is the likelier day for a decision: "they said
    /// 11/12" on December 1 is December 11, not November 12 of next year. The day not taken
    /// stays the alternative, so the coach can say which it chose.
    static func likelier(_ mention: DateMention, after interviewDay: Day) -> DateMention {
        guard mention.kind == .point, let day = mention.end?.day, let other = mention.alternative,
            day.ordinal - interviewDay.ordinal > 180, other.day >= interviewDay, other.day < day
        else { return mention }
        var swapped = mention
        swapped.alternative = mention.end
        swapped.start = other
        swapped.end = other
        return swapped
    }

    /// How many days a range mention spans; 0 for a day or a length.
    static func breadth(_ mention: DateMention) -> Int {
        guard mention.kind == .range, let start = mention.start?.day, let end = mention.end?.day else { return 0 }
        return end.ordinal - start.ordinal
    }

    func timeFrame(in text: String, interviewDay: Day) -> TimeFrame? {
        reading(of: text, interviewDay: interviewDay)?.frame
    }
}
