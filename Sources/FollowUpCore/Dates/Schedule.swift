import Foundation

/// The playbook's date rules, computed in an injected calendar and time zone.
///
/// - The thank-you deadline is exactly 24 hours after the interview ended.
/// - The time frame ends on the interview day plus the span, or on the day given.
/// - The first follow-up is two days after the time frame ends (the cushion).
/// - The second follow-up is a week after the first one happened (or was due).
/// - The "let go" check is a week after the second follow-up.
/// - A follow-up never lands on a weekend: it moves to the following Monday.
public struct Schedule: Sendable {
    public let calendar: Calendar

    public init(calendar: Calendar) {
        self.calendar = calendar
    }

    /// Days added after the employer's time frame before following up.
    public static let cushionDays = 2
    /// Days between the first follow-up and the second, and between the second and letting go.
    public static let daysBetweenFollowUps = 7

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

    /// The first follow-up: the cushion after the time frame, moved off a weekend.
    public func firstFollowUp(timeFrameEnd: Day) -> Day {
        businessDay(onOrAfter: timeFrameEnd.adding(days: Self.cushionDays, in: calendar))
    }

    /// The second follow-up: a week after the first, moved off a weekend.
    public func secondFollowUp(firstFollowUp: Day) -> Day {
        businessDay(onOrAfter: firstFollowUp.adding(days: Self.daysBetweenFollowUps, in: calendar))
    }

    /// The day to let go: a week after the second follow-up, moved off a weekend.
    public func letGo(secondFollowUp: Day) -> Day {
        businessDay(onOrAfter: secondFollowUp.adding(days: Self.daysBetweenFollowUps, in: calendar))
    }

    /// The day itself on a weekday, else the Monday after.
    public func businessDay(onOrAfter day: Day) -> Day {
        var day = day
        while day.isWeekend(in: calendar) {
            day = day.adding(days: 1, in: calendar)
        }
        return day
    }

    /// `count` weekdays after `day`.
    public func adding(businessDays count: Int, to day: Day) -> Day {
        var day = day
        var left = count
        while left > 0 {
            day = day.adding(days: 1, in: calendar)
            if !day.isWeekend(in: calendar) { left -= 1 }
        }
        return day
    }
}
