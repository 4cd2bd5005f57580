import Foundation

/// The guided questions right after the interview, and the plan they lead to.
extension Exchange {
    mutating func answer(_ question: Question, line: String, words: Words) {
        // "make it a bit warmer maybe", after a draft: about its wording, whatever is asked.
        if state.draft != nil, question != .detail, Self.asksToRestyle(words) {
            say(restyleReply)
            return say(question.narrower(app))
        }
        // "i have an interview tomorrow at 3": still to come, so nothing has ended yet.
        if [.company, .role, .interviewEnd, .people].contains(question),
            takeInterviewAhead(line, words: words, asked: question)
        {
            return
        }
        switch question {
        case .company:
            // "had two interviews this week, acme on thursday ... and vandelay today ...": one at a time.
            if words.hasAny(phrases: Self.severalInterviews) {
                return say(
                    "That's more than one interview: let's take them one at a time, and /new starts the next once this one is done. Which company shall we start with?"
                )
            }
            let intro = IntroReader(calendar: calendar).readAsCompanyAnswer(line, now: now)
            // A long paste gives what it can, and so does a line that goes on to another interview;
            // a short line may be the company's name alone.
            if intro.tellsMore
                || (intro.company != nil && (words.tokens.count > Self.longestTitle || intro.tellsOfAnother))
            {
                return take(intro, line: line)
            }
            // "Yes I said so" answers some other question, not this one.
            if let first = words.tokens.first, YesNo(Words(first)) != nil, words.tokens.count <= 4 {
                return unclear(question, line: line)
            }
            // "emailed sam last night", "ive let it go", "how do i word it?" name no company.
            if words.tokens.count > Self.longestTitle
                || (intro.company == nil && (IntroReader.startsWithAVerb(line) || Self.isSentence(line, words: words)))
            {
                return unclear(question, line: line)
            }
            // "interviewed at Lumen Health on thursday": the company without the day.
            let company = intro.company ?? SlotText.company(from: line)
            // "😀😀😀 🚀": pictures alone name no company.
            guard Self.namesSomething(company) else { return unclear(question, line: line) }
            checkpoint(line)
            app.company = company
            say("Got it: \(company).")
            advance()
        case .role:
            // "yesterday at 3pm": when it ended, told before its question.
            if app.interviewEnd == nil, let first = words.tokens.first,
                PeopleReader.isDateWord(first) || Self.momentLeads.contains(first),
                MomentReader(calendar: calendar).moment(in: line, now: now) != nil
            {
                return answerInterviewEnd(line: line, words: words)
            }
            // "Yes" answers another question; a pasted job description is not a title.
            if let first = words.tokens.first, YesNo(Words(first)) != nil, words.tokens.count <= 4 {
                return unclear(question, line: line)
            }
            // "🎉 got the job at acme!!! 🎉" is news, not a title.
            if IntentReader().intent(of: words)?.isNews == true { return unclear(question, line: line) }
            // "hmm", "no cards, remote", "forgot to thank them": murmurs and answers to other questions are no title.
            if words.tokens.count > Self.longestTitle || words.tokens.allSatisfy(Self.murmurs.contains)
                || words.hasAny(Self.storyWords) || words.hasAny(phrases: MomentReader.nowPhrases) || words.has("ago")
            {
                if let reading = roomFacts(in: line) {
                    checkpoint(line)
                    takeRoomFacts(reading, saying: "Noted")
                    return reaskOrOffer()
                }
                return unclear(question, line: line)
            }
            let role = SlotText.role(from: line)
            guard Self.namesSomething(role) else { return unclear(question, line: line) }
            checkpoint(line)
            app.role = role
            advance()
        case .interviewEnd:
            answerInterviewEnd(line: line, words: words)
        case .people:
            // "thanked priscilla long ago btw, and followed up with her last wk" reports; it names no one met.
            if IntentReader().report(in: words)?.isReportOfWhatHappened == true, !line.contains(where: \.isUppercase) {
                return unclear(question, line: line)
            }
            // "Sarah Lee, hiring manager; Tom Park, HR" is one list; a clause after it is not part of it.
            var people = PeopleReader().people(
                in: IntroReader.listOfPeople(in: ContactDetails.removed(from: line), endsAt: "!?"))
            PeopleReader.attach(ContactDetails.find(in: line), in: line, to: &people, keepUnclaimed: false)
            // "not yet", "no idea": an answer with no one in it, however it reads as names.
            let namesNobody = words.tokens.count <= 3 && YesNo(words) != nil && !line.contains(where: \.isUppercase)
            guard !people.isEmpty, !namesNobody else { return unclear(question, line: line) }
            checkpoint(line)
            app.contacts = []
            app.meet(people)
            let met = interviewStillAhead ? "you'll meet" : "You met"
            say("Thanks\(interviewStillAhead ? ":" : ".") \(met) \(Application.joined(people.map(\.described))).")
            advance()
        case .expressInterest, .askNextStep, .sayThanks, .collectCards:
            // "it finished about 11:45": the end put right, never a room step with a day.
            if app.interviewEnd != nil, Self.tellsTheEnd(line) { return correct(line, line: line) }
            answerRoom(question, line: line, words: words)
        case .timeFrame:
            guard timeFrameReader.reading(of: line, interviewDay: interviewDay) != nil
            else { return unclear(question, line: line) }
            checkpoint(line)
            takeTimeFrame(from: line)
            advance()
        case .whichDay:
            answerWhichDay(line: line, words: words)
        case .detail:
            answerDetail(line: line, words: words)
        case .happened:
            answerHappened(line: line, words: words)
        case .calendarNote:
            answerCalendarNote(line: line, words: words)
        case .employerReply:
            guard case let .employerAnswered(outcome)? = IntentReader().intent(of: words)
            else { return unclear(question, line: line) }
            record(outcome, line: line)
        case .futureInterest:
            guard let answer = FutureInterestAnswer.read(words), answer != .unsure else {
                return unclear(question, line: line)
            }
            checkpoint(line)
            app.declining?.futureInterest = answer == .yes
            adviseDecline()
            ask(nil)
        }
    }

