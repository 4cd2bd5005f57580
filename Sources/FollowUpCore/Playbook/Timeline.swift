import Foundation

/// Lays an application out as dated playbook steps, each with its status at a given moment.
public struct Timeline: Sendable {
    public let schedule: Schedule

    public init(calendar: Calendar) {
        schedule = Schedule(calendar: calendar)
    }

    public var calendar: Calendar { schedule.calendar }

    /// The timeline, or nil before the interview's end is known.
    public func entries(for app: Application, now: Date) -> [PlanEntry]? {
        guard let end = app.interviewEnd else { return nil }
        let today = Day(now, in: calendar)
        let interviewDay = Day(end, in: calendar)
        let text = DateText(calendar: calendar)
        let deadline = schedule.thankYouDeadline(interviewEnd: end)
        let dates = followUpDays(for: app)!

        var entries = StepID.atInterview.map { step in
            PlanEntry(step: step, day: app.records[step]?.on ?? interviewDay,
                      status: PlanEntry.Status(app.status(of: step) ?? .unknown),
                      note: step == .askNextStep ? timeFrameNote(app, text: text) : "")
        }
        let chain: [StepID] = [.sendThankYou, .scheduleFirstFollowUp, .firstFollowUp,
                               .scheduleSecondFollowUp, .secondFollowUp, .moveOn]
        for step in chain {
            let day = app.records[step]?.on ?? dates[step]!
            var status: PlanEntry.Status
            if app.isDone(step) {
                status = .done
            } else if app.outcome != nil || app.declining != nil || app.closure != nil {
                status = .cancelled
            } else if step == .sendThankYou {
                status = now < deadline ? .due : .overdue
            } else if step == .scheduleFirstFollowUp {
                status = .due
            } else {
                status = dayStatus(day, today: today, step: step, app: app)
            }
            let note = status == .cancelled ? "" : chainNote(step, app: app, deadline: deadline, text: text)
            entries.append(PlanEntry(step: step, day: day, status: status, note: note))
        }
        if let declining = app.declining {
            entries += declineEntries(app, declining: declining, deadlineDay: Day(deadline, in: calendar))
        }
        return entries
    }

    /// The day each follow-up step falls on, or nil before the interview's end is known.
    public func followUpDays(for app: Application) -> [StepID: Day]? {
        guard let end = app.interviewEnd else { return nil }
        let deadlineDay = Day(schedule.thankYouDeadline(interviewEnd: end), in: calendar)
        let frameEnd = schedule.timeFrameEnd(app.timeFrame ?? .unknown, interviewDay: Day(end, in: calendar))
        let first = schedule.firstFollowUp(timeFrameEnd: frameEnd)
        let firstHappened = app.records[.firstFollowUp]?.on ?? first
        let second = schedule.secondFollowUp(firstFollowUp: firstHappened)
        let secondHappened = app.records[.secondFollowUp]?.on ?? second
        return [
            .sendThankYou: deadlineDay,
            .scheduleFirstFollowUp: deadlineDay,
            .firstFollowUp: first,
            .scheduleSecondFollowUp: firstHappened,
            .secondFollowUp: second,
            .moveOn: schedule.letGo(secondFollowUp: secondHappened),
        ]
    }

    private func dayStatus(_ day: Day, today: Day, step: StepID, app: Application) -> PlanEntry.Status {
        let waitsOn: StepID? = switch step {
        case .scheduleSecondFollowUp: .firstFollowUp
        case .moveOn: .secondFollowUp
        default: nil
        }
        if let waitsOn, !app.isDone(waitsOn) { return .upcoming }
        if today < day { return .upcoming }
        if today == day || step == .moveOn { return .due }
        return .overdue
    }

    private func timeFrameNote(_ app: Application, text: DateText) -> String {
        switch app.timeFrame {
        case nil: ""
        case .unknown?: "time frame unknown: assuming \(TimeFrame.assumed.spoken(with: text))"
        case let frame?: "time frame: \(frame.spoken(with: text))"
        }
    }

    private func chainNote(_ step: StepID, app: Application, deadline: Date, text: DateText) -> String {
        switch step {
        case .sendThankYou:
            let people = app.contacts.map { $0.thankedOn == nil ? $0.name : "\($0.name) (sent)" }
            let who = people.isEmpty ? "" : ": " + people.joined(separator: ", ")
            return app.isDone(step) ? String(who.dropFirst(2)) : "by \(text.time(deadline))\(who)"
        case .firstFollowUp, .secondFollowUp:
            return app.mainContact.map { "to \($0.name)" } ?? ""
        default:
            return ""
        }
    }

    private func declineEntries(_ app: Application, declining: Application.Declining, deadlineDay: Day) -> [PlanEntry] {
        let thanked = app.isDone(.sayThanks) || app.isDone(.declineThank)
        let asked = declining.askedOn
        return [
            PlanEntry(step: .declineThank, day: app.records[.declineThank]?.on ?? deadlineDay,
                      status: thanked ? .done : .due, note: ""),
            PlanEntry(step: .declineWait, day: declining.since,
                      status: asked == nil ? .due : .done, note: "until they ask about next steps"),
            PlanEntry(step: .declinePolitely, day: app.records[.declinePolitely]?.on ?? asked,
                      status: app.isDone(.declinePolitely) ? .done : (asked == nil ? .upcoming : .due),
                      note: asked == nil ? "only if they ask" : ""),
        ]
    }
}

extension PlanEntry.Status {
    init(_ recorded: StepRecord.Status) {
        switch recorded {
        case .done: self = .done
        case .missed: self = .missed
        case .unknown: self = .unknown
        }
    }
}
