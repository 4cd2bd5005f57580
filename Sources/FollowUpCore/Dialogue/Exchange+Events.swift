import Foundation

/// What happens after the interview: notes sent, follow-ups made, the employer's answer, a
/// change of heart. Each report becomes an event applied by `Application.apply`.
extension Exchange {
    /// Applies `event` on `day` after a checkpoint; false (with a word why) when it cannot be.
    @discardableResult
    mutating func apply(_ event: ApplicationEvent, line: String, on day: Day? = nil) -> Application.Recorded? {
        apply([(event, day)], line: line)?.last
    }

    /// Applies events that one line reported, each on its own day, as one answer /undo takes back.
    mutating func apply(_ events: [(ApplicationEvent, Day?)], line: String) -> [Application.Recorded]? {
        var changed = app
        do {
            let recorded = try events.map { event, day throws(RecordingError) in
                try changed.apply(event, on: day ?? today)
            }
            checkpoint(line)
            app = changed
            return recorded
        } catch {
            say("I couldn't record that: \(error).")
            return nil
        }
    }

    mutating func record(_ outcome: Outcome, line: String) {
        // On the decline path, an invitation to go on is the moment to decline.
        if app.declining != nil, outcome == .nextRound || outcome == .references {
            return employerGotInTouch(line: line)
        }
        // "met ruth and her boss colin for the second round today, ended 3pm. now they want a
        // take-home": a round had, told before the one they ask for.
        if outcome == .nextRound, app.interviewEnd != nil, tellsOfARoundHad(before: line) {
            return startNextRound(line: line)
        }
        // Another round already known: its day moved, or a question about it.
        if outcome == .nextRound, app.outcome == .nextRound { return roundAgain(line: line) }
        // "they want a 2nd chat next wed!", "they need my answer by monday": the day is kept and said back.
        let round = outcome == .nextRound || outcome == .offer ? dayAhead(in: line) : nil
        let dated = round.map {
            outcome == .offer ? ApplicationEvent.offerAnswerDue($0.day) : .nextRoundOn($0.day, minute: $0.minute)
        }
        // "they want me to do a take home exercise by friday": the round is a task to hand in.
        let task: [(ApplicationEvent, Day?)] =
            outcome == .nextRound && Words(line).hasAny(phrases: IntentReader.takeHome) ? [(.takeHomeAsked, nil)] : []
        _ = apply([(.employerAnswered(outcome), nil)] + (dated.map { [($0, nil)] } ?? []) + task, line: line)
        state.question = nil
        switch outcome {
        case .offer:
            say("Congratulations on the offer!" + (round.map { " They'd like your answer \($0.spoken)." } ?? ""))
            sayConventionalReading(mentionAhead(in: line))
        case .nextRound where Words(line).hasAny(phrases: IntentReader.takeHome):
            say(Self.roundNews(line, on: round))
            sayConventionalReading(mentionAhead(in: line))
            return say(
                "The follow-up chain stops here. Once you've sent it in, tell me (\"I sent in the take-home\") and we'll plan its own follow-ups."
            )
        case .nextRound:
            say(Self.roundNews(line, on: round))
            sayConventionalReading(mentionAhead(in: line))
        case .rejected: say("I'm sorry; that's disappointing to hear. It's no reflection of your worth.")
        case .references: say("That's a good sign: they're checking references.")
        }
        // "...and i want to turn umbrella down nicely": the offer is turned down in the same breath.
        if outcome == .offer, app.declining == nil, Self.turnsDown(Words(line)) {
            return startDecline(line: line)
        }
        say("The follow-up chain stops here. \(Self.outcomeAdvice(outcome))")
    }

    /// The next round's news said back: a task and when it is due, or a round and its day.
    static func roundNews(_ line: String, on round: (day: Day, spoken: String, minute: Int?)?) -> String {
        guard Words(line).hasAny(phrases: IntentReader.takeHome) else {
            return "Congratulations on the next round!" + (round.map { " Good luck \($0.spoken)." } ?? "")
        }
        return "Good news: they want to see more of your work." + (round.map { " It's due \($0.spoken)." } ?? "")
    }

    /// A line that tells a round had, then the one they ask for next ("second round done, ...
    /// now they want a take-home due monday"): the part about the round had, and the clause that
    /// asks for the next, if one does.
    static func roundAsked(in line: String) -> (had: String, asked: String?) {
        let clauses = IntroReader.clauseEnds.split(line)
        guard
            let asked = clauses.dropFirst().first(where: {
                IntentReader().intent(of: Words(String($0))) == .employerAnswered(.nextRound)
            })
        else { return (line, nil) }
        return (String(line[..<asked.startIndex]), String(asked))
    }

    /// Whether `line` tells of a round over, with when it ended, before a clause that asks for the next.
    private func tellsOfARoundHad(before line: String) -> Bool {
        let (had, asked) = Self.roundAsked(in: line)
        let words = Words(had)
        guard asked != nil, IntentReader.namesARound(words),
            words.hasAny(phrases: IntroReader.endedVerbs) || words.hasAny(phrases: IntentReader.roundOver),
            let ended = IntroReader(calendar: calendar).read(had, now: now, room: false).ended
        else { return false }
        return ended.date <= now
    }

    /// Whether `words` turn something down: "say no", "turn it down", "turn umbrella down".
    static func turnsDown(_ words: Words) -> Bool {
        if words.hasAny(phrases: bowingOut) || words.hasAny(["decline", "declining"]) { return true }
        let tokens = words.tokens
        return tokens.indices.contains {
            tokens[$0] == "turn" && tokens[($0 + 1)..<min($0 + 4, tokens.count)].contains("down")
        }
    }