    /// Whether `line` reads as a sentence about something else rather than a name: a question,
    /// or words like "I", "it" and "how" typed all in lower case.
    static func isSentence(_ line: String, words: Words) -> Bool {
        line.hasSuffix("?")
            || (!line.contains(where: \.isUppercase) && words.tokens.contains(where: Self.sentenceWords.contains))
    }

    /// Words that make a lower-case line a sentence rather than a company's name.
    static let sentenceWords: Set<String> = [
        "i", "ive", "im", "me", "my", "you", "it", "its", "how", "what", "why", "should", "do", "does", "can", "am",
    ]

    /// Words that say a message tells of more than one interview.
    static let severalInterviews: Phrases = [
        "two interviews", "2 interviews", "three interviews", "3 interviews", "couple of interviews",
        "couple interviews", "both interviews",
    ]

    /// Words that start a moment and no job title: "at 3pm", "last night".
    static let momentLeads: Set<String> = ["at", "on", "last", "this", "around", "about"]

    /// The most words a company's name or a job title runs to; a longer answer is asked again.
    static let longestTitle = 12

    /// A long first message that names the company: it is read as the story, whatever else it asks.
    func isLongFirstMessage(_ line: String, words: Words) -> Bool {
        state.question == .company && words.tokens.count > Self.longestTitle
            && IntroReader(calendar: calendar).readAsCompanyAnswer(line, now: now).company != nil
    }

    var interviewDay: Day {
        Day(app.interviewEnd ?? now, in: calendar)
    }

    /// Words no job title holds: people, and what happened in the room.
    static let storyWords = [
        "card", "cards", "them", "they", "me", "my", "we", "forgot", "thank", "thanked", "thanks", "said", "told",
        "their", "both", "have", "got", "get", "sent", "met", "had", "spoke", "talked", "went", "did", "not",
    ]

    /// Whether `name` has a letter or a digit in it: pictures and marks alone name nothing.
    static func namesSomething(_ name: String) -> Bool {
        name.contains { $0.isLetter || $0.isNumber }
    }

    /// Sounds that answer nothing: "hmm", "ugh".
    static let murmurs: Set<String> = [
        "hmm", "hm", "ugh", "um", "uh", "umm", "erm", "idk", "dunno", "meh", "ok", "okay",
    ]

