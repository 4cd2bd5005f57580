/// Ranges between two days: "from Dec 1 to Dec 5", "the 3rd to the 6th of March", "June 9th
/// to 12th", "Sep 1 - Sep 4", "Tuesday through Thursday", "5/11 - 5/15", "Jul 13-17".
extension DateScan {
    /// One end of a range as said: a day number with what was said of its month and year, or a whole day.
    enum End {
        case number(day: Int, month: Int?, year: Int?, ordinal: Bool)
        case point(DateMention)
    }

    static let rangeJoins = ["to", "through", "thru", "until", "till", "til"]

    /// A day number with its month when said: "June 9th", "the 3rd", "12th of October", "9".
    mutating func numberEnd() -> End? {
        let start = index
        if let month = monthName(strict: false) {
            _ = take("the")
            guard let token = word, let number = Self.dayNumber(token) else {
                index = start
                return nil
            }
            index += 1
            return .number(day: number, month: month, year: yearNumber(), ordinal: true)
        }
        let the = take("the")
        guard let token = word, let number = Self.dayNumber(token) else {
            index = start
            return nil
        }
        index += 1
        let afterNumber = index
        _ = take("of")
        if let month = monthName(strict: false) {
            return .number(day: number, month: month, year: yearNumber(), ordinal: true)
        }
        index = afterNumber
        return .number(day: number, month: nil, year: nil, ordinal: the || isOrdinal(token))
    }

    mutating func end() -> End? {
        if let number = numberEnd() { return number }
        return point().map { .point($0) }
    }

    /// A range at the current word, or nil leaving the index alone.
    mutating func dateRange() -> DateMention? {
        let start = index
        let lead = takeAny(["from", "between"])
        if let compact = compactRange() { return compact }
        guard mayHoldRange, let first = end() else {
            index = start
            return nil
        }
        let joined =
            lead == "between" ? take("and") || takeAny(Self.rangeJoins) != nil : takeAny(Self.rangeJoins) != nil
        guard joined, let second = end(), let range = join(first, second, lead: lead != nil) else {
            index = start
            return nil
        }
        return range
    }

    /// "Jul 13-17", "December 14-18": a month and two day numbers in one word.
    mutating func compactRange() -> DateMention? {
        // A month's name is one word: the numbers are the next, with a dash (its byte, at least).
        guard peek(1)?.utf8.contains(UInt8(ascii: "-")) == true else { return nil }
        let start = index
        guard let month = monthName(strict: false), let token = word, token.contains("-") else {
            index = start
            return nil
        }
        let numbers = token.split(separator: "-").compactMap { Self.dayNumber(String($0)) }
        guard numbers.count == 2 else {
            index = start
            return nil
        }
        index += 1
        let year = yearNumber()
        guard let first = closest(month: month, day: numbers[0], year: year),
            numbers[1] <= Day.length(ofMonth: month, year: first.year), numbers[1] > numbers[0]
        else {
            index = start
            return nil
        }
        return range(first, Day(year: first.year, month: month, day: numbers[1]))
    }

    /// The range between two ends; a day number takes its month from the other end.
    func join(_ first: End, _ second: End, lead: Bool) -> DateMention? {
        switch (first, second) {
        case let (.point(from), .point(to)):
            guard let start = from.start, var end = to.end else { return nil }
            // "from Monday until Friday": the second end comes after the first.
            if end.day < start.day, end.day.days(until: start.day, in: calendar) < 7 { end.day = day(end.day, plus: 7) }
            guard end >= start else { return nil }
            return DateMention(.range, text: "", start: start, end: end)
        case let (
            .number(firstDay, firstMonth, firstYear, firstOrdinal),
            .number(secondDay, secondMonth, secondYear, secondOrdinal)
        ):
            guard let month = firstMonth ?? secondMonth else {
                // "between the 1st and the 4th": both ordinal, the month of the first.
                guard lead, firstOrdinal, secondOrdinal, let from = dayOfMonth(firstDay)?.end?.day else { return nil }
                return days(from, month: from.month, year: from.year, secondDay)
            }
            let year = firstYear ?? secondYear
            let fromMonth = firstMonth ?? month
            guard let from = closest(month: fromMonth, day: firstDay, year: year) else { return nil }
            return days(from, month: secondMonth ?? fromMonth, year: secondYear ?? from.year, secondDay)
        case let (.number(number, month, year, ordinal), .point(to)):
            guard let end = to.end?.day, month != nil || ordinal else { return nil }
            let from =
                month.flatMap { closest(month: $0, day: number, year: year) }
                ?? (number <= end.day ? Day(year: end.year, month: end.month, day: number) : nil)
            guard let from, from <= end else { return nil }
            return DateMention(.range, text: "", start: Moment(from), end: to.end)
        case let (.point(from), .number(number, month, year, _)):
            guard let start = from.start?.day else { return nil }
            return days(start, month: month ?? start.month, year: year ?? start.year, number, startMoment: from.start)
        }
    }

