import Foundation

/// The day (and time, when told) of an interview that has not happened yet: the follow-up is
/// planned once it is over.
public struct InterviewAhead: Codable, Equatable, Sendable {
    /// The day of the interview.
    public var day: Day
    /// The hour it starts, when the user gave one.
    public var hour: Int?
    /// The minute it starts, with `hour`.
    public var minute: Int?

    public init(day: Day, hour: Int? = nil, minute: Int? = nil) {
        self.day = day
        self.hour = hour
        self.minute = minute
    }

    /// When it is over as far as the coach can tell: its start when a time was given, else the
    /// end of its working day (5 PM).
    public func over(in calendar: Calendar) -> Date {
        day.at(hour: hour ?? 17, minute: hour == nil ? 0 : minute ?? 0, in: calendar)
    }

    /// "Thursday, Dec 10 at 3:00 PM", or the day alone when no time was given.
    public func spoken(_ text: DateText) -> String {
        hour == nil ? text.day(day) : text.moment(over(in: text.calendar))
    }
}
