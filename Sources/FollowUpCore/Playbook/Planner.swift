import Foundation

/// The playbook applied to one application at one moment. This is the one place that decides
/// what comes next: the chat's advice, the greeting, `/plan`, `show`, `next`, the calendar and
/// the drafts are views of what it returns.
///
/// Status follows the clock. A follow-up is upcoming before its day, due on it and overdue
/// after it until it is reported. A calendar note is advice that travels with its follow-up:
/// it is due until that follow-up's day, and never holds the follow-up back. The days given
/// stay put as the clock runs: a first follow-up left unreported holds the second (`waiting`),
/// and letting go comes due on its day. A thank-you note is due for 24 hours, then overdue
/// but still worth sending for a few days; once that window closes or the first follow-up
/// comes, it is folded into the follow-up (status `missed`). The employer's answer cancels what
/// is left, except notes still within their 24 hours when the answer is a next round.
public struct Planner: Sendable {
    public let schedule: Schedule

    public init(schedule: Schedule) {
        self.schedule = schedule
    }

    public init(calendar: Calendar) {
        self.init(schedule: Schedule(calendar: calendar))
    }

    public var calendar: Calendar { schedule.calendar }

    /// Days after the 24 hours during which a late thank-you note is still sent on its own.
    public static let lateThanksDays = 4

    /// The days the chain falls on as seen at `now`, or nil before the interview's end is known.
    ///
    /// A day once given stays put as the clock runs: only a report (a follow-up done on a day)
    /// or the employer's news moves the days after it.
    public func days(for app: Application, at now: Date) -> FollowUpDays? {
        guard let end = app.interviewEnd else { return nil }
        let today = Day(now, in: calendar)
        let deadline = schedule.thankYouDeadline(interviewEnd: end)
        let frameEnd = schedule.timeFrameEnd(app.timeFrame ?? .unknown, interviewDay: Day(end, in: calendar))
        let planned = schedule.firstFollowUp(timeFrameEnd: frameEnd)
        // A new date from the employer (or a change of heart) puts the next follow-up a cushion after it.
        let waited = Self.countingDay(app).map { schedule.firstFollowUp(timeFrameEnd: $0) }
        let onTimeFirst = later(planned, waited)
        let first = done(.firstFollowUp, in: app) ?? onTimeFirst
        // A week after the first, but never before the first's own day: a follow-up sent early
        // does not bring the second before the employer's time frame has run.
        let second =
            done(.secondFollowUp, in: app)
            ?? max(schedule.secondFollowUp(firstFollowUp: first), onTimeFirst)
        // Nor letting go: it is at least the day of a chain followed on time.
        let onTime = schedule.letGo(secondFollowUp: schedule.secondFollowUp(firstFollowUp: planned))
        let letGo = later(later(schedule.letGo(secondFollowUp: second), waited), onTime)
        let hasLapsed =
            app.isActive && app.declining == nil && !app.isDone(.secondFollowUp) && today >= letGo
        let deadlineDay = Day(deadline, in: calendar)
        let lastForThanks = min(
            deadlineDay.adding(days: Self.lateThanksDays, in: calendar), first.adding(days: -1, in: calendar))
        return FollowUpDays(
            thankYouDeadline: deadline, timeFrameEnd: frameEnd, first: first, second: second,
            letGo: letGo, lastDayForThanks: lastForThanks, hasLapsed: hasLapsed)
    }

    /// The plan at `now`, or nil before the interview's end is known.
    public func plan(for app: Application, at now: Date) -> Plan? {
        guard let (steps, moment) = steps(for: app, at: now) else { return nil }
        let folded = Self.thanksFolded(app, steps: steps)
        let actions = steps.compactMap { action(for: $0, moment, thanksFolded: folded) }.sorted(
            by: PendingAction.precedes)
        return Plan(steps: steps, actions: actions, days: moment.days)
    }

