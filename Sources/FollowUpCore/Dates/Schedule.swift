import Foundation

/// The playbook's date rules, computed in an injected calendar and time zone.
///
/// - The thank-you deadline is exactly 24 hours after the interview ended.
/// - The time frame ends on the interview day plus the span, or on the day given.
/// - The first follow-up is two days after the time frame ends (the cushion).
/// - The second follow-up is a week after the first one happened (or was due).
/// - The "let go" check is a week after the second follow-up.
/// - A follow-up never lands on a weekend or a public holiday of the region: it moves to the
///   next working day, and `shift(_:)` says which days it skipped.
public struct Schedule: Sendable {
    public let calendar: Calendar
    /// The public holidays that count as days off, besides weekends.
    public let holidays: HolidayCalendar

    public init(calendar: Calendar, holidays: HolidayCalendar = .none) {
        self.calendar = calendar
        self.holidays = holidays
    }

    /// Days added after the employer's time frame before following up.
    public static let cushionDays = 2
    /// Days between the first follow-up and the second, and between the second and letting go.
    public static let daysBetweenFollowUps = 7
    /// Days after references go out before a short note asking about their timing is fine.
    public static let daysAfterReferences = 7

    /// The moment the thank-you notes are due: exactly 24 hours after the interview ended.
    public func thankYouDeadline(interviewEnd: Date) -> Date {
        interviewEnd.addingTimeInterval(24 * 60 * 60)
    }

    /// The last day of the time frame; an unknown one counts as `TimeFrame.assumed`.
    public func timeFrameEnd(_ timeFrame: TimeFrame, interviewDay: Day) -> Day {
        switch timeFrame {
        case let .within(count, unit):
            switch unit {
            case .days: return interviewDay.adding(days: count, in: calendar)
            case .weeks: return interviewDay.adding(days: 7 * count, in: calendar)
            case .months: return interviewDay.adding(months: count, in: calendar)
            case .businessDays: return adding(businessDays: count, to: interviewDay)
            }
        case let .by(day):
            return day
        case .unknown:
            return timeFrameEnd(TimeFrame.assumed, interviewDay: interviewDay)
        }
    }

    /// The first follow-up: the cushion after the time frame, moved to a working day.
    public func firstFollowUp(timeFrameEnd: Day) -> Day {
        businessDay(onOrAfter: timeFrameEnd.adding(days: Self.cushionDays, in: calendar))
    }

    /// The second follow-up: a week after the first, moved to a working day.
    public func secondFollowUp(firstFollowUp: Day) -> Day {
        businessDay(onOrAfter: firstFollowUp.adding(days: Self.daysBetweenFollowUps, in: calendar))
    }

    /// The day to let go: a week after the second follow-up, moved to a working day.
    public func letGo(secondFollowUp: Day) -> Day {
        businessDay(onOrAfter: secondFollowUp.adding(days: Self.daysBetweenFollowUps, in: calendar))
    }

    /// The day itself when it is a working day, else the next one: not a weekend, not a holiday.
    public func businessDay(onOrAfter day: Day) -> Day {
        shift(day).day
    }

    /// Where `day` moves to be a working day, and the weekend and holidays it skips on the way.
    public func shift(_ day: Day) -> Shift {
        var shift = Shift(requested: day)
        while true {
            if shift.day.isSaturdayOrSunday {
                shift.weekend = true
            } else if let holiday = holidays.holiday(on: shift.day) {
                shift.holidays.append(holiday)
            } else {
                return shift
            }
            shift.day = shift.day.plus(1)
        }
    }

    /// The most business days `adding(businessDays:to:)` counts: about ten years.
    public static let maximumBusinessDays = 2600

    /// `count` working days after `day` (weekends and holidays do not count); a count above
    /// `maximumBusinessDays` is taken as that many, one below zero as none.
    ///
    /// Whole weeks are added in one step, then the holidays in the span are made up for, so the
    /// time taken depends on the years spanned, not on the count.
    public func adding(businessDays count: Int, to day: Day) -> Day {
        var end = Self.addingWeekdays(min(max(count, 0), Self.maximumBusinessDays), to: day)
        var counted = day
        while true {
            let missed = holidays.weekdayHolidays(from: counted.plus(1), through: end).count
            if missed == 0 { return end }
            counted = end
            end = Self.addingWeekdays(missed, to: end)
        }
    }

    /// `count` Monday-to-Friday days after `day`, in constant time.
    static func addingWeekdays(_ count: Int, to day: Day) -> Day {
        guard count > 0 else { return day }
        // From a weekend, counting starts as from the Friday before.
        let friday = day.isSaturdayOrSunday ? day.plus(Weekday.friday.rawValue - day.isoWeekday) : day
        let weekday = friday.isoWeekday
        let rest = count % 5
        let weekendCrossed = weekday + rest > Weekday.friday.rawValue
        return friday.plus(count / 5 * 7 + rest + (weekendCrossed ? 2 : 0))
    }
}
