import Foundation

/// The guided questions right after the interview, and the plan they lead to.
extension Exchange {
    mutating func answer(_ question: Question, line: String, words: Words) {
        switch question {
        case .company:
            checkpoint(line)
            app.company = line
            say("Got it: \(line).")
            advance()
        case .role:
            checkpoint(line)
            app.role = line
            advance()
        case .interviewEnd:
            answerInterviewEnd(line: line, words: words)
        case .people:
            let people = PeopleReader().people(withDetailsIn: line)
            guard !people.isEmpty else { return unclear(question, line: line) }
            checkpoint(line)
            app.contacts = people
            say("Thanks. You met \(Application.names(people.map { Contact(name: $0.described) })).")
            advance()
        case .expressInterest, .askNextStep, .sayThanks, .collectCards:
            answerRoom(question, line: line, words: words)
        case .timeFrame:
            guard TimeFrameReader(calendar: calendar).reading(of: line, interviewDay: interviewDay) != nil
            else { return unclear(question, line: line) }
            checkpoint(line)
            takeTimeFrame(from: line)
            advance()
        case .whichDay:
            answerWhichDay(line: line, words: words)
        case .detail:
            answerDetail(line: line, words: words)
        case .calendarNote:
            answerCalendarNote(line: line, words: words)
        case .employerReply:
            guard case let .employerAnswered(outcome)? = IntentReader().intent(of: words)
            else { return unclear(question, line: line) }
            record(outcome, line: line)
        case .futureInterest:
            guard let answer = YesNo(words), answer != .unsure else { return unclear(question, line: line) }
            checkpoint(line)
            app.declining?.futureInterest = answer == .yes
            adviseDecline()
            ask(nil)
        }
    }

    var interviewDay: Day {
        Day(app.interviewEnd ?? now, in: calendar)
    }

    /// The next walkthrough question whose answer is still missing.
    var nextWalkthroughQuestion: Question? {
        if app.company == nil { return .company }
        if app.role == nil { return .role }
        if app.interviewEnd == nil { return .interviewEnd }
        if app.contacts.isEmpty { return .people }
        for step in StepID.atInterview {
            if app.records[step] == nil { return Question(asking: step) }
            if step == .askNextStep, app.timeFrame == nil { return .timeFrame }
        }
        return nil
    }

    /// Moves to the next missing answer, or lays out the plan when the walkthrough is complete.
    /// A date still to be settled comes first.
    mutating func advance() {
        if state.choice != nil, state.question != .whichDay {
            let next = nextWalkthroughQuestion
            state.choice?.then = next
            return ask(.whichDay)
        }
        if let next = nextWalkthroughQuestion { return ask(next) }
        presentPlan()
        ask(app.records[.scheduleFirstFollowUp] == nil ? .calendarNote : nil)
    }

    private mutating func answerInterviewEnd(line: String, words: Words) {
        guard let reading = MomentReader(calendar: calendar).moment(in: line, now: now) else {
            return unclear(.interviewEnd, line: line)
        }
        guard reading.date <= now else {
            state.unclearAnswers += 1
            return say("That's later than the time now (\(text.moment(now))). When did it end?")
        }
        checkpoint(line)
        app.interviewEnd = reading.date
        let assumed = reading.assumed.map { " You gave no time, so I took \($0); correct me if that's off." } ?? ""
        say("Noted: it ended \(text.moment(reading.date)).\(assumed)")
        advance()
    }

    private mutating func answerRoom(_ question: Question, line: String, words: Words) {
        let reading = RoomAnswerReader().read(line, asked: question.step, contacts: app.contacts)
        let frame = TimeFrameReader(calendar: calendar).timeFrame(in: line, interviewDay: interviewDay)
        let settlesTiming = question == .askNextStep && frame != nil && frame != .unknown
        guard reading.steps[question.step!] != nil || settlesTiming else { return unclear(question, line: line) }
        checkpoint(line)
        for (person, reachable) in reading.details {
            if let index = app.contacts.firstIndex(where: { $0.name == person }) { app.contacts[index].hasDetails = reachable }
        }
        var steps = reading.steps
        if settlesTiming { steps[.askNextStep] = .yes }
        for step in StepID.atInterview {
            guard let answer = steps[step] else { continue }
            app.records[step] = StepRecord(StepRecord.Status(answer), on: interviewDay)
            if step == .collectCards, answer == .yes, reading.details.isEmpty {
                for index in app.contacts.indices { app.contacts[index].hasDetails = true }
            }
        }
        if frame != nil, question == .askNextStep || steps[.askNextStep] == .yes { takeTimeFrame(from: line, quietly: true) }
        acknowledge(steps, asked: question.step!)
        if steps[.askNextStep] != nil, steps[.askNextStep] != .yes { app.timeFrame = .unknown }
        advance()
    }

