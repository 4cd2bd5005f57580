/// Spans and relative days: "two weeks", "in 10 days", "a week or two", "tomorrow", "next week".
extension DateScan {
    /// Words that turn a span into a description: "a four day week", "a two month contract".
    static let describedThings: WordSet = [
        "week", "month", "shift", "contract", "trial", "course", "job", "role",
        "position", "project", "event", "program", "programme", "workweek",
    ]

    /// Words that may follow a count and a singular unit in a time phrase ("a week from Friday").
    static let afterSingularUnit: WordSet = [
        "ago", "from", "later", "hence", "out", "and", "or", "to", "before", "after",
        "of", "time", "today", "tomorrow", "on", "in", "at", "by", "for",
    ]

    /// Whether the count just read, with the singular unit before the current word, describes a
    /// thing: "a 10 year roadmap", "my 5 year plan", "a 2 hour drive" (not "one week from today").
    func describesAThing(count: Int) -> Bool {
        guard count != 1, let unit = peek(-1), ["year", "week", "month", "day", "hour", "minute"].contains(unit),
            let next = word, next.utf8.first.map({ (97...122).contains($0) }) == true
        else { return false }
        return !Self.afterSingularUnit.contains(next)
    }

    /// The words `amount()` may start with, but numbers: "a", "a couple", "few", "two".
    static let amountWords = ["a", "an", "couple", "few"] + NumberWords.words

    /// "2", "two", "a", "a couple of", "a few", and "2-3" as (2, 3).
    mutating func amount() -> (low: Int, high: Int)? {
        guard let word else { return nil }
        if word.utf8.contains(UInt8(ascii: "-")) {
            let parts = word.split(separator: "-").compactMap { Int($0) }
            if parts.count == 2 {
                index += 1
                return (parts[0], parts[1])
            }
        }
        let start = index
        let article = take("a") || take("an")
        if take("couple") {
            _ = take("of")
            return (2, 2)
        }
        if take("few") { return (3, 3) }
        if article { return (1, 1) }
        index = start
        if let number = NumberWords.value(of: word), Int(word) != nil || NumberWords.words.contains(word) {
            index += 1
            return (number, number)
        }
        return nil
    }

    /// A unit of time, and how many of it one word stands for ("fortnight" is two weeks).
    mutating func unit() -> (unit: TimeFrame.Unit, factor: Int)? {
        if takeAny(["business", "working", "work"]) != nil {
            if takeAny(["day", "days"]) != nil { return (.businessDays, 1) }
            index -= 1
            return nil
        }
        if takeAny(["day", "days"]) != nil { return (.days, 1) }
        if takeAny(["week", "weeks", "wk", "wks"]) != nil { return (.weeks, 1) }
        if takeAny(["month", "months"]) != nil { return (.months, 1) }
        if takeAny(["fortnight", "fortnights"]) != nil { return (.weeks, 2) }
        if takeAny(["year", "years", "yr", "yrs"]) != nil { return (.months, 12) }
        return nil
    }

    func adding(_ count: Int, _ unit: TimeFrame.Unit, to day: Day) -> Day {
        switch unit {
        case .days: day.adding(days: count, in: calendar)
        case .weeks: day.adding(days: 7 * count, in: calendar)
        case .months: day.adding(months: count, in: calendar)
        case .businessDays: Schedule(calendar: calendar).adding(businessDays: count, to: day)
        }
    }

    /// The longest span read, in each unit: ten years ahead. A longer count is not read as a
    /// date at all ("in 2000000000000000000 weeks" is no date), so day arithmetic never overflows.
    static let maximumDays = 3_660

    /// Whether `count` of `unit` stays within ten years: 3,660 days, 2,610 business days, 522
    /// weeks or 120 months.
    static func fits(_ count: Int, _ unit: TimeFrame.Unit) -> Bool {
        let most: Int
        switch unit {
        case .days: most = maximumDays
        case .businessDays: most = 2_610
        case .weeks: most = 522
        case .months: most = 120
        }
        return (0...most).contains(count)
    }

