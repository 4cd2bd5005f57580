import Foundation

/// The plan as the coach tells it after the walkthrough, and the /plan timeline.
extension Exchange {
    mutating func presentPlan() {
        guard let days else { return }
        let deadline = days.thankYouDeadline
        let frame = app.timeFrame ?? .unknown
        let frameEnd = days.timeFrameEnd
        let first = days.first
        let main = app.mainName
        let people =
            app.contacts.count > 1
            ? "a separate thank-you note to each of \(Application.names(app.contacts)), each naming something you talked about with that person."
            : "a thank-you note to \(Application.names(app.contacts)), naming something you talked about."
        say("Here is your plan:")
        if now < deadline {
            say("  By \(text.moment(deadline)): \(people)")
        } else {
            say("  Today, as soon as you can: \(people) The 24 hours are up, but a late note still helps.")
            noteNotYet(.sendThankYou)
        }
        // A next round asked for in the same breath: no follow-ups to plan, only its day.
        if app.outcome == .nextRound {
            let when = app.waitUntil.map { "\(text.day($0)): " } ?? "Next: "
            return say(
                "  \(when)the next round they asked for. No follow-ups meanwhile; tell me once it's done and we'll plan its own."
            )
        }
        say(
            "  Today: put \(text.day(first)) in your calendar for the first follow-up (\(frameClause(frame, end: frameEnd)), plus \(NumberWords.spoken(Schedule.cushionDays)) days' cushion\(moveNote(frameEnd.adding(days: Schedule.cushionDays, in: calendar), to: first)))."
        )
        say("  \(text.day(first)): follow up with \(main) by email or phone.")
        say("  \(text.day(days.second)): if you've heard nothing, follow up one last time\(holidayNote(after: first)).")
        say("  \(text.day(days.letGo)): if there's still no answer, let it go\(holidayNote(after: days.second)).")
        if frame == .unknown {
            say(
                "With no time frame from them I've assumed \(TimeFrame.assumed.spoken(with: text)); ask in your thank-you note and I'll move the dates."
            )
        }
        say("An answer from them at any point ends the chain. /plan shows this timeline again.")
        state.lastAdvice = .scheduleFirstFollowUp
    }

    /// "their two weeks end Thursday, Dec 10".
    func frameClause(_ frame: TimeFrame, end: Day) -> String {
        switch frame {
        case .by: "they expect to decide by \(text.day(end))"
        case .unknown: "the \(TimeFrame.assumed.spoken(with: text)) I'm assuming end \(text.day(end))"
        case let .within(count, _): "their \(frame.spoken(with: text)) end\(count == 1 ? "s" : "") \(text.day(end))"
        }
    }

    /// Why a follow-up day moved off the day the rule gave: "; Dec 25 is Christmas Day, so I
    /// moved it to Monday, Dec 28", or the weekend; nothing when the day said is another (a
    /// follow-up already done).
    private func moveNote(_ requested: Day, to said: Day) -> String {
        let shift = schedule.shift(requested)
        guard shift.moved, shift.day == said else { return "" }
        if let holiday = shift.holidays.first {
            return "; \(text.monthDay(holiday.day)) is \(holiday.name), so I moved it to \(text.day(shift.day))"
        }
        return "; that lands on a weekend, so I moved it to the Monday"
    }

    /// " (Dec 25 is Christmas Day, so I moved it to Monday, Dec 28)" when a holiday moved the
    /// step a week after `day`.
    private func holidayNote(after day: Day) -> String {
        let shift = schedule.shift(day.adding(days: Schedule.daysBetweenFollowUps, in: calendar))
        guard let holiday = shift.holidays.first else { return "" }
        return " (\(text.monthDay(holiday.day)) is \(holiday.name), so I moved it to \(text.day(shift.day)))"
    }

    /// The /plan timeline: one line per step with its id, ISO date and status.
    mutating func showPlan() {
        guard let entries = plan?.steps else {
            // The interview still ahead: the question after this says its day.
            say(
                interviewStillAhead
                    ? "There's no plan yet: it starts once your interview is over."
                    : "There's no plan yet: I need to know when the interview ended first.")
            return reaskOrOffer()
        }
        for line in PlanText.lines(for: app, entries: entries, today: today, text: text) { say(line) }
        reaskOrOffer()
    }
}
