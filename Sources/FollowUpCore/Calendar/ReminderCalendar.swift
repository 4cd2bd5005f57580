import Foundation

/// The reminders of every application as an iCalendar file: one event per dated step (and one
/// for the day their answer set: the next round, or the day to answer their offer by), with
/// an alarm, a summary and a description of what to do and why. An event's UID depends only
/// on the application and the step, so importing a newer file updates events rather than
/// adding copies; a step done, or an application closed, answered or declined, is sent as
/// cancelled, and one waiting on another (the second follow-up, until the first goes out) as
/// tentative, on the day the plan shows.
public struct ReminderCalendar: Sendable {
    public let calendar: Calendar
    /// Decides each reminder's day and whether it still applies.
    public let planner: Planner

    public init(calendar: Calendar, holidays: HolidayCalendar = .none) {
        self.calendar = calendar
        planner = Planner(schedule: Schedule(calendar: calendar, holidays: holidays))
    }

    /// An application with its number and version, as the store keeps them.
    public struct Entry: Sendable {
        public var id: Int64
        public var version: Int
        public var application: Application

        public init(id: Int64, version: Int, application: Application) {
            self.id = id
            self.version = version
            self.application = application
        }
    }

    static let steps: [StepID] = [
        .sendThankYou, .firstFollowUp, .secondFollowUp, .moveOn, .declineThank, .declinePolitely,
    ]

    /// The iCalendar text for every application, with CRLF line ends.
    public func document(for entries: [Entry], now: Date) -> String {
        var text = ICalendarText()
        text.add("BEGIN", "VCALENDAR")
        text.add("VERSION", "2.0")
        text.add("PRODID", "-//followup//followup reminders//EN")
        text.add("CALSCALE", "GREGORIAN")
        text.add(text: "X-WR-CALNAME", "followup")
        for entry in entries {
            guard let plan = planner.plan(for: entry.application, at: now) else { continue }
            for step in Self.steps {
                guard let planned = plan.step(step), let day = planned.day else { continue }
                event(planned, entry: entry, day: day, deadline: plan.days.thankYouDeadline, now: now, into: &text)
            }
            theirDay(entry, now: now, into: &text)
        }
        text.add("END", "VCALENDAR")
        return text.document
    }

    private func event(
        _ planned: PlanStep, entry: Entry, day: Day, deadline: Date, now: Date,
        into text: inout ICalendarText
    ) {
        let app = entry.application
        let step = planned.step
        let pending = planned.status.isPending
        let waiting = planned.status == .waiting
        text.add("BEGIN", "VEVENT")
        text.add("UID", "followup-\(entry.id)-\(step.rawValue)@followup.local")
        text.add("DTSTAMP", ICalendarText.utc(now))
        text.add("SEQUENCE", String(entry.version))
        let isThanks = step == .sendThankYou || step == .declineThank
        if isThanks {
            let start = thankYouSlot(interviewEnd: app.interviewEnd ?? now, deadline: deadline)
            text.add("DTSTART", ICalendarText.utc(start))
            text.add("DTEND", ICalendarText.utc(start.addingTimeInterval(Self.slotLength)))
        } else {
            text.add("DTSTART", ICalendarText.date(day), parameters: "VALUE=DATE")
            text.add("DTEND", ICalendarText.date(day.adding(days: 1, in: calendar)), parameters: "VALUE=DATE")
        }
        text.add(text: "SUMMARY", "\(summary(step, app)) (\(app.title))")
        text.add(
            text: "DESCRIPTION",
            "\(waiting ? "Not yet: it comes \(planned.note); send the first follow-up before it.\n\n" : "")\(whatToDo(step, app, deadline: deadline))\n\nWhy: \(step.reason)\n\nStep: \(step.rawValue)"
        )
        text.add("STATUS", pending ? "CONFIRMED" : waiting ? "TENTATIVE" : "CANCELLED")
        text.add("TRANSP", "TRANSPARENT")
        if pending {
            text.add("BEGIN", "VALARM")
            text.add("ACTION", "DISPLAY")
            text.add(text: "DESCRIPTION", summary(step, app))
            // As the time to write the thank-you notes starts, well before their deadline; 9 AM on a follow-up day.
            text.add("TRIGGER", isThanks ? "PT0S" : "PT9H")
            text.add("END", "VALARM")
        }
        text.add("END", "VEVENT")
    }