    /// The units "another" may stand before with no amount: "another week".
    static let bareUnits: WordSet = ["day", "week", "wk", "month", "fortnight"]

    /// The words before a span's amount.
    static let spanLeads = [
        "in", "within", "next", "another", "about", "around", "roughly", "approximately", "maybe", "like", "over",
        "for",
        "say", "after",
    ]

    /// Whether `token` may open what follows `leads` and an amount: one of `leads` (or a typo of
    /// one), or a word `amount()` may take. Any other word opens neither.
    static func opens(_ token: String, _ leads: [String]) -> Bool {
        leads.contains { Words.close(token, $0) } || token.utf8.contains(UInt8(ascii: "-")) || token == "a"
            || token == "an" || token == "few" || Words.close(token, "couple") || Int(token) != nil
            || NumberWords.words.contains(token)
    }

    /// "two weeks", "within 5 business days", "in 10 days", "a week or two", "2-3 weeks",
    /// "next few days", "two weeks from Monday", "three days ago", "3 days later", "after 5 days".
    mutating func span() -> DateMention? {
        guard let opening = word, Self.opens(opening, Self.spanLeads) else { return nil }
        let start = index
        var lead = takeAny(Self.spanLeads)
        if lead == "for" || lead == "over" { _ = takeAny(["about", "around", "roughly", "approximately"]) }
        // "within the next two weeks", "over the next few days".
        if lead != nil, lead != "next", take(phrase: "the next") { lead = lead == "within" ? "within" : "next" }
        // "the next fortnight", "within a fortnight": one of them.
        // "another week": the lead stands for its "a".
        let bare = (lead != nil && word == "fortnight") || (lead == "another" && Self.bareUnits.contains(word ?? ""))
        guard var (low, high) = amount() ?? (bare ? (1, 1) : nil) else {
            index = start
            return nil
        }
        let single = index == start + (lead == nil ? 1 : 2) && ["a", "an", "one"].contains(tokens[index - 1])
        if takeAny(["or", "to"]) != nil {
            guard let upper = amount() else {
                index = start
                return nil
            }
            high = upper.high
        }
        // "two more weeks", "a few more days": more of it, counted from the day it is said.
        let fromNow = take("more") || lead == "another"
        guard let (unit, factor) = self.unit() else {
            index = start
            return nil
        }
        // "a four day week", "a two week trial": the span describes a thing, not a date.
        if let next = word,
            Self.describedThings.contains(next) || (next == "of" && peek(1) != "the") || describesAThing(count: high)
        {
            index = start
            return nil
        }
        if low == high, takeAny(["or", "to"]) != nil {
            if let upper = amount() {
                high = upper.high
                _ = self.unit()
            } else {
                index -= 1
            }
        }
        guard high <= Int.max / factor, Self.fits(high * factor, unit), low <= high else {
            index = start
            return nil
        }
        low *= factor
        high *= factor
        let span = DateMention.Span(count: high, unit: unit)
        if take("ago") || (past && take("before")) {
            let day = adding(-high, unit, to: today)
            // "a week ago friday": that weekday, on or before the day a week back.
            let mark = index
            _ = take("on")
            if unit == .weeks, let weekday = weekdayWord(plural: false) {
                let back = (day.weekday(in: calendar) - weekday + 7) % 7
                return point(self.day(day, plus: -back))
            }
            index = mark
            return point(day)
        }
        // "3 days later", "two weeks hence", "after 5 days", "30 days out".
        if takeAny(["later", "hence", "out"]) != nil || lead == "after" {
            var mention = point(adding(high, unit, to: today))
            mention.span = span
            return mention
        }
        // "a week today", "a week on Friday": British for that long after the day named.
        if lead == nil, let anchor = takeAny(["today", "tomorrow", "on"]) {
            let base: Day? =
                anchor == "today" ? today : anchor == "tomorrow" ? day(today, plus: 1) : weekday()?.end?.day
            if let base { return point(adding(high, unit, to: base)) }
            index -= 1
        }
        if take(phrase: "from now") {
            var mention = point(adding(high, unit, to: today))
            mention.span = span
            return mention
        }
        // "two weeks from Monday", "three days before Christmas".
        let afterUnit = index
        if let direction = takeAny(["from", "after", "before"]), let anchor = point() ?? holiday(),
            let anchorDay = anchor.end?.day
        {
            return point(adding(direction == "before" ? -high : high, unit, to: anchorDay))
        }
        index = afterUnit
        // "one day" on its own is rarely a date ("one day I'll lead a team").
        if lead == nil, low == high, single, unit == .days {
            index = start
            return nil
        }
        switch fromNow ? "another" : lead {
        case "in", "another":
            let first = adding(low, unit, to: today)
            let last = adding(high, unit, to: today)
            var mention = low == high ? point(last) : range(first, last, span: span)
            mention.span = span
            mention.countsFromTheDaySaid = fromNow
            return mention
        case "next":
            return range(day(today, plus: 1), adding(high, unit, to: today), span: span)
        default:
            if low == high {
                var mention = DateMention(
                    .duration, text: "", start: Moment(today), end: Moment(adding(high, unit, to: today)), span: span)
                mention.length = Length(high, unit)
                return mention
            }
            return range(adding(low, unit, to: today), adding(high, unit, to: today), span: span)
        }
    }