    /// The plan's steps and what they were computed from, without the actions' wording.
    private func steps(for app: Application, at now: Date) -> ([PlanStep], Moment)? {
        guard let end = app.interviewEnd, let days = days(for: app, at: now) else { return nil }
        let moment = Moment(app: app, now: now, today: Day(now, in: calendar), days: days, isActive: app.isActive)
        let interviewDay = Day(end, in: calendar)
        var steps = StepID.atInterview.map { step in
            PlanStep(
                step: step, day: app.records[step]?.on ?? interviewDay,
                status: PlanStep.Status(app.status(of: step) ?? .unknown),
                note: step == .askNextStep ? timeFrameNote(app) : step == .collectCards ? Self.cardsNote(app) : "")
        }
        steps += chainSteps(moment)
        if app.declining != nil { steps += declineSteps(moment) }
        return (steps, moment)
    }

    /// The day of the action `entry` asks for, or nil when it asks for none.
    private static func actionDay(_ entry: PlanStep) -> Day? {
        entry.status.isPending ? entry.day : nil
    }

    /// Whether the first follow-up carries the thanks: the note to the main contact never went
    /// out, and its time on its own has passed.
    public static func thanksFolded(_ app: Application, steps: [PlanStep]) -> Bool {
        steps.contains { $0.step == .sendThankYou && $0.status == .missed }
            && app.mainContact.map { $0.thankedOn == nil } ?? false
    }

    /// The earliest day any pending action is due from: what an index can sort applications by.
    /// Read from the plan's steps, without the actions' wording, which an index has no use for.
    public func nextDay(for app: Application, at now: Date) -> Day? {
        guard let (steps, moment) = steps(for: app, at: now) else { return nil }
        return steps.compactMap { entry in
            Self.actionDay(entry).map { entry.status == .upcoming ? $0 : min($0, moment.today) }
        }.min()
    }

    /// Where `app` stands by its `plan` at some moment: while its chain runs, the furthest stage
    /// among the steps to take then (a first follow-up never reported and letting go due is
    /// letting go), never behind what was reported; else its answer, decline or closure
    /// (`Application.phase`).
    public static func phase(of app: Application, by plan: Plan?) -> Phase {
        guard case let .stage(reported) = app.phase, reported != .decline, let plan else { return app.phase }
        return .stage(([reported] + plan.current.map(\.step.stage)).max() ?? reported)
    }

    /// What a plan is computed from.
    struct Moment {
        let app: Application
        let now: Date
        let today: Day
        let days: FollowUpDays
        /// Whether the chain still runs (`Application.isActive`), worked out once: the steps ask it often.
        let isActive: Bool
        var main: String { app.mainName }

        /// The second follow-up's day has come with the first still unreported: the second
        /// waits for the first, a week after it goes out.
        var secondWaits: Bool {
            isActive && !days.hasLapsed && !app.isDone(.firstFollowUp) && !app.isDone(.secondFollowUp)
                && today >= days.second
        }
    }

    /// Who can be reached when only some can: "reach: Dana Whitfield, Tom Okafor; not yet: Raj Patel".
    private static func cardsNote(_ app: Application) -> String {
        let reachable = app.contacts.filter { $0.hasDetails == true }
        guard !reachable.isEmpty, reachable.count < app.contacts.count else { return "" }
        let others = app.contacts.filter { $0.hasDetails != true }
        return "reach: \(reachable.map(\.spoken).joined(separator: ", ")); not yet: "
            + others.map(\.spoken).joined(separator: ", ")
    }

    /// The day the follow-ups now count from, when the employer gave one: "news by Jan 15", or
    /// the day to check in after references went out. An offer's reply-by day and the next
    /// round's day are no such day: the chain has stopped, and its days stay where they were.
    private static func countingDay(_ app: Application) -> Day? {
        app.outcome == .offer || app.outcome == .nextRound ? nil : app.waitUntil
    }

    private func timeFrameNote(_ app: Application) -> String {
        let text = DateText(calendar: calendar, holidays: schedule.holidays)
        // "They're still deciding, news by Jan 15": the follow-ups count from that day now.
        let counting = Self.countingDay(app)
        let since = counting.map { "; now counting from \(text.day($0))" } ?? ""
        switch app.timeFrame {
        case nil: return counting.map { "counting from \(text.day($0))" } ?? ""
        case .unknown?: return "time frame unknown: assuming \(TimeFrame.assumed.spoken(with: text))\(since)"
        case let frame?: return "time frame: \(frame.spoken(with: text))\(since)"
        }
    }

