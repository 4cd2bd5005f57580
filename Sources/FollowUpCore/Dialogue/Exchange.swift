import Foundation

/// One turn in progress: the state being changed and the lines the coach is saying.
struct Exchange {
    let coach: Coach
    var state: Conversation
    let now: Date
    private(set) var replies: [String] = []

    init(coach: Coach, state: Conversation, now: Date) {
        self.coach = coach
        self.state = state
        self.now = now
    }

    static let longestLine = 2000

    var app: Application {
        get { state.application }
        set { state.application = newValue }
    }
    var calendar: Calendar { coach.calendar }
    var text: DateText { DateText(calendar: calendar) }
    var timeline: Timeline { Timeline(calendar: calendar) }
    var schedule: Schedule { timeline.schedule }
    var today: Day { Day(now, in: calendar) }
    var followUpDays: [StepID: Day]? { timeline.followUpDays(for: app) }

    mutating func say(_ line: String) {
        replies.append(line)
    }

    mutating func open() {
        say("Hi, I'm your follow-up coach. A few quick questions about the interview, then a plan with dates. Type /help at any time.")
        ask(state.question ?? .company)
    }

    mutating func handle(_ raw: String) {
        let (line, cut) = Self.clean(raw)
        if cut { say("That was a long message; I read the first \(Self.longestLine) characters.") }
        if line.isEmpty { return answerEmpty() }
        if line.hasPrefix("/") { return run(command: line) }
        if state.question != .people, noteContactDetails(in: line) { return }
        let words = Words(line)
        let question = state.question
        let freeText = question == .company || question == .role || question == .people
        if let intent = IntentReader().intent(of: words), !freeText || intent.isSafeInFreeText {
            return handle(intent, line: line)
        }
        if let question { return answer(question, line: line, words: words) }
        if let report = IntentReader().report(in: words, asking: line.hasSuffix("?")) { return handle(report, line: line) }
        say("I'm not sure what you mean. Ask \"what should I do now?\", tell me what happened (\"I sent the thank-you notes\"), or type /help.")
    }

    /// Records an email address or phone number given for someone already known; true when
    /// that was all the line said.
    private mutating func noteContactDetails(in line: String) -> Bool {
        let details = ContactDetails.find(in: line)
        guard !details.isEmpty else { return false }
        var contacts = app.contacts
        let who = PeopleReader.attach(details, in: line, to: &contacts, keepUnclaimed: false)
        guard !who.isEmpty else {
            say(app.contacts.isEmpty ? "I'll keep that in mind once I know who you met."
                : "Whose is \(details.map(\.value).joined(separator: " and "))? Say it with their name, for example \"\(app.contacts[0].firstName)'s email is ...\".")
            return true
        }
        checkpoint(line)
        app.contacts = contacts
        say("Noted for \(Application.joined(Set(who).sorted())): \(details.map(\.value).joined(separator: ", ")).")
        let rest = ContactDetails.removed(from: line)
        if let question = state.question, question.expectsYesNo, YesNo(Words(rest)) != nil { return false }
        reaskOrOffer()
        return true
    }

    /// Removes control characters and invisible junk, trims, and caps the length.
    static func clean(_ raw: String) -> (String, Bool) {
        CleanText.cleaned(raw, limit: longestLine)
    }

    private mutating func answerEmpty() {
        if state.question == .interviewEnd { return answer(.interviewEnd, line: "", words: Words("")) }
        if let question = state.question {
            say("Take your time. \(question.prompt(state, text: text, days: followUpDays))")
        } else {
            say("I'm here when you need me. \"What should I do now?\" is always a good start.")
        }
    }

    mutating func handle(_ intent: Intent, line: String) {
        switch intent {
        case .whatNow: adviseNextAction()
        case .notInterested: startDecline(line: line)
        case let .employerAnswered(outcome): record(outcome, line: line)
        case .employerGotInTouch: employerGotInTouch(line: line)
        case let .correction(rest): correct(rest, line: line)
        case .why: explain()
        case .help: showHelp()
        case .quit: quit()
        case .greeting: say("Hello again.")
            reaskOrOffer()
        case .thanks: say("You're welcome.")
            reaskOrOffer()
        case let .advice(topic): advise(on: topic)
        case .sentThankYou: recordThankYou(line: line)
        case .addedReminder: recordReminder(line: line)
        case .followedUp: recordFollowUp(line: line)
        case .didIt: recordDone(line: line)
        case .draft: draft(line)
        case .showPlan: showPlan()
        case .withdrew: close(Closure.Reason.withdrew.rawValue, line: line)
        case .noReply: adviseNextAction()
        }
    }

    /// Saves the state before an answer changes it, so /undo can bring it back.
    mutating func checkpoint(_ answer: String) {
        state.checkpoints.append(.init(application: app, question: state.question,
                                       lastReason: state.lastReason, answer: answer))
        if state.checkpoints.count > Conversation.checkpointLimit { state.checkpoints.removeFirst() }
    }

    /// Puts `question` on the table and says it.
    mutating func ask(_ question: Question?) {
        state.question = question
        state.unclearAnswers = 0
        if let question { say(question.prompt(state, text: text, days: followUpDays)) }
    }

    /// Repeats the pending question after an aside, or offers the usual next move.
    mutating func reaskOrOffer() {
        if let question = state.question {
            say(question.prompt(state, text: text, days: followUpDays))
        }
    }
}

extension Intent {
    /// Intents that cannot be mistaken for a company name, a role or a person.
    var isSafeInFreeText: Bool {
        switch self {
        case .whatNow, .notInterested, .help, .quit, .correction: true
        default: false
        }
    }
}
