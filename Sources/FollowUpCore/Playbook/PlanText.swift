/// The timeline as text: a title, then one line per step with its id, ISO date and status.
public enum PlanText {
    public static func lines(for app: Application, entries: [PlanStep], today: Day, text: DateText) -> [String] {
        var lines = ["Plan for \(app.title) (today is \(text.day(today))):"]
        for entry in entries {
            let id = entry.step.rawValue.padding(toLength: 25, withPad: " ", startingAt: 0)
            let day = (entry.day?.description ?? "when asked").padding(toLength: 10, withPad: " ", startingAt: 0)
            let status = entry.status.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
            var row = "  \(id) \(day)  \(status) \(entry.note)"
            while row.last == " " { row.removeLast() }
            lines.append(row)
        }
        // Their answer set a day of its own: the next round, or the day to answer an offer by.
        if case .answered = app.phase, app.waitUntil != nil,
            let waiting = app.phase.waitingFor(
                until: app.waitUntil, today: today, text: text, takeHome: app.roundIsTakeHome == true,
                minute: app.roundMinute)
        {
            lines.append("  Waiting: \(waiting).")
        }
        return lines
    }
}