    private mutating func acknowledge(_ steps: [StepID: YesNo], asked: StepID) {
        var lines: [String] = []
        for step in [asked] + StepID.atInterview.filter({ $0 != asked }) {
            guard let answer = steps[step] else { continue }
            switch answer {
            case .yes where step == asked && state.choice != nil: lines.append("Good.")
            case .yes: lines.append(step == asked ? Self.praise(step, app: app, text: text) : "Noted too: \(Self.doneNote(step)).")
            case .no: lines.append(Self.makeUp(step, app: app))
            case .unsure: lines.append("I'll mark \(step.rawValue) as unknown. \(Self.makeUp(step, app: app))")
            }
        }
        state.lastReason = "\(asked.reason) (\(asked.rawValue))"
        say(lines.joined(separator: " "))
    }

    /// Sets the time frame read from `text`. When the words allow two days, the first is used
    /// and the choice is kept to be asked; a conventional reading ("next Friday") is said.
    mutating func takeTimeFrame(from text: String, quietly: Bool = false) {
        guard let reading = TimeFrameReader(calendar: calendar).reading(of: text, interviewDay: interviewDay) else { return }
        if quietly { app.timeFrame = reading.frame } else { setTimeFrame(reading.frame) }
        guard let mention = reading.mention, let chosen = mention.end?.day, let other = mention.alternative?.day else { return }
        if mention.isConvention {
            say("I'm reading \"\(mention.text)\" as \(self.text.day(chosen)), in the week after this one; say \"actually \(self.text.day(other))\" if you meant that.")
        } else {
            state.choice = DayChoice(words: mention.text, chosen: chosen, other: other, then: state.question)
        }
    }

    private mutating func answerWhichDay(line: String, words: Words) {
        guard let choice = state.choice else { return ask(nextWalkthroughQuestion) }
        let named = DateFinder(calendar: calendar).mentions(in: line, reference: interviewDay.noon(in: calendar)).compactMap(\.end?.day)
        let numbers = words.tokens.compactMap(DateScan.dayNumber)
        let (earlier, later) = choice.chosen < choice.other ? (choice.chosen, choice.other) : (choice.other, choice.chosen)
        let picked: Day?
        if named.contains(choice.other) || (numbers.contains(choice.other.day) && !numbers.contains(choice.chosen.day)) {
            picked = choice.other
        } else if named.contains(choice.chosen) || numbers.contains(choice.chosen.day) {
            picked = choice.chosen
        } else if words.hasAny(["first", "earlier", "sooner", "former", "this", "today", "tomorrow", "1st"]) {
            picked = earlier
        } else if words.hasAny(["second", "later", "latter", "next", "following", "2nd"]) {
            picked = later
        } else {
            picked = nil
        }
        guard let picked else { return unclear(.whichDay, line: line) }
        checkpoint(line)
        settle(choice, on: picked)
    }

    /// Uses `day` for the time frame, says so, and goes back to the question that was waiting.
    mutating func settle(_ choice: DayChoice, on day: Day) {
        let before = app
        app.timeFrame = .by(day)
        state.choice = nil
        say("Got it: \(text.day(day)).")
        announceDateChanges(from: before)
        if nextWalkthroughQuestion == nil, app.records[.scheduleFirstFollowUp] != nil || choice.then == nil {
            return ask(choice.then)
        }
        state.question = choice.then
        advance()
    }

    mutating func setTimeFrame(_ frame: TimeFrame) {
        app.timeFrame = frame
        if frame == .unknown {
            say("Then I'll assume \(TimeFrame.assumed.spoken(with: text)), and you can ask about their timeline in your thank-you note.")
        } else {
            say("Noted: \(frame.spoken(with: text)).")
        }
    }

