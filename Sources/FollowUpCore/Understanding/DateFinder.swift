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

    /// Reads dates in `calendar`; numeric dates in `order`, by default the order of the calendar's locale.
    public init(calendar: Calendar, order: DateOrder? = nil) {
        self.calendar = calendar
        self.order = order ?? DateOrder(locale: calendar.locale)
    }

    /// The mentions in `text`; `past` reads bare weekdays and dates as the last ones before the reference.
    public func mentions(in text: String, reference: Date, past: Bool = false) -> [DateMention] {
        mentions(in: text, words: nil, reference: reference, past: past)
    }

    /// The mentions in `text`, whose words are `words` when the caller has them already; `memo`
    /// keeps the line's scans when the line is read by more than one reader.
    func mentions(in text: String, words: Words?, reference: Date, past: Bool, memo: LineMemo? = nil) -> [DateMention] {
        // A spaced dash joins the ends of a range: "Sep 1 - Sep 4", and so does one after a
        // time: "9am-5pm".
        let dashed =
            Words.text(text, contains: " - ") || Words.text(text, contains: "–") || Words.text(text, contains: "m-")
        let tokens =
            dashed
            ? Words(
                text.replacingOccurrences(of: " - ", with: " to ").replacingOccurrences(of: "–", with: " to ")
                    .replacingOccurrences(of: "am-", with: "am to ").replacingOccurrences(of: "pm-", with: "pm to ")
            ).tokens
            : words?.tokens ?? Words(text).tokens
        let today = Day(reference, in: calendar)
        let scanning = {
            var scan = DateScan(
                tokens: tokens, today: today, calendar: calendar, past: past, reference: reference, order: order)
            return (scan.all(), scan.readsMoment.isSet)
        }
        guard let memo else { return scanning().0 }
        return memo.mentions(
            of: LineMemo.Scan(text: text, today: today, past: past, order: order), at: reference, reading: scanning)
    }
}

/// One pass over a line's words.
struct DateScan {
    let tokens: [String]
    let today: Day
    let calendar: Calendar
    let past: Bool
    /// The moment read against, for "in an hour"; read through `reference`.
    private let referenceMoment: Date
    /// How numeric dates like "3/4" are read.
    let order: DateOrder
    var index = 0
    /// Whether a word that joins a range's ends ("to", "through", "and") is in the line at all.
    var mayHoldRange = true
    /// Set once a reader reads the moment, not only its day: the mentions then hold for that moment only.
    let readsMoment = Flag()

    /// A flag a scan's readers set through a `let`, non-mutating as some of them are.
    final class Flag {
        var isSet = false
    }

    init(tokens: [String], today: Day, calendar: Calendar, past: Bool, reference: Date, order: DateOrder) {
        self.tokens = tokens
        self.today = today
        self.calendar = calendar
        self.past = past
        self.referenceMoment = reference
        self.order = order
    }

    /// The moment read against, for "in an hour".
    var reference: Date {
        readsMoment.isSet = true
        return referenceMoment
    }

    typealias Moment = DateMention.Moment

    mutating func all() -> [DateMention] {
        mayHoldRange = tokens.contains { token in token == "and" || Self.rangeJoins.contains { Words.close(token, $0) }
        }
        var found: [DateMention] = []
        // Whether each word carries a date, worked out when first asked.
        var carries = [Bool?](repeating: nil, count: tokens.count)
        func carrierAhead(of start: Int) -> Bool {
            for position in start + 1..<min(start + 1 + Self.genericReach, tokens.count) {
                let carrier = carries[position] ?? Self.carriesDate(tokens[position])
                carries[position] = carrier
                if carrier { return true }
            }
            return false
        }
        while index < tokens.count {
            guard Self.mayStart(tokens[index]), !Self.genericStarters.contains(tokens[index]) || carrierAhead(of: index)
            else {
                index += 1
                continue
            }
            let start = index
            if var mention = mention() {
                attachTime(to: &mention)
                mention.text = tokens[start]
                for token in tokens[start + 1..<index] { mention.text += " " + token }
                found.append(mention)
            } else {
                index += 1
            }
        }
        return found
    }

    /// How many words after a generic one ("the", "in", "by") a mention's first word that
    /// carries a date may stand: "they were not sure" is the farthest the readers take.
    static let genericReach = 6