    /// The day ahead `line` names, on or after today (the next round's, or the one to answer an
    /// offer by): a day ("next wed"), or the last day of a span ("early january"), with how to say it.
    private func dayAhead(in line: String) -> (day: Day, spoken: String, minute: Int?)? {
        guard let mention = mentionAhead(in: line), let start = mention.start?.day else { return nil }
        // "on 9/12 at 10am": the hour is said back with the day, and kept with it.
        if let hour = mention.start?.hour, mention.end.map({ $0 == mention.start }) ?? true {
            let minute = hour * 60 + (mention.start?.minute ?? 0)
            return (start, "on \(text.day(start, minute: minute))", minute)
        }
        guard let end = mention.end?.day, end != start else { return (start, "on \(text.day(start))", nil) }
        return (end, "sometime \(mention.text) (by \(text.day(end)))", nil)
    }

    /// The mention of the nearest day ahead in `line`, as `dayAhead(in:)` reads it.
    private func mentionAhead(in line: String) -> DateMention? {
        // The nearest: "heard back on the 3rd, final round on 9/12" has the 3rd read ahead a year.
        DateFinder(calendar: calendar).mentions(in: line, reference: now).filter {
            guard let day = $0.end?.day ?? $0.start?.day else { return false }
            return day > today || (day == today && isLaterToday($0, in: line))
        }.min { ($0.end?.day ?? $0.start?.day)! < ($1.end?.day ?? $1.start?.day)! }
    }

    /// Whether a mention of today names a moment still to come: "by 5pm today", "at 4 today";
    /// "rang this afternoon" is when they called, no day to answer by.
    private func isLaterToday(_ mention: DateMention, in line: String) -> Bool {
        if Self.isDeadline(mention, in: line) { return true }
        guard let start = mention.start, let hour = start.hour, mention.end.map({ $0 == start }) ?? true else {
            return false
        }
        let clock = calendar.dateComponents([.hour, .minute], from: now)
        return (hour, start.minute ?? 0) > (clock.hour ?? 0, clock.minute ?? 0)
    }

    /// "Signed the contract", "took another job": the offer taken is this one's when it made one
    /// and the line names no other; an application closed already stays as it was.
    mutating func acceptJob(line: String) {
        let words = Words(line)
        // "signed the lakeside contract" on Acme names another company's contract.
        let named = words.tokens.firstIndex(of: "contract").flatMap { $0 > 0 ? words.tokens[$0 - 1] : nil }
        let ownName = Set((app.company ?? "").lowercased().split(separator: " ").map(String.init))
        let namesOther = named.map { !Self.contractWords.contains($0) && !ownName.contains($0) } ?? false
        let elsewhere = namesOther || words.hasAny(["another", "other", "elsewhere", "different"])
        if let closure = app.closure {
            return say("Congratulations on the new job! \(app.title) is closed already: \(closure.reason.spoken).")
        }
        // "signed the contract today", with no offer told before, is this one's contract too.
        let signedHere = words.has("contract") && !words.hasAny(phrases: IntentReader.acceptedElsewhere)
        let reason: Closure.Reason = (app.outcome == .offer || signedHere) && !elsewhere ? .offer : .acceptedElsewhere
        if reason == .offer { say("Congratulations on the new job!") }
        close(reason.rawValue, line: line)
    }

    /// News of a round already known: a new day for it ("the 2nd interview is pushed, prob early
    /// january"), or, asked about it, the day kept.
    private mutating func roundAgain(line: String) {
        if !IntentReader.asks(line, words: Words(line)), let round = dayAhead(in: line) {
            let words = Words(line)
            // "they invited me to a second interview next wed", with a take-home asked before:
            // the round is an interview now; "the take-home is now due monday" keeps it a task.
            let interview = !words.hasAny(phrases: IntentReader.takeHome) && words.hasAny(Self.interviewWords)
            let events: [(ApplicationEvent, Day?)] =
                (interview && app.roundIsTakeHome == true ? [(.employerAnswered(.nextRound), nil)] : [])
                + [(.nextRoundOn(round.day, minute: round.minute), nil)]
                + (words.hasAny(phrases: IntentReader.takeHome) ? [(.takeHomeAsked, nil)] : [])
            apply(events, line: line)
            let task = app.roundIsTakeHome == true
            say(
                task
                    ? "Noted: the task is due \(round.spoken). Nothing to send meanwhile; tell me once you've sent it in."
                    : "Noted: your next interview is now \(round.spoken). Nothing to send meanwhile; tell me once it's over."
            )
            return sayConventionalReading(mentionAhead(in: line))
        }
        say(standing(.nextRound))
    }

    /// Words that name a round as an interview, never a task to do at home.
    static let interviewWords = ["interview", "round", "call", "chat", "meeting", "onsite", "panel"]