    /// The next walkthrough question whose answer is still missing.
    var nextWalkthroughQuestion: Question? {
        if app.company == nil { return .company }
        if app.role == nil, state.skipped?.contains(.role) != true { return .role }
        // With the interview still ahead, the people come first: its end can only be told later.
        if app.interviewEnd == nil, !interviewStillAhead || !app.contacts.isEmpty { return .interviewEnd }
        if app.contacts.isEmpty { return .people }
        if app.interviewEnd == nil { return .interviewEnd }
        for step in StepID.atInterview {
            if app.records[step] == nil { return Question(asking: step) }
            if step == .askNextStep, app.timeFrame == nil, app.outcome != .nextRound { return .timeFrame }
        }
        return nil
    }

    /// Moves to the next missing answer, or lays out the plan when the walkthrough is complete.
    /// A date still to be settled comes first.
    mutating func advance() {
        if app.interviewEnd != nil { state.interviewAhead = nil }
        if state.choice != nil, state.question != .whichDay {
            let next = nextWalkthroughQuestion
            state.choice?.then = next
            return ask(.whichDay)
        }
        if let next = nextWalkthroughQuestion { return ask(next) }
        presentPlan()
        ask(app.records[.scheduleFirstFollowUp] == nil && app.isActive ? .calendarNote : nil)
    }

    /// Takes every fact of a first message that tells the story, says in one line what was
    /// understood, and asks only what is missing.
    private mutating func take(_ intro: IntroReader.Intro, line: String) {
        checkpoint(line)
        var noted: [String] = []
        if let company = intro.company {
            app.company = company
            noted.append(company)
        }
        if let role = intro.role {
            app.role = role
            noted.append(role)
        }
        if let ended = intro.ended, ended.date <= now {
            app.interviewEnd = ended.date
            noted.append("ended \(text.moment(ended.date))")
        }
        if !intro.people.isEmpty {
            app.contacts = []
            app.meet(intro.people)
            noted.append(Application.joined(intro.people.map(\.described)))
        }
        if let reading = intro.timeFrame {
            app.records[.askNextStep] = StepRecord(.done, on: interviewDay)
            app.timeFrame = reading.frame
            noted.append(reading.frame == .unknown ? "no time frame yet" : spoken(reading))
            askIfTheWeekdayDisagrees(reading.mention)
        }
        var makeUps: [String] = []
        for step in StepID.atInterview {
            guard let answer = intro.room[step] else { continue }
            app.records[step] = StepRecord(StepRecord.Status(answer), on: interviewDay)
            if answer == .yes {
                noted.append(Self.doneNote(step, app: app))
            } else {
                makeUps.append(Self.makeUp(step, app: app))
            }
        }
        let reachable = app.contacts.filter { intro.reachable.contains($0.name) }
        for index in app.contacts.indices where intro.reachable.contains(app.contacts[index].name) {
            app.contacts[index].hasDetails = true
        }
        if !reachable.isEmpty {
            if reachable.count == app.contacts.count {
                app.records[.collectCards] = StepRecord(.done, on: interviewDay)
            }
            noted.append(
                reachable.count == app.contacts.count
                    ? "details for everyone"
                    : "details for \(Application.joined(reachable.map(\.firstName)))")
        }
        say("Noted: \(noted.joined(separator: ", ")).")
        sayConventionalReading(intro.timeFrame?.mention)
        if let assumed = intro.ended?.assumed, app.interviewEnd == intro.ended?.date { say(assumed) }
        keepFirstTopics(from: line)
        for makeUp in makeUps { say(makeUp) }
        if intro.tellsOfAnother {
            say("You mentioned a second interview too; type /new afterwards to tell me about it.")
        }
        advance()
    }

    /// What the first message says was talked about, kept for the thank-you notes: each
    /// person's own topic, else what was talked about with everyone.
    private mutating func keepFirstTopics(from line: String) {
        let reader = TalkReader()
        var topics = reader.topics(in: line, contacts: app.contacts)
        if let shared = reader.sharedTopic(in: line, contacts: app.contacts) {
            for contact in app.contacts where topics[contact.name] == nil { topics[contact.name] = shared }
        }
        if !topics.isEmpty { keep(topics) }
    }