    private func done(_ step: StepID, in app: Application) -> Day? {
        app.isDone(step) ? app.records[step]?.on : nil
    }

    private func later(_ day: Day, _ other: Day?) -> Day {
        other.map { max(day, $0) } ?? day
    }

    /// The follow-up chain: the notes, the calendar notes, the two follow-ups and letting go.
    private func chainSteps(_ m: Moment) -> [PlanStep] {
        let app = m.app
        let days = m.days
        let text = DateText(calendar: calendar)
        let firstDone = app.isDone(.firstFollowUp)
        let secondDone = app.isDone(.secondFollowUp)
        // A note recorded as missed before its day is no note to write: a take-home met no one.
        let noNote = app.records[.sendThankYou]?.status == .missed
        let status = noteStatus(m, lastDay: firstDone ? nil : days.lastDayForThanks)
        // Asked to a next round within the 24 hours, the people just met are thanked all the same.
        let goesOn = app.outcome == .nextRound && app.closure == nil && app.declining == nil && status == .due
        let thanks: PlanStep.Status =
            app.isDone(.sendThankYou) ? .done : (!m.isActive && !goesOn) || noNote ? .cancelled : status
        let waiting = app.contactsAwaitingThanks.map(\.spoken).joined(separator: ", ")
        let sent = app.contacts.filter { $0.thankedOn != nil }.map(\.spoken).joined(separator: ", ")
        let thanksNote =
            switch thanks {
            case .done: "sent to " + app.contacts.map(\.spoken).joined(separator: ", ")
            case .missed where app.mainContact?.thankedOn == nil: "folded into the first follow-up"
            case .missed: "past its time: " + waiting
            case .cancelled: ""
            default:
                "by \(text.time(days.thankYouDeadline))" + (waiting.isEmpty ? "" : ": \(waiting)")
                    + (sent.isEmpty ? "" : "; sent to \(sent)")
            }
        let main = app.mainContact.map { "to \($0.spoken)" } ?? ""
        return [
            PlanStep(
                step: .sendThankYou, day: done(.sendThankYou, in: app) ?? Day(days.thankYouDeadline, in: calendar),
                status: thanks, note: thanksNote),
            // The first calendar note can go in as soon as the interview is over.
            reminder(
                .scheduleFirstFollowUp, for: days.first, opens: Day(app.interviewEnd ?? m.now, in: calendar),
                isOpen: true, isOver: firstDone, m),
            followUp(.firstFollowUp, on: days.first, isOpen: true, m, note: main),
            reminder(
                .scheduleSecondFollowUp, for: days.second, opens: days.first,
                isOpen: firstDone, isOver: secondDone, m),
            followUp(.secondFollowUp, on: days.second, isOpen: firstDone, m, note: main),
            letGo(m),
        ]
    }

    /// A note with a deadline: due until it, then overdue while still worth sending on its own
    /// (up to `lastDay`, when there is one), then missed.
    private func noteStatus(_ m: Moment, lastDay: Day?) -> PlanStep.Status {
        if m.now < m.days.thankYouDeadline { return .due }
        guard let lastDay, m.today <= lastDay else { return .missed }
        return .overdue
    }

    /// Days after its first that a calendar note is still asked for; after them it waits in the plan.
    static let daysACalendarNoteIsAsked = 1

