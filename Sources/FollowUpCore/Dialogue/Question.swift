import Foundation

/// The question the coach has put to the user and is waiting on.
public enum Question: String, Codable, Sendable {
    case company, role, interviewEnd, people
    case expressInterest, askNextStep, timeFrame, sayThanks, collectCards
    case calendarNote
    case employerReply
    case futureInterest
    /// Which of two days the user meant.
    case whichDay
    /// What the user talked about with a person, for their thank-you note.
    case detail
    /// Whether an overdue step happened after all (the step is `Conversation.askedAbout`).
    case happened

    /// The step a yes or no answer settles, if any.
    var step: StepID? {
        switch self {
        case .expressInterest: .expressInterest
        case .askNextStep: .askNextStep
        case .sayThanks: .sayThanks
        case .collectCards: .collectCards
        case .calendarNote: .scheduleFirstFollowUp
        default: nil
        }
    }

    /// The question that asks about an interview-room step.
    init?(asking step: StepID) {
        switch step {
        case .expressInterest: self = .expressInterest
        case .askNextStep: self = .askNextStep
        case .sayThanks: self = .sayThanks
        case .collectCards: self = .collectCards
        default: return nil
        }
    }

    var expectsYesNo: Bool {
        step != nil || self == .futureInterest || self == .happened
    }

    /// Whether `ahead` is an interview still to come at `now` (taken as still to come with no moment given).
    static func isAhead(_ ahead: InterviewAhead?, text: DateText, now: Date?) -> Bool {
        guard let ahead else { return false }
        return now.map { $0 < ahead.over(in: text.calendar) } ?? true
    }

    /// When the interview ended, asked of one told before it happened: before its time, to
    /// come back afterwards; after it, how it went.
    static func aheadPrompt(_ ahead: InterviewAhead, text: DateText, now: Date?) -> String {
        guard !isAhead(ahead, text: text, now: now) else {
            return
                "Your interview is \(ahead.spoken(text)). Come back once it's over and tell me when it ended; I'll plan the thank-you notes and follow-ups from there."
        }
        return
            "How did your interview on \(text.day(ahead.day)) go? Tell me when it ended, for example \"an hour ago\" or \"at 4pm\"."
    }

    /// The question as first asked.
    func prompt(_ state: Conversation, text: DateText, days: FollowUpDays?, now: Date? = nil) -> String {
        let app = state.application
        return switch self {
        case .company: "Which company was the interview with?"
        case .role: "What role did you interview for?"
        case .interviewEnd where app.interviewEnd == nil && state.interviewAhead != nil:
            Self.aheadPrompt(state.interviewAhead!, text: text, now: now)
        case .people where app.interviewEnd == nil && Self.isAhead(state.interviewAhead, text: text, now: now):
            "Who will you meet, if you know? Names and roles, for example: Sarah Lee, hiring manager. \"Not sure\" is fine too."
        case .interviewEnd:
            "When did the interview end? \"Just now\", a time like \"3:30pm\", or \"yesterday at 4pm\" all work (Enter means just now)."
        case .people where StepID.atInterview.allSatisfy({ app.records[$0] != nil }):
            // Everyone was taken off after the walkthrough.
            "Who should the notes and follow-ups go to? Names and roles, for example: Sarah Lee, hiring manager."
        case .people: "Who did you meet? Names and roles, for example: Sarah Lee, hiring manager; Tom Park, HR."
        case .expressInterest: "Before you left, did you tell them you want the job and look forward to the next step?"
        case .askNextStep: "Did you ask what happens next, and when they expect to decide?"
        case .timeFrame:
            "What did they say about timing? For example \"two weeks\", \"by Friday the 12th\", or \"they didn't say\"."
        case .sayThanks: "Did you thank them for their time on the way out?"
        case .collectCards:
            Self.cardsPrompt(app)
        case .calendarNote:
            "Have you put \(days.map { text.day($0.first) } ?? "the first follow-up") in your calendar yet?"
        case .employerReply: "What did they say: another round, an offer, or a no?"
        case .futureInterest:
            "Would you like to hear about other roles at \(app.company ?? "the company") in the future?"
        case .whichDay:
            state.choice.map { choice in
                let (earlier, later) =
                    choice.chosen < choice.other ? (choice.chosen, choice.other) : (choice.other, choice.chosen)
                return "By \"\(choice.words)\", do you mean \(text.day(earlier)) or \(text.day(later))?"
            } ?? "Which day do you mean?"
        case .happened:
            Self.happenedPrompt(state, text: text, days: days)
        case .detail:
            "What did you talk about with \(state.draftRequest.flatMap { $0.person(in: app) }?.name ?? "them") that you'd like to mention? A phrase is enough, like \"the new onboarding flow\". The note is weaker without one; \"skip\" leaves it out."
        }
    }

