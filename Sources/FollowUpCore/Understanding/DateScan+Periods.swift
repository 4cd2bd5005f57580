import Foundation

/// Hours from now, weekends, weeks of a month, years and quarters.
extension DateScan {
    /// The words before the hours from now.
    static let hoursLeads = ["in", "within"]

    /// "in an hour", "in 30 minutes", "within 48 hours", "2 hours from now".
    mutating func hoursFromNow() -> DateMention? {
        guard let opening = word, Self.opens(opening, Self.hoursLeads) else { return nil }
        let start = index
        let lead = takeAny(Self.hoursLeads)
        if lead == "within" { _ = take(phrase: "the next") }
        guard let (low, high) = amount(), low == high else {
            index = start
            return nil
        }
        let length: Length
        if takeAny(["hour", "hours", "hr", "hrs"]) != nil {
            length = Length(hours: high)
        } else if takeAny(["minute", "minutes", "min", "mins"]) != nil {
            length = Length(minutes: high)
        } else {
            index = start
            return nil
        }
        guard Self.fits(length) else {
            index = start
            return nil
        }
        if take("ago") {
            let then = moment(reference.addingTimeInterval(-Double(length.hours * 3600 + length.minutes * 60)))
            return DateMention(.point, text: "", start: then, end: then)
        }
        let fromNow = take(phrase: "from now") || takeAny(["later", "hence"]) != nil
        // Bare "48 hours" is a span; "48 hours of work" and "a two hour drive" are not.
        if let next = word,
            next == "of" || Self.describedThings.contains(next) || next.hasSuffix("ing") || describesAThing(count: high)
        {
            index = start
            return nil
        }
        let bare = lead == nil && !fromNow
        let seconds = Double(length.hours * 3600 + length.minutes * 60)
        let end = moment(reference.addingTimeInterval(seconds))
        guard lead == "within" || bare else { return DateMention(.point, text: "", start: end, end: end) }
        var mention = DateMention(.duration, text: "", start: moment(reference), end: end)
        mention.length = length
        return mention
    }

    func moment(_ date: Date) -> Moment {
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return Moment(Day(date, in: calendar), hour: parts.hour, minute: parts.minute)
    }

    /// "this weekend", "next weekend", "over the weekend".
    mutating func weekend() -> DateMention? {
        let start = index
        _ = takeAny(["over", "on", "during"])
        let ahead =
            take("next")
            ? 1 : (take("last") || take("previous") || take("past")) ? -1 : (take("this") || take("the")) ? 0 : nil
        guard var ahead, take("weekend") else {
            index = start
            return nil
        }
        if take(phrase: "after next") { ahead = 2 }
        let saturday = day(monday(weeksAhead: ahead), plus: 5)
        return range(ahead == 0 ? max(today, saturday) : saturday, day(saturday, plus: 1))
    }

    /// "the first week of January", "the last week of December", "the second week of next month";
    /// "the first week back in January" (or "after the new year") is the first Monday-to-Friday
    /// week after New Year's Day.
    mutating func weekOfMonth() -> DateMention? {
        let start = index
        _ = take("the")
        guard let which = takeAny(["first", "second", "third", "fourth", "last"]), take("week") else {
            index = start
            return nil
        }
        let back = which == "first" && take("back")
        let afterNewYear =
            back && take("after")
            && (take(phrase: "the new year") || take(phrase: "new year") || take(phrase: "the holidays")
                || take(phrase: "christmas") || take(phrase: "xmas"))
        guard afterNewYear || take("of") || take("in") else {
            index = start
            return nil
        }
        let month: Int
        let year: Int
        if afterNewYear {
            (month, year) = (1, self.year(for: 1))
        } else if take(phrase: "next month") {
            let last = lastDay(ofMonthAfter: 1)
            (month, year) = (last.month, last.year)
        } else if take(phrase: "this month") {
            (month, year) = (today.month, today.year)
        } else if let named = monthName(strict: false) {
            (month, year) = (named, self.year(for: named))
        } else {
            index = start
            return nil
        }
        if back {
            // The first Monday from the 2nd on: New Year's Day and a short week after it are no week back.
            let second = Day(year: year, month: month, day: month == 1 ? 2 : 1)
            let monday = day(second, plus: (9 - second.weekday(in: calendar)) % 7)
            return range(monday, day(monday, plus: 4))
        }
        let length = Day.length(ofMonth: month, year: year)
        let first = ["first": 1, "second": 8, "third": 15, "fourth": 22][which] ?? length - 6  // "last"
        return range(
            Day(year: year, month: month, day: first), Day(year: year, month: month, day: min(first + 6, length)))
    }

