/// Calendar dates and weekdays: "Dec 12", "12/12", "the 3rd", "2026-12-12", "next Friday".
extension DateScan {
    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
    ]
    /// `months` in the calendar's order, so that a typo close to two names ("nevember") reads
    /// the same in every run (a dictionary's order changes from run to run).
    static let monthsInOrder = months.sorted { $0.value < $1.value }
    static let monthAbbreviations: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]
    static let weekdays: [String: Int] = [
        "sunday": 1, "monday": 2, "tuesday": 3, "wednesday": 4, "thursday": 5, "friday": 6, "saturday": 7,
    ]
    /// `weekdays` in the week's order, for the same reason.
    static let weekdaysInOrder = weekdays.sorted { $0.value < $1.value }
    static let weekdayAbbreviations: [String: Int] = [
        "sun": 1, "mon": 2, "tue": 3, "tues": 3, "wed": 4, "weds": 4, "thu": 5, "thur": 5, "thurs": 5, "fri": 6,
        "sat": 7,
    ]
    /// Abbreviations that are no other word, read as days without a cue: "sent it fri".
    static let plainAbbreviations: WordSet = ["tue", "tues", "weds", "thu", "thur", "thurs", "fri"]
    /// Words that make a following abbreviation or "May" read as a date.
    static let dateCues: WordSet = [
        "on", "by", "until", "till", "before", "after", "this", "next", "last",
        "coming", "from", "since", "to", "of", "in", "during", "early",
        "mid", "late", "end",
    ]
    /// Words before "8/10" that make it a score.
    static let scoreWords: WordSet = [
        "rate", "rated", "rating", "score", "scored", "scores", "give", "gave", "out", "grade",
    ]
    /// Words after "the 3rd" that make it a rank, not a day: "the 3rd floor", "the 2nd round".
    static let rankedThings: WordSet = [
        "floor", "round", "interview", "time", "times", "place", "person", "candidate",
        "grade", "party", "step", "stage", "quarter", "call", "try", "attempt", "one",
        "option", "choice", "question", "edition", "level", "week", "day", "month",
        "year", "wall", "follow", "meeting", "draft", "version", "page", "item",
    ]
    static let ordinalWords: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
        "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
        "thirtieth": 30,
    ]

    /// The month named by the current word. A short or everyday word ("May", "mar") needs a
    /// date cue before it or a day number after it when `strict`.
    mutating func monthName(strict: Bool) -> Int? {
        guard let word else { return nil }
        let cue = peek(-1).map { Self.dateCues.contains($0) } ?? false
        let number = peek(1).map { Self.dayNumber($0) != nil } ?? false
        if word != "may",
            let month = Self.months[word]
                ?? (word.utf8.count > 5 ? Self.monthsInOrder.first(where: { Words.close(word, $0.key) })?.value : nil)
        {
            index += 1
            return month
        }
        if let month = Self.monthAbbreviations[word] ?? (word == "may" ? 5 : nil), !strict || cue || number {
            index += 1
            return month
        }
        return nil
    }

    /// "12", "12th", "3rd", or "twelfth": a day of the month.
    static func dayNumber(_ token: String) -> Int? {
        if let number = Self.ordinalWords[token] { return number }
        guard token.utf8.first.map({ (48...57).contains($0) }) == true else { return nil }
        let digits = token.prefix { $0.isNumber }
        guard let number = Int(digits), (1...31).contains(number), digits.count <= 2,
            ["", "st", "nd", "rd", "th"].contains(token.dropFirst(digits.count))
        else { return nil }
        return number
    }

    func isOrdinal(_ token: String) -> Bool {
        Self.ordinalWords[token] != nil
            || ["st", "nd", "rd", "th"].contains(where: { token.hasSuffix($0) && token.first?.isNumber == true })
    }

    /// The next (or, reading the past, last) day `month`/`number` falls on.
    func closest(month: Int, day number: Int, year given: Int? = nil) -> Day? {
        if let given {
            return Day(iso: Day.padded(given, 4) + "-" + Day.padded(month, 2) + "-" + Day.padded(number, 2))
        }
        for offset in past ? [0, -1] : [0, 1] {
            let year = today.year + offset
            guard number <= Day.length(ofMonth: month, year: year) else { continue }
            let candidate = Day(year: year, month: month, day: number)
            if past ? candidate <= today : candidate >= today { return candidate }
        }
        return nil
    }

    /// "the 3rd" without a month: the next 3rd, with the other reading when it is a close call.
    func dayOfMonth(_ number: Int) -> DateMention? {
        var month = today.month
        var year = today.year
        var candidates: [Day] = []
        for _ in 0..<14 where candidates.count < 4 {
            if number <= Day.length(ofMonth: month, year: year) {
                candidates.append(Day(year: year, month: month, day: number))
            }
            month -= 1
            if month == 0 {
                month = 12
                year -= 1
            }
        }
        month = today.month
        year = today.year
        for _ in 0..<14 {
            month += 1
            if month == 13 {
                month = 1
                year += 1
            }
            if number <= Day.length(ofMonth: month, year: year) {
                candidates.append(Day(year: year, month: month, day: number))
                break
            }
        }
        let before = candidates.filter { $0 < today }.max()
        let after = candidates.filter { $0 > today }.min()
        if candidates.contains(today) { return point(today, alternative: past ? before : after) }
        guard let after, let before else { return (after ?? before).map { point($0) } }
        let ahead = today.days(until: after, in: calendar)
        let behind = before.days(until: today, in: calendar)
        if past { return point(before, alternative: behind > 21 && ahead <= 7 ? after : nil) }
        return point(after, alternative: ahead > 21 && behind <= 7 ? before : nil)
    }

    /// "2026-12-12", "12/12", "12/12/26", "Dec 12", "December 12th, 2026", "12 December",
    /// "the 12th of December", "the 3rd".
    mutating func calendarDate() -> DateMention? {
        let start = index
        guard let first = word else { return nil }
        if let iso = isoDate(first) {
            index += 1
            return iso
        }
        // "I'd rate it 8/10", "scored 7/10": a score, not a date.
        let scored = [peek(-1), peek(-2)].contains { $0.map(Self.scoreWords.contains) == true }
        if !scored, let slash = slashDate(first) {
            index += 1
            return slash
        }
        let leadingThe = take("the")
        if let number = word.flatMap(Self.dayNumber) {
            let afterNumber = index
            index += 1
            // "the 2nd of 5 candidates" is a rank.
            if take("of"), word.flatMap({ Int($0) }) != nil {
                index = start
                return nil
            }
            if let month = monthName(strict: false) {
                return closest(month: month, day: number, year: yearNumber()).map { point($0) }
            }
            if let ahead = take(phrase: "next month") ? 1 : take(phrase: "this month") ? 0 : nil {
                let last = lastDay(ofMonthAfter: ahead)
                return number <= last.day ? point(Day(year: last.year, month: last.month, day: number)) : nil
            }
            index = afterNumber + 1
            // A word ordinal ("the second") is a day only with its month; a rank is never one.
            if Self.ordinalWords[tokens[afterNumber]] != nil || word.map(Self.rankedThings.contains) == true {
                index = start
                return nil
            }
            let cue =
                leadingThe || (peek(-2).map { ["on", "by", "until", "before", "after", "till"].contains($0) } ?? false)
            if cue, isOrdinal(tokens[afterNumber]) || leadingThe, Int(tokens[afterNumber]) == nil || leadingThe {
                return dayOfMonth(number)
            }
            index = start
            return nil
        }
        if let month = monthName(strict: true) {
            _ = take("the")
            if let token = self.word, let number = Self.dayNumber(token),
                Self.ordinalWords[token] == nil || peek(-1) == "the"
            {
                index += 1
                return closest(month: month, day: number, year: yearNumber()).map { point($0) }
            }
        }
        index = start
        return nil
    }

    /// A four-digit year after a date, consumed if present.
    mutating func yearNumber() -> Int? {
        guard let word, word.count == 4, let year = Int(word), (1990...2100).contains(year) else { return nil }
        index += 1
        return year
    }

    func isoDate(_ token: String) -> DateMention? {
        guard token.utf8.first.map({ (48...57).contains($0) }) == true else { return nil }
        let halves = token.split(separator: "t", maxSplits: 1)
        guard let first = halves.first, let day = Day(iso: String(first)) else { return nil }
        if halves.count == 2 {
            let clock = halves[1].split(separator: ":").compactMap { Int($0) }
            guard clock.count >= 2, (0...23).contains(clock[0]), (0...59).contains(clock[1]) else { return nil }
            let moment = Moment(day, hour: clock[0], minute: clock[1])
            return DateMention(.point, text: "", start: moment, end: moment)
        }
        return point(day)
    }

    /// "12/15", "1/5/27", "24/3": read in the user's order; when only the other order makes a
    /// real day ("24/3" read month first), that one; when both do and differ, the other is the alternative.
    func slashDate(_ token: String) -> DateMention? {
        guard token.utf8.contains(UInt8(ascii: "/")) else { return nil }
        let parts = token.split(separator: "/", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.count == 2 || parts.count == 3, let a = parts[0], let b = parts[1], a > 0, b > 0 else { return nil }
        var year: Int?
        if parts.count == 3 {
            guard let given = parts[2], (0...99).contains(given) || (1900...2200).contains(given) else { return nil }
            year = given < 100 ? 2000 + given : given
        }
        func reading(month: Int, day number: Int) -> Day? {
            guard (1...12).contains(month), (1...31).contains(number) else { return nil }
            return closest(month: month, day: number, year: year)
        }
        let (first, second) =
            order == .dayFirst
            ? (reading(month: b, day: a), reading(month: a, day: b))
            : (reading(month: a, day: b), reading(month: b, day: a))
        guard let chosen = first ?? second else { return nil }
        return point(chosen, alternative: first != nil && second != chosen ? second : nil)
    }

    /// The words before a weekday that say which one: "next Friday".
    static let weekdayQualifiers = ["this", "next", "last", "coming", "following"]

    /// "Friday", "this Friday", "next Friday", "last Friday", "Friday the 12th", "Friday next week",
    /// "Monday, December 7th".
    mutating func weekday() -> DateMention? {
        let start = index
        let qualifier = takeAny(Self.weekdayQualifiers)
        guard let word else {
            index = start
            return nil
        }
        let cue =
            qualifier != nil || (peek(-1).map { Self.dateCues.contains($0) } ?? false) || tokens.count == 1
            || Self.plainAbbreviations.contains(word)
        guard
            let weekday = Self.weekdays[word]
                ?? (word.utf8.count > 5 ? Self.weekdaysInOrder.first(where: { Words.close(word, $0.key) })?.value : nil)
                ?? (cue || peek(1).map { Self.dayNumber($0) != nil || $0 == "week" } == true
                    ? Self.weekdayAbbreviations[word] : nil)
        else {
            index = start
            return nil
        }
        index += 1
        let afterWeekday = index
        _ = take("the")
        if let word = self.word, let number = Self.dayNumber(word), isOrdinal(word) || peek(-1) == "the" {
            index += 1
            if let month = monthName(strict: false), let day = closest(month: month, day: number) {
                return point(day)
            }
            guard var reading = dayOfMonth(number), let day = reading.end?.day else { return nil }
            // "friday the 2nd" when the 2nd is a Saturday: the other reading is the Friday nearest the 2nd.
            let apart = (weekday - day.weekday(in: calendar) + 7) % 7
            if apart != 0 { reading.alternative = Moment(self.day(day, plus: apart <= 3 ? apart : apart - 7)) }
            return reading
        }
        index = afterWeekday
        // "Monday, December 7th", "Tuesday 12/1": the date decides; a weekday that disagrees is the other reading.
        if let dated = calendarDate(), let day = dated.end?.day {
            var mention = point(day)
            if day.weekday(in: calendar) != weekday {
                mention.alternative = Moment(nearest(weekday, qualifier: qualifier))
            }
            return mention
        }
        index = afterWeekday
        if take(phrase: "next week") || take(phrase: "of next week") {
            return point(day(monday(weeksAhead: 1), plus: (weekday + 5) % 7))
        }
        // "the Friday after next", "Monday week" (British for a week on Monday).
        if take(phrase: "after next") || take("week") { return point(day(nearest(weekday, qualifier: nil), plus: 7)) }
        // "the Monday before last": the one a week before last Monday.
        if take(phrase: "before last") { return point(day(nearest(weekday, qualifier: "last"), plus: -7)) }
        if take(phrase: "this week") || take(phrase: "of this week") {
            return point(day(monday(weeksAhead: 0), plus: (weekday + 5) % 7))
        }
        if take(phrase: "last week") || take(phrase: "of last week") {
            return point(day(monday(weeksAhead: -1), plus: (weekday + 5) % 7))
        }
        let reading = nearest(weekday, qualifier: qualifier)
        var alternative: Day?
        if qualifier == nil || qualifier == "this" || qualifier == "coming", weekday == today.weekday(in: calendar) {
            alternative = today
        }
        var mention = point(reading, alternative: alternative)
        if qualifier == "next", !past {
            let first = nearest(weekday, qualifier: nil)
            if first != reading {
                mention.alternative = Moment(first)
                mention.isConvention = true
            }
        }
        return mention
    }

    /// The day a weekday names: the first one ahead (or behind, for the past or "last"), or
    /// for "next", the one in the following week.
    func nearest(_ weekday: Int, qualifier: String?) -> Day {
        let backwards = past || qualifier == "last"
        if qualifier == "next" || qualifier == "following", !backwards {
            return day(monday(weeksAhead: 1), plus: (weekday + 5) % 7)
        }
        // One to seven days away, counted from today's weekday rather than walked day by day.
        let current = today.weekday(in: calendar)
        let away = backwards ? (current - weekday + 7) % 7 : (weekday - current + 7) % 7
        return day(today, plus: (away == 0 ? 7 : away) * (backwards ? -1 : 1))
    }
}
