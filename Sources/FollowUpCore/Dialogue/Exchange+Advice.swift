import Foundation

/// "What should I do now?", the playbook's answers to common questions, and /why. Every
/// piece of advice here is the plan's next action put into words.
extension Exchange {
    /// Overdue steps the coach asks about before advising: they may have happened unreported.
    static let stepsAskedAbout: Set<StepID> = [.sendThankYou, .firstFollowUp, .secondFollowUp]

    mutating func adviseNextAction() {
        guard let plan else {
            say("First I need a few facts about the interview; then I can give you dates.")
            // Asked again even when an earlier question was left: nothing can be planned without it.
            return state.question == nil ? ask(nextWalkthroughQuestion) : reaskOrOffer()
        }
        if let closure = app.closure {
            say("This one is closed: \(closure.reason.spoken). \(Coach.offer)")
            return reaskOrOffer()
        }
        // An offer turned down is answered on the decline path.
        if let outcome = app.outcome, outcome != .offer || app.declining == nil {
            // Asked to a next round with this round's notes still to write: the notes first.
            if let notes = plan.next, notes.step == .sendThankYou { advise(notes, in: plan) }
            say(standing(outcome))
            return reaskOrOffer()
        }
        if app.declining != nil {
            adviseDecline()
            // The question about future roles, when it asks it, is asked once.
            return state.question == .futureInterest ? () : reaskOrOffer()
        }
        guard let action = plan.next else {
            say("There's nothing left to do for this one.")
            return reaskOrOffer()
        }
        // Asked again while the question about it is still open: it has not happened yet.
        if state.question == .happened, state.askedAbout == action.step {
            state.question = nil
            state.askedAbout = nil
            noteNotYet(action.step)
        }
        if action.status == .overdue, Self.stepsAskedAbout.contains(action.step), state.notYet?[action.step] != today {
            state.askedAbout = action.step
            return ask(.happened)
        }
        advise(action, in: plan)
        reaskOrOffer()
    }

    /// Says `action` as advice and keeps its reason for /why.
    mutating func advise(_ action: PendingAction, in plan: Plan) {
        say(advice(for: action, in: plan))
        state.lastAdvice = action.step
    }

    /// The plan's next action in the coach's words, or a word that nothing is left.
    var nextAdvice: String {
        guard let plan, let action = plan.next else { return "There's nothing left to send for this one." }
        return advice(for: action, in: plan)
    }

    /// The coach's sentence for one pending action.
    func advice(for action: PendingAction, in plan: Plan) -> String {
        let main = app.mainName
        let days = plan.days
        switch action.step {
        case .sendThankYou:
            let who = action.people.isEmpty ? "everyone you met" : Application.joined(action.people)
            let notes = action.people.count == 1 ? "note" : "notes"
            let each = action.people.count == 1 ? "you talked about" : "you discussed with each person"
            guard action.status == .overdue else {
                let deadline = days.thankYouDeadline
                let when =
                    Day(deadline, in: calendar) == today
                    ? "by \(text.time(deadline)) today" : "by \(text.moment(deadline))"
                return "Send your thank-you \(notes) to \(who), \(when). Mention one specific thing \(each)."
            }
            return
                "Send your thank-you \(notes) to \(who) today. The 24-hour mark passed \(text.moment(days.thankYouDeadline)), but a late note still counts for a lot; keep it short and specific."
        case .scheduleFirstFollowUp:
            return "Put \(text.day(days.first)) in your calendar: that's your first follow-up with \(main)."
        case .firstFollowUp:
            let thanks =
                Planner.thanksFolded(app, steps: plan.steps)
                ? " I have no thank-you note to \(main) recorded, so open with a word of thanks for the interview." : ""
            let second =
                plan.step(.secondFollowUp)?.status == .waiting
                ? " " + PendingAction.secondWaits(days.second, today: today, text: text) : ""
            return followUp(
                action,
                what:
                    "follow up with \(main) by email or phone: say you're still very interested and ask how their process is going."
            ) + thanks + second
        case .scheduleSecondFollowUp:
            return
                "Put \(text.day(days.second)) in your calendar for the second follow-up, in case you haven't heard by then."
        case .secondFollowUp:
            return followUp(
                action,
                what:
                    "follow up one last time with \(main): restate your interest and offer anything that would help them decide, such as references or more work samples."
            )
        case .moveOn where action.status == .upcoming:
            return
                "You've followed up twice, so there's nothing more to send. If nothing comes by \(text.day(action.day)), let this one go."
        case .moveOn where days.hasLapsed:
            return
                "It's been weeks without word from them, so I'd let this one go and put your energy into other openings. If \(app.isDone(.firstFollowUp) ? "the last one never went out" : "you never sent a follow-up"), one short note now does no harm, but don't wait on it. Say \"I've let it go\" and I'll close it."
        case .moveOn:
            return
                "It's time to let this one go. You did it right: two polite follow-ups is the limit. Put your energy into other openings; a late call back is still possible. Say \"I've let it go\" and I'll close it."
        default:
            return "\(action.action) (\(action.step.rawValue))."
        }
    }

