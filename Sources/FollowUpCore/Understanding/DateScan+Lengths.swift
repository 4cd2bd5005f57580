import Foundation

/// Lengths with fractions, years and several units: "two and a half weeks", "a year and two
/// months", "a quarter of an hour", "half a year", "an hour and a half", "3 years".
/// Plain counts of days, weeks and months are left to `span()`, and of hours to `hoursFromNow()`.
extension DateScan {
    /// Units a length can be said in, with the words for them.
    enum LengthUnit: CaseIterable, Sendable {
        case years, months, weeks, days, hours, minutes
    }

    static let lengthUnits = PhraseTable<LengthUnit>([
        ("year", .years), ("years", .years), ("yr", .years), ("yrs", .years),
        ("month", .months), ("months", .months), ("week", .weeks), ("weeks", .weeks), ("wk", .weeks), ("wks", .weeks),
        ("day", .days), ("days", .days), ("hour", .hours), ("hours", .hours), ("hr", .hours), ("hrs", .hours),
        ("minute", .minutes), ("minutes", .minutes), ("min", .minutes), ("mins", .minutes),
    ])

    /// Fractions said before a unit ("half a", "a quarter of an") or after a count ("and a half").
    static let leadingFractions = PhraseTable<Double>([
        ("half a", 0.5), ("half an", 0.5), ("a half", 0.5), ("a quarter of a", 0.25), ("a quarter of an", 0.25),
        ("quarter of an", 0.25), ("quarter of a", 0.25), ("three quarters of an", 0.75), ("three quarters of a", 0.75),
    ])
    static let trailingFractions = PhraseTable<Double>([
        ("and a half", 0.5), ("and a quarter", 0.25), ("and three quarters", 0.75),
    ])

    /// One term: "two and a half weeks", "a week and a half", "half a year", "3 years". Built
    /// once: the parsers hold no state, only their tables.
    nonisolated(unsafe) static let lengthTerm: WordParser<(count: Double, unit: LengthUnit, plain: Bool)> = {
        let fractionFirst = WordParser.table(Self.leadingFractions).then(WordParser.table(Self.lengthUnits))
            .map { (count: $0.0, unit: $0.1, plain: false) }
        let counted = WordParser<Int> { scan in scan.amount().flatMap { $0.low == $0.high ? $0.low : nil } }
            .then(WordParser.table(Self.trailingFractions).optional)
            .then(WordParser.table(Self.lengthUnits))
            .then(WordParser.table(Self.trailingFractions).optional)
            .map { parts -> (count: Double, unit: LengthUnit, plain: Bool)? in
                let (((whole, before), unit), after) = parts
                if before != nil, after != nil { return nil }
                let fraction = before ?? after ?? 0
                return (Double(whole) + fraction, unit, fraction == 0)
            }
        return .oneOf([fractionFirst, counted])
    }()

    /// A length of one or more terms, and whether it is plain (one whole count of days, weeks,
    /// months, hours or minutes, which other readers handle).
    mutating func length() -> (length: Length, plain: Bool)? {
        let start = index
        guard let first = Self.lengthTerm.parse(&self) else { return nil }
        var total = Self.length(first.count, first.unit)
        var plain = first.plain && first.unit != .years
        while take("and") {
            guard let more = Self.lengthTerm.parse(&self) else {
                index -= 1
                break
            }
            total = Self.length(more.count, more.unit).flatMap { more in total.map { $0 + more } }
            plain = false
        }
        guard let total, Self.fits(total) else {
            index = start
            return nil
        }
        return (total, plain)
    }

    /// `count` of `unit` with its fraction carried into smaller units; weeks with a fraction become days.
    static func length(_ count: Double, _ unit: LengthUnit) -> Length? {
        guard count.isFinite, count >= 0, count <= Double(maximumDays * 24 * 60) else { return nil }
        let whole = Int(count)
        let fraction = count - Double(whole)
        switch unit {
        case .years: return Length(years: whole, months: Int((fraction * 12).rounded()))
        case .months: return Length(months: whole, days: Int((fraction * 30).rounded()))
        case .weeks:
            guard fraction > 0 else { return Length(weeks: whole) }
            let days = count * 7
            return Length(days: Int(days), hours: Int(((days - Double(Int(days))) * 24).rounded()))
        case .days: return Length(days: whole, hours: Int((fraction * 24).rounded()))
        case .hours: return Length(hours: whole, minutes: Int((fraction * 60).rounded()))
        case .minutes: return Length(minutes: whole)
        }
    }

    /// Whether `length` ends within ten years of its start (at most 120 months, 3,660 days).
    static func fits(_ length: Length) -> Bool {
        let parts = [length.years, length.months, length.weeks, length.days, length.hours, length.minutes]
        guard parts.allSatisfy({ (0...maximumDays * 1_440).contains($0) }) else { return false }
        let months = length.years * 12 + length.months
        let days = length.weeks * 7 + length.days + length.hours / 24 + length.minutes / 1_440
        return months <= 120 && Double(months) * 30.5 + Double(days) <= Double(maximumDays)
    }

    /// The moment `length` after (or before, when `sign` is -1) the reference.
    func moment(after length: Length, sign: Int = 1) -> Moment? {
        let parts = DateComponents(
            year: sign * length.years, month: sign * length.months,
            day: sign * (length.weeks * 7 + length.days), hour: sign * length.hours,
            minute: sign * length.minutes)
        guard let date = calendar.date(byAdding: parts, to: reference) else { return nil }
        let moment = moment(date)
        return length.hours == 0 && length.minutes == 0 ? Moment(moment.day) : moment
    }

    /// The words before a length's amount.
    static let lengthLeads = ["in", "within", "for", "about", "around", "roughly", "over", "after", "another"]

    /// A length that is not plain: a duration on its own, or a day when said with "in", "ago",
    /// "later" or "from now".
    mutating func compoundLength() -> DateMention? {
        let start = index
        let lead = takeAny(Self.lengthLeads)
        if lead == "for" || lead == "over" { _ = takeAny(["about", "around", "roughly"]) }
        guard let (length, plain) = self.length(), !plain else {
            index = start
            return nil
        }
        if let next = word, Self.describedThings.contains(next) || next == "of" || describesAThing(count: 2) {
            index = start
            return nil
        }
        let timeOfDay = length.hours != 0 || length.minutes != 0
        let now = timeOfDay ? moment(reference) : Moment(today)
        if take("ago") {
            guard let then = moment(after: length, sign: -1) else {
                index = start
                return nil
            }
            return DateMention(.point, text: "", start: then, end: then)
        }
        guard let end = moment(after: length) else {
            index = start
            return nil
        }
        if ["in", "after", "another"].contains(lead) || takeAny(["later", "hence"]) != nil || take(phrase: "from now") {
            return DateMention(.point, text: "", start: end, end: end)
        }
        var mention = DateMention(.duration, text: "", start: now, end: end)
        mention.length = length
        return mention
    }
}