    /// The ways of writing tomorrow.
    static let tomorrowWords = ["tomorrow", "tmrw", "tmr", "tomorow", "2moro"]

    /// "today", "tonight", "tomorrow", "the day after tomorrow", "yesterday".
    mutating func relativeDay() -> DateMention? {
        _ = take("the")
        if take(phrase: "day after tomorrow") { return point(day(today, plus: 2)) }
        if take(phrase: "day before yesterday") { return point(day(today, plus: -2)) }
        if takeAny(Self.tomorrowWords) != nil { return point(day(today, plus: 1)) }
        if take("yesterday") { return point(day(today, plus: -1)) }
        if take("today") { return point(today) }
        if take("tonight") {
            // "tonight at 8" is 20:00; "tonight" alone is 20:00 too.
            let clock =
                clockNumber(needsLead: true).map { Self.place($0.clock, in: Self.part("night", 19, 22)) } ?? Self.at(20)
            return at(clock, on: today)
        }
        return nil
    }

    /// Monday of the week `weeks` after this one.
    func monday(weeksAhead weeks: Int) -> Day {
        let back = (today.weekday(in: calendar) + 5) % 7
        return day(today, plus: 7 * weeks - back)
    }

    func lastDay(ofMonthAfter months: Int) -> Day {
        let first = Day(year: today.year, month: today.month, day: 1).adding(months: months, in: calendar)
        return Day(year: first.year, month: first.month, day: Day.length(ofMonth: first.month, year: first.year))
    }

    /// Words for a part of a week or month, as data: "close" is its end, "rest" runs from today,
    /// "whole" and "all" are all of it.
    static let periodParts = PhraseTable<String>([
        ("end", "end"), ("close", "end"), ("beginning", "start"), ("start", "start"), ("early", "start"),
        ("mid", "mid"),
        ("middle", "mid"), ("late", "late"), ("rest", "rest"), ("remainder", "rest"), ("whole", "whole"),
        ("all", "whole"),
        ("entire", "whole"),
    ])

    /// Which week or month: this (0), next (1), last (-1).
    static let periodWhich = PhraseTable<Int>([
        ("this", 0), ("the", 0), ("next", 1), ("following", 1), ("coming", 1), ("last", -1), ("previous", -1),
        ("past", -1),
        ("the next", 1), ("the following", 1), ("the last", -1), ("the previous", -1), ("the past", -1),
    ])