    private func followUp(_ action: PendingAction, what: String) -> String {
        switch action.status {
        case .upcoming:
            let wait = today.days(until: action.day, in: calendar)
            let when = wait == 1 ? "tomorrow" : "in \(wait) days"
            return "Nothing to do today. Next, on \(text.day(action.day)) (\(when)): \(what)"
        case .due:
            return "Today's the day: \(what)"
        default:
            return "This was due \(text.day(action.day)); do it today: \(what)"
        }
    }

    /// The answer to "did that overdue step happen?": yes records it (on the day said, else the
    /// day it was due) and moves the later dates; no says to do it now.
    mutating func answerHappened(line: String, words: Words) {
        guard let step = state.askedAbout, let plan, let action = plan.actions.first(where: { $0.step == step }) else {
            state.askedAbout = nil
            return ask(nil)
        }
        // "I think they ghosted me": no word from them says nothing of whether the follow-up went out.
        if IntentReader().report(in: words) == .noReply {
            state.askedAbout = nil
            state.question = nil
            noteNotYet(step)
            say("No word from them yet; that's common, and it says nothing about you.")
            return advise(action, in: plan)
        }
        // "ok", "will do": agreeing to do it today, not saying it happened.
        let agreed = !words.tokens.isEmpty && words.tokens.allSatisfy(Self.agreement.contains)
        guard let answer = agreed ? YesNo.no : YesNo(words) else { return unclear(.happened, line: line) }
        state.askedAbout = nil
        state.question = nil
        if answer == .yes {
            let day = reportedDay(in: line) ?? (step == .sendThankYou ? today : action.day)
            return step == .sendThankYou ? recordThankYou(line: line, on: day) : recordFollowUp(line: line, on: day)
        }
        checkpoint(line)
        noteNotYet(step)
        if answer == .unsure { say("If you're not sure, sending it today does no harm.") }
        advise(action, in: plan)
    }

    /// Words that agree to a suggestion without saying anything happened: "ok", "will do", "got it".
    static let agreement: Set<String> = [
        "ok", "okay", "k", "kk", "alright", "sure", "fine", "right", "got", "it", "will", "do", "sounds", "good",
        "cool", "noted", "on", "gotcha", "understood", "thanks", "thank", "you",
    ]

    /// Remembers that `step` has not happened yet today, so the coach does not ask again.
    mutating func noteNotYet(_ step: StepID) {
        var notYet = state.notYet ?? [:]
        notYet[step] = today
        state.notYet = notYet
    }

    /// Where things stand once they answered: `outcomeAdvice`, with the next round's day when known.
    func standing(_ outcome: Outcome) -> String {
        switch (outcome, app.waitUntil) {
        case let (.nextRound, day) where app.roundIsTakeHome == true:
            takeHomeAdvice(due: day)
        case let (.nextRound, day?) where day < today:
            "Your next round was \(text.day(day)). How did it go? Tell me once it's over (\"I had the second interview\", \"I sent in the take-home\") and we'll plan its own follow-ups."
        case let (.nextRound, day?):
            "Your next interview, as you told me: \(text.day(day, minute: app.roundMinute)). "
                + Self.outcomeAdvice(outcome)
        case let (.offer, day?) where day < today:
            "They wanted your answer by \(text.day(day)). If you haven't answered yet, reply to them today. Once you have, /close offer if you took it, or /close declined if you turned it down."
        case let (.offer, day?): "They'd like your answer by \(text.day(day)). " + Self.outcomeAdvice(outcome)
        case let (.references, day?): "Your references went out. " + referencesAdvice(checkIn: day)
        default: Self.outcomeAdvice(outcome)
        }
    }