    /// Facts an answer gives beyond what was asked ("Sarah Lee, they'll decide by Friday"):
    /// each fills a slot that is still empty, never one already answered.
    @discardableResult
    mutating func takeOtherFacts(from line: String, asked: Question) -> Bool {
        let intro = IntroReader(calendar: calendar).read(line, now: now)
        var noted: [String] = []
        if asked != .role, app.role == nil, let role = intro.role {
            app.role = role
            noted.append(role)
        }
        // People not known yet, whatever was asked: "it was at 2pm with Jordan Pike, the studio director, and ...".
        let new = intro.people.filter { person in
            !app.contacts.contains {
                $0.isSamePerson(as: person) || $0.firstName.lowercased() == person.firstName.lowercased()
            }
        }
        if asked != .people, !new.isEmpty {
            app.meet(new)
            noted.append(Application.joined(new.map(\.described)))
        }
        var taken: DateMention?
        if app.timeFrame == nil, let reading = intro.timeFrame, reading.frame != .unknown {
            app.records[.askNextStep] = StepRecord(.done, on: interviewDay)
            app.timeFrame = reading.frame
            noted.append(spoken(reading))
            askIfTheWeekdayDisagrees(reading.mention)
            taken = reading.mention
        }
        if !noted.isEmpty { say("Noted too: \(noted.joined(separator: ", ")).") }
        sayConventionalReading(taken)
        return !noted.isEmpty
    }

    private mutating func answerInterviewEnd(line: String, words: Words) {
        // Before the interview's time, Enter is not "just now".
        if interviewStillAhead, words.isEmpty, let advice = aheadAdvice { return say(advice) }
        if state.interviewAheadUndated == true, words.isEmpty {
            return say("When is the interview? For example \"thursday at 3\"; nothing is recorded until then.")
        }
        guard let reading = MomentReader(calendar: calendar).moment(in: line, now: now) else {
            return unclear(.interviewEnd, line: line)
        }
        guard reading.date <= now else {
            state.unclearAnswers += 1
            return say("That's later than the time now (\(text.moment(now))). When did it end?")
        }
        checkpoint(line)
        app.interviewEnd = reading.date
        let assumed = reading.assumed.map { " " + $0 } ?? ""
        say("Noted: it ended \(text.moment(reading.date)).\(assumed)")
        advance()
    }

    private mutating func answerRoom(_ question: Question, line: String, words: Words) {
        // "sort of? i said thanks to carla but omar left early": done for those thanked, and said
        // what is taken of the others.
        if question == .sayThanks, let (thanked, others) = partialThanks(in: line) {
            checkpoint(line)
            app.records[.sayThanks] = StepRecord(.done, on: interviewDay)
            say(
                "Good: you thanked \(Application.names(thanked)). I've taken it that \(Application.names(others)) didn't hear it in the room; your thank-you note will cover it."
            )
            return advance()
        }
        let reading = RoomAnswerReader().read(line, asked: question.step, contacts: app.contacts)
        let frame = timeFrameReader.timeFrame(in: line, interviewDay: interviewDay)
        // "and they said 2 weeks not this friday" while asked something else: a new time frame, not a no.
        if question != .askNextStep, saysNewTimeFrame(line, words: words) || Self.putsRight(words) {
            return correct(line, line: line)
        }
        // "they said two weeks" while asked something else, with no answer to it: the time frame
        // they gave, so the next step was asked about.
        // ("they said 2 weeks maybe": the doubt is about their time frame, not the question asked.)
        let onlyTiming =
            reading.steps.isEmpty
            || (reading.steps.count == 1 && reading.steps[question.step!] == .unsure && words.hasAny(["said", "told"]))
        let givesTimeFrame = question == .askNextStep || (onlyTiming && app.timeFrame == nil && !line.contains("?"))
        let settlesTiming = givesTimeFrame && frame != nil && frame != .unknown
        // An answer about another step of the room is taken too ("ya got both emails" when asked
        // about thanks); the question still open is then asked again.
        // "i have jons email": whose details there are, with the others still to ask about.
        guard
            reading.steps[question.step!] != nil || settlesTiming || !reading.steps.isEmpty
                || (question == .collectCards && !reading.details.isEmpty)
        else {
            return unclear(question, line: line)
        }
        checkpoint(line)
        for (person, reachable) in reading.details {
            if let index = app.contacts.firstIndex(where: { $0.id == person }) {
                app.contacts[index].hasDetails = reachable
            }
        }
        var steps = reading.steps
        if settlesTiming {
            if question != .askNextStep { steps[question.step!] = nil }
            steps[.askNextStep] = .yes
        }
        for step in StepID.atInterview {
            guard let answer = steps[step] else { continue }
            app.records[step] = StepRecord(StepRecord.Status(answer), on: interviewDay)
            if step == .collectCards, answer == .yes, reading.details.isEmpty {
                for index in app.contacts.indices { app.contacts[index].hasDetails = true }
            }
        }
        if frame != nil, question == .askNextStep || steps[.askNextStep] == .yes {
            takeTimeFrame(from: line, quietly: true)
        }
        if let asked = question.step { acknowledge(steps, asked: asked) }
        if steps[.askNextStep] != nil, steps[.askNextStep] != .yes { app.timeFrame = .unknown }
        advance()
    }