    /// A calendar note for a follow-up: due from `opens` (once `isOpen`) until the follow-up's
    /// day; after that, or once the follow-up is done, it no longer matters.
    private func reminder(
        _ step: StepID, for followUp: Day, opens: Day, isOpen: Bool, isOver: Bool,
        _ m: Moment
    ) -> PlanStep {
        if let day = done(step, in: m.app) { return PlanStep(step: step, day: day, status: .done) }
        if !m.isActive { return PlanStep(step: step, day: opens, status: .cancelled) }
        if !isOpen, !m.days.hasLapsed {
            return m.today < opens
                ? PlanStep(step: step, day: opens, status: .upcoming)
                : PlanStep(step: step, day: opens, status: .waiting, note: "once the first follow-up has gone out")
        }
        if isOver || m.today >= followUp || m.days.hasLapsed {
            return PlanStep(step: step, day: opens, status: .unknown, note: "not confirmed; no longer needed")
        }
        // Due by the end of the first day, with the thank-you notes (the first note), else today:
        // however often its follow-up moved.
        let firstDay = Day(m.days.thankYouDeadline, in: calendar)
        let day = step == .scheduleFirstFollowUp ? max(m.today, firstDay) : m.today
        // Asked for on a day or two and never confirmed, it is not asked for day after day: it
        // stays on the timeline, left to the user.
        let start = step == .scheduleFirstFollowUp ? max(opens, firstDay) : done(.firstFollowUp, in: m.app) ?? opens
        if m.today > start.adding(days: Self.daysACalendarNoteIsAsked, in: calendar) {
            return PlanStep(step: step, day: start, status: .unknown, note: "not confirmed; for \(followUp)")
        }
        return PlanStep(step: step, day: day, status: .due, note: "for \(followUp)")
    }

    /// A follow-up: upcoming before its day, due on it, overdue after it until reported.
    private func followUp(_ step: StepID, on day: Day, isOpen: Bool, _ m: Moment, note: String) -> PlanStep {
        if m.app.isDone(step) { return PlanStep(step: step, day: day, status: .done, note: note) }
        if !m.isActive { return PlanStep(step: step, day: day, status: .cancelled) }
        if m.days.hasLapsed { return PlanStep(step: step, day: day, status: .unknown, note: "never reported") }
        if step == .secondFollowUp, m.secondWaits {
            return PlanStep(step: step, day: day, status: .waiting, note: "a week after the first goes out")
        }
        let status: PlanStep.Status = !isOpen || m.today < day ? .upcoming : m.today == day ? .due : .overdue
        return PlanStep(step: step, day: day, status: status, note: note)
    }

    /// Letting go: a week after the second follow-up; due from then on, never overdue.
    private func letGo(_ m: Moment) -> PlanStep {
        let day = m.days.letGo
        if let closure = m.app.closure, closure.reason == .movedOn {
            return PlanStep(step: .moveOn, day: closure.on, status: .done)
        }
        if m.app.isDone(.moveOn) {
            return PlanStep(step: .moveOn, day: m.app.records[.moveOn]?.on ?? day, status: .done)
        }
        if !m.isActive { return PlanStep(step: .moveOn, day: day, status: .cancelled) }
        let status: PlanStep.Status =
            m.days.hasLapsed || (m.app.isDone(.secondFollowUp) && m.today >= day) ? .due : .upcoming
        return PlanStep(
            step: .moveOn, day: day, status: status, note: status == .upcoming ? "if there is still no answer" : "")
    }

    /// The decline path: a thank-you like any other, nothing while waiting, a prompt answer once they ask.
    private func declineSteps(_ m: Moment) -> [PlanStep] {
        guard let declining = m.app.declining else { return [] }
        let app = m.app
        let thanked =
            app.isDone(.sayThanks) || app.isDone(.declineThank) || app.isDone(.sendThankYou)
            || app.contacts.contains { $0.thankedOn != nil }
        let deadlineDay = Day(m.days.thankYouDeadline, in: calendar)
        // An answer from the employer ends the decline path as it ends the follow-ups; an offer
        // is the answer the decline replies to.
        let offered = app.outcome == .offer
        let closed = app.closure != nil || (app.outcome != nil && !offered)
        let thank =
            thanked
            ? PlanStep.Status.done
            // Once they ask, the decline itself thanks them.
            : closed || declining.askedOn != nil
                ? .cancelled : noteStatus(m, lastDay: deadlineDay.adding(days: Self.lateThanksDays, in: calendar))
        // Another offer in hand: the decline goes out now, not once they ask.
        let asked = declining.askedOn ?? (declining.isTime ? declining.since : nil)
        let answered = app.isDone(.declinePolitely)
        let politely: PlanStep.Status =
            answered
            ? .done
            : closed ? .cancelled : asked.map { $0 < m.today ? .overdue : .due } ?? .upcoming
        return [
            PlanStep(step: .declineThank, day: app.records[.declineThank]?.on ?? deadlineDay, status: thank),
            PlanStep(
                step: .declineWait, day: declining.since, status: asked == nil && !closed ? .waiting : .done,
                note: "until they ask about next steps"),
            PlanStep(
                step: .declinePolitely, day: app.records[.declinePolitely]?.on ?? asked, status: politely,
                note: asked == nil ? "only if they ask" : offered ? app.waitUntil.map { "by \($0)" } ?? "" : ""),
        ]
    }