    /// What to do about the take-home they asked for, due on `day` when they said one.
    func takeHomeAdvice(due day: Day?) -> String {
        let told = "Once it's in, tell me (\"I sent in the take-home\") and we'll plan its own follow-ups."
        guard let day else {
            return "Your take-home is next: do it, and send it in with a short note thanking them for the chance. "
                + told
        }
        if day < today {
            return
                "Your take-home was due \(text.day(day)). If it's in, tell me (\"I sent in the take-home\") and we'll plan its own follow-ups; if not, send it today with a short note."
        }
        let due = day == today ? "the end of today" : text.day(day)
        return
            "Your take-home is next: do it, and send it in by \(due) with a short note thanking them for the chance. No follow-ups meanwhile. "
            + told
    }

    static func outcomeAdvice(_ outcome: Outcome) -> String {
        switch outcome {
        case .offer:
            "No more follow-ups: you have an offer. Reply to it directly, and take the time you need to weigh it."
        case .nextRound:
            "No more follow-ups for this round. When the next interview is over, tell me (\"I just had the second interview\") and we'll plan its own follow-ups."
        case .rejected:
            "There's nothing more to send for this one; it's a normal part of the search. Put that energy into your next applications."
        case .references:
            "Send your references promptly, with a line to thank them for moving ahead. That is your reply, so no follow-ups are needed."
        }
    }