    /// From `from` to day `number` of `month`, in the year after when that comes first.
    func days(_ from: Day, month: Int, year: Int, _ number: Int, startMoment: Moment? = nil) -> DateMention? {
        var to: Day?
        for candidateYear in [year, year + 1] where number <= Day.length(ofMonth: month, year: candidateYear) {
            let candidate = Day(year: candidateYear, month: month, day: number)
            if candidate >= from {
                to = candidate
                break
            }
        }
        guard let to, from.days(until: to, in: calendar) <= 366 else { return nil }
        return DateMention(.range, text: "", start: startMoment ?? Moment(from), end: Moment(to))
    }
}

/// Ranges of clock times: "4pm to 6pm", "from 3 to 5pm", "between 2pm and 4pm tomorrow", "9am-5pm".
extension DateScan {
    /// "3pm" as ([3], "pm"), "15:30" as ([15, 30], nil): the numbers around a colon, and the am
    /// or pm glued to them.
    static func clockParts(_ word: String) -> (parts: [Int?], meridiem: String?) {
        var text = Substring(word)
        var meridiem: String?
        // "5:45ish", "3pmish": a rough time is the time.
        if text.hasSuffix(DateMention.roughEnding), text.first?.isNumber == true {
            text = text.dropLast(DateMention.roughEnding.count)
        }
        for suffix in ["am", "pm"] where text.hasSuffix(suffix) && text.count > 2 {
            meridiem = suffix
            text = text.dropLast(2)
        }
        return (text.split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }, meridiem)
    }

    /// A clock time as written, before am or pm is settled: "3", "3pm", "15:30", "3 pm".
    mutating func rawClock() -> (hour: Int, minute: Int, meridiem: String?, colon: Bool)? {
        guard let word else { return nil }
        var (parts, meridiem) = Self.clockParts(word)
        guard parts.count <= 2, let hour = parts[0], (0...23).contains(hour) else { return nil }
        let minute = parts.count == 2 ? parts[1] : 0
        guard let minute, (0...59).contains(minute) else { return nil }
        index += 1
        if meridiem == nil, let next = self.word, next == "am" || next == "pm" {
            meridiem = next
            index += 1
        }
        if meridiem != nil, !(1...12).contains(hour) { return nil }
        return (hour, minute, meridiem, parts.count == 2)
    }

    static func hour24(_ hour: Int, _ meridiem: String?) -> Int {
        switch meridiem {
        case "am"?: hour % 12
        case "pm"?: hour % 12 + 12
        default: (1...7).contains(hour) ? hour + 12 : hour
        }
    }

    /// From one clock time to another on one day (today unless a day follows).
    mutating func clockRange() -> DateMention? {
        guard mayHoldRange else { return nil }
        let start = index
        let lead = takeAny(["from", "between"])
        guard let first = rawClock() else {
            index = start
            return nil
        }
        let joined = lead == "between" ? take("and") : takeAny(Self.rangeJoins) != nil
        guard joined, let second = rawClock() else {
            index = start
            return nil
        }
        // A bare number needs its partner to say am or pm, or a lead and a colon: "from 3 to 5pm".
        guard first.meridiem != nil || second.meridiem != nil || (lead != nil && (first.colon || second.colon)) else {
            index = start
            return nil
        }
        let to = Self.hour24(second.hour, second.meridiem)
        var from = Self.hour24(first.hour, first.meridiem ?? second.meridiem)
        if first.meridiem == nil, from > to { from -= 12 }
        guard from >= 0, (from, first.minute) < (to, second.minute) else {
            index = start
            return nil
        }
        let afterTimes = index
        _ = take("on")
        var day = today
        if let named = point()?.start?.day { day = named } else { index = afterTimes }
        return DateMention(
            .range, text: "", start: Moment(day, hour: from, minute: first.minute),
            end: Moment(day, hour: to, minute: second.minute))
    }
}