    /// "the end of the week", "end of next week", "next week", "this week", "the week after next",
    /// "end of the month", "next month", "early next week", "beginning of next month", "last
    /// month", "the rest of the month", "all of next week", "close of this week", "the week before",
    /// "within the week".
    mutating func weekOrMonth() -> DateMention? {
        let start = index
        if take("eow") { return point(max(today, day(monday(weeksAhead: 0), plus: 4))) }
        if take("eom") { return point(lastDay(ofMonthAfter: 0)) }
        // "within the week", "within the month": this one.
        let within = take("within")
        _ = take("the")
        let part = within ? nil : Self.periodParts.match(&self)
        if part != nil {
            _ = take("of")
            _ = take("the")
        }
        // "next week Friday": that weekday of next week.
        let afterPart = index
        if part == nil, take(phrase: "next week"), let weekday = word.flatMap({ Self.weekdays[$0] }) {
            index += 1
            return point(day(monday(weeksAhead: 1), plus: (weekday + 5) % 7))
        }
        index = afterPart
        if part == nil, take(phrase: "week after") {
            let monday = monday(weeksAhead: take("next") ? 2 : 1)
            return range(monday, day(monday, plus: 4))
        }
        if part == nil, take(phrase: "week before") {
            let monday = monday(weeksAhead: take("last") ? -2 : -1)
            return range(monday, day(monday, plus: 4))
        }
        index = afterPart
        guard let which = Self.periodWhich.match(&self) ?? (part != nil || within ? 0 : nil) else {
            index = start
            return nil
        }
        // "the last week of December" is a week of a month, read by `weekOfMonth()`.
        if peek(1) == "of", word == "week" || word == "month" {
            index = start
            return nil
        }
        if take("week") {
            // "the end of the week after next".
            let monday = monday(weeksAhead: take(phrase: "after next") ? 2 : which)
            let friday = day(monday, plus: 4)
            switch part {
            case "end"?: return point(which == 0 && friday < today ? today : friday)
            case "start"?: return range(monday, day(monday, plus: 1))
            case "mid"?:
                let wednesday = day(monday, plus: 2)
                return point(wednesday < today && which == 0 ? day(wednesday, plus: 7) : wednesday)
            case "late"?: return range(day(monday, plus: 3), friday)
            case "rest"?: return range(min(today, friday), friday)
            case "whole"?: return range(monday, day(monday, plus: 6))
            default: return range(which == 0 ? max(today, monday) : monday, friday)
            }
        }
        if take("month") {
            let last = lastDay(ofMonthAfter: which)
            let first = Day(year: last.year, month: last.month, day: 1)
            func day(_ number: Int) -> Day { Day(year: first.year, month: first.month, day: number) }
            switch part {
            case "end"?: return point(last)
            case "start"?: return range(which == 0 ? max(first, today) : first, day(10))
            case "mid"?: return range(day(11), day(20))
            case "late"?: return range(day(21), last)
            case "whole"?: return range(first, last)
            default:
                return which == 0 && today < last ? range(today, last) : which == 0 ? point(last) : range(first, last)
            }
        }
        index = start
        return nil
    }

    /// The words for a part of a month: "early", "mid", "the end".
    static let monthParts = ["early", "mid", "middle", "late", "end", "beginning", "start"]

    /// "early January", "mid-December", "late March", "the end of January", "in January".
    mutating func partOfMonth() -> DateMention? {
        let start = index
        _ = take("the")
        let part = takeAny(Self.monthParts)
        if part != nil { _ = take("of") }
        guard let month = monthName(strict: part == nil) else {
            index = start
            return nil
        }
        if part == nil, let next = word, Self.dayNumber(next) != nil {
            index = start
            return nil
        }
        let givenYear = yearNumber()
        if part == nil, givenYear == nil,
            !(peek(-2).map { ["in", "during", "by", "after"].contains($0) || Self.monthStartCues.contains($0) } ?? false)
        {
            index = start
            return nil
        }
        // "recruiter called, now it's early january": a month said after one of these words is
        // still to come, however the rest of the line is told.
        let ahead = start > 0 && Self.monthAheadCues.contains(tokens[start - 1])
        let year = givenYear ?? (ahead ? (month >= today.month ? today.year : today.year + 1) : self.year(for: month))
        let last = Day.length(ofMonth: month, year: year)
        func day(_ number: Int) -> Day { Day(year: year, month: month, day: number) }
        switch part {
        case "early"?, "beginning"?, "start"?: return range(day(1), day(10))
        case "mid"?, "middle"?: return range(day(11), day(20))
        case "late"?: return range(day(21), day(last))
        case "end"?: return point(day(last))
        default:
            // "on hold till January": until the month comes round; "by January": within it.
            if let lead = peek(-2), Self.monthStartCues.contains(lead) { return point(day(1)) }
            return peek(-2) == "by" ? point(day(last)) : range(day(1), day(last))
        }
    }