    mutating func advise(on topic: Intent.AdviceTopic) {
        let step: StepID
        let line: String
        switch topic {
        case .whatIsRecorded: return recall(line: "")
        case .howLong:
            step =
                app.isDone(.secondFollowUp)
                ? .moveOn : app.isDone(.firstFollowUp) ? .secondFollowUp : .scheduleFirstFollowUp
            if let days, app.isDone(.secondFollowUp) {
                line =
                    "You've followed up twice, so there's no more waiting to do for a message: if nothing comes by \(text.day(days.letGo)), let it go."
            } else if let days, app.isDone(.firstFollowUp) {
                line = "A week after your first follow-up: \(text.day(days.second)) for the second and last one."
            } else if let days {
                line =
                    "Give them their own time frame plus a couple of days. For you that means \(text.day(days.first)) for the first follow-up."
            } else {
                line =
                    "Give them their own time frame plus a couple of days. Once I know when the interview ended and what they said, I'll give you the date."
            }
        case .callOrEmail
        where app.declining != nil || app.closure.map({ Self.steppedBack.contains($0.reason) }) == true:
            // "priya replied asking if id consider a call": after bowing out, no follow-up is in question.
            step = .declinePolitely
            let reason = DeclineReason(app).advice
            line =
                app.closure != nil || app.isDone(.declinePolitely)
                ? "You've stepped back already, so a call is up to you: a short, friendly reply is enough. Thank them for thinking of you, and say again that \(reason). If you'd like to keep the door open, a brief call is fine; say the same there."
                : app.declining?.isTime == true
                    ? "Either works: a short call or email, thanking them for their time and saying \(reason). Keep it brief and kind."
                    : "Nothing to send yet: wait until they ask about next steps. Then either works: a short call or email, thanking them and saying \(reason)."
        case .callOrEmail where app.isActive && app.outcome == nil && app.isDone(.secondFollowUp):
            // Both follow-ups are out: a call is no third follow-up that is due; letting go is.
            step = .moveOn
            let letGo = days.map {
                $0.letGo <= today
                    ? "it's time to let this one go" : "if nothing comes by \(text.day($0.letGo)), let this one go"
            }
            line =
                "You've followed up twice already, so there's nothing more you need to send. A short call now is optional, not a step: if you'd like to hear where things stand, one friendly call is fine, but don't chase beyond it. Otherwise, \(letGo ?? "let this one go") and put your energy into other openings."
        case .callOrEmail where app.isActive && app.outcome == nil && days?.hasLapsed == true:
            // The chain has run out with a follow-up never reported: letting go is what's due.
            step = .moveOn
            line =
                "By now it's time to let this one go; a call isn't a step you owe them. If you'd like one last try, a short friendly call asking where things stand is fine, once. Otherwise put your energy into other openings."
        case .callOrEmail:
            step = .firstFollowUp
            line =
                "Either works. Email lets them answer in their own time; a call suits you if you've already been speaking by phone. If you do get someone on the phone for the second follow-up, it's fine to ask when they hope to fill the role."
        case .thirdFollowUp where app.interviewEnd != nil && !app.isDone(.secondFollowUp) && app.isActive:
            step = .moveOn
            line =
                "Two polite follow-ups a week apart aren't pushy, and two is the most I'd send; you haven't sent both yet. \(nextAdvice)"
        case .thirdFollowUp:
            step = .moveOn
            line =
                "I'd advise against a third follow-up. Two polite tries is the limit; after that more contact tends to look desperate rather than keen. Let it go and focus on other openings; they can still call you."
        case .whatToWrite:
            let next = app.declining?.isTime == true ? .declinePolitely : plan?.next?.step ?? .sendThankYou
            step = next
            line = writingTip(next)
        case .neverReply:
            step = .moveOn
            let plan = days.map { " You let it go on \(text.day($0.letGo)) if nothing has come by then." } ?? ""
            line =
                "Then you let it go after the second follow-up, not before: silence is common, and most employers never reply to candidates at all. It says nothing about you.\(app.isDone(.secondFollowUp) || !app.isActive ? "" : plan)"
        case .tooLateForThanks:
            step = .sendThankYou
            line = lateThanksAnswer()
        case .cardOrEmail:
            step = .sendThankYou
            line =
                "Email is quickest and right for most offices. A handwritten card stands out, but post it the same day so it arrives within a few days; if they decide soon, email."
        case .oneNoteOrEach:
            step = .sendThankYou
            line =
                "One each: a separate note to every person you met, naming something you talked about with them. One note to the whole group reads like a form letter."
        case .linkedIn:
            step = .sendThankYou
            line =
                "A connection request is fine once your thank-you note has gone out, with a line reminding them where you met. It doesn't replace the note or a follow-up."
        case .noAddress:
            step = .collectCards
            line =
                "Try the company's website or LinkedIn, or ask the recruiter who arranged the interview to pass your note on. A card posted to the office works too."
        case .givingUp:
            step = .moveOn
            line = givingUpAnswer()
        case .shouldReply:
            (step, line) = replyAnswer()
        case .offer:
            step = .moveOn
            line =
                "The follow-up playbook ends at the offer, so I'll keep to what is safe: thank them, ask for the offer in writing and by when they need your answer, and take that time. If you're waiting on another company you prefer, it's fair to tell them you have an offer and ask about their timing. Terms and pay are between you and them."
        case .declining where app.declining?.isTime == true && app.outcome == .offer:
            step = .declinePolitely
            line =
                "Answer their offer soon, in two or three sentences: thank them for the offer and their time, say \(DeclineReason(app).advice), and wish them well. Mention interest in future roles only if you really have it. /draft decline writes it."
        case .declining:
            step = .declinePolitely
            line =
                "You don't have to announce it: you can wait until they ask about next steps. If you'd rather step back now, that's fine too; either way, thank them and say \(DeclineReason(app).advice). Mention interest in future roles only if you really have it. Short and polite is all it takes; \(app.declining == nil ? "tell me it's not for you and " : "")/draft decline writes one."
        }
        say("\(line) (\(step.rawValue))")
        state.lastAdvice = step
        reaskOrOffer()
    }

    /// The ways of closing an application by stepping back oneself.
    static let steppedBack: Set<Closure.Reason> = [.declined, .withdrew, .acceptedElsewhere]

