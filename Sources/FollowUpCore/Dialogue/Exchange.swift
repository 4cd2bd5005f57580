import Foundation

/// One turn in progress: the state being changed and the lines the coach is saying.
struct Exchange {
    let coach: Coach
    var state: Conversation
    let now: Date
    var replies: [String] = []
    /// Set when the user asked what to do now.
    private(set) var askedWhatNow = false
    /// Whether another application has an offer in hand: bowing out of this one is then done now.
    var hasOfferElsewhere = false
    /// The name the user gave for signing the drafts this turn, for the session to keep.
    private(set) var senderNamed: String?

    init(coach: Coach, state: Conversation, now: Date) {
        self.coach = coach
        self.state = state
        self.now = now
        if let question = state.question, isStale(question) {
            self.state.question = nil
            self.state.askedAbout = nil
            if question == .detail { self.state.draftRequest = nil }
            if Self.roomQuestions.contains(question) { leaveTheRoomUnknown() }
        }
        // The interview told of ahead is over now: how it went, and when it ended, comes first.
        if state.question == .people, app.interviewEnd == nil, state.interviewAhead != nil, !interviewStillAhead {
            self.state.question = .interviewEnd
        }
    }

    /// The walkthrough's questions about what happened in the room, and the time frame.
    static let roomQuestions: Set<Question> = [.expressInterest, .askNextStep, .sayThanks, .collectCards, .timeFrame]

    /// The room's steps not answered yet are marked unknown, so they are not asked again.
    mutating func leaveTheRoomUnknown() {
        for step in StepID.atInterview where app.records[step] == nil {
            app.records[step] = StepRecord(.unknown, on: interviewDay)
        }
        if app.timeFrame == nil { app.timeFrame = .unknown }
    }

    /// Whether a question left pending has been overtaken by time or events: a calendar note
    /// for a day already here, a step no longer overdue, a decline no longer on the table.
    private func isStale(_ question: Question) -> Bool {
        switch question {
        case .calendarNote:
            // Left unanswered on an earlier day, it is not asked again: the greeting lists the step.
            return !app.isActive || app.isDone(.scheduleFirstFollowUp) || days.map { $0.first <= today } ?? true
                || state.askedOn.map { $0 < today } ?? false
        case .happened:
            return plan?.actions.contains { $0.step == state.askedAbout && $0.status == .overdue } != true
        case .futureInterest:
            return app.declining == nil || app.closure != nil
        case .detail:
            // A draft's question left from an earlier day: the next line is news, not the detail.
            return state.askedOn.map { $0 < today } ?? false
        case .expressInterest, .askNextStep, .sayThanks, .collectCards, .timeFrame:
            // Left unanswered for more than a day, the room is too far back to ask about again.
            return state.askedOn.map { $0 < today.adding(days: -1, in: calendar) } ?? false
        default:
            return false
        }
    }

    static let longestLine = 2000
    /// Words from which an answer to a room question is read for other facts as well.
    static let longRoomAnswer = 20

    var app: Application {
        get { state.application }
        set { state.application = newValue }
    }
    var calendar: Calendar { coach.calendar }
    var text: DateText { DateText(calendar: calendar, holidays: coach.holidays) }
    var schedule: Schedule { Schedule(calendar: calendar, holidays: coach.holidays) }
    var planner: Planner { Planner(schedule: schedule) }
    var today: Day { Day(now, in: calendar) }
    /// Reads what the employer said about timing, as the user tells it today.
    var timeFrameReader: TimeFrameReader { TimeFrameReader(calendar: calendar, saidOn: today) }
    /// The application's plan at this moment; nil before the interview's end is known.
    var plan: Plan? { planner.plan(for: app, at: now) }
    /// The chain's days at this moment.
    var days: FollowUpDays? { planner.days(for: app, at: now) }

    mutating func say(_ line: String) {
        replies.append(line)
    }

    /// The first question, after a welcome when `welcoming` (the first time the coach is opened).
    mutating func open(welcoming: Bool) {
        if welcoming {
            say(
                "Hi, I'm your follow-up coach. A few quick questions about the interview, then a plan with dates. Type /help at any time."
            )
        }
        ask(state.question ?? .company)
    }