    /// Words before a month that mean up to its first day: "on hold till January".
    static let monthStartCues: WordSet = ["until", "till", "til", "untill", "before", "into"]

    /// Words before a month that put it ahead: "now it's early January", "pushed to March".
    static let monthAheadCues: WordSet = [
        "now", "its", "it's", "to", "till", "til", "until", "by", "around", "maybe", "be",
    ]

    /// The year in which `month` next comes round (this year if it is this month).
    func year(for month: Int) -> Int {
        if past { return month <= today.month ? today.year : today.year - 1 }
        return month >= today.month ? today.year : today.year + 1
    }

    /// The first words of the holidays below: a word that is none of them, nor a typo of one,
    /// starts no holiday.
    static let holidayStarts = [
        "the", "day", "boxing", "after", "in", "before", "christmas", "xmas", "new", "thanksgiving",
    ]

    /// "after the holidays", "in the new year", "before Christmas", "Thanksgiving".
    mutating func holiday() -> DateMention? {
        guard let opening = word, Self.holidayStarts.contains(where: { Words.close(opening, $0) }) else {
            return nil
        }
        let nextJanuary = Day(year: today.month == 1 && today.day < 15 ? today.year : today.year + 1, month: 1, day: 1)
        let boxingDay = Day(year: today.month == 12 && today.day > 26 ? today.year + 1 : today.year, month: 12, day: 26)
        if take(phrase: "the day after christmas") || take(phrase: "day after christmas") || take(phrase: "boxing day")
        {
            return point(boxingDay)
        }
        // "after boxing day": the two weeks from the day after it.
        if take(phrase: "after boxing day") { return range(day(boxingDay, plus: 1), day(boxingDay, plus: 14)) }
        if take(phrase: "after the holidays") || take(phrase: "after holidays") || take(phrase: "after the new year")
            || take(phrase: "after new year") || take(phrase: "in the new year") || take(phrase: "after christmas")
        {
            return range(day(nextJanuary, plus: 1), day(nextJanuary, plus: 14))
        }
        let christmas = Day(year: today.month == 12 && today.day > 25 ? today.year + 1 : today.year, month: 12, day: 25)
        if take(phrase: "before christmas") || take(phrase: "before xmas") || take(phrase: "before the holidays") {
            return point(day(christmas, plus: -1))
        }
        if take("christmas") || take("xmas") { return point(christmas) }
        if take(phrase: "new year day") || take(phrase: "new years day") { return point(nextJanuary) }
        if take(phrase: "new year eve") || take(phrase: "new years eve") { return point(day(nextJanuary, plus: -1)) }
        // "before new year", "by the new year": the last day of the year; a bare "new year" only
        // after such a word ("happy new year" names no day).
        if take(phrase: "before new year") || take(phrase: "before new years") || take(phrase: "before the new year") {
            return point(day(nextJanuary, plus: -1))
        }
        if peek(-1).map(["by", "until", "til", "till"].contains) == true,
            take(phrase: "new year") || take(phrase: "new years") || take(phrase: "the new year")
        {
            return point(day(nextJanuary, plus: -1))
        }
        if take("thanksgiving") {
            var year = today.year
            func fourthThursday(_ year: Int) -> Day {
                var day = Day(year: year, month: 11, day: 1)
                while day.weekday(in: calendar) != 5 { day = day.adding(days: 1, in: calendar) }
                return day.adding(days: 21, in: calendar)
            }
            if fourthThursday(year) < today, !past { year += 1 }
            return point(fourthThursday(year))
        }
        return nil
    }
}
