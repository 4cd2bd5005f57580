/// How the coach says a pending action in a list.
extension PendingAction {
    /// "Send a thank-you note to Sarah Lee (due by Friday, Nov 27 at 5:00 PM)".
    public func spoken(today: Day, text: DateText) -> String {
        "\(action) (\(when(today: today, text: text)))"
    }

    /// "due by 5:00 PM today", "due by Friday, Nov 27 at 5:00 PM", "due today",
    /// "overdue since Friday, Nov 27", "Monday, Dec 14".
    public func when(today: Day, text: DateText) -> String {
        switch status {
        case .overdue:
            return "overdue since \(text.day(day))"
        case .due:
            guard let deadline else {
                return day == today
                    ? "due today" : day < today ? "due since \(text.day(day))" : "due by \(text.day(day))"
            }
            return day == today ? "due by \(text.time(deadline)) today" : "due by \(text.moment(deadline))"
        default:
            return text.day(day)
        }
    }

    /// What the first follow-up, still unreported, means for the second once the second's day has come.
    public static func secondWaits(_ second: Day, today: Day, text: DateText) -> String {
        let day = second == today ? "today" : text.day(second)
        return
            "The second follow-up was set for \(day); no need to send two at once: tell me once this one has gone out,"
            + " and the second moves to a week after it."
    }
}