    /// "the week of the 14th", "week of Dec 14": the working days of the week that day is in.
    mutating func weekContaining() -> DateMention? {
        let start = index
        _ = take("the")
        guard take("week"), take("of"), let day = first(of: Self.pointReaders)?.start?.day else {
            index = start
            return nil
        }
        // Weekdays count from Sunday (1): Monday is 2.
        let monday = self.day(day, plus: -((day.weekday(in: calendar) + 5) % 7))
        return range(monday, self.day(monday, plus: 4))
    }

    /// The first words of a year or a quarter below, but a quarter's name ("q2", tested by its
    /// first letter): a word that is none of them, nor a typo of one, starts none.
    static let yearOrQuarterStarts = [
        "the", "end", "beginning", "start", "first", "new", "eoy", "year", "last", "next", "this", "previous",
    ]

    /// "the end of the year", "next year", "Q1", "the end of Q2", "next quarter", "the end of the
    /// quarter", "the first of the year".
    mutating func yearOrQuarter() -> DateMention? {
        guard let opening = word,
            opening.utf8.first == UInt8(ascii: "q")
                || Self.yearOrQuarterStarts.contains(where: { Words.close(opening, $0) })
        else { return nil }
        let start = index
        _ = take("the")
        let part = takeAny(["end", "beginning", "start"])
        if part != nil {
            _ = take("of")
            _ = take("the")
        }
        // "the first of the year", "new year's day": the coming first of January.
        if part == nil, take(phrase: "first of the year") || take(phrase: "new year day") {
            return point(Day(year: today.month == 1 && today.day == 1 ? today.year : today.year + 1, month: 1, day: 1))
        }
        // "the first of the month", "the first of next month": the coming first.
        if part == nil, take(phrase: "first of the month") || take(phrase: "first of next month") {
            return point(today.day == 1 ? today : lastDay(ofMonthAfter: 0).adding(days: 1, in: calendar))
        }
        if take("eoy") || (part == "end" && take("year")) || take(phrase: "year end") {
            return point(Day(year: today.year, month: 12, day: 31))
        }
        if take(phrase: "last year") {
            return part == "end"
                ? point(Day(year: today.year - 1, month: 12, day: 31))
                : range(
                    Day(year: today.year - 1, month: 1, day: 1),
                    Day(year: today.year - 1, month: part == nil ? 12 : 1, day: 31))
        }
        if take(phrase: "next year") {
            return part == "end"
                ? point(Day(year: today.year + 1, month: 12, day: 31))
                : range(
                    Day(year: today.year + 1, month: 1, day: 1),
                    Day(year: today.year + 1, month: part == nil ? 12 : 1, day: 31))
        }
        let current = (today.month - 1) / 3 + 1
        var quarter: Int?
        var year = today.year
        if let word, word.count == 2, word.first == "q", let number = Int(word.dropFirst()), (1...4).contains(number) {
            index += 1
            quarter = number
            // A named quarter that is over means next year's.
            if number < current { year += 1 }
        } else if take(phrase: "next quarter") {
            quarter = current == 4 ? 1 : current + 1
            if current == 4 { year += 1 }
        } else if take(phrase: "this quarter") || (part != nil && take("quarter")) {
            // "by the end of the quarter": this one.
            quarter = current
        } else if take(phrase: "last quarter") || take(phrase: "previous quarter") {
            quarter = current == 1 ? 4 : current - 1
            if current == 1 { year -= 1 }
        }
        guard let quarter else {
            index = start
            return nil
        }
        let firstMonth = quarter * 3 - 2
        let first = Day(year: year, month: firstMonth, day: 1)
        let last = Day(year: year, month: firstMonth + 2, day: Day.length(ofMonth: firstMonth + 2, year: year))
        switch part {
        case "end"?: return point(last)
        case "beginning"?, "start"?: return range(first, Day(year: year, month: firstMonth, day: 10))
        default: return range(first, last)
        }
    }
}