    mutating func handle(_ raw: String) {
        // Bytes that are no text (invalid UTF-8, read as U+FFFD): nothing is taken from the line.
        if raw.unicodeScalars.contains("\u{FFFD}") {
            say("Part of that line didn't come through as text, so I've changed nothing. Could you type it again?")
            return reaskOrOffer()
        }
        let (cleaned, cut) = Self.clean(raw)
        let line = YesNo.spelledOut(cleaned)
        if cut { say("That was a long message; I read the first \(Self.longestLine) characters.") }
        if line.isEmpty { return answerEmpty() }
        if line.hasPrefix("/") { return run(command: line) }
        // "sign it as sam ortiz", "my name is Sam Ortiz": the drafts' signature, whatever is asked.
        if let name = SignOff.name(in: line) {
            senderNamed = name
            say(
                "Got it: I'll sign your drafts \(name) from now on\(state.draft == nil ? "" : "; /draft writes this one again with it"). followup config name changes it."
            )
            return reaskOrOffer()
        }
        if let early = state.earlyMessage {
            state.earlyMessage = nil
            if answerEarlyMessage(early, line: line) { return }
        }
        if state.question != .people, noteContactDetails(in: line) { return }
        if let fix = NameCorrection.find(in: line, contacts: app.contacts) { return rename(fix, line: line) }
        if ![.company, .role, .people, .detail].contains(state.question), noteTopics(in: line) { return }
        let words = Words(line)
        // "finch isnt a person", "olu is the studio director", whatever question is pending: the
        // name read wrongly comes off, the role is kept.
        if state.question != .people,
            chooseMainContact(line, words: words) || removeContact(line, words: words)
                || takeBackThanks(line, words: words) || correctRole(line) || noteRole(line) || correctTitle(line)
                || noteStillToThank(line, words: words)
        {
            return
        }
        if let day = weekEarlier(in: line, words: words) { return takeWeekEarlier(day, line: line) }
        if let day = interviewDayCorrection(in: line) { return moveInterviewDay(to: day, line: line) }
        if !app.contacts.isEmpty,
            words.hasAny(phrases: Self.anotherPerson)
                || words.hasAny(phrases: Self.peopleNamed)
                || ((app.contacts.contains(where: \.isPlaceholder)
                    || IntentReader.correctionMarkers.contains(words.tokens.first ?? ""))
                    && words.hasAny(phrases: Self.peopleMet)),
            addPeople(from: line)
        {
            return
        }
        if answerWhichWeek(words) { return }
        if words.hasAny(phrases: Self.askingToAdd) {
            say("Just name them, for example \"I also met Olu Adebayo, the team lead\", and I'll add them.")
            return reaskOrOffer()
        }
        // "What did they say?" never stops news from being read: a line that is no answer to it
        // is read as if nothing were asked, and the question is not put again.
        if state.question == .employerReply, !Self.answersEmployerReply(words) { state.question = nil }
        let question = state.question
        let freeText = question == .company || question == .role || question == .people
        // "hi", "hey there": a greeting is no company, role or name.
        if freeText, words.tokens.count <= 3, IntentReader.startsWithGreeting(words) {
            say("Hello!")
            return reaskOrOffer()
        }
        if let intent = IntentReader().intent(of: words), !freeText || intent.isSafeInFreeText,
            intent != .stillDeciding || nextWalkthroughQuestion == nil, !answersOpenSlot(intent),
            !isLongFirstMessage(line, words: words)
        {
            // "Ana's card only. Should I send a card or email?": the answer, then the question's.
            if let question, intent.isQuestion, question.expectsYesNo || question == .timeFrame,
                let statement = Self.statement(besideQuestionIn: line)
            {
                state.question = nil
                handle(intent, line: line)
                state.question = question
                return answer(question, line: statement, words: Words(statement))
            }
            // "sent my last mail 29.12., should i call them?": the follow-up is recorded, then answered.
            if question == nil, intent.isQuestion, app.interviewEnd != nil,
                let clause = Self.reportedClause(besideQuestionIn: line),
                let report = IntentReader().report(in: Words(clause)), Self.deedReports.contains(report)
            {
                handle(report, line: clause)
            }
            return handle(intent, line: line)
        }
        if let question, question.expectsYesNo || question == .timeFrame,
            let report = notesSentWhileAskedOfTheRoom(words, asked: question)
                ?? IntentReader().report(in: words, asking: line.hasSuffix("?"))
                ?? (mentionsANoteSent(line) ? .sentThankYou : nil),
            report.isReportOfWhatHappened
        {
            return handleReport(report, line: line, asked: question)
        }
        // "is it ok to send it at 11pm?" asks something the playbook does not cover: it is no yes.
        if let question, question.expectsYesNo || question == .timeFrame, Self.asksSomethingElse(line, words: words) {
            say(Self.uncoveredQuestion)
            return reaskOrOffer()
        }
        // "honestly im so nervous about this one": a feeling, not an answer; the question stays.
        if let question, question.expectsYesNo, YesNo(words) == nil, let feeling = Self.feeling(in: words) {
            say(feeling.reply)
            return reaskOrOffer()
        }
        if let question {
            // A long line read while the room is asked about may hold more than its answer: its facts are read too.
            if [.role, .interviewEnd, .people].contains(question) { takeOtherFacts(from: line, asked: question) }
            // A long line read while the room is asked about may hold more than its answer: its
            // facts are read, and with no yes or no of its own the question stays open.
            if Self.roomQuestions.contains(question), words.tokens.count >= Self.longRoomAnswer, YesNo(words) == nil {
                checkpoint(line)
                if takeOtherFacts(from: line, asked: question) { return reaskOrOffer() }
                state.checkpoints.removeLast()
            }
            return answer(question, line: line, words: words)
        }
        if let report = IntentReader().report(in: words, asking: line.hasSuffix("?")) {
            return handle(report, line: line)
        }
        if mentionsANoteSent(line) { return recordThankYou(line: line) }
        // "pinged bill today to ask how it's going": getting in touch with someone met is a follow-up.
        if Self.reportsContact(line, contacts: app.contacts),
            app.contacts.contains(where: { words.has($0.firstName.lowercased()) })
        {
            // "chased priya yesterday, she said theyll decide wed week": the follow-up, then their
            // new day, which moves what comes after it.
            guard saysNewTimeFrame(line, words: words) else { return recordFollowUp(line: line) }
            return recordStillDeciding(line: line, followedUp: true)
        }
        if saysNewTimeFrame(line, words: words) {
            // Once the first follow-up has come, a day from them is news: the next follow-up moves.
            let underWay = app.isDone(.firstFollowUp) || days.map { $0.first <= today } ?? false
            return underWay ? recordStillDeciding(line: line) : correct(line, line: line)
        }
        // "thanked bill this morning", "oh and the other one too": after the interview day, thanks
        // are a note, to the people named or the one left.
        if thanksAfterTheDay(words) { return recordThankYou(line: line) }
        if let reading = roomFacts(in: line) {
            checkpoint(line)
            return takeRoomFacts(reading, saying: "Noted")
        }
        if app.interviewEnd != nil, amend(line, words: words) || continueThanks(line, words: words) { return }
        // "I never did", after the advice to let a lapsed chain go: one note now is still fine.
        if state.lastAdvice == .moveOn, days?.hasLapsed == true, YesNo(words) == .no {
            return say(
                "Then one short follow-up today is still fine: say you're still interested and ask how their process is going. Tell me once it's sent and I'll give you the dates from there."
            )
        }
        // "and if i just want to say no for good, no future stuff?": the decline's wording, changed.
        if app.declining?.isTime == true, !app.isDone(.declinePolitely), let wanted = FutureInterestAnswer.said(words) {
            checkpoint(line)
            app.declining?.futureInterest = wanted
            return adviseDecline()
        }
        if !words.tokens.isEmpty, words.tokens.allSatisfy(Self.agreement.contains) {
            return say("All right. \(Coach.offer)")
        }
        // "not yet", after advice: the step is still to do.
        if state.lastAdvice != nil, words.tokens.count <= 4, YesNo(words) == .no {
            return say("All right; it stays the next step. Tell me once it's done and I'll move the plan on.")
        }
        // "y", "yes 👍", after advice: the step advised is done.
        if let step = state.lastAdvice, words.tokens.count <= 3, YesNo(words) == .yes,
            recordAdvised(step, line: line)
        {
            return
        }
        if words.hasAny(phrases: IntentReader.futureMarkers), words.hasAny(Self.sendingWords) {
            return say("Sounds good. Tell me once it's done and I'll move the plan on.")
        }
        // "make it shorter", "sign it as Sam": a change to a draft's wording.
        if Self.asksToRestyle(words) { return say(restyleReply) }
        // "is the 30th a holiday too": whether a day is a day off where the user lives.
        if answerHolidayQuestion(line) { return }
        // "yeah kinda gutted": a feeling, said with nothing else to act on.
        if let feeling = Self.feeling(in: words) {
            say(feeling.reply)
            return feeling.isLow ? adviseNextAction() : reaskOrOffer()
        }
        say(
            Self.asksSomethingElse(line, words: words)
                ? Self.uncoveredQuestion
                : "I'm not sure what you mean. Ask \"what should I do now?\", tell me what happened (\"I sent the thank-you notes\"), or type /help."
        )
        // With the interview's end still unknown there is no plan: its question comes back.
        if app.interviewEnd == nil, let next = nextWalkthroughQuestion { ask(next) }
    }

