import Foundation

/// Reads what the employer said about timing: "two weeks", "a week or two", "by Friday", "they didn't say".
struct TimeFrameReader {
    let calendar: Calendar

    static let unknownPhrases = ["did not say", "no idea", "not sure", "do not know", "did not ask",
                                 "no time frame", "no timeframe", "no timeline", "not given", "no clue",
                                 "never said", "did not tell", "were not sure", "no date", "not say",
                                 "did not mention", "no answer", "they did not", "unclear", "not clear"]
    static let units: [String: TimeFrame.Unit] = [
        "day": .days, "days": .days, "week": .weeks, "weeks": .weeks, "month": .months, "months": .months,
        "wk": .weeks, "wks": .weeks,
    ]

    /// The time frame in `words`, reading dates against the interview day.
    func timeFrame(in words: Words, interviewDay: Day) -> TimeFrame? {
        if words.hasAny(phrases: Self.unknownPhrases) || words.hasAny(["unknown", "dunno"]) {
            return .unknown
        }
        if let span = span(in: words.tokens) { return span }
        if words.hasAny(phrases: ["end of next week", "next week"]) {
            return .by(friday(weeksAhead: 1, from: interviewDay))
        }
        if words.hasAny(phrases: ["end of the week", "end of this week", "end of week", "this week"]) {
            return .by(friday(weeksAhead: 0, from: interviewDay))
        }
        if words.hasAny(phrases: ["end of the month", "end of this month", "end of month"]) {
            let last = Day(year: interviewDay.year, month: interviewDay.month,
                           day: Day.length(ofMonth: interviewDay.month, year: interviewDay.year))
            return .by(last)
        }
        if words.has(phrase: "next month") { return .within(1, .months) }
        if let day = DayReader(calendar: calendar, future: true).day(in: words, from: interviewDay) {
            return .by(day)
        }
        return nil
    }

    private func span(in tokens: [String]) -> TimeFrame? {
        for (index, token) in tokens.enumerated() {
            guard var unit = Self.units[token] ?? Self.units.first(where: { $0.key.count > 3 && Words.close(token, $0.key) })?.value
            else { continue }
            var before = index - 1
            if unit == .days, before >= 0, ["business", "working", "work"].contains(tokens[before]) {
                unit = .businessDays
                before -= 1
            }
            if before >= 0, tokens[before] == "of" { before -= 1 }
            var amount = before >= 0 ? Self.amount(tokens[before]) : nil
            if index + 2 < tokens.count, ["or", "to"].contains(tokens[index + 1]),
               let upper = Self.amount(tokens[index + 2]) {
                amount = upper
            }
            if let amount, amount > 0 { return .within(amount, unit) }
        }
        return nil
    }

    /// "two", "2", "a", "couple", "2-3" (the upper end).
    static func amount(_ token: String) -> Int? {
        if let upper = token.split(separator: "-").last, token.contains("-") {
            return NumberWords.value(of: String(upper))
        }
        return NumberWords.value(of: token)
    }

    private func friday(weeksAhead: Int, from day: Day) -> Day {
        let daysToFriday = (6 - day.weekday(in: calendar) + 7) % 7
        return day.adding(days: daysToFriday + 7 * weeksAhead, in: calendar)
    }
}