    /// The employer is still deciding: the next follow-up moves a cushion past the day they gave;
    /// `followedUp` when the line is known to tell of a follow-up too.
    mutating func recordStillDeciding(line: String, followedUp: Bool = false) {
        guard days != nil else {
            return say("Let's finish the questions about the interview first.")
        }
        // "Sent both thank-yous the wednesday after, put the follow-up in my calendar on the 3rd,
        // and dana says they're still interviewing": what the user did is taken first.
        let clauses = RoomAnswerReader.clauses(line)
        if !app.contactsAwaitingThanks.isEmpty, mentionsANoteSent(line) { recordThankYou(line: line, advising: false) }
        if !app.isDone(.scheduleFirstFollowUp),
            clauses.contains(where: { IntentReader().report(in: Words($0)) == .addedReminder })
        {
            recordReminder(line: line)
        }
        // The day they gave is looked for from the news on: "the wednesday after" went with the notes.
        let news = clauses.drop { IntentReader().intent(of: Words($0)) != .stillDeciding }
        let told = news.isEmpty ? line : news.joined(separator: ", ")
        // "Emailed Marcus this morning, he said they're still interviewing": the follow-up counts too,
        // but not "the recruiter called": that was them.
        // A pasted reply that thanks the user for their note answers a follow-up that went out.
        let acknowledged =
            Words(line).hasAny(phrases: Self.acknowledgements)
            && [.due, .overdue].contains(plan?.step(.firstFollowUp)?.status ?? .upcoming)
        if acknowledged || followedUp
            || clauses.contains(where: { clause in
                let words = Words(clause)
                return IntentReader().report(in: words) == .followedUp
                    && !Self.sentByThem(words, contacts: app.contacts)
            }),
            !app.isDone(.secondFollowUp)
        {
            recordFollowUp(line: line, withNews: true)
        }
        guard let before = days else { return }
        // "dana emailed on the 10th saying they will get back by dec 22": the day after "by", not the
        // day the message came (read ahead, "the 10th" would be next month's).
        let ahead = DateFinder(calendar: calendar).mentions(in: told, reference: now).filter {
            ($0.end?.day ?? $0.start?.day).map { $0 > today } == true
        }
        // "pushed the decision back another week": a length counts from the day they had given
        // while it is still ahead; more time with no word of a move ("it'll be another 2 weeks",
        // "a few more days") counts from today, as does a length when no day is ahead at all.
        let moved = Words(told).hasAny(phrases: Self.moveWords)
        let given = max(today, app.waitUntil ?? before.timeFrameEnd)
        let theirDay = moved ? given : today
        let counted = delay(in: told).map { planner.schedule.timeFrameEnd($0, interviewDay: theirDay) }
        // More time never brings their day nearer: "a few more days" with a day still ahead keeps it.
        let kept = counted.map { $0 < given } == true
        let delayed = counted.map { max($0, given) }
        let aheadDays = ahead.compactMap { $0.end?.day ?? $0.start?.day }
        // "hiring freeze until february" is a pause with no decision day.
        let paused = Words(told).hasAny(phrases: IntentReader.pauses)
        let said =
            delayed
            // "on hold till january, they'll pick it up again around jan 12": a pause ends on its latest day.
            ?? (paused
                ? aheadDays.max()
                : (ahead.first { Self.isDeadline($0, in: told) } ?? ahead.first).flatMap {
                    $0.end?.day ?? $0.start?.day
                })
        let until = said ?? today.adding(days: Schedule.daysBetweenFollowUps, in: calendar)
        let old = app
        apply(.employerStillDeciding(until: until), line: line)
        // What was assumed is said.
        let assumed =
            said == nil
            ? " They gave no day, so I've assumed a week, to \(text.day(until)); tell me if they named one."
            : kept
                ? " Counted from today, that's no later than the day they'd given, so I've kept \(text.day(until))."
                : delayed != nil
                    ? " Counted from \(theirDay == today ? "today" : text.day(theirDay)), that's \(text.day(until))."
                    : paused
                        ? " A pause gives no decision day, so I've counted from \(text.day(until)), when it should lift, and the follow-up comes just after."
                        : ""
        say("Thanks for the update: \(paused ? "hiring is on hold" : "they're still deciding").\(assumed)")
        announceDateChanges(from: old)
        if days == before { say("Your dates stay as they were.") }
        if let plan, let action = plan.next { advise(action, in: plan) }
    }

    /// How much later their day moves when `line` says it moves by a length ("pushed back a
    /// week", "another two weeks", "one more week"); nil when it names no length or no delay.
    func delay(in line: String) -> TimeFrame? {
        let words = Words(line)
        guard words.hasAny(phrases: Self.delayWords) else { return nil }
        // A length alone ("back a week") or more of it ("another 2 weeks", "another week or two",
        // its longer end); "in 10 days" and "next week" count from today.
        let length = DateFinder(calendar: calendar).mentions(in: line, reference: now)
            .first { mention in
                mention.span != nil && !Self.isDeadline(mention, in: line)
                    && (mention.kind == .duration || mention.countsFromTheDaySaid)
            }?.span
        if let length { return .within(length.count, length.unit) }
        return words.hasAny(phrases: ["an extra week", "a week more"]) ? .within(1, .weeks) : nil
    }

    /// Words before "contract" that name no company: "signed the contract", "my job contract".
    static let contractWords: Set<String> = [
        "the", "a", "my", "their", "your", "his", "her", "job", "employment", "offer", "work", "new", "signed",
    ]

    /// Words that say their day itself moved: "pushed back a week", "delayed by a week".
    static let moveWords: Phrases = ["back", "pushed", "delayed", "postponed", "moved", "put off"]

    /// Words that say their day moves later by a length.
    static let delayWords: Phrases = ["another", "more", "extra", "back", "pushed", "delayed", "later"]

    /// Whether `mention` in `line` is a deadline: "by dec 22", "within two weeks", "until friday".
    static func isDeadline(_ mention: DateMention, in line: String) -> Bool {
        let lower = line.lowercased()
        guard let found = lower.range(of: mention.text) else { return false }
        let before = lower[..<found.lowerBound].split(separator: " ").last.map(String.init)
        let first = mention.text.split(separator: " ").first.map(String.init)
        return [before, first].contains { $0.map(Self.deadlineWords.contains) == true }
    }

    /// Words that make the day after them a deadline.
    static let deadlineWords: Set<String> = ["by", "until", "till", "til", "before", "within", "in"]

    /// An employer's words for a message received from the candidate.
    static let acknowledgements: Phrases = [
        "thanks for your note", "thanks for your email", "thanks for your message", "thank you for your note",
        "thank you for your email", "thank you for your message", "thanks for following up",
        "thank you for following up", "thanks for checking in", "thank you for checking in",
    ]

    /// Closes the application for `argument`, one of the closing reasons.
    mutating func close(_ argument: String, line: String) {
        let reasons = Closure.Reason.allCases.map(\.rawValue).joined(separator: ", ")
        guard let reason = Closure.Reason(rawValue: argument.lowercased()) else {
            return say("Close it for which reason? /close followed by one of: \(reasons).")
        }
        guard app.company != nil else { return say("There's nothing to close yet.") }
        apply(.closed(reason), line: line)
        state.question = nil
        say("Closed \(app.title): \(reason.spoken). Nothing more is scheduled for it.")
        if let note = reason.lastMessage { say(note) }
        say(Coach.offer)
    }

    mutating func employerGotInTouch(line: String) {
        if app.declining != nil {
            apply(.employerAskedAboutNextSteps, line: line)
            say(
                "They've asked about next steps, so now is the moment to decline, briefly and politely (decline-politely)."
            )
            state.lastAdvice = .declinePolitely
            // Future roles already answered ("not applying there again"): straight to the wording.
            return app.declining?.futureInterest == nil ? ask(.futureInterest) : adviseDecline()
        }
        ask(.employerReply)
    }

    /// The decline path starts; with another offer in hand (`offerElsewhere`), the note goes out
    /// soon instead of waiting to be asked.
    mutating func startDecline(line: String, offerElsewhere: Bool = false) {
        guard app.declining == nil else {
            // "had an offer elsewhere, so how do i bow out": the decline that waited goes out now.
            if offerElsewhere, app.declining?.isTime == false, app.outcome == nil {
                apply(.candidateHasAnotherOffer, line: line)
                say("With another offer in hand, don't wait to be asked: tell them now that you're stepping back.")
                return adviseDecline()
            }
            say("You've told me already.")
            adviseDecline()
            // The question about future roles, when it asks it, is asked once.
            return state.question == .futureInterest ? () : reaskOrOffer()
        }
        // Their offer is their asking about next steps (the core dates the asking): the decline is its answer.
        let offered = app.outcome == .offer
        apply(offerElsewhere && !offered ? .candidateHasAnotherOffer : .candidateLostInterest, line: line)
        // "im out, not applying there again either": future roles answered before being asked.
        if let wanted = FutureInterestAnswer.said(Words(line)) { app.declining?.futureInterest = wanted }
        state.question = nil
        say("Understood: this one isn't for you, and that's a fine outcome of an interview. The plan changes:")
        // Their offer waits for an answer: the decline is that answer, with the thanks in it.
        if offered {
            let by = app.waitUntil.map { ", by \(text.day($0)) as they asked" } ?? ""
            say(
                "  decline-politely: they made you an offer, so don't leave it open: thank them for it and decline politely\(by). /draft decline writes it."
            )
            state.lastAdvice = .declinePolitely
            return
        }
        if app.isDone(.sayThanks) {
            say("  decline-thank: you already thanked them in the room, so that's covered.")
        } else {
            say(
                "  decline-thank: a short thank-you for their time is still a kind touch; no need to mention your doubts."
            )
        }
        say("  decline-wait: send nothing else. There are no follow-ups on this path.")
        if offerElsewhere {
            say(
                "  decline-politely: with another offer in hand, don't wait to be asked: once you're sure, tell them briefly that you're stepping back. /draft decline writes it."
            )
            say("Congratulations on the other offer.")
        } else {
            say(
                "  decline-politely: only if they ask about next steps, decline briefly: you don't think you're the best fit."
            )
            say("Tell me if they get in touch and I'll help with the answer.")
        }
        state.lastAdvice = .declineWait
    }

    /// Another round is over: its own steps start, with the same people, when that round was
    /// what they were waiting for.
    mutating func startNextRound(line: String) {
        // "Just finished round 2" when the invitation was never reported: the invitation is taken as read.
        let invited = app.outcome == nil && app.closure == nil && app.interviewEnd != nil
        guard app.outcome == .nextRound || invited else {
            say("Tell me about it: /new starts a new interview, or say what happened in this one.")
            return reaskOrOffer()
        }
        // "second round done ... now they want a take-home due monday": the round had is told
        // first, the one they ask for after it.
        let whole = line
        let (had, asked) = Self.roundAsked(in: line)
        let line = had
        let intro = IntroReader(calendar: calendar).read(line, now: now)
        // "they said theyd decide by the 18th": their day is no end; a line that gives no end
        // ended just now, and says so.
        let ended =
            intro.ended
            ?? (intro.timeFrame == nil ? MomentReader(calendar: calendar).moment(in: line, now: now) : nil)
        let end = ended.map { min($0.date, now) } ?? now
        // "with the director dana kim, not sam or priya this time": the people of this round;
        // "with globex, raj and ..." names the company, not someone met.
        let said = Words(line).before(Self.leavingOut)
        let met = intro.people.filter { said.has($0.firstName.lowercased()) && !app.isNamedAsCompany($0) }
        let next = asked.flatMap(dayAhead)
        let events: [(ApplicationEvent, Day?)] =
            (invited ? [(.employerAnswered(.nextRound), nil)] : []) + [(.nextInterviewEnded(end), nil)]
            + (asked == nil ? [] : [(.employerAnswered(.nextRound), nil)])
            + (next.map { [(.nextRoundOn($0.day, minute: $0.minute), nil)] } ?? [])
            + (asked.map { Words($0).hasAny(phrases: IntentReader.takeHome) } == true ? [(.takeHomeAsked, nil)] : [])
        apply(events, line: whole)
        // What comes next is known: they said it.
        if asked != nil { app.records[.askNextStep] = StepRecord(.done, on: interviewDay) }
        // "submitted the take home": no room, so nothing to ask about one; its notes and follow-ups stand.
        let task = Words(line).hasAny(phrases: IntentReader.takeHome)
        if task {
            for step in [StepID.expressInterest, .sayThanks] { app.records[step] = StepRecord(.unknown) }
            let reachable = !app.contacts.isEmpty && app.contacts.allSatisfy { $0.hasDetails == true }
            app.records[.collectCards] = StepRecord(reachable ? .done : .unknown, on: interviewDay)
            // No room, so no thank-you notes: the follow-ups are what is left.
            app.records[.sendThankYou] = StepRecord(.missed, on: interviewDay)
        }
        if !met.isEmpty {
            // "met sarah again": a first name alone is the person of that name met before.
            app.contacts = met.map { person in
                app.contacts.first { $0.isSamePerson(as: person) }
                    ?? app.contacts.first {
                        !person.name.contains(" ") && $0.firstName.lowercased() == person.firstName.lowercased()
                    } ?? person
            }
        }
        // "she said they'd decide by the 23rd": this round's time frame, given with the news
        // (read as in a first message, so "yesterday" is when the round was, not their day).
        var timing = ""
        if let reading = intro.timeFrame, reading.frame != .unknown {
            app.timeFrame = reading.frame
            app.records[.askNextStep] = StepRecord(StepRecord.Status(YesNo.yes), on: interviewDay)
            timing = " Their time frame: \(spoken(reading))."
        }
        let people =
            app.contacts.isEmpty || task
            ? ""
            : met.isEmpty
                ? " I've kept the people from before (\(Application.joined(app.contacts.map(\.spoken)))); tell me if you met someone new."
                : " This round's thank-you notes go to \(Application.joined(app.contacts.map(\.described)))."
        let when = end == now ? "just now, \(text.moment(end))" : text.moment(end)
        let round = task ? "the task is in, handed in" : "a new round: it ended"
        let after = asked == nil ? ", and its follow-ups start from there" : ""
        say("Good, \(round) \(when)\(after).\(timing)\(people)")
        if let asked { say(Self.roundNews(asked, on: next)) }
        if let assumed = ended?.assumed {
            say(assumed)
        } else if ended == nil, !task {
            say("You gave no time for the end, so I took just now; correct me if that's off.")
        }
        advance()
    }

    /// The candidate wants the job after all: the follow-ups come back, dated from today.
    mutating func comeBack(line: String, advising: Bool = true) {
        guard app.declining != nil, app.closure == nil else {
            say("Good to hear you're keen. You're on the follow-up path already.")
            return adviseNextAction()
        }
        let before = app
        apply(.candidateCameBack, line: line)
        guard advising else { return say("Glad you're keen again.") }
        say("Glad you're keen again: the follow-ups are back.")
        announceDateChanges(from: before)
        adviseNextAction()
    }

    /// Where the decline path stands, and the wording of the answer once they have asked.
    mutating func adviseDecline() {
        guard let declining = app.declining else { return }
        if let plan, let thanks = plan.actions.first(where: { $0.step == .declineThank }) {
            let when = thanks.deadline.map { "by \(text.moment($0))" } ?? "today"
            say(
                "A short thank-you for their time is still a kind touch: send it \(when), with no word of your doubts (decline-thank)."
            )
            state.lastAdvice = .declineThank
            if !declining.isTime { return }
        }
        guard declining.isTime else {
            say("Nothing to send: wait. If they ask about next steps, decline briefly and politely (decline-wait).")
            state.lastAdvice = .declineWait
            return
        }
        if app.isDone(.declinePolitely) {
            say("You've declined, and that closes this one. Nothing more to do.")
            return
        }
        let company = app.company ?? "the company"
        switch declining.futureInterest {
        case true?:
            say(
                "Reply briefly: thank them, say \(DeclineReason(app).advice), and that you'd be glad to hear about future roles at \(company). Nothing more is needed (decline-politely)."
            )
        case false?:
            say(
                "Reply briefly: thank them and say \(DeclineReason(app).advice). Nothing more is needed (decline-politely)."
            )
        case nil:
            return ask(.futureInterest)
        }
        say("Tell me when it's sent.")
        state.lastAdvice = .declinePolitely
    }

    /// Records thank-you notes sent (to the people the line names, else everyone waiting), on
    /// `day`, else the day the line names, else today.
    mutating func recordThankYou(line: String, on day: Day? = nil, advising: Bool = true) {
        guard app.interviewEnd != nil, !app.contacts.isEmpty else {
            return say("Good. Once you've told me about the interview, I'll keep track of who still needs a note.")
        }
        // "My note went out" once every thank-you is sent, or their time has passed, is about a
        // follow-up; but not a note sent before the first follow-up's day ("sent bills note last
        // thurs"): that was a late thank-you.
        let thanksPassed = plan?.step(.sendThankYou)?.status == .missed
        let lineDay = day ?? reportedDay(in: line)
        let beforeFollowUp = lineDay.map { sent in days.map { sent < $0.first } ?? false } ?? false
        if thanksPassed, !beforeFollowUp, !Words(line).hasAny(["thank", "thanks", "thankyou"]), !addsToThanks(line) {
            return recordFollowUp(line: line, on: day)
        }
        guard !app.contactsAwaitingThanks.isEmpty else {
            if !Words(line).hasAny(["thank", "thanks", "thankyou"]) { return recordFollowUp(line: line, on: day) }
            return say("I have every thank-you note as sent already. \(nextAdvice)")
        }
        let sent = notesSent(in: line)
        let told: [(ApplicationEvent, Day?)] =
            sent.isEmpty
            ? [(.thankYouSent(to: []), lineDay)]
            : sent.map { (.thankYouSent(to: $0.people.map(\.id)), day ?? $0.day ?? lineDay) }
        let events = told.map { event, said in (event, day == nil ? said.map { noteDay($0, in: line) } : said) }
        // The day of the month taken as the one just after the interview is said, with the other.
        let moved = zip(told, events).first { $0.0.1 != $0.1.1 }.flatMap { pair in pair.0.1.map { ($0, pair.1.1!) } }
        guard let recorded = apply(events, line: line) else { return }
        // "sent the thank yous back on dec 5": a day before today is said back with the note.
        let sentOn = Set(events.map { $0.1 ?? today })
        let on = sentOn.count == 1 && sentOn.first.map { $0 < today } == true ? " on \(text.day(sentOn.first!))" : ""
        say("Well done: thank-you sent to \(Application.names(recorded.flatMap(\.people)))\(on).")
        if let (said, taken) = moved {
            let (other, mine) = (text.monthDay(said), text.monthDay(taken))
            say(
                "I took the day you named as the one just after the interview; if you meant \(text.day(said)), say \"\(other), not \(mine)\"."
            )
        }
        guard advising else { return }
        // Declining, one plain thank-you is the whole of it: the path says what comes next.
        if app.declining != nil { return adviseDecline() }
        if app.isDone(.sendThankYou) {
            adviseAfterReport()
        } else if let deadline = days?.thankYouDeadline {
            say(
                "Still to go: \(Application.names(app.contactsAwaitingThanks))\(now < deadline ? ", by \(text.moment(deadline))" : ", today if you can")."
            )
        }
    }

    /// The people a line means by their place rather than their name: "the first guy" is the
    /// first met, "the other one" the one note still to go.
    func placed(in words: Words) -> [Contact] {
        let waiting = app.contactsAwaitingThanks
        if words.hasAny(["first", "1st"]), let first = app.contacts.first, waiting.contains(first) { return [first] }
        if words.hasAny(["other", "second", "2nd", "last"]), waiting.count == 1, waiting.count < app.contacts.count {
            return waiting
        }
        return []
    }

    /// Whether `words` report thanks given after the interview day, so a note and not the room's:
    /// "thanked bill already this morning", "oh and the other one too" after a note to one of two.
    func thanksAfterTheDay(_ words: Words) -> Bool {
        guard app.interviewEnd != nil, app.records[.sayThanks] != nil, today > interviewDay,
            !app.contactsAwaitingThanks.isEmpty, !words.hasAny(phrases: IntentReader.inTheRoom)
        else { return false }
        if words.has("thanked") { return true }
        let someThanked = app.contacts.contains { $0.thankedOn != nil }
        return someThanked && words.hasAny(phrases: ["too", "also", "as well"]) && !placed(in: words).isEmpty
    }

    /// "sent lauren's too", after notes went to others: the note of someone still waiting for
    /// one, named as theirs or added with "too", is that thank-you, however late.
    func addsToThanks(_ line: String) -> Bool {
        let words = Words(line)
        let lowered = line.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        return app.contactsAwaitingThanks.contains { person in
            words.names(person)
                && (words.hasAny(["too", "also"]) || lowered.contains("\(person.firstName.lowercased())'s"))
        } && app.contacts.contains { $0.thankedOn != nil }
    }

    /// Words after which the people named are left out: "skipped marcus", "everyone except sam".
    static let leavingOut: WordSet = ["not", "except", "without", "skipped", "skip", "skipping"]

    /// Who a line says got a note, clause by clause, each with the day its clause names ("sent
    /// sam one tuesday night, and priya yesterday afternoon"); a clause about what is still to do
    /// ("still need to do happy", "raj and tom still to go") or after a "not" names nobody.
    func notesSent(in line: String) -> [(people: [Contact], day: Day?)] {
        var leftOut = false
        let plain = { (words: Words) in
            !words.hasAny(Deed.messageVerbs) && !words.tokens.contains(where: IntentReader.doneWords.contains)
                && !words.hasAny(phrases: IntentReader.futureMarkers)
                && words.before(Self.leavingOut).tokens.count == words.tokens.count && !LeftForLater.says(words)
        }
        let clauses = LeftForLater.clauses(line, plain: plain)
        // "everyone except marcus", "sent it to dana, skipped marcus": named only after such a word.
        let skipped = app.contacts.filter { contact in
            clauses.contains {
                Words($0.text).names(contact) && !Words($0.text).before(Self.leavingOut).names(contact)
            }
        }
        return clauses.compactMap { clause, later -> (people: [Contact], day: Day?)? in
            let words = Words(clause)
            let said = words.before(Self.leavingOut)
            // "still need to do bo and cy": a clause without a verb goes with the one before it,
            // unless the one it is joined to leaves it for later ("raj and tom still to go").
            if later {
                leftOut = true
            } else if Self.tellsOfAFollowUp(words) {
                // "...and followed up with alice on dec 22": a follow-up, and no note to Alice.
                leftOut = true
            } else if !plain(words) {
                // "ann done": a done word and no verb to have a subject.
                let verb = said.hasAny(Deed.messageVerbs)
                leftOut =
                    said.hasAny(phrases: IntentReader.futureMarkers)
                    || (verb && Self.sentByThem(said, contacts: app.contacts))
                    || (said.tokens.count < words.tokens.count && !verb)
            }
            guard !leftOut else { return nil }
            var people = app.contactsAwaitingThanks.filter(said.names)
            if people.isEmpty { people = placed(in: said) }
            // "sent all three thank yous on the 1st": everyone still waiting ("sent mine, skipped
            // marcus": everyone not left out).
            if people.isEmpty, said.hasAny(Deed.messageVerbs),
                said.hasAny(["all", "everyone", "both", "each", "everybody"])
                    || said.tokens.contains(where: Self.notesInPlural.contains)
                    || !skipped.isEmpty
            {
                people = app.contactsAwaitingThanks
            }
            people.removeAll { person in skipped.contains { $0.id == person.id } }
            return people.isEmpty ? nil : (people, reportedDay(in: clause))
        }
    }

    /// The day a note went out, from `day` as `line` names it: "the 5th" alone, told on Jan 12
    /// of an interview on Dec 4, is Dec 5, not Jan 5, when the later one would put the note after
    /// the first follow-up's day.
    func noteDay(_ day: Day, in line: String) -> Day {
        guard let first = days?.first, day > first,
            let mention = DateFinder(calendar: calendar).mentions(in: line, reference: now, past: true)
                .first(where: { $0.start?.day == day }),
            Words(mention.text).tokens.allSatisfy({ $0 == "the" || $0.first?.isNumber == true })
        else { return day }
        var earlier = day.adding(months: -1, in: calendar)
        while earlier >= interviewDay {
            if earlier < first, earlier.day == day.day { return earlier }
            earlier = earlier.adding(months: -1, in: calendar)
        }
        return day
    }

    /// Words for thank-you notes in the plural, which with no one named mean every note still
    /// to go: "sent the thank yous on the 5th".
    static let notesInPlural: WordSet = ["yous", "thankyous", "tys", "notes", "cards"]

    /// Whether a clause tells of a follow-up of the user's, not a note: "followed up with alice on dec 22".
    static func tellsOfAFollowUp(_ words: Words) -> Bool {
        words.hasAny(phrases: ["follow up", "followed up", "followup", "follow ups", "followups", "checked in"])
            && !IntentReader.namesAThankYou(words)
    }

    /// The clause of a line about thank-you notes that tells of a follow-up too: "sent the thank
    /// yous on dec 5 and followed up with alice on dec 22"; nil when there is none.
    static func followUpClause(in line: String) -> String? {
        RoomAnswerReader.clauses(line).first { clause in
            let words = Words(clause)
            return tellsOfAFollowUp(words) && !IntentReader.deniesOrPlans(words) && !LeftForLater.says(words)
        }
    }

    mutating func recordReminder(line: String) {
        guard let days else {
            return say("Good. Once I know when the interview ended, I'll tell you which dates belong in it.")
        }
        guard let recorded = apply(.reminderAdded, line: line, on: reportedDay(in: line)) else { return }
        say(
            "Good: \(text.day(recorded.step == .scheduleFirstFollowUp ? days.first : days.second)) is in your calendar."
        )
        if state.question == .calendarNote { state.question = nil }
    }

    /// The person a line says the user got in touch with ("phoned dana at lunch"), by number;
    /// nil when none is named, or only as the one who wrote ("Kind regards, Liam").
    func followedUpWith(in line: String) -> Contact.ID? {
        RoomAnswerReader.clauses(line).lazy.compactMap { clause -> Contact.ID? in
            let words = Words(clause)
            guard
                words.hasAny(Deed.messageVerbs + Deed.contactVerbs) || IntentReader().report(in: words) == .followedUp,
                !Self.sentByThem(words, contacts: app.contacts)
            else { return nil }
            return app.contacts.first { words.names($0) }?.id
        }.first
    }

    /// Records the next follow-up as made on `day`, else the day the line names, else today;
    /// `withNews` when what they said follows, with the dates it leaves.
    mutating func recordFollowUp(line: String, on day: Day? = nil, withNews: Bool = false) {
        if app.declining != nil {
            guard app.declining?.isTime == true else {
                return say("On the decline path there's nothing to send unless they ask about next steps.")
            }
            apply(.declineSent, line: line)
            return say("Well done: you've declined politely, and that closes this one.")
        }
        guard days != nil else {
            return say("Let's finish the questions about the interview first.")
        }
        // "I've already emailed Mia and Raj" before any follow-up is due: those were the thank-you notes.
        if !app.contactsAwaitingThanks.isEmpty, plan?.step(.firstFollowUp)?.status == .upcoming,
            plan?.step(.sendThankYou)?.status != .missed
        {
            return recordThankYou(line: line, on: day)
        }
        if let said = followUpAlreadyRecorded(line, on: day) { return say(said) }
        if app.isDone(.secondFollowUp) {
            say(
                "Noted. That's more than two follow-ups, so I'd stop here: more contact can work against you. Let it go and focus on other openings (move-on)."
            )
            state.lastAdvice = .moveOn
            return
        }
        // "rang dana today": the follow-up went to Dana, and the next one goes to her too.
        let person = followedUpWith(in: line)
        // "followed up on the 21st and then again on the 28th": both, each on its day.
        if day == nil, !app.isDone(.firstFollowUp), let (first, second) = twoFollowUpDays(in: line) {
            guard apply(.followedUp(to: person), line: line, on: first) != nil else { return }
            say("Good: first follow-up done on \(text.day(first)).")
            return recordFollowUp(line: line, on: second)
        }
        let day = day ?? reportedDay(in: line) ?? today
        let words = Words(line)
        // "followed up with priya too" the day the first went out: the same follow-up, to
        // someone else as well; the second comes a week after.
        if app.isDone(.firstFollowUp), !app.isDone(.secondFollowUp), app.records[.firstFollowUp]?.on == day,
            words.hasAny(["too", "also", "as well", "both"])
        {
            return say(
                "Noted: that goes with your first follow-up on \(text.day(day)). The second and last one, if you need it, is on \(days.map { text.day($0.second) } ?? "its day")."
            )
        }
        // "forgot tom yesterday, sent it this morning" with every note recorded and the first
        // follow-up days away: more likely a note than a follow-up, so it is asked, not guessed.
        if !app.isDone(.firstFollowUp), let first = days?.first, day < first.adding(days: -3, in: calendar),
            !words.hasAny(phrases: Self.followUpWords),
            let person = app.contacts.first(where: { words.has($0.firstName.lowercased()) })
        {
            let note =
                person.thankedOn.map { "I have \(person.firstName)'s thank-you note as sent \(text.day($0))" }
                ?? "I have no note to \(person.firstName) recorded"
            state.earlyMessage = EarlyMessage(contact: person.name, day: day)
            return say(
                "Was that your first follow-up? It isn't due until \(text.day(first)), and \(note). Tell me \"it was the follow-up\" or \"it was the note\"; I've recorded nothing yet."
            )
        }
        let planned = [StepID.firstFollowUp, .secondFollowUp].first { !app.isDone($0) }.flatMap { plan?.step($0)?.day }
        guard let recorded = apply(.followedUp(to: person), line: line, on: day), let days else { return }
        if let planned, day < planned {
            say(
                "Noted; that's earlier than the plan had it (\(text.day(planned))). No harm done: they know you're keen."
            )
        }
        if withNews {
            say(
                recorded.step == .firstFollowUp
                    ? "Good: first follow-up done on \(text.day(day))."
                    : "Good: that was your second and last follow-up.")
        } else if recorded.step == .firstFollowUp {
            // Sent early: the second still waits for their time frame to run.
            let held =
                days.second > planner.schedule.secondFollowUp(firstFollowUp: day)
                ? ", once their time frame has run" : ""
            // Told late, with the second's day gone by too: what is due now comes next.
            guard days.second >= today else {
                say("Good: first follow-up done on \(text.day(day)).")
                return adviseAfterReport()
            }
            say(
                "Good: first follow-up done on \(text.day(day)). If you haven't heard back, the second and last one is on \(text.day(days.second))\(held); put it in your calendar."
            )
            state.lastAdvice = .scheduleSecondFollowUp
        } else if days.letGo <= today {
            say("Good: that was your second and last follow-up.")
            adviseAfterReport()
        } else {
            say(
                "Good: that was your second and last follow-up. From here, wait; if nothing comes by \(text.day(days.letGo)), let it go."
            )
            state.lastAdvice = .moveOn
        }
    }

    /// Words that say a message was a follow-up.
    static let followUpWords: Phrases = [
        "follow", "followed", "followup", "check in", "checked in", "checking in", "nudge", "nudged", "chased",
        "pinged", "again", "update", "second",
    ]

    /// The days of two follow-ups told in one line ("on the 21st and then again on the 28th"),
    /// earlier first, when it says there were two.
    private func twoFollowUpDays(in line: String) -> (Day, Day)? {
        guard Words(line).hasAny(["again", "twice", "both"]) else { return nil }
        let days = Set(
            DateFinder(calendar: calendar).mentions(in: line, reference: now, past: true).compactMap(\.start?.day)
                .filter { $0 <= today && $0 >= interviewDay })
        guard days.count == 2 else { return nil }
        let sorted = days.sorted()
        return (sorted[0], sorted[1])
    }

    /// What to do once the references are out: nothing until `checkIn`, then a short note.
    func referencesAdvice(checkIn: Day) -> String {
        "Nothing more to send; if you've heard nothing by \(text.day(checkIn)), a short note asking about their timing is fine."
    }

    /// "y", "👍" right after advice: the step advised is done; false when it is no longer pending.
    mutating func recordAdvised(_ step: StepID, line: String) -> Bool {
        guard app.isActive, plan?.actions.contains(where: { $0.step == step }) == true else { return false }
        return record(step, line: line)
    }

    /// Records `step`, one the chat records from a short report, as done; false for any other.
    private mutating func record(_ step: StepID?, line: String) -> Bool {
        switch step {
        case .sendThankYou?: recordThankYou(line: line)
        case .scheduleFirstFollowUp?, .scheduleSecondFollowUp?: recordReminder(line: line)
        case .firstFollowUp?, .secondFollowUp?: recordFollowUp(line: line)
        default: return false
        }
        return true
    }

    /// "Done": records whichever action the coach would advise now.
    mutating func recordDone(line: String) {
        if app.outcome == .references, app.closure == nil, app.declining == nil {
            let checkIn = today.adding(days: Schedule.daysAfterReferences, in: calendar)
            apply(.referencesSent(checkIn: checkIn), line: line)
            return say("Good: your references are on their way. " + referencesAdvice(checkIn: checkIn))
        }
        guard app.interviewEnd != nil, app.outcome == nil else {
            return say("Noted. \"What should I do now?\" tells you what comes next.")
        }
        if app.declining != nil {
            // "Done" after the advice to thank them is the plain thank-you; else the decline.
            return plan?.next?.step == .declineThank ? recordThankYou(line: line) : recordFollowUp(line: line)
        }
        // "did it yesterday" with nothing due: the step ahead is not taken as done weeks early.
        if let next = plan?.next, next.status == .upcoming {
            return say(
                "Noted. Nothing was due just now: next is \(text.day(next.day)), to \(next.action.prefix(1).lowercased() + next.action.dropFirst()). If you've done that already, say so in a few words (\"I followed up yesterday\") and I'll record it."
            )
        }
        if !record(plan?.next?.step, line: line) { say("Noted. There's nothing left to send for this one.") }
    }

    /// After a report, the plan's next action, said with its reason kept for /why.
    mutating func adviseAfterReport() {
        guard let plan, let action = plan.next else { return say(nextAdvice) }
        advise(action, in: plan)
    }

    /// A day named in a report ("on Monday", "yesterday"), if it is not later than today.
    /// What to say when `line` tells again of a follow-up already recorded for its day ("phoned
    /// rosa yesterday" after "called her yesterday, got voicemail"): one deed, told twice.
    private func followUpAlreadyRecorded(_ line: String, on day: Day?) -> String? {
        guard let days, !Words(line).hasAny(["too", "also", "as well", "both", "again", "another"]) else { return nil }
        let day = day ?? reportedDay(in: line) ?? today
        guard
            let step = [StepID.firstFollowUp, .secondFollowUp].first(where: {
                app.records[$0]?.on == day && app.isDone($0)
            })
        else { return nil }
        let which = step == .firstFollowUp ? "first" : "second and last"
        let next =
            app.isDone(.secondFollowUp)
            ? "From here, wait; if nothing comes by \(text.day(days.letGo)), let it go."
            : "If you haven't heard back, the second and last one is on \(text.day(days.second))."
        return "I already have that: your \(which) follow-up, \(text.day(day)). \(next)"
    }

    func reportedDay(in line: String) -> Day? {
        let words = Words(line)
        // "Last night" is yesterday.
        if words.hasAny(phrases: ["last night", "last nite", "yesterday evening", "late last night", "yday", "yest"]) {
            return today.adding(days: -1, in: calendar)
        }
        // "and kofi just now": today, whatever day the clause before named.
        if words.hasAny(phrases: ["just now", "right now"]) { return today }
        // Days counted from the interview: "the day after the interview", "that same evening".
        if app.interviewEnd != nil {
            if words.hasAny(phrases: Self.dayAfterInterview) {
                return min(interviewDay.adding(days: 1, in: calendar), today)
            }
            if words.hasAny(phrases: Self.interviewDayItself) { return interviewDay }
        }
        // A day that could be the report's: not ahead, and not before the interview ("put the dec
        // 14 date in my calendar yesterday" was yesterday).
        let earliest = app.interviewEnd.map { _ in interviewDay }
        return DateFinder(calendar: calendar).mentions(in: line, reference: now, past: true).compactMap(\.start?.day)
            .first { day in day <= today && earliest.map { day >= $0 } ?? true }
    }

    /// Words for the day after the interview.
    static let dayAfterInterview: Phrases = [
        "day after the interview", "day after my interview", "morning after the interview", "the next morning",
        "the next day", "the following day", "the morning after",
    ]
    /// Words for the interview's own day.
    static let interviewDayItself: Phrases = [
        "same day", "that same evening", "that evening", "that night", "right after the interview",
        "straight after the interview", "on the way home",
    ]
}
