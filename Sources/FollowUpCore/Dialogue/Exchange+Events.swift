import Foundation

/// What happens after the interview: notes sent, follow-ups made, the employer's answer, a change of heart.
extension Exchange {
    mutating func record(_ outcome: Outcome, line: String) {
        checkpoint(line)
        app.outcome = outcome
        // A no closes the application; an offer or another round stays open until the user closes it.
        if outcome == .rejected {
            let day = today
            app.closure = Closure(reason: .rejected, on: day)
        }
        state.question = nil
        switch outcome {
        case .offer: say("Congratulations on the offer!")
        case .nextRound: say("Congratulations on the next round!")
        case .rejected: say("I'm sorry; that's disappointing to hear. It's no reflection of your worth.")
        }
        say("The follow-up chain stops here. \(Self.outcomeAdvice(outcome))")
    }

    /// Closes the application for `argument`, one of the closing reasons.
    mutating func close(_ argument: String, line: String) {
        let reasons = Closure.Reason.allCases.map(\.rawValue).joined(separator: ", ")
        guard let reason = Closure.Reason(rawValue: argument.lowercased()) else {
            return say("Close it for which reason? /close followed by one of: \(reasons).")
        }
        guard app.company != nil else { return say("There's nothing to close yet.") }
        checkpoint(line)
        let day = today
        app.closure = Closure(reason: reason, on: day)
        state.question = nil
        say("Closed \(app.title): \(reason.spoken). Nothing more is scheduled for it.")
        say(Coach.offer)
    }

    mutating func employerGotInTouch(line: String) {
        if app.declining != nil {
            checkpoint(line)
            let day = today
            app.declining?.askedOn = day
            say("They've asked about next steps, so now is the moment to decline, briefly and politely (decline-politely).")
            state.lastReason = "\(StepID.declinePolitely.reason) (decline-politely)"
            return ask(.futureInterest)
        }
        ask(.employerReply)
    }

    mutating func startDecline(line: String) {
        guard app.declining == nil else {
            say("You've told me already. There's nothing to send unless they ask about next steps.")
            return reaskOrOffer()
        }
        checkpoint(line)
        let day = today
        app.decline(on: day)
        state.question = nil
        say("Understood: this one isn't for you, and that's a fine outcome of an interview. The plan changes:")
        if app.isDone(.sayThanks) {
            say("  decline-thank: you already thanked them in the room, so that's covered.")
        } else {
            say("  decline-thank: a short thank-you for their time is still a kind touch; no need to mention your doubts.")
        }
        say("  decline-wait: send nothing else. There are no follow-ups on this path.")
        say("  decline-politely: only if they ask about next steps, decline briefly: you don't think you're the best fit.")
        say("Tell me if they get in touch and I'll help with the answer.")
        state.lastReason = "\(StepID.declineWait.reason) (decline-wait)"
    }

    /// Where the decline path stands, and the wording of the answer once they have asked.
    mutating func adviseDecline() {
        guard let declining = app.declining else { return }
        guard declining.askedOn != nil else {
            say("Nothing to send: wait. If they ask about next steps, decline briefly and politely (decline-wait).")
            state.lastReason = "\(StepID.declineWait.reason) (decline-wait)"
            return
        }
        if app.isDone(.declinePolitely) {
            say("You've declined, and that closes this one. Nothing more to do.")
            return
        }
        let company = app.company ?? "the company"
        switch declining.futureInterest {
        case true?:
            say("Reply briefly: thank them, say you don't think you're the best fit for this role, and that you'd be glad to hear about future roles at \(company). Nothing more is needed (decline-politely).")
        case false?:
            say("Reply briefly: thank them and say you don't think you're the best fit for this role. Nothing more is needed (decline-politely).")
        case nil:
            return ask(.futureInterest)
        }
        say("Tell me when it's sent.")
        state.lastReason = "\(StepID.declinePolitely.reason) (decline-politely)"
    }