    /// The day their answer set, as an all-day event: the next round, or the day to answer their
    /// offer by. None once closed, or when they set no day.
    private func theirDay(_ entry: Entry, now: Date, into text: inout ICalendarText) {
        let app = entry.application
        guard app.closure == nil, let day = app.waitUntil, app.outcome == .nextRound || app.outcome == .offer else {
            return
        }
        let offer = app.outcome == .offer
        text.add("BEGIN", "VEVENT")
        text.add("UID", "followup-\(entry.id)-their-day@followup.local")
        text.add("DTSTAMP", ICalendarText.utc(now))
        text.add("SEQUENCE", String(entry.version))
        text.add("DTSTART", ICalendarText.date(day), parameters: "VALUE=DATE")
        text.add("DTEND", ICalendarText.date(day.adding(days: 1, in: calendar)), parameters: "VALUE=DATE")
        text.add(text: "SUMMARY", "\(offer ? "Answer their offer" : "Your next round") (\(app.title))")
        text.add(
            text: "DESCRIPTION",
            offer
                ? "They'd like your answer to their offer by today."
                : "Your next round, as they set it. Once it's over, tell the chat and it plans that round's follow-ups."
        )
        text.add("STATUS", "CONFIRMED")
        text.add("TRANSP", "TRANSPARENT")
        text.add("BEGIN", "VALARM")
        text.add("ACTION", "DISPLAY")
        text.add(text: "DESCRIPTION", offer ? "Answer their offer" : "Your next round")
        text.add("TRIGGER", "-PT15H")
        text.add("END", "VALARM")
        text.add("END", "VEVENT")
    }

    /// How long the time to write the thank-you notes lasts.
    static let slotLength: TimeInterval = 30 * 60

    /// When to write the thank-you notes: 9 AM the morning after the interview, or 5 PM on its
    /// day when the morning would leave less than three hours before the deadline (an interview
    /// that ended before noon).
    func thankYouSlot(interviewEnd: Date, deadline: Date) -> Date {
        let day = Day(interviewEnd, in: calendar)
        let morning = day.adding(days: 1, in: calendar).at(hour: 9, minute: 0, in: calendar)
        return deadline.timeIntervalSince(morning) >= 3 * 3600 ? morning : day.at(hour: 17, minute: 0, in: calendar)
    }

    private func summary(_ step: StepID, _ app: Application) -> String {
        let main = app.mainName
        switch step {
        case .sendThankYou:
            return app.contactsToThank.count == 1 ? "Write your thank-you note" : "Write your thank-you notes"
        case .firstFollowUp: return "Follow up with \(main)"
        case .secondFollowUp: return "Last follow-up with \(main)"
        case .declineThank: return "A short thank-you for the meeting"
        case .declinePolitely: return "Decline politely to \(main)"
        default: return "No answer yet? Let this one go"
        }
    }

    private func whatToDo(_ step: StepID, _ app: Application, deadline: Date) -> String {
        let main = app.mainName
        switch step {
        case .sendThankYou:
            let waiting = app.contactsToThank
            let whom =
                waiting.count == 1
                ? "a thank-you note to \(waiting[0].spoken)"
                : "a separate thank-you note to each of \(Application.names(waiting))"
            return
                "Send \(whom), mentioning something you talked about, by \(DateText(calendar: calendar).moment(deadline))."
        case .firstFollowUp:
            return "Email or call \(main): say you're still very interested and ask how the process is going."
        case .secondFollowUp:
            return
                "If you haven't heard back, follow up once more with \(main): restate your interest and offer references or more work samples."
        case .declineThank:
            return "Thank \(Application.names(app.contacts)) for the meeting, with no word of your doubts."
        case .declinePolitely:
            let reason = DeclineReason(app)
            let when = reason == .notTheBestFit ? "They asked about next steps: reply" : "Tell them"
            return "\(when) briefly that \(reason.advice)."
        default:
            return "Two follow-ups without an answer: stop here and put your energy into other openings."
        }
    }
}