    /// Those a line says were thanked in the room and the others, when it names only some of
    /// them in a clause of thanks with no "not"; nil otherwise.
    func partialThanks(in line: String) -> (thanked: [Contact], others: [Contact])? {
        let thanking = RoomAnswerReader.clauses(line).map { Words($0) }.filter { words in
            words.hasAny(["thanks", "thanked", "thank"]) && YesNo(words) != .no
        }
        let thanked = app.contacts.filter { person in thanking.contains { $0.names(person) } }
        guard !thanked.isEmpty, thanked.count < app.contacts.count else { return nil }
        return (thanked, app.contacts.filter { person in !thanked.contains { $0.id == person.id } })
    }

    /// Whether `line` gives the employer's time frame again, in place of the one known: "they
    /// said 2 weeks not this friday"; a line that starts with a yes or no answers something else.
    func saysNewTimeFrame(_ line: String, words: Words) -> Bool {
        guard app.timeFrame != nil, app.interviewEnd != nil, !line.contains("?"),
            words.hasAny(["said", "say", "says", "told", "decide", "decision"]),
            words.tokens.first.map({ YesNo(Words($0)) == nil }) == true,
            let frame = timeFrameReader.timeFrame(in: line, interviewDay: interviewDay)
        else { return false }
        return frame != .unknown
    }

    private mutating func acknowledge(_ steps: [StepID: YesNo], asked: StepID) {
        var lines: [String] = []
        for step in [asked] + StepID.atInterview.filter({ $0 != asked }) {
            guard let answer = steps[step] else { continue }
            switch answer {
            case .yes where step == asked && state.choice != nil: lines.append("Good.")
            case .yes where step == asked: lines.append(Self.praise(step, app: app, text: text))
            case .yes where step == .askNextStep && app.timeFrame.map({ $0 != .unknown }) == true:
                lines.append(
                    "Noted too: \(Self.doneNote(step, app: app)) (their time frame: \(app.timeFrame!.spoken(with: text)))."
                )
            case .yes: lines.append("Noted too: \(Self.doneNote(step, app: app)).")
            case .no: lines.append(Self.makeUp(step, app: app))
            case .unsure:
                lines.append("Fair enough; I'll leave that open. \(Self.makeUp(step, app: app, unsure: true))")
            }
        }
        state.lastAdvice = asked
        if !lines.isEmpty { say(lines.joined(separator: " ")) }
    }

    private mutating func answerCalendarNote(line: String, words: Words) {
        // "Later tonight" is a not yet.
        guard let answer = YesNo(words) ?? (words.hasAny(["later", "tonight", "soon", "tomorrow"]) ? .no : nil) else {
            return unclear(.calendarNote, line: line)
        }
        guard let first = days?.first else { return ask(nil) }
        if answer == .yes {
            apply(.reminderAdded, line: line)
            say("Good. That's everything for now. Ask \"what should I do now?\" whenever you come back.")
        } else {
            checkpoint(line)
            say(
                "Do it when you can: one entry for \(text.day(first)), \"follow up with \(app.mainName)\". Tell me when it's in."
            )
        }
        state.lastAdvice = .scheduleFirstFollowUp
        ask(nil)
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
