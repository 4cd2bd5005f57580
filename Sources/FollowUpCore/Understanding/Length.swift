/// A length of time as said, written in ISO 8601: "45 days" is `P45D`, "two weeks" `P2W`,
/// "a quarter of an hour" `PT15M`, "14 months" `P14M`, "a year and two months" `P1Y2M`.
///
/// Each unit keeps the unit it was said in; a fraction is carried exactly into smaller units
/// ("half a year" is `P6M`, "half a month" `P15D`, "an hour and a half" `PT1H30M`), and weeks
/// with a fraction are written in days and hours ("two and a half weeks" is `P17DT12H`).
public struct Length: Equatable, Sendable {
    public var years = 0
    public var months = 0
    public var weeks = 0
    public var days = 0
    public var hours = 0
    public var minutes = 0

    public init(years: Int = 0, months: Int = 0, weeks: Int = 0, days: Int = 0, hours: Int = 0, minutes: Int = 0) {
        (self.years, self.months, self.weeks, self.days, self.hours, self.minutes) = (
            years, months, weeks, days, hours, minutes
        )
    }

    /// A whole count of a time frame's unit; nil for business days, which ISO 8601 has no unit for.
    init?(_ count: Int, _ unit: TimeFrame.Unit) {
        switch unit {
        case .days: self.init(days: count)
        case .weeks: self.init(weeks: count)
        case .months: self.init(months: count)
        case .businessDays: return nil
        }
    }

    /// The ISO 8601 text: `P1Y2M`, `P2W`, `PT15M`, `P17DT12H`; `PT0M` when empty.
    public var iso: String {
        var date = ""
        for (count, letter) in [(years, "Y"), (months, "M"), (weeks, "W"), (days, "D")] where count != 0 {
            date += "\(count)\(letter)"
        }
        var time = ""
        for (count, letter) in [(hours, "H"), (minutes, "M")] where count != 0 { time += "\(count)\(letter)" }
        if date.isEmpty, time.isEmpty { return "PT0M" }
        return "P" + date + (time.isEmpty ? "" : "T" + time)
    }

    static func + (a: Length, b: Length) -> Length {
        Length(
            years: a.years + b.years, months: a.months + b.months, weeks: a.weeks + b.weeks, days: a.days + b.days,
            hours: a.hours + b.hours, minutes: a.minutes + b.minutes)
    }
}
