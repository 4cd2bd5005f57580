/// How the coach says an agenda item.
extension AgendaItem {
    /// "Send a thank-you note to Sarah Lee (overdue since Friday, Nov 27)".
    public func spoken(today: Day, text: DateText) -> String {
        "\(action) (\(when(today: today, text: text)))"
    }

    /// "due today", "due by Friday, Nov 27", "overdue since Friday, Nov 27", "Monday, Dec 14".
    public func when(today: Day, text: DateText) -> String {
        switch status {
        case .overdue: "overdue since \(text.day(day))"
        case .due: day == today ? "due today" : "due by \(text.day(day))"
        default: text.day(day)
        }
    }
}