    /// The action a pending step asks for, with the people it concerns.
    private func action(for entry: PlanStep, _ m: Moment, thanksFolded: Bool) -> PendingAction? {
        guard let day = Self.actionDay(entry) else { return nil }
        let text = DateText(calendar: calendar)
        let main = m.main
        var people = m.app.mainContact.map { [$0.name] } ?? []
        var deadline: Date?
        var reason: String?
        var what: String
        switch entry.step {
        case .sendThankYou:
            let waiting = m.app.contactsAwaitingThanks
            people = waiting.map(\.spoken)
            deadline = m.days.thankYouDeadline
            what =
                waiting.isEmpty
                ? "Send a thank-you note to each person you met"
                : waiting.count == 1
                    ? "Send a thank-you note to \(waiting[0].spoken)"
                    : "Send a thank-you note to each of \(Application.names(waiting))"
        case .scheduleFirstFollowUp:
            what = "Put \(text.day(m.days.first)) in your calendar for the first follow-up with \(main)"
            // A day worked out from no time frame says so: it moves once they give one.
            if m.app.timeFrame == nil || m.app.timeFrame == .unknown {
                what += ", assuming \(TimeFrame.assumed.spoken(with: text)) until you know their time frame"
            }
        case .firstFollowUp:
            what =
                "Follow up with \(main) by email or phone"
                + (thanksFolded ? ", with a word of thanks for the interview" : "")
            if m.secondWaits {
                reason = entry.step.reason + " " + PendingAction.secondWaits(m.days.second, today: m.today, text: text)
            }
        case .scheduleSecondFollowUp:
            what = "Put \(text.day(m.days.second)) in your calendar for the second follow-up with \(main)"
        case .secondFollowUp:
            what = "Follow up one last time with \(main)"
        case .moveOn:
            people = []
            what =
                m.days.hasLapsed
                ? "Let this one go: weeks have passed without word from them"
                : entry.status == .due
                    ? "Let this one go: two follow-ups without an answer is the limit"
                    : "Let it go if there is still no answer"
            if m.days.hasLapsed { reason = PendingAction.lapsedReason }
        case .declineThank:
            people = m.app.contacts.map(\.name)
            deadline = m.days.thankYouDeadline
            what = "Thank them for the meeting, without mentioning your doubts"
        case .declinePolitely:
            what =
                m.app.outcome == .offer
                ? "Decline their offer politely"
                    + (m.app.waitUntil.flatMap { $0 < m.today ? nil : " before their deadline, \(text.day($0))" }
                        ?? ", thanking them for it")
                : m.app.declining?.askedOn == nil && m.app.declining?.withOfferElsewhere == true
                    ? "Decline politely: with another offer in hand, tell them now"
                    : "Decline politely: they asked about next steps"
        default:
            people = []
            what = entry.step.summary
        }
        return PendingAction(
            step: entry.step, day: day, deadline: entry.status == .due ? deadline : nil,
            status: entry.status, people: people, action: what,
            reason: reason)
    }
}

extension PlanStep.Status {
    /// The status of an interview-room step, from what the candidate said.
    init(_ recorded: StepRecord.Status) {
        switch recorded {
        case .done: self = .done
        case .missed: self = .missed
        case .unknown: self = .unknown
        }
    }
}