    private mutating func answerCalendarNote(line: String, words: Words) {
        guard let answer = YesNo(words) else { return unclear(.calendarNote, line: line) }
        checkpoint(line)
        let day = followUpDays![.firstFollowUp]!
        if answer == .yes {
            app.records[.scheduleFirstFollowUp] = StepRecord(.done, on: today)
            say("Good. That's everything for now. Ask \"what should I do now?\" whenever you come back.")
        } else {
            say("Do it when you can: one entry for \(text.day(day)), \"follow up with \(app.mainContact?.name ?? "them")\". Tell me when it's in.")
        }
        state.lastReason = "\(StepID.scheduleFirstFollowUp.reason) (schedule-first-follow-up)"
        ask(nil)
    }

    /// Asks again, more narrowly, and after three unclear answers offers a way on.
    mutating func unclear(_ question: Question, line: String) {
        state.unclearAnswers += 1
        let offTopic = line.hasSuffix("?")
        let lead = offTopic ? "That's outside what I can help with; I'm here for your follow-up." : "I didn't quite catch that."
        switch state.unclearAnswers {
        case 1:
            say("\(lead) \(question.narrower(app))")
        case 2 where question.expectsYesNo:
            say("\(lead) Let's keep it simple: yes, no, or not sure?")
        case 2:
            say("\(lead) \(question.narrower(app))")
        default:
            giveUp(on: question)
        }
    }

    private mutating func giveUp(on question: Question) {
        checkpoint("(skipped)")
        switch question {
        case .expressInterest, .askNextStep, .sayThanks, .collectCards:
            let step = question.step!
            app.records[step] = StepRecord(.unknown, on: interviewDay)
            if step == .askNextStep { app.timeFrame = .unknown }
            say("Let's not get stuck: I'll mark \(step.rawValue) as unknown, and you can correct it later with \"actually ...\". \(Self.makeUp(step, app: app))")
            advance()
        case .timeFrame:
            say("Let's not get stuck on it.")
            setTimeFrame(.unknown)
            advance()
        case .interviewEnd:
            app.interviewEnd = now
            say("Let's not get stuck: I'll use the time now, \(text.moment(now)). Correct it any time with \"actually it ended at ...\".")
            advance()
        case .people:
            app.contacts = [Contact(name: "your interviewer")]
            say("Let's not get stuck: I'll call them \"your interviewer\" for now.")
            advance()
        case .whichDay:
            guard let choice = state.choice else { return advance() }
            say("Let's not get stuck: I'll go with \(text.day(choice.chosen)). Say \"actually ...\" to change it.")
            settle(choice, on: choice.chosen)
        default:
            say("Let's leave that for now.")
            ask(nil)
        }
    }
}

extension Exchange {
    /// Said when the step asked about was done.
    static func praise(_ step: StepID, app: Application, text: DateText) -> String {
        switch step {
        case .expressInterest: "Good: they know you want it."
        case .askNextStep: app.timeFrame.map { "Good: \($0.spoken(with: text))." } ?? "Good."
        case .sayThanks: "Good."
        case .collectCards: app.contacts.count > 1 ? "Good: you can reach everyone." : "Good: you can reach them."
        default: "Good."
        }
    }

    /// Names a step that an answer settled along the way.
    static func doneNote(_ step: StepID) -> String {
        switch step {
        case .expressInterest: "you told them you want the job"
        case .askNextStep: "you asked about the next step"
        case .sayThanks: "you thanked them"
        default: "you have their contact details"
        }
    }

    /// How to make up for a step missed in the room; never a reproach.
    static func makeUp(_ step: StepID, app: Application) -> String {
        switch step {
        case .expressInterest:
            return "No harm done: say it plainly in your thank-you notes, that you want the job and look forward to the next step."
        case .askNextStep:
            return "That's easy to fix: ask about their timeline in your thank-you note or your first follow-up. Until then I'll assume two weeks."
        case .sayThanks:
            return "Your thank-you notes will cover it, and a written thank-you carries more weight anyway."
        default:
            let missing = app.contacts.filter { $0.hasDetails != true }
            let who = missing.isEmpty || missing.count == app.contacts.count ? "" : " for \(Application.names(missing))"
            return "You can still find the details\(who): the company's website, LinkedIn, or the recruiter who set up the interview."
        }
    }
}

extension StepRecord.Status {
    init(_ answer: YesNo) {
        switch answer {
        case .yes: self = .done
        case .no: self = .missed
        case .unsure: self = .unknown
        }
    }
}