    mutating func recordThankYou(line: String) {
        guard app.interviewEnd != nil, !app.contacts.isEmpty else {
            return say("Good. Once you've told me about the interview, I'll keep track of who still needs a note.")
        }
        let words = Words(line)
        let named = app.contactsAwaitingThanks.filter { words.has($0.firstName.lowercased()) }
        let sent = named.isEmpty ? app.contactsAwaitingThanks : named
        guard !sent.isEmpty else {
            return say("I have every thank-you note as sent already. \(nextAction().line)")
        }
        checkpoint(line)
        let day = reportedDay(in: line)
        app.recordThankYou(to: sent.map(\.name), on: day)
        say("Well done: thank-you sent to \(Application.names(sent)).")
        if app.isDone(.sendThankYou) {
            let action = nextAction()
            say(action.line)
            state.lastReason = "\(action.step.reason) (\(action.step.rawValue))"
        } else {
            let deadline = schedule.thankYouDeadline(interviewEnd: app.interviewEnd!)
            say("Still to go: \(Application.names(app.contactsAwaitingThanks))\(now < deadline ? ", by \(text.moment(deadline))" : ", today if you can").")
        }
    }

    mutating func recordReminder(line: String) {
        guard let days = followUpDays else {
            return say("Good. Once I know when the interview ended, I'll tell you which dates belong in it.")
        }
        checkpoint(line)
        let day = today
        let step = app.recordReminder(on: day)
        say("Good: \(text.day(days[step == .scheduleFirstFollowUp ? .firstFollowUp : .secondFollowUp]!)) is in your calendar.")
        if state.question == .calendarNote { state.question = nil }
    }

    mutating func recordFollowUp(line: String) {
        if app.declining != nil {
            guard app.declining?.askedOn != nil else {
                return say("On the decline path there's nothing to send unless they ask about next steps.")
            }
            checkpoint(line)
            app.records[.declinePolitely] = StepRecord(.done, on: today)
            return say("Well done: you've declined politely, and that closes this one.")
        }
        guard followUpDays != nil else {
            return say("Let's finish the questions about the interview first.")
        }
        let day = reportedDay(in: line)
        if app.isDone(.secondFollowUp) {
            say("Noted. That's more than two follow-ups, so I'd stop here: more contact can work against you. Let it go and focus on other openings (move-on).")
            state.lastReason = "\(StepID.moveOn.reason) (move-on)"
            return
        }
        checkpoint(line)
        if app.recordFollowUp(on: day) == .firstFollowUp {
            let second = followUpDays![.secondFollowUp]!
            say("Good: first follow-up done on \(text.day(day)). If you haven't heard back, the second and last one is on \(text.day(second)); put it in your calendar.")
            state.lastReason = "\(StepID.scheduleSecondFollowUp.reason) (schedule-second-follow-up)"
        } else {
            say("Good: that was your second and last follow-up. From here, wait; if nothing comes by \(text.day(followUpDays![.moveOn]!)), let it go.")
            state.lastReason = "\(StepID.moveOn.reason) (move-on)"
        }
    }

    /// "Done": records whichever action the coach would advise now.
    mutating func recordDone(line: String) {
        guard app.interviewEnd != nil, app.outcome == nil else {
            return say("Noted. \"What should I do now?\" tells you what comes next.")
        }
        if app.declining != nil { return recordFollowUp(line: line) }
        switch nextAction().step {
        case .sendThankYou: recordThankYou(line: line)
        case .scheduleFirstFollowUp, .scheduleSecondFollowUp: recordReminder(line: line)
        case .firstFollowUp, .secondFollowUp: recordFollowUp(line: line)
        default: say("Noted. There's nothing left to send for this one.")
        }
    }

    /// A day named in a report ("on Monday", "yesterday"), else today.
    private func reportedDay(in line: String) -> Day {
        guard let day = DateFinder(calendar: calendar).mentions(in: line, reference: now, past: true).first?.start?.day,
              day <= today else { return today }
        return day
    }
}