    /// Whether `words` say how it went: another round, an offer, a no or references.
    static func answersEmployerReply(_ words: Words) -> Bool {
        guard case .employerAnswered? = IntentReader().intent(of: words) else { return false }
        return true
    }

    /// A word back to a feeling the line shares, and whether it is low; nil when it shares none.
    static func feeling(in words: Words) -> (reply: String, isLow: Bool)? {
        if words.hasAny(phrases: IntentReader.lowFeelings) {
            return ("That's a normal way to feel while you wait; it says nothing about how you did.", true)
        }
        return words.hasAny(phrases: IntentReader.upbeatFeelings) ? ("Glad to hear it.", false) : nil
    }

    /// Records an email address or phone number given for someone already known; true when
    /// that was all the line said.
    private mutating func noteContactDetails(in line: String) -> Bool {
        let details = ContactDetails.find(in: line)
        // Before anyone is known, the line is read whole: the people and their details come together.
        guard !details.isEmpty, !app.contacts.isEmpty else { return false }
        var contacts = app.contacts
        let who = PeopleReader.attach(details, in: line, to: &contacts, keepUnclaimed: false)
        guard !who.isEmpty else {
            say(
                "Whose is \(details.map(\.value).joined(separator: " and "))? Say it with their name, for example \"\(app.contacts[0].firstName)'s email is ...\"."
            )
            return true
        }
        checkpoint(line)
        for index in contacts.indices where who.contains(contacts[index].name) { contacts[index].hasDetails = true }
        app.contacts = contacts
        say("Noted for \(Application.joined(Set(who).sorted())): \(details.map(\.value).joined(separator: ", ")).")
        let rest = ContactDetails.removed(from: line)
        // A pasted email with a signature says more than the number at its end: the rest is read too.
        if Words(rest).tokens.count > Self.longestDetailsLine { return false }
        if let question = state.question, question.expectsYesNo, YesNo(Words(rest)) != nil { return false }
        if state.question == .collectCards {
            // "only ana's card, ana@..." still answers the question; an address alone answers it for that person.
            if !Words(rest).isEmpty, rest.contains(where: \.isLetter) { return false }
            if app.contacts.allSatisfy({ $0.hasDetails == true }) {
                app.records[.collectCards] = StepRecord(.done, on: interviewDay)
                advance()
                return true
            }
        }
        reaskOrOffer()
        return true
    }