    /// "Is it too late for a thank-you?", answered from where the notes stand.
    private func lateThanksAnswer() -> String {
        guard let plan, let days else {
            return
                "Not if you send it within a day or so of the interview; tell me about it and I'll give you the exact time."
        }
        switch plan.step(.sendThankYou)?.status {
        case .done?:
            return "Your thank-you notes have all gone out, so there's nothing to catch up on."
        case .due?:
            return "Not at all: you have until \(text.moment(days.thankYouDeadline))."
        case .overdue?:
            return "It's late, but a note still counts for a lot: send it today, short and specific."
        default:
            return
                "It's past the point for a note of its own. Put a word of thanks into your first follow-up on \(text.day(days.first)) instead."
        }
    }

    /// "Should I reply to it?": what an answer from them calls for, from where the application stands.
    private func replyAnswer() -> (StepID, String) {
        if app.outcome == .rejected || app.closure?.reason == .rejected {
            return (
                .moveOn,
                "You don't have to. If you'd like to, two or three sentences are plenty: thank them for their time and for letting you know, and say you'd be glad to hear of future roles. It leaves a good last impression."
            )
        }
        if let outcome = app.outcome { return (.moveOn, standing(outcome)) }
        if app.declining != nil {
            return (
                .declinePolitely,
                app.declining?.isTime == true
                    ? "Yes, promptly: thank them and say \(DeclineReason(app).advice)."
                    : "Only if they've asked about next steps; then thank them and decline briefly."
            )
        }
        return (
            .firstFollowUp,
            "If they wrote to you, yes: reply within a day, briefly, and say you're still keen. Tell me what they said and I'll adjust the plan."
        )
    }

    /// "Should I just give up on it?": yes once letting go is due, else what is left before then.
    private func givingUpAnswer() -> String {
        guard app.isActive, let plan, let days else {
            return app.closure.map { "This one is closed already: \($0.reason.spoken)." }
                ?? "Once they've answered, there's nothing to give up on: \(app.outcome.map(standing) ?? "")"
        }
        if plan.step(.moveOn)?.status == .due {
            return
                "Yes: it's time to let this one go and put your energy into other openings. They can still get in touch. Say \"I've let it go\" and I'll close it."
        }
        if app.declining != nil {
            return "You're on the decline path already: there's nothing more to send unless they ask about next steps."
        }
        if app.isDone(.secondFollowUp) {
            return
                "Not yet: you've followed up twice, so now you wait. If nothing comes by \(text.day(days.letGo)), let it go then."
        }
        let next = plan.step(app.isDone(.firstFollowUp) ? .secondFollowUp : .firstFollowUp)
        let when =
            next.map { step in step.status == .upcoming ? step.day.map { "on \(text.day($0))" } ?? "" : "to send now" }
            ?? ""
        let left =
            app.isDone(.firstFollowUp)
            ? "one more follow-up \(when)" : "a follow-up \(when), and one more a week after it"
        return
            "Not yet: silence this early is normal. There's \(left); if nothing comes by \(text.day(days.letGo)), let it go then."
    }

    func writingTip(_ step: StepID) -> String {
        switch step {
        case .firstFollowUp, .scheduleFirstFollowUp:
            "Two or three sentences: you're still very interested in the role, and you'd like to know how their process is going."
        case .secondFollowUp, .scheduleSecondFollowUp:
            "Restate your interest, and ask whether anything would help their decision, such as references or more samples of your work."
        case .declinePolitely, .declineThank, .declineWait:
            "Two or three sentences: thank them for their time and the conversation, and say \(DeclineReason(app).advice). Add that you'd like to hear about other roles only if you mean it."
        default:
            "Keep it short: thank them for their time, say you want the job, and mention one specific thing you talked about with that person. One note per person."
        }
    }

    /// The step a question about a reason names, by the words for it.
    static func stepAsked(about words: Words) -> StepID? {
        if words.hasAny(phrases: [
            "week between", "a week apart", "second follow", "2nd follow", "last follow",
            "last one", "second one", "2nd one", "week later", "week after",
        ]) {
            return .scheduleSecondFollowUp
        }
        if words.hasAny(phrases: ["2 days", "two days", "couple of days", "after their", "wait"]) {
            return .scheduleFirstFollowUp
        }
        if words.hasAny(phrases: ["thank", "thanks", "thankyou", "24 hours"]) { return .sendThankYou }
        if words.hasAny(["card", "cards"]) { return .collectCards }
        if words.hasAny(phrases: ["let go", "give up", "move on", "stop"]) { return .moveOn }
        return nil
    }

