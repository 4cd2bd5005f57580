import Foundation

/// Finds every date, range and span in a line, in order, against a reference moment.
///
/// Documented readings:
/// - "Friday" and "this Friday" are the first Friday after the reference day (when reading
///   the past, the last one before it); said on a Friday, the other reading (today) is kept
///   as the alternative. "next Friday" is the Friday of the following Monday-to-Sunday week;
///   when that is not the first Friday ahead, the first Friday is kept as the alternative.
/// - "the 3rd" is the next 3rd; when that is more than three weeks away and the last 3rd was
///   within a week, or the 3rd is today, the other one is the alternative.
/// - "two weeks" and "within 5 business days" are spans from the reference; "in two weeks" is
///   the day they end; "a week or two" runs from one week to two.
/// - early, mid and late in a month are the 1st–10th, 11th–20th and 21st–end; "the end of
///   the week" is its Friday; "after the holidays" is the first two weeks of January.
public struct DateFinder: Sendable {
    public let calendar: Calendar
    /// How numeric dates like "3/4" are read.
    public let order: DateOrder

    public init(calendar: Calendar, order: DateOrder = .monthFirst) {
        self.calendar = calendar
        self.order = order
    }

    /// The mentions in `text`; `past` reads bare weekdays and dates as the last ones before the reference.
    public func mentions(in text: String, reference: Date, past: Bool = false) -> [DateMention] {
        // A spaced dash joins the ends of a range: "Sep 1 - Sep 4".
        let joined = text.contains(" - ") || text.contains("–") ? text.replacingOccurrences(of: " - ", with: " to ")
            .replacingOccurrences(of: "–", with: " to ") : text
        var scan = DateScan(tokens: Words(joined).tokens, today: Day(reference, in: calendar), calendar: calendar, past: past,
                            reference: reference, order: order)
        return scan.all()
    }
}

/// One pass over a line's words.
struct DateScan {
    let tokens: [String]
    let today: Day
    let calendar: Calendar
    let past: Bool
    /// The moment read against, for "in an hour".
    let reference: Date
    /// How numeric dates like "3/4" are read.
    let order: DateOrder
    var index = 0

    typealias Moment = DateMention.Moment

    mutating func all() -> [DateMention] {
        var found: [DateMention] = []
        while index < tokens.count {
            let start = index
            if var mention = mention() {
                attachTime(to: &mention)
                mention.text = tokens[start..<index].joined(separator: " ")
                found.append(mention)
            } else {
                index += 1
            }
        }
        return found
    }

    /// The mention starting at the current word, consuming its words; nil leaves the index alone.
    mutating func mention() -> DateMention? {
        let start = index
        if let unknown = unknownPhrase() { return unknown }
        if let range = dateRange() { return range }
        index = start
        // "early on Thursday morning", "late on Friday afternoon".
        if let modifier = takeAny(["early", "late"]), take("on"), var day = point(modifier: modifier), day.start?.hour != nil {
            day.text = ""
            return day
        }
        index = start
        return first(of: Self.readers)
    }

    /// A mention usable as one end of a range, with its time.
    mutating func point(modifier: String? = nil) -> DateMention? {
        guard var found = first(of: Self.pointReaders) else { return nil }
        attachTime(to: &found, modifier: modifier)
        return found
    }

    typealias Reader = @Sendable (inout DateScan) -> DateMention?
    static let pointReaders: [Reader] = [{ $0.relativeDay() }, { $0.calendarDate() }, { $0.weekday() }]
    static let readers: [Reader] = [{ $0.compoundLength() }, { $0.hoursFromNow() }, { $0.span() }, { $0.weekOrMonth() },
                                    { $0.weekend() }, { $0.weekOfMonth() }, { $0.countedWeekday() }, { $0.yearOrQuarter() },
                                    { $0.partOfMonth() }, { $0.holiday() }]
        + pointReaders + [{ $0.timeAlone() }]

    /// The first reader that finds a mention at the current word.
    mutating func first(of readers: [Reader]) -> DateMention? {
        let start = index
        for reader in readers {
            index = start
            if let found = reader(&self) { return found }
        }
        index = start
        return nil
    }

    // MARK: Words

    var word: String? { index < tokens.count ? tokens[index] : nil }

    func peek(_ offset: Int = 0) -> String? {
        tokens.indices.contains(index + offset) ? tokens[index + offset] : nil
    }

    /// Consumes `expected` (allowing typos in long words) if it is the current word.
    mutating func take(_ expected: String) -> Bool {
        guard let word, Words.close(word, expected) else { return false }
        index += 1
        return true
    }

    /// Consumes the words of `phrase` if they come next.
    mutating func take(phrase: String) -> Bool {
        // Most phrases fail on their first word: check it before splitting the rest.
        guard let word, Words.close(word, String(phrase.prefix { $0 != " " })) else { return false }
        let start = index
        for part in phrase.split(separator: " ") where !take(String(part)) {
            index = start
            return false
        }
        return true
    }

    mutating func takeAny(_ words: [String]) -> String? {
        words.first { take($0) }
    }

    func day(_ day: Day, plus days: Int) -> Day {
        day.adding(days: days, in: calendar)
    }

    func point(_ day: Day, alternative: Day? = nil) -> DateMention {
        DateMention(.point, text: "", start: Moment(day), end: Moment(day), alternative: alternative.map { Moment($0) })
    }

    func range(_ first: Day, _ last: Day, span: DateMention.Span? = nil) -> DateMention {
        DateMention(.range, text: "", start: Moment(first), end: Moment(last), span: span)
    }

    // MARK: Unknown

    static let unknownPhrases = ["did not say", "did not tell", "did not mention", "did not give", "never said",
                                 "no timeline", "no time frame", "no timeframe", "no date", "no idea when",
                                 "not sure when", "do not know when", "no clue when", "unknown", "tbd",
                                 "to be determined", "they were not sure", "no set date", "no specific date",
                                 "no word on timing", "nothing about timing"]

    mutating func unknownPhrase() -> DateMention? {
        for phrase in Self.unknownPhrases where take(phrase: phrase) {
            return DateMention(.unknown, text: "", start: nil, end: nil)
        }
        return nil
    }
}