    /// What the question asks, in other words, for "what do you mean?".
    var meaning: String {
        switch self {
        case .company: "The name of the company you interviewed with."
        case .role: "The job you interviewed for, as they called it."
        case .interviewEnd: "Roughly when you walked out: the 24 hours for the thank-you notes count from then."
        case .people: "The people you spoke with in the interview, so each can get their own thank-you note."
        case .expressInterest:
            "I mean: before you left, did you say plainly that you'd like the job and look forward to hearing what comes next?"
        case .askNextStep:
            "By next step I mean what happens after this interview (another round, a decision), and by when they expect to decide."
        case .timeFrame: "How long they said they need to decide, or the day they'll let you know."
        case .sayThanks: "I mean: on your way out, did you thank them for their time?"
        case .collectCards: "A business card, an email address or a phone number: some way to send each person a note."
        case .calendarNote: "An entry in your own calendar on the day of the first follow-up, so it doesn't slip."
        case .employerReply: "Whether they asked you to another interview, offered you the job, or said no."
        case .futureInterest: "Whether you'd like them to think of you for other openings there later on."
        case .whichDay: "Your words fit two days; I'd like to know which one you meant."
        case .detail: "Something you talked about with that person, so the note is clearly written to them."
        case .happened: "Whether that step has already happened, even if you didn't tell me at the time."
        }
    }

    /// A narrower version for when the first answer was unclear.
    func narrower(_ app: Application) -> String {
        switch self {
        case .company: "Just the company's name is enough, for example \"Acme\"."
        case .role: "The job title is enough, for example \"product designer\"."
        case .interviewEnd: "Roughly when did it finish? For example \"an hour ago\" or \"at 2pm\"."
        case .people: "Give me at least one name, for example \"Sarah Lee, hiring manager\"."
        case .expressInterest: "In the room, did you say that you want this job? A yes or no is enough."
        case .askNextStep: "Did you ask them about the next step or their timeline? A yes or no is enough."
        case .timeFrame: "A span like \"two weeks\", a day like \"Dec 12\", or \"they didn't say\"."
        case .sayThanks: "As you left, did you thank them? A yes or no is enough."
        case .collectCards:
            "Do you have a way to reach \(app.contacts.count > 1 ? "each of them" : "them"), like a card or an email address? Yes, no, or whose you have."
        case .calendarNote: "Is the reminder in your calendar? Yes or not yet."
        case .employerReply: "Did they invite you to another round, make an offer, or say no?"
        case .futureInterest: "Would you want them to keep you in mind for other roles? Yes or no."
        case .whichDay: "The earlier day or the later one? Or just give me the date, like \"Dec 4\"."
        case .happened: "Yes (with the day, if you remember it) or not yet?"
        case .detail: "One thing you discussed with them, in a few words, or \"skip\"."
        }
    }

    /// Asks about the people whose details are not known yet, naming those already reachable.
    private static func cardsPrompt(_ app: Application) -> String {
        let known = app.contacts.filter { $0.hasDetails == true }
        let open = app.contacts.filter { $0.hasDetails == nil }
        if !known.isEmpty, !open.isEmpty {
            return
                "You can reach \(Application.joined(known.map(\.firstName))). Did you get contact details (a card or an email address) for \(Application.names(open)) too?"
        }
        return app.contacts.count > 1
            ? "Did you get contact details (a card or an email address) for each of them?"
            : "Did you get contact details (a card or an email address) for \(app.contacts.first?.spoken ?? "them")?"
    }

    /// "Did you follow up with Sarah Lee on Monday, Dec 14?"
    private static func happenedPrompt(_ state: Conversation, text: DateText, days: FollowUpDays?) -> String {
        let app = state.application
        let main = app.mainName
        switch state.askedAbout {
        case .firstFollowUp?:
            return
                "Did you follow up with \(main)\(days.map { " on \(text.day($0.first))" } ?? "")? If not, today is a good day for it."
        case .secondFollowUp?:
            return
                "Did you send the last follow-up to \(main)\(days.map { " on \(text.day($0.second))" } ?? "")? If not, today is a good day for it."
        default:
            let waiting = app.contactsAwaitingThanks
            return waiting.count == 1
                ? "Did your thank-you note to \(waiting[0].spoken) go out?"
                : "Did your thank-you notes to \(Application.names(waiting)) go out?"
        }
    }
}
