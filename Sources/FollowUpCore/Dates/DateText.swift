import Foundation

/// Writes days and times the way the coach says them: "Thursday, Dec 3", "5:00 PM".
public struct DateText: Sendable {
    public let calendar: Calendar
    /// The region's holidays, named after a day they fall on where the coach says so.
    public let holidays: HolidayCalendar

    public init(calendar: Calendar, holidays: HolidayCalendar = .none) {
        self.calendar = calendar
        self.holidays = holidays
    }

    /// "Friday, Dec 25 (Christmas Day)" for a holiday, else "Thursday, Dec 3".
    public func dayNamingHoliday(_ day: Day) -> String {
        self.day(day) + (holidays.holiday(on: day).map { " (\($0.name))" } ?? "")
    }

    static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "Thursday, Dec 3".
    public func day(_ day: Day) -> String {
        "\(Self.weekdays[day.weekday(in: calendar) - 1]), \(Self.months[day.month - 1]) \(day.day)"
    }

    /// "Dec 25".
    public func monthDay(_ day: Day) -> String {
        "\(Self.months[day.month - 1]) \(day.day)"
    }

    /// "5:00 PM", or "17:00" where dates are written day first (the calendar's locale, see
    /// `DateOrder.locale`): a London user reads the clock as they write it.
    public func time(_ date: Date) -> String {
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        // Both components were asked for, and a Gregorian calendar always fills them in.
        let hour = parts.hour!
        let minute = parts.minute!
        if DateOrder(locale: calendar.locale) == .dayFirst { return "\(Day.padded(hour, 2)):\(Day.padded(minute, 2))" }
        let twelve = hour % 12 == 0 ? 12 : hour % 12
        return "\(twelve):\(Day.padded(minute, 2)) \(hour < 12 ? "AM" : "PM")"
    }

    /// "Tuesday, Dec 22 at 3:00 PM" when `minute` (of the day) is known, else "Tuesday, Dec 22".
    public func day(_ day: Day, minute: Int?) -> String {
        guard let minute else { return self.day(day) }
        return moment(day.at(hour: minute / 60, minute: minute % 60, in: calendar))
    }

    /// "Friday, Nov 27 at 5:00 PM".
    public func moment(_ date: Date) -> String {
        "\(day(Day(date, in: calendar))) at \(time(date))"
    }
}
