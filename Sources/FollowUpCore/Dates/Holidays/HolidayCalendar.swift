/// A region's public holidays, worked out by rule (fixed days, nth weekdays, Easter, observed
/// days), with no network and no table to update.
public struct HolidayCalendar: Hashable, Sendable {
    public let region: Region

    public init(region: Region) {
        self.region = region
    }

    /// No holidays: only weekends count as days off.
    public static let none = HolidayCalendar(region: .none)

    /// Every holiday dated in `year`, in order of day, observed days included (a US New Year's
    /// Day on a Saturday is observed on Dec 31 of the year before).
    public func holidays(in year: Int) -> [Holiday] {
        guard region != .none else { return [] }
        return HolidayMemo.shared.holidays(region, year) {
            let all = (year - 1...year + 1).flatMap { year in
                var rules = HolidayYear(year)
                HolidayRules.add(region, to: &rules)
                return rules.holidays
            }
            return all.enumerated()
                .filter { $0.element.day.year == year }
                .sorted { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }
                .map(\.element)
        }
    }

    /// The holiday on `day`, or nil; when two fall on one day, the first the rules name.
    public func holiday(on day: Day) -> Holiday? {
        holidays(in: day.year).first { $0.day == day }
    }

    /// The weekdays that are holidays from `start` through `end`, each day once.
    func weekdayHolidays(from start: Day, through end: Day) -> Set<Day> {
        guard start <= end else { return [] }
        return Set(
            (start.year...end.year).flatMap(holidays(in:)).map(\.day)
                .filter { start <= $0 && $0 <= end && !$0.isSaturdayOrSunday })
    }
}
