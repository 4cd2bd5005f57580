import Foundation

/// Reads what the employer said about timing: "two weeks", "a week or two", "by Friday", "they didn't say".
struct TimeFrameReader {
    let calendar: Calendar
    /// The day the words are said: a day named relative to it ("friday week") counts from it
    /// when it is after the interview; nil reads everything against the interview day.
    var saidOn: Day? = nil
    /// Keeps the dates read for the line, when its other readers read them too.
    var memo: LineMemo? = nil

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
        let reference = saidOn.map { max($0, interviewDay) } ?? interviewDay
        let finder = DateFinder(calendar: calendar)
        var read = finder.mentions(
            in: text, words: given, reference: reference.noon(in: calendar), past: false, memo: memo)
        // "they would decide by dec 18", told on the 21st about an interview on the 14th: a day
        // read from today that falls most of a year after the interview is the one after it.
        if reference > interviewDay, read.contains(where: { Self.isAYearOn($0, from: interviewDay) }) {
            let fromInterview = finder.mentions(
                in: text, words: given, reference: interviewDay.noon(in: calendar), past: false, memo: memo)
            if fromInterview.count == read.count {
                read = zip(read, fromInterview).map { today, then in
                    Self.isAYearOn(today, from: interviewDay) && (then.end?.day).map { $0 >= interviewDay } == true
                        ? then : today
                }
            }
        }
        // "it was at 2pm", "nearly 2 hours": the interview's own hours are no decision day.
        let mentions = read.filter { mention in
            !(mention.kind == .duration && mention.span == nil)
                && !(mention.kind == .point && mention.end?.hour != nil && mention.end?.day == interviewDay)
        }
        // "after new year, first week of jan": the narrowest day they gave is the one meant;
        // "before the holidays, probly around the 23rd": a day given by its number before a named one.
        if let mention = mentions.enumerated().min(by: {
            (Self.breadth($0.element), Self.named($0.element), $0.offset)
                < (Self.breadth($1.element), Self.named($1.element), $1.offset)
        })?.element {
            let likelier = Self.likelier(mention, after: interviewDay)
            return (likelier.kind == .range ? workingDay(likelier.timeFrame) : likelier.timeFrame, likelier)
        }
        let words = given ?? Words(text)
        if words.hasAny(phrases: Self.unknownPhrases) { return (.unknown, nil) }
        // "asap", "very soon": a few working days.
        if words.hasAny(phrases: Self.soonPhrases) { return (.within(3, .businessDays), nil) }
        return nil
    }

    /// A deadline that falls on a weekend read as the working day before it: "mid december"
    /// ends on Sunday, Dec 20, so they decide by Friday, Dec 18. Only a range's end is moved:
    /// a day the user named ("by Dec 12") stays as said.
    func workingDay(_ frame: TimeFrame) -> TimeFrame {
        guard case var .by(day) = frame else { return frame }
        while day.isWeekend(in: calendar) { day = day.adding(days: -1, in: calendar) }
        return .by(day)
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

    /// 1 for a day given by name alone ("before the holidays"), 0 for one with a number in it.
    static func named(_ mention: DateMention) -> Int {
        mention.kind == .point && !mention.text.contains(where: \.isNumber) ? 1 : 0
    }

    /// Whether `mention` ends more than 200 days after `interviewDay`: a day read a year on.
    static func isAYearOn(_ mention: DateMention, from interviewDay: Day) -> Bool {
        (mention.end?.day).map { $0.ordinal - interviewDay.ordinal > 200 } == true
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
