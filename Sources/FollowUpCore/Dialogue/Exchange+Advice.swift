import Foundation

/// "What should I do now?", the playbook's answers to common questions, and /why.
extension Exchange {
    /// The next concrete action, with its date, and the step it belongs to.
    struct Action {
        var step: StepID
        var line: String
    }

    mutating func adviseNextAction() {
        guard app.interviewEnd != nil else {
            say("First I need a few facts about the interview; then I can give you dates.")
            return reaskOrOffer()
        }
        if let closure = app.closure {
            say("This one is closed: \(closure.reason.spoken). \(Coach.offer)")
            return reaskOrOffer()
        }
        if let outcome = app.outcome {
            say(Self.outcomeAdvice(outcome))
            return reaskOrOffer()
        }
        if app.declining != nil {
            adviseDecline()
            return reaskOrOffer()
        }
        let action = nextAction()
        say(action.line)
        state.lastReason = "\(action.step.reason) (\(action.step.rawValue))"
        reaskOrOffer()
    }

    func nextAction() -> Action {
        let end = app.interviewEnd!
        let days = followUpDays!
        let main = app.mainContact?.name ?? "your main contact"
        if !app.isDone(.sendThankYou), today < days[.firstFollowUp]! {
            let deadline = schedule.thankYouDeadline(interviewEnd: end)
            let who = Application.names(app.contactsAwaitingThanks)
            let when = Day(deadline, in: calendar) == today ? "by \(text.time(deadline)) today" : "by \(text.moment(deadline))"
            let line = now < deadline
                ? "Send your thank-you notes to \(who), \(when). Mention one specific thing you discussed with each person."
                : "Send your thank-you notes to \(who) today. The 24-hour mark passed \(text.moment(deadline)), but a late note still counts for a lot; keep it short and specific."
            return Action(step: .sendThankYou, line: line)
        }
        if !app.isDone(.scheduleFirstFollowUp), !app.isDone(.firstFollowUp) {
            return Action(step: .scheduleFirstFollowUp,
                          line: "Put \(text.day(days[.firstFollowUp]!)) in your calendar: that's your first follow-up with \(main).")
        }
        if !app.isDone(.firstFollowUp) {
            return followUpAction(.firstFollowUp, day: days[.firstFollowUp]!, main: main,
                                  what: "follow up with \(main) by email or phone: say you're still very interested and ask how their process is going.")
        }
        if !app.isDone(.scheduleSecondFollowUp), !app.isDone(.secondFollowUp) {
            return Action(step: .scheduleSecondFollowUp,
                          line: "Put \(text.day(days[.secondFollowUp]!)) in your calendar for the second follow-up, in case you haven't heard by then.")
        }
        if !app.isDone(.secondFollowUp) {
            return followUpAction(.secondFollowUp, day: days[.secondFollowUp]!, main: main,
                                  what: "follow up one last time with \(main): restate your interest and offer anything that would help them decide, such as references or more work samples.")
        }
        let letGo = days[.moveOn]!
        if today < letGo {
            return Action(step: .moveOn, line: "You've followed up twice, so there's nothing more to send. If nothing comes by \(text.day(letGo)), let this one go.")
        }
        return Action(step: .moveOn, line: "It's time to let this one go. You did it right: two polite follow-ups is the limit. Put your energy into other openings; a late call back is still possible.")
    }

    private func followUpAction(_ step: StepID, day: Day, main: String, what: String) -> Action {
        if today < day {
            let wait = today.days(until: day, in: calendar)
            let when = wait == 1 ? "tomorrow" : "in \(wait) days"
            return Action(step: step, line: "Nothing to do today. Next, on \(text.day(day)) (\(when)): \(what)")
        }
        if today == day {
            return Action(step: step, line: "Today's the day: \(what)")
        }
        return Action(step: step, line: "This was due \(text.day(day)); do it today: \(what)")
    }

    static func outcomeAdvice(_ outcome: Outcome) -> String {
        switch outcome {
        case .offer:
            "No more follow-ups: you have an offer. Reply to it directly, and take the time you need to weigh it."
        case .nextRound:
            "No more follow-ups for this round. After the next interview, go through it with me again (/restart)."
        case .rejected:
            "There's nothing more to send for this one. Put your energy into your other applications."
        }
    }

    mutating func advise(on topic: Intent.AdviceTopic) {
        let step: StepID
        let line: String
        switch topic {
        case .howLong:
            step = .scheduleFirstFollowUp
            if let first = followUpDays?[.firstFollowUp] {
                line = "Give them their own time frame plus a couple of days. For you that means \(text.day(first)) for the first follow-up."
            } else {
                line = "Give them their own time frame plus a couple of days. Once I know when the interview ended and what they said, I'll give you the date."
            }
        case .callOrEmail:
            step = .firstFollowUp
            line = "Either works. Email lets them answer in their own time; a call suits you if you've already been speaking by phone. If you do get someone on the phone for the second follow-up, it's fine to ask when they hope to fill the role."
        case .thirdFollowUp where app.interviewEnd != nil && !app.isDone(.secondFollowUp) && app.declining == nil && app.outcome == nil:
            step = .moveOn
            line = "Two polite follow-ups is the most I'd send, and you haven't sent both yet. \(nextAction().line)"
        case .thirdFollowUp:
            step = .moveOn
            line = "I'd advise against a third follow-up. Two polite tries is the limit; after that more contact tends to look desperate rather than keen. Let it go and focus on other openings; they can still call you."
        case .whatToWrite:
            let next = app.interviewEnd == nil ? StepID.sendThankYou : nextAction().step
            step = next
            line = Self.writingTip(next)
        case .neverReply:
            step = .moveOn
            line = "Then you let it go after the second follow-up. Most employers never reply to candidates; it says nothing about you, and you'll have done everything you could."
        case .declining:
            step = .declinePolitely
            line = "Only if they ask: thank them and say you don't think you're the best fit for the role. Mention interest in future roles only if you really have it. Short and polite is all it takes."
        }
        say("\(line) (\(step.rawValue))")
        state.lastReason = "\(step.reason) (\(step.rawValue))"
        reaskOrOffer()
    }

    static func writingTip(_ step: StepID) -> String {
        switch step {
        case .firstFollowUp, .scheduleFirstFollowUp:
            "Two or three sentences: you're still very interested in the role, and you'd like to know how their process is going."
        case .secondFollowUp, .scheduleSecondFollowUp:
            "Restate your interest, and ask whether anything would help their decision, such as references or more samples of your work."
        default:
            "Keep it short: thank them for their time, say you want the job, and mention one specific thing you talked about with that person. One note per person."
        }
    }

    mutating func explain() {
        if let reason = state.lastReason {
            say("Why: \(reason)")
        } else {
            say("I haven't given you any advice yet. Ask \"what should I do now?\" and then /why.")
        }
        reaskOrOffer()
    }
}
