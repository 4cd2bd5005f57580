/// The holidays the rules give for one year, as they add them; observed days may fall in the next
/// or the previous year.
struct HolidayYear {
    let year: Int
    private(set) var holidays: [Holiday] = []
    private let easter: Day

    init(_ year: Int) {
        self.year = year
        easter = Easter.sunday(in: year)
    }

    /// The day `offset` days from Easter Sunday (-2 is Good Friday, 39 Ascension, 50 Whit Monday).
    func easter(_ offset: Int) -> Day {
        easter.plus(offset)
    }

    /// The `n`th `weekday` of `month` (1 is the first); -1 is the last.
    func nth(_ n: Int, _ weekday: Weekday, of month: Int) -> Day {
        if n < 0 {
            let last = Day(year: year, month: month, day: Day.length(ofMonth: month, year: year))
            return last.plus(-((last.isoWeekday - weekday.rawValue + 7) % 7))
        }
        let first = Day(year: year, month: month, day: 1)
        return first.plus((weekday.rawValue - first.isoWeekday + 7) % 7 + 7 * (n - 1))
    }

    /// Day `day` of `month` this year.
    func fixed(_ month: Int, _ day: Int) -> Day {
        Day(year: year, month: month, day: day)
    }

    /// Adds a holiday, and its observed day when `observed` moves it off a weekend.
    mutating func add(_ name: String, _ day: Day, observed: ObservedRule? = nil) {
        holidays.append(Holiday(day: day, name: name))
        if let moved = observed?.observedDay(for: day) {
            holidays.append(Holiday(day: moved, name: "\(name) (observed)"))
        }
    }

    /// Adds a holiday on day `day` of `month`.
    mutating func add(_ name: String, _ month: Int, _ day: Int, observed: ObservedRule? = nil) {
        add(name, fixed(month, day), observed: observed)
    }
}

/// Days of the week in ISO order.
enum Weekday: Int {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday
}

/// How a holiday on a weekend gets a working day off instead.
enum ObservedRule {
    /// Saturday to the Friday before, Sunday to the Monday after (the United States).
    case fridayOrMonday
    /// Saturday or Sunday to the Monday after.
    case monday
    /// Saturday to Monday, Sunday to Tuesday: for two holidays in a row, such as Christmas
    /// and Boxing Day, so that each gets its own day.
    case mondayOrTuesday

    /// The working day taken instead of `day`; nil when `day` is a weekday.
    func observedDay(for day: Day) -> Day? {
        switch (day.isoWeekday, self) {
        case (5, .fridayOrMonday): day.plus(-1)
        case (6, .fridayOrMonday), (6, .monday): day.plus(1)
        case (5, _), (6, .mondayOrTuesday): day.plus(2)
        default: nil
        }
    }
}