    /// Keeps what was talked about with each person for their thank-you note ("sam was really
    /// into my dashboard project"); true when that was all the line said.
    private mutating func noteTopics(in line: String) -> Bool {
        let topics = TalkReader().topics(in: line, contacts: app.contacts)
        // "Priya asked about next steps" is news from the employer, not a topic for a note; "the
        // note to jordan went out on the 15th" is a report to record.
        let words = Words(line)
        let intent = IntentReader().intent(of: words) ?? IntentReader().report(in: words)
        guard !topics.isEmpty, intent?.isNews != true, intent?.isReportOfWhatHappened != true else { return false }
        checkpoint(line)
        keep(topics)
        if let question = state.question, question.expectsYesNo, YesNo(Words(line)) != nil { return false }
        reaskOrOffer()
        return true
    }

    /// Sets each person's topic for their note and says what was kept.
    mutating func keep(_ topics: [String: String]) {
        for index in app.contacts.indices {
            if let topic = topics[app.contacts[index].name] { app.contacts[index].detail = topic }
        }
        let said = app.contacts.compactMap { contact in topics[contact.name].map { "\(contact.firstName), \($0)" } }
        say("Noted for the thank-you notes: \(said.joined(separator: "; ")).")
    }

    /// Words a line giving someone's details may hold besides them: "her email is ...".
    static let longestDetailsLine = 12

    /// "How do I add the other people from the panel?"
    static let askingToAdd: Phrases = [
        "add the other", "add someone", "add people", "add a person", "add another", "add more",
    ]

    /// "You missed Michael Bolton from HR, I met him too".
    static let anotherPerson = [
        "also met", "met him too", "met her too", "met them too", "you missed", "forgot to mention", "you forgot",
        "you left out", "forgot to add",
        "there was also", "also spoke", "also talked", "one more person", "i met one more",
    ]

    /// "my interviewer was raj": the people met, named once "your interviewer" stood for them.
    static let peopleNamed = [
        "the people i met were", "people i met were", "my interviewers were", "my interviewer was", "interviewer was",
    ]
    /// "actually i met raj, director of ops": the people met, while nobody is named yet.
    static let peopleMet = ["i met with", "i met", "met with", "i spoke with", "it was with"]

