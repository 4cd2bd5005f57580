/// What a line asks for or reports, apart from answering the question on the table.
public enum Intent: Equatable, Sendable {
    case whatNow
    case notInterested
    case employerAnswered(Outcome)
    /// The employer got in touch without saying how it went, or asked about next steps.
    case employerGotInTouch
    case correction(String)
    case why
    case help
    case quit
    case greeting
    case thanks
    case advice(AdviceTopic)
    case sentThankYou
    case addedReminder
    case followedUp
    /// "Done", "sent": the action just advised is done.
    case didIt
    /// "Can you write the thank-you note?"
    case draft
    /// "Show me the plan."
    case showPlan
    /// "I withdrew my application."
    case withdrew
    /// "I accepted another offer", "signed the contract": a job taken.
    case acceptedElsewhere
    /// "They're still deciding, they'll know by the 20th."
    case stillDeciding
    /// "I changed my mind, I do want it": back from the decline path.
    case changedMind
    case noReply
    /// "What do you mean by next step?": the question on the table, explained.
    case explain
    /// "Who are you?"
    case whoAreYou
    /// "I just had the second interview": another round is over.
    case nextInterviewDone
    /// A question about something else than following up: "what time is it?".
    case offTopic
    /// "I've let it go": the candidate moves on from this application.
    case lettingGo

    /// A stable name, as printed by `followup understand`.
    public var id: String {
        switch self {
        case .whatNow: "what-now"
        case .notInterested: "not-interested"
        case let .employerAnswered(outcome): "employer-\(outcome.rawValue)"
        case .employerGotInTouch: "employer-got-in-touch"
        case .correction: "correction"
        case .why: "why"
        case .help: "help"
        case .quit: "quit"
        case .greeting: "greeting"
        case .thanks: "thanks"
        case let .advice(topic): "ask-\(topic.id)"
        case .sentThankYou: "sent-thank-you"
        case .addedReminder: "added-reminder"
        case .followedUp: "followed-up"
        case .didIt: "done"
        case .draft: "draft"
        case .showPlan: "show-plan"
        case .withdrew: "withdrew"
        case .acceptedElsewhere: "accepted-elsewhere"
        case .stillDeciding: "still-deciding"
        case .changedMind: "changed-mind"
        case .noReply: "no-reply"
        case .explain: "explain"
        case .whoAreYou: "who-are-you"
        case .nextInterviewDone: "next-interview-done"
        case .offTopic: "off-topic"
        case .lettingGo: "letting-go"
        }
    }

    /// Whether the line reports news about the application: the employer's word or the
    /// candidate's decision, which a leading "wait" or "actually" does not make a correction.
    var isNews: Bool {
        switch self {
        case .employerAnswered, .notInterested, .acceptedElsewhere, .withdrew, .stillDeciding, .changedMind: true
        default: false
        }
    }

    /// Whether the line asks something rather than answers.
    var isQuestion: Bool {
        switch self {
        case .whatNow, .why, .help, .advice, .notInterested, .quit, .employerAnswered, .draft, .showPlan, .explain,
            .whoAreYou:
            true
        default: false
        }
    }

    /// The questions about the follow-up that the coach answers from the playbook.
    public enum AdviceTopic: String, Sendable {
        case howLong, callOrEmail, thirdFollowUp, whatToWrite, neverReply, declining
        case tooLateForThanks, cardOrEmail, oneNoteOrEach, linkedIn, noAddress, givingUp, shouldReply, offer
        case whatIsRecorded

        var id: String {
            switch self {
            case .howLong: "how-long"
            case .callOrEmail: "call-or-email"
            case .thirdFollowUp: "third-follow-up"
            case .whatToWrite: "what-to-write"
            case .neverReply: "never-reply"
            case .declining: "how-to-decline"
            case .tooLateForThanks: "too-late-for-thanks"
            case .cardOrEmail: "card-or-email"
            case .oneNoteOrEach: "one-note-or-each"
            case .linkedIn: "linkedin"
            case .noAddress: "no-address"
            case .givingUp: "giving-up"
            case .shouldReply: "should-reply"
            case .offer: "about-an-offer"
            case .whatIsRecorded: "what-is-recorded"
            }
        }
    }
}
