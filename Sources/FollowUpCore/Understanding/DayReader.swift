import Foundation

/// Finds a calendar day in a user's words, relative to a reference day.
///
/// Weekday rules: "Friday" and "this Friday" are the first Friday after the reference day
/// (before it, when reading the past); "next Friday" is the Friday of the following week.
struct DayReader {
    let calendar: Calendar
    /// Whether a bare weekday or date means the coming one (true) or the last one (false).
    let future: Bool

    static let weekdays: [String: Int] = [
        "sunday": 1, "sun": 1, "monday": 2, "mon": 2, "tuesday": 3, "tue": 3, "tues": 3,
        "wednesday": 4, "wed": 4, "thursday": 5, "thu": 5, "thur": 5, "thurs": 5,
        "friday": 6, "fri": 6, "saturday": 7, "sat": 7,
    ]
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    ]

    func day(in words: Words, from reference: Day) -> Day? {
        let tokens = words.tokens
        for (index, token) in tokens.enumerated() {
            if let day = Day(iso: token) { return day }
            if let day = slashDate(token, from: reference) { return day }
            if let month = Self.months[token] {
                let neighbours = [index + 1, index - 1, index + 2].filter(tokens.indices.contains)
                if let number = neighbours.lazy.compactMap({ Self.dayOfMonth(tokens[$0]) }).first {
                    return closest(month: month, day: number, from: reference)
                }
            }
        }
        for (index, token) in tokens.enumerated() {
            if token == "the" || token == "on", index + 1 < tokens.count,
               let number = Self.dayOfMonth(tokens[index + 1]), tokens[index + 1].count > 2 || token == "the" {
                return closest(dayOfMonth: number, from: reference)
            }
        }
        if words.has("tomorrow") { return reference.adding(days: 1, in: calendar) }
        if words.has("yesterday") { return reference.adding(days: -1, in: calendar) }
        if words.has("today") { return reference }
        for (index, token) in tokens.enumerated() {
            guard let weekday = Self.weekdays[token] ?? Self.weekdays.first(where: { $0.key.count > 5 && Words.close(token, $0.key) })?.value
            else { continue }
            let next = index > 0 && tokens[index - 1] == "next"
            let last = index > 0 && tokens[index - 1] == "last"
            return self.weekday(weekday, from: reference, next: next, forceLast: last)
        }
        return nil
    }

    /// "12th", "3rd", "12" as a day of the month.
    static func dayOfMonth(_ token: String) -> Int? {
        let digits = token.prefix { $0.isNumber }
        let suffix = token.dropFirst(digits.count)
        guard let number = Int(digits), (1...31).contains(number),
              ["", "st", "nd", "rd", "th"].contains(suffix) else { return nil }
        return number
    }

    private func slashDate(_ token: String, from reference: Day) -> Day? {
        let parts = token.split(separator: "/").map { Int($0) }
        guard parts.count == 2 || parts.count == 3, let month = parts[0], let day = parts[1],
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        if parts.count == 3, let year = parts[2] {
            return Day(iso: String(format: "%04d-%02d-%02d", year < 100 ? 2000 + year : year, month, day))
        }
        return closest(month: month, day: day, from: reference)
    }

    private func closest(month: Int, day: Int, from reference: Day) -> Day? {
        for offset in future ? [0, 1] : [0, -1] {
            let year = reference.year + offset
            guard day <= Day.length(ofMonth: month, year: year) else { continue }
            let candidate = Day(year: year, month: month, day: day)
            if future ? candidate >= reference : candidate <= reference { return candidate }
        }
        return nil
    }

    private func closest(dayOfMonth day: Int, from reference: Day) -> Day? {
        var month = reference.month, year = reference.year
        for _ in 0..<3 {
            if day <= Day.length(ofMonth: month, year: year) {
                let candidate = Day(year: year, month: month, day: day)
                if future ? candidate > reference : candidate < reference { return candidate }
            }
            month += future ? 1 : -1
            if month == 13 { month = 1; year += 1 }
            if month == 0 { month = 12; year -= 1 }
        }
        return nil
    }

    private func weekday(_ weekday: Int, from reference: Day, next: Bool, forceLast: Bool) -> Day {
        let step = future && !forceLast ? 1 : -1
        var day = reference.adding(days: step, in: calendar)
        while day.weekday(in: calendar) != weekday {
            day = day.adding(days: step, in: calendar)
        }
        if next, future, sameWeek(day, reference) {
            day = day.adding(days: 7, in: calendar)
        }
        return day
    }

    /// Whether two days fall in the same Monday-to-Sunday week.
    private func sameWeek(_ a: Day, _ b: Day) -> Bool {
        func monday(_ day: Day) -> Day {
            day.adding(days: -((day.weekday(in: calendar) + 5) % 7), in: calendar)
        }
        return monday(a) == monday(b)
    }
}