    /// "What do you mean?": the question on the table in other words, with why it matters.
    mutating func explainQuestion() {
        guard let question = state.question else {
            // "What do you mean?" after a piece of advice: the reason behind it.
            if state.lastAdvice != nil { return explain() }
            say("Ask me anything about following up: \"what should I do now?\", \"should I call or email?\", or /help.")
            return
        }
        let why = question.step.map { " \($0.reason)" } ?? ""
        say("\(question.meaning)\(why)")
        reaskOrOffer()
    }

    /// The reason behind a step: the one `line` asks about ("why a week between follow ups?"),
    /// else the one behind the last advice.
    mutating func explain(_ line: String = "") {
        if answerHolidayQuestion(line) { return }
        if let step = Self.stepAsked(about: Words(line)) ?? stepDated(in: line) ?? state.lastAdvice {
            say("Why: \(reason(for: step)) (\(step.rawValue))")
            // A "why" after it asks about the same step.
            state.lastAdvice = step
        } else {
            say("I haven't given you any advice yet. Ask \"what should I do now?\" and then /why.")
        }
        reaskOrOffer()
    }

    /// The step still to come on the day `line` names: "how come jan 4?" asks about the step on Jan 4.
    func stepDated(in line: String) -> StepID? {
        let named = DateFinder(calendar: calendar).mentions(in: line, reference: now).compactMap { $0.start?.day }
        guard let plan, let day = named.first else { return nil }
        // The follow-up itself rather than the note to put it in the calendar, which shares its day.
        let steps = plan.steps.filter {
            $0.day == day && $0.status.isPending && !$0.step.isCalendarNote
        }
        return steps.first?.step
    }

    /// Why `step` falls where the plan puts it, from the plan's own days: their decision day
    /// while they are still deciding, the 24 hours counted from the interview's end.
    func reason(for step: StepID) -> String {
        guard let days else { return step.reason }
        let decision = app.waitUntil.map { max($0, days.timeFrameEnd) } ?? days.timeFrameEnd
        let first = step == .firstFollowUp || step == .scheduleFirstFollowUp
        let second = step == .secondFollowUp || step == .scheduleSecondFollowUp
        if step == .moveOn, days.hasLapsed { return PendingAction.lapsedReason }
        if step == .sendThankYou {
            return
                "The 24 hours count from the end of your interview, so yours \(days.thankYouDeadline > now ? "run until" : "were up") \(text.moment(days.thankYouDeadline)). A note that soon reaches them while the conversation is fresh and before they compare candidates; naming something you talked about shows you listened."
        }
        // A day from their latest news may be assumed (a week, a freeze's end): no decision day is claimed.
        if first, !app.isDone(.firstFollowUp), decision >= today, app.waitUntil == decision {
            return
                "The latest I have from them points to \(text.day(decision)), so the first follow-up waits until \(text.day(days.first)), just after it: a note before then would only rush them."
        }
        if first, !app.isDone(.firstFollowUp), decision >= today {
            return
                "They expect to decide by \(text.day(decision)), so the first follow-up waits until \(text.day(days.first)): decisions nearly always take a little longer than planned, and a note before their day would only rush them."
        }
        if second, app.waitUntil != nil, days.second == schedule.firstFollowUp(timeFrameEnd: decision) {
            return
                "They said they'd decide by \(text.day(decision)), so the last follow-up waits until \(text.day(days.second)), a couple of days after that, rather than a week after the first."
        }
        if second, app.isDone(.firstFollowUp) {
            return
                "Your first follow-up went out \(text.day(days.first)); a week after it, \(text.day(days.second)), gives them room to answer before you try once more."
        }
        if second, days.second > today {
            return
                "It comes a week after the first follow-up on \(text.day(days.first)), which gives them room to answer before you try once more."
        }
        return step.reason
    }
}