    /// Adds the people a line names who are not known yet; false when it names none. They take
    /// the place of "your interviewer", with what was recorded for them.
    private mutating func addPeople(from line: String) -> Bool {
        // The names are what is left once the phrases are taken out: "you missed Michael Bolton from HR, I met him too".
        var text = line
        for phrase in (Self.anotherPerson + Self.peopleNamed + Self.peopleMet).flatMap({ ["i " + $0, $0] }) {
            text = text.replacingOccurrences(of: phrase, with: ",", options: .caseInsensitive)
        }
        // "wait, you forgot priya": the chunk that is only a marker or small talk names nobody;
        // "clare whitfield, senior associate, and dev patil from people ops" names two.
        let filler = Set(IntentReader.smallTalk).union(IntentReader.correctionMarkers)
        text =
            text.split(whereSeparator: { ",.;".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { chunk in
                chunk.contains(where: \.isLetter) && !Words(chunk).tokens.allSatisfy(filler.contains)
            }.joined(separator: ", ")
        let named = PeopleReader().people(in: text).filter { !$0.name.isEmpty }
        let new = named.filter { person in
            !app.contacts.contains {
                $0.isSamePerson(as: person) || $0.firstName.lowercased() == person.firstName.lowercased()
            }
        }
        // "my interviewer was raj", said again: nothing new.
        if new.isEmpty, !named.isEmpty, Words(line).hasAny(phrases: Self.peopleNamed + Self.peopleMet) {
            say("I have that already: you met \(Application.joined(app.contacts.map(\.described))).")
            reaskOrOffer()
            return true
        }
        guard !new.isEmpty else { return false }
        checkpoint(line)
        let (lead, thanked) = (app.mainContact?.id, app.isDone(.sendThankYou))
        if let stand = app.contacts.first(where: \.isPlaceholder) {
            app.contacts.removeAll { $0.isPlaceholder }
            app.meet(
                new.map { person in
                    var person = person
                    (person.thankedOn, person.hasDetails) = (stand.thankedOn, stand.hasDetails)
                    return person
                })
            say("Thanks. You met \(Application.joined(new.map(\.described))).")
            reaskOrOffer()
            return true
        }
        app.meet(new)
        if app.records[.collectCards] == .init(.done, on: interviewDay) { app.records[.collectCards] = nil }
        say("Added \(Application.joined(new.map(\.described))). You met \(Application.names(app.contacts)).")
        // What the newcomer changes: who the follow-ups go to, and a note still to write.
        if let main = app.mainContact, main.id != lead {
            say("As the hiring manager, \(main.spoken) gets the follow-ups now.")
        }
        if thanked, !app.isDone(.sendThankYou) {
            say("A thank-you note to \(Application.joined(new.map(\.spoken))) is still to write; /draft writes it.")
        }
        reaskOrOffer()
        return true
    }

    /// Puts a person's name right and goes back to the question on the table.
    private mutating func rename(_ fix: NameCorrection, line: String) {
        checkpoint(line)
        let old = app.contacts[fix.index].name
        app.contacts[fix.index].name = fix.name
        say("Changed: \(fix.name), not \(old).")
        reaskOrOffer()
    }

    /// Whether `line` tells of an offer from another company than `company`: "got an offer from
    /// lumen", "tesselate just offered me the job".
    static func offerElsewhere(in line: String, company: String?) -> Bool {
        let lower = line.lowercased()
        let words = Words(line)
        // "i've got another offer now": one in hand, not taken.
        if words.hasAny(phrases: ["another offer", "other offer"]),
            !words.hasAny(phrases: IntentReader.acceptedElsewhere)
        {
            return true
        }
        if words.hasAny(["offered"]), let offered = lower.range(of: "offered") {
            // Offered by a company named just before, other than this one ("they offered" is this one).
            let before = lower[..<offered.lowerBound].split(whereSeparator: { !$0.isLetter })
                .map(String.init).filter { !["just", "finally", "also", "officially", "actually"].contains($0) }
            guard let by = before.last else { return false }
            return !Deed.theirSide.contains(by) && !["they", "you", "we", "company", "team"].contains(by)
                && !(company?.lowercased().split(separator: " ").contains { $0 == by } ?? false)
        }
        guard let range = ["offer from ", "offer at ", "offer with "].lazy.compactMap({ lower.range(of: $0) }).first,
            let next = lower[range.upperBound...].split(whereSeparator: { !$0.isLetter }).first
        else { return false }
        return !["another", "a", "the", "somewhere", "them", "there"].contains(next)
            && company.map { !$0.lowercased().hasPrefix(next) } ?? true
    }

    /// Removes control characters and invisible junk, trims, caps the length, and spells dotted dates ("18.12.").
    static func clean(_ raw: String) -> (String, Bool) {
        let (line, cut) = CleanText.cleaned(raw, limit: longestLine)
        return (DottedDate.spelledOut(line), cut)
    }

    private mutating func answerEmpty() {
        if state.question == .interviewEnd { return answer(.interviewEnd, line: "", words: Words("")) }
        if let question = state.question {
            say("Take your time. \(question.prompt(state, text: text, days: days, now: now))")
        } else {
            say("I'm here when you need me. \"What should I do now?\" is always a good start.")
        }
    }

    mutating func handle(_ intent: Intent, line: String) {
        switch intent {
        case .whatNow:
            askedWhatNow = true
            // The interview is still ahead: nothing to send before it.
            if let advice = aheadAdvice { return say(advice) }
            adviseNextAction()
        // "took another offer, so i'm going to bow out": the job taken elsewhere closes this one.
        case .notInterested where Words(line).hasAny(phrases: IntentReader.acceptedElsewhere): acceptJob(line: line)
        case .notInterested: startDecline(line: line, offerElsewhere: hasOfferElsewhere)
        case let .employerAnswered(outcome): record(outcome, line: line)
        case .employerGotInTouch: employerGotInTouch(line: line)
        case let .correction(rest): correct(rest, line: line)
        case .why: explain(line)
        case .help: showHelp()
        case .quit: quit()
        case .greeting:
            say("Hello again.")
            reaskOrOffer()
        case .thanks:
            say("You're welcome.")
            reaskOrOffer()
        case .advice(.whatIsRecorded): recall(line: line)
        case .advice(.declining) where hasOfferElsewhere || Self.offerElsewhere(in: line, company: app.company):
            // "I got an offer from lumen!! how do i bow out of pinecrest": not taken yet, so the
            // decline path starts, with the word to tell them soon.
            startDecline(line: line, offerElsewhere: true)
        case .advice(.declining)
        where app.outcome == .offer && app.declining == nil && app.closure == nil
            && !Words(line).hasAny(phrases: ["should i", "can i"]):
            // "how do i say no" with their offer in hand: it is turned down, and the note says so;
            // "should i decline?" is still weighing it.
            startDecline(line: line)
        case .advice(.declining) where Words(line).hasAny(phrases: IntentReader.acceptedElsewhere):
            // "I took another job, how do I bow out?": closed as such, with the word on a short note.
            close(Closure.Reason.acceptedElsewhere.rawValue, line: line)
        case .advice(.declining) where app.declining == nil && app.isActive && Self.decidedToStepBack(line):
            // "i think im going to pull out of this one... how do i bow out?": the decision is made,
            // and the how is answered.
            startDecline(line: line)
            say("If you'd rather tell them now than wait, that's fine too: /draft decline writes a short note.")
        case let .advice(topic):
            // "emailed sarah. still need to do tom, i dont have his email": the note that went out counts too.
            if !app.contactsAwaitingThanks.isEmpty, mentionsANoteSent(line) {
                recordThankYou(line: line, advising: false)
            }
            advise(on: topic)
        case .sentThankYou:
            // "sent the thank yous on dec 5 and followed up with alice on dec 22": each on its day.
            let followUp = Self.followUpClause(in: line)
            recordThankYou(line: line, advising: followUp == nil)
            if let followUp, app.contactsAwaitingThanks.isEmpty { recordFollowUp(line: followUp) }
        case .addedReminder:
            // "mailed milton a card yesterday, and put the follow-up in my calendar": both are taken.
            recordReminder(line: line)
            if mentionsANoteSent(line) { recordThankYou(line: line) }
        // "callum emailed, said hed update me": one of them got in touch; the user followed up nothing.
        case .followedUp where Deed.byThem(Words(line), contacts: app.contacts): employerGotInTouch(line: line)
        case .followedUp: recordFollowUp(line: line)
        case .didIt: recordDone(line: line)
        case .draft: draft(line)
        case .showPlan: showPlan()
        case .withdrew: close(Closure.Reason.withdrew.rawValue, line: line)
        case .acceptedElsewhere: acceptJob(line: line)
        case .stillDeciding: recordStillDeciding(line: line)
        case .changedMind:
            // "They just sent me an offer... maybe I do want it now": the offer is the news.
            guard Words(line).hasAny(phrases: IntentReader.offer) else { return comeBack(line: line) }
            if app.declining != nil { comeBack(line: line, advising: false) }
            record(.offer, line: line)
        case .noReply:
            say("No word from them yet; that's common, and it says nothing about you.")
            adviseNextAction()
        case .explain: explainQuestion()
        case .nextInterviewDone: startNextRound(line: line)
        case .lettingGo: close(Closure.Reason.movedOn.rawValue, line: line)
        case .offTopic:
            say("That's outside what I can help with; I'm here for your follow-up.")
            reaskOrOffer()
        case .whoAreYou:
            say(
                "I'm a follow-up coach: I help you through the weeks after a job interview, from the thank-you notes to the follow-ups and knowing when to let go. Everything stays on this computer."
            )
            reaskOrOffer()
        }
    }

    /// Words for sending a message.
    static let sendingWords = [
        "sent", "send", "emailed", "email", "mailed", "wrote", "write", "messaged", "message",
        "texted", "called", "call", "posted",
    ]

    /// Said to a question the coach has no rule for.
    static let uncoveredQuestion =
        "That one isn't in my playbook, so I won't guess. Go with what feels courteous and keep any message short; ask me what to do next whenever you like."

    /// A question of the user's own that no rule reads: it ends in a question mark and starts
    /// with a question word.
    static func asksSomethingElse(_ line: String, words: Words) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix("?") else { return false }
        // "ok follow up day. should i email priya?": the question is the last sentence.
        let asked = trimmed.dropLast().split(whereSeparator: { ".!;?".contains($0) }).last.map { Words(String($0)) }
        // "so did i mess up?": the asking word may come after a filler.
        return (asked ?? words).tokens.first(where: { !questionFillers.contains($0) }).map { word in
            IntentReader.questionWords.contains(word) || pastQuestionWords.contains(word)
        } == true
    }

    /// Words that may come before the asking word: "so did i mess up?".
    static let questionFillers: Set<String> = [
        "so", "ok", "okay", "and", "but", "hmm", "um", "well", "wait", "oh", "also",
    ]
    /// Asking words about what happened: "did ravi reply?", "was that wrong?".
    static let pastQuestionWords: Set<String> = ["did", "have", "has", "was", "were", "am"]

    /// "She sent me her email", "the recruiter called": a message that came to the user, not
    /// one they sent.
    static func sentByThem(_ words: Words, contacts: [Contact] = []) -> Bool {
        words.has("me") || Deed.byThem(words, contacts: contacts)
    }

    /// "Sent Bob his yesterday evening": a sending word and someone still waiting for a note.
    func mentionsANoteSent(_ line: String) -> Bool {
        // "did tom on the 2nd btw", "clare done last nite", "lena's went out": "did", "done" or
        // "went" with the name of someone still waiting for a note.
        let tokens = Words(line).tokens
        let awaited = { (name: String) in
            app.contactsAwaitingThanks.contains {
                [$0.firstName.lowercased(), $0.firstName.lowercased() + "s"].contains(name)
            }
        }
        let didSomeone =
            !line.contains("?")
            && zip(tokens, tokens.dropFirst()).contains { first, second in
                (first == "did" && awaited(second)) || (["done", "went"].contains(second) && awaited(first))
            }
        // "thanked ann by email, havent done bo yet": a clause of its own reports the note.
        let clauseReports = RoomAnswerReader.clauses(line).contains {
            IntentReader().report(in: Words($0)) == .sentThankYou
        }
        return (didSomeone || clauseReports || Self.reportsContact(line, in: Deed.messageVerbs, contacts: app.contacts))
            && !notesSent(in: line).isEmpty
    }

    /// Whether a clause of `line` says the user got in touch with someone, in one of `verbs`:
    /// "I sent Priya's but not Bob's yet" counts for what comes before the "not".
    static func reportsContact(
        _ line: String, in verbs: [String] = Deed.messageVerbs + Deed.contactVerbs, contacts: [Contact] = []
    ) -> Bool {
        RoomAnswerReader.clauses(line).contains { clause in
            let said = Words(clause).before(["not", "never", "except"])
            return !said.hasAny(phrases: IntentReader.futureMarkers) && said.hasAny(verbs)
                && !sentByThem(said, contacts: contacts)
        }
    }

    /// "The company is Hooli" while the company is still asked for is the answer, not a correction.
    private func answersOpenSlot(_ intent: Intent) -> Bool {
        guard case let .correction(rest) = intent else { return false }
        // "that company name is wrong, it's Q-Ten" while the role is asked puts the company right.
        let words = Words(rest)
        let aboutCompany = words.hasAny(["company", "employer"])
        let aboutRole = words.hasAny(["role", "position", "title", "job"])
        let aboutSomeone = words.hasAny(phrases: ["name is", "name s", "his name", "her name", "their name"])
        return (state.question == .company && app.company == nil && !aboutRole && !aboutSomeone)
            || (state.question == .role && app.role == nil && !aboutCompany && !aboutSomeone)
    }

    /// "sent both", said while asked about the room: the notes went out, which answers nothing
    /// asked of the room.
    private func notesSentWhileAskedOfTheRoom(_ words: Words, asked: Question) -> Intent? {
        guard Self.roomQuestions.contains(asked), !app.contactsAwaitingThanks.isEmpty,
            IntentReader().report(in: words) == .didIt, words.hasAny(["sent", "wrote", "emailed", "mailed"])
        else { return nil }
        return .sentThankYou
    }

    /// A report that came while a yes/no question was pending: the report is taken, and the
    /// question is asked again only if it is about the interview and still open.
    private mutating func handleReport(_ report: Intent, line: String, asked: Question) {
        // "Yep it's in, and I sent both notes": the other part answers the calendar question.
        if asked == .calendarNote, report != .addedReminder, !app.isDone(.scheduleFirstFollowUp),
            RoomAnswerReader.clauses(line).contains(where: { clause in
                let words = Words(clause)
                let other = IntentReader().report(in: words)
                return other == .addedReminder || (other == nil && YesNo(words) == .yes)
            })
        {
            recordReminder(line: line)
        }
        handle(report, line: line)
        guard state.question == asked else { return }
        if asked == .calendarNote || asked == .happened {
            state.question = nil
            state.askedAbout = nil
        } else {
            reaskOrOffer()
        }
    }

    /// The sentence that is not a question, in a line that also asks one; nil otherwise.
    static func statement(besideQuestionIn line: String) -> String? {
        guard line.contains("?") else { return nil }
        var sentences: [String] = []
        var current = ""
        for character in line {
            current.append(character)
            if ".!?".contains(character) {
                sentences.append(current)
                current = ""
            }
        }
        sentences.append(current)
        let statements = sentences.map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasSuffix("?") && $0.contains(where: \.isLetter) }
        return statements.count == 1 && sentences.contains(where: { $0.hasSuffix("?") }) ? statements[0] : nil
    }

