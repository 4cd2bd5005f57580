/// Ordinal and counted weekdays: "the second Monday of June", "the last Friday of next month",
/// "two Thursdays from now".
extension DateScan {
    /// Which one of a month's weekdays: the first to the fifth, or the last (0).
    static let weekdayOrdinals = PhraseTable<Int>([
        ("first", 1), ("1st", 1), ("second", 2), ("2nd", 2), ("third", 3), ("3rd", 3), ("fourth", 4), ("4th", 4),
        ("fifth", 5), ("5th", 5), ("last", 0), ("final", 0),
    ])

    /// The weekday (1 is Sunday) named by the current word, plural when `plural`: "thursdays".
    mutating func weekdayWord(plural: Bool) -> Int? {
        guard var word else { return nil }
        if plural {
            guard word.hasSuffix("s") else { return nil }
            word.removeLast()
        }
        guard let weekday = Self.weekdays[word] else { return nil }
        index += 1
        return weekday
    }

    /// The month (and year) a weekday of it is asked for: "June", "next month", "this month".
    mutating func monthForWeekday() -> (month: Int, year: Int)? {
        if take(phrase: "next month") {
            let last = lastDay(ofMonthAfter: 1)
            return (last.month, last.year)
        }
        if take(phrase: "this month") || take(phrase: "the month") || take("month") { return (today.month, today.year) }
        guard let month = monthName(strict: false) else { return nil }
        return (month, yearNumber() ?? -1)
    }

    /// The `ordinal`th `weekday` of a month (0 for the last one), or nil when there is no such day.
    func weekday(_ weekday: Int, _ ordinal: Int, month: Int, year: Int) -> Day? {
        let length = Day.length(ofMonth: month, year: year)
        if ordinal == 0 {
            var last = Day(year: year, month: month, day: length)
            while last.weekday(in: calendar) != weekday { last = day(last, plus: -1) }
            return last
        }
        var first = Day(year: year, month: month, day: 1)
        while first.weekday(in: calendar) != weekday { first = day(first, plus: 1) }
        let number = first.day + 7 * (ordinal - 1)
        return number <= length ? Day(year: year, month: month, day: number) : nil
    }

    mutating func countedWeekday() -> DateMention? {
        let start = index
        _ = take("the")
        // "the last day of the month", "the first day of March".
        if let which = takeAny(["first", "last"]), take("day"), take("of"),
            let (month, year) = monthForWeekday()
        {
            let year = year > 0 ? year : self.year(for: month)
            return point(
                Day(year: year, month: month, day: which == "first" ? 1 : Day.length(ofMonth: month, year: year)))
        }
        index = start
        _ = take("the")
        if let ordinal = Self.weekdayOrdinals.match(&self), let weekday = weekdayWord(plural: false),
            takeAny(["of", "in"]) != nil, let (month, year) = monthForWeekday()
        {
            if year > 0 { return self.weekday(weekday, ordinal, month: month, year: year).map { point($0) } }
            // A month with no year: this year's, or next year's once this one's is past.
            for candidateYear in [today.year, today.year + 1] {
                if let found = self.weekday(weekday, ordinal, month: month, year: candidateYear),
                    past ? found <= today : found >= today
                {
                    return point(found)
                }
            }
            if past, let found = self.weekday(weekday, ordinal, month: month, year: today.year - 1) {
                return point(found)
            }
            return nil
        }
        index = start
        // "two Thursdays from now": the second Thursday ahead.
        if let (count, high) = amount(), count == high, (1...520).contains(count),
            let weekday = weekdayWord(plural: count > 1),
            take(phrase: "from now") || take(phrase: "from today") || take("ahead")
        {
            return point(day(nearest(weekday, qualifier: nil), plus: 7 * (count - 1)))
        }
        index = start
        return nil
    }
}