    /// Short words that can begin a mention; longer words and numbers are always tried (a long
    /// word may be a typo of one the readers take).
    static let shortStarters: WordSet = [
        "a", "an", "all", "apr", "at", "aug", "by", "cob", "day", "dec", "did", "end", "eod", "eom", "eow", "eoy",
        "feb",
        "few", "five", "for", "four", "fri", "from", "half", "in", "jan", "jul", "july", "jun", "june", "last", "late",
        "like", "lunch", "mar", "may", "mid", "mon", "new", "next", "nine", "no", "noon", "not", "nov", "oct", "on",
        "one",
        "over", "past", "rest", "sat", "say", "sep", "sept", "six", "sun", "tbd", "ten", "the", "they", "this", "thu",
        "thur", "tmr", "tmrw", "to", "tue", "tues", "two", "um", "wed", "weds", "week", "xmas", "year", "zero",
    ]

    /// Whether a mention may begin at `token`: a quick test that skips the readers for most words.
    static func mayStart(_ token: String) -> Bool {
        let bytes = token.utf8
        guard let first = bytes.first else { return false }
        if (48...57).contains(first) { return true }
        guard bytes.count >= 5 else {
            return (first == UInt8(ascii: "q") && bytes.count == 2) || shortStarters.contains(token)
        }
        // A word with other than a to z in it is always tried.
        guard bytes.allSatisfy({ (97...122).contains($0) }), !longStarters.contains(token) else { return true }
        return isTypoOfLongStarter(token)
    }

    /// The mention starting at the current word, consuming its words; nil leaves the index alone.
    mutating func mention() -> DateMention? {
        let start = index
        if let unknown = unknownPhrase() { return unknown }
        if let range = dateRange() { return range }
        index = start
        if let times = clockRange() { return times }
        index = start
        // "early on Thursday morning", "late on Friday afternoon".
        if let modifier = takeAny(["early", "late"]), take("on"), var day = point(modifier: modifier),
            day.start?.hour != nil
        {
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

    /// The first reader of `table` that finds a mention at the current word, trying only the
    /// readers that may start with it.
    mutating func first(of table: ReaderTable) -> DateMention? {
        let start = index
        let candidates = table.candidates(at: word)
        for (place, reader) in table.readers.enumerated() where candidates & 1 << place != 0 {
            index = start
            if let found = reader.read(&self) { return found }
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
        // Most phrases fail on their first word: check it before splitting the rest, and a
        // short one (no typos allowed) without making a string of it.
        guard let word else { return false }
        var phrase = phrase
        let firstMatches = phrase.withUTF8 { bytes in
            let first = UnsafeBufferPointer(
                rebasing: bytes[..<(bytes.firstIndex(of: UInt8(ascii: " ")) ?? bytes.count)])
            return first.count < 5
                ? word.utf8.elementsEqual(first)
                : Words.mayBeTypo(word, of: first) && Words.close(word, String(decoding: first, as: UTF8.self))
        }
        guard firstMatches else { return false }
        let start = index
        for part in Marks.space.split(phrase) where !take(String(part)) {
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

    static let unknownPhrases = [
        "did not say", "did not tell", "did not mention", "did not give", "never said",
        "no timeline", "no time frame", "no timeframe", "no date", "no idea when",
        "not sure when", "do not know when", "no clue when", "unknown", "tbd",
        "to be determined", "they were not sure", "no set date", "no specific date",
        "no word on timing", "nothing about timing",
    ]

    /// The first words of `unknownPhrases`, to skip them quickly.
    static let unknownFirstWords = Set(unknownPhrases.map { String($0.prefix { $0 != " " }) })
    /// The phrases of `unknownPhrases` whose first word has five letters or more, and so may be
    /// typed with a typo: a word that is none of the first words can start only these.
    static let unknownPhrasesTypoStarted = unknownPhrases.filter { $0.prefix { $0 != " " }.count >= 5 }

    mutating func unknownPhrase() -> DateMention? {
        guard let word else { return nil }
        let known = Self.unknownFirstWords.contains(word)
        guard known || word.utf8.count >= 5 else { return nil }
        for phrase in known ? Self.unknownPhrases : Self.unknownPhrasesTypoStarted where take(phrase: phrase) {
            return DateMention(.unknown, text: "", start: nil, end: nil)
        }
        return nil
    }
}