    /// Reports of a deed done by the user, which a line asking something may carry too.
    static let deedReports: [Intent] = [.followedUp, .sentThankYou, .didIt]

    /// The clause before a question that tells of a deed: "sent my last mail 29.12." in "no answer
    /// still. sent my last mail 29.12., should i call them?"; nil when there is none.
    static func reportedClause(besideQuestionIn line: String) -> String? {
        guard let mark = line.firstIndex(of: "?") else { return nil }
        let clauses = line[..<mark].replacingOccurrences(of: #"[.,;!]\s+"#, with: "\n", options: .regularExpression)
            .split(separator: "\n").map { String($0).trimmingCharacters(in: .whitespaces) }
        return clauses.dropLast().first { clause in
            let words = Words(clause)
            return IntentReader().report(in: words).map(deedReports.contains) == true
        }
    }

    /// Saves the state before an answer changes it, so /undo can bring it back.
    mutating func checkpoint(_ answer: String) {
        state.checkpoints.append(
            .init(
                application: app, question: state.question,
                lastAdvice: state.lastAdvice, answer: answer))
        if state.checkpoints.count > Conversation.checkpointLimit { state.checkpoints.removeFirst() }
    }

    /// Puts `question` on the table and says it.
    mutating func ask(_ question: Question?) {
        state.question = question
        state.askedOn = question == nil ? nil : today
        state.unclearAnswers = 0
        if let question { say(question.prompt(state, text: text, days: days, now: now)) }
    }

    /// Repeats the pending question after an aside, or offers the usual next move. A question
    /// about the room asked on an earlier day was asked once more on coming back: after an
    /// aside it is let go, and can still be told later.
    mutating func reaskOrOffer() {
        guard let question = state.question else { return }
        if Self.roomQuestions.contains(question), state.askedOn.map({ $0 < today }) ?? false {
            let timing = app.timeFrame == nil
            state.question = nil
            state.askedOn = nil
            leaveTheRoomUnknown()
            say(Self.roomLetGo)
            if timing { say("Without their timing, I'll assume \(TimeFrame.assumed.spoken(with: text)).") }
            return
        }
        repeatQuestion()
    }

    /// Says the pending question again, as on coming back to the chat.
    mutating func repeatQuestion() {
        if let question = state.question { say(question.prompt(state, text: text, days: days, now: now)) }
    }

    /// Said when the room's questions are let go.
    static let roomLetGo =
        "I'll leave the questions about the interview itself there; if one comes back to you, just tell me (\"I thanked them on the way out\"). /plan shows your dates."
}

extension Intent {
    /// Reports of something done or heard, which no pending yes/no question may swallow.
    var isReportOfWhatHappened: Bool {
        switch self {
        case .sentThankYou, .addedReminder, .followedUp, .employerGotInTouch: true
        default: false
        }
    }

    /// Intents that cannot be mistaken for a company name, a role or a person.
    var isSafeInFreeText: Bool {
        switch self {
        case .whatNow, .notInterested, .help, .quit, .correction, .explain, .whoAreYou: true
        default: false
        }
    }
}
