/// Everything the coach remembers between turns: plain values, so it can be saved and replayed.
public struct Conversation: Codable, Equatable, Sendable {
    public var application = Application()
    /// The question waiting on an answer; nil when the user leads.
    public var question: Question? = .company
    /// The day the question waiting was asked.
    public var askedOn: Day?
    /// Questions of the walkthrough left unanswered on purpose ("let's leave that for now").
    public var skipped: [Question]?
    /// Unclear answers in a row to the current question.
    public var unclearAnswers = 0
    /// The step the last piece of advice was about; /why says its reason.
    public var lastAdvice: StepID?
    /// Earlier states, newest last, for /undo.
    public var checkpoints: [Checkpoint] = []
    /// Set by /quit: the session is over.
    public var ended = false
    /// Two days the user's words allow, while the coach asks which one was meant.
    public var choice: DayChoice?
    /// The draft on the table, for /edit and /sent.
    public var draft: Draft?
    /// The draft asked for while the coach asks a person's detail.
    public var draftRequest: DraftRequest?
    /// The overdue step the coach asked about, while it waits for the answer.
    public var askedAbout: StepID?
    /// Overdue steps the user said had not happened yet, with the day they said so: not asked
    /// about again that day.
    public var notYet: [StepID: Day]?
    /// The early message the coach asked about: the thank-you note or the follow-up?
    public var earlyMessage: EarlyMessage?
    /// The interview still to come, when the user told of one before it happened.
    public var interviewAhead: InterviewAhead?
    /// Set when the user said the interview is still to come without its day: the next day
    /// named is read ahead.
    public var interviewAheadUndated: Bool?

    public init() {}

    /// A state to go back to, and the answer that moved the conversation on from it.
    public struct Checkpoint: Codable, Equatable, Sendable {
        public var application: Application
        public var question: Question?
        public var lastAdvice: StepID?
        public var answer: String

        /// The state before `answer` was taken in.
        public init(application: Application, question: Question?, lastAdvice: StepID?, answer: String) {
            self.application = application
            self.question = question
            self.lastAdvice = lastAdvice
            self.answer = answer
        }
    }

    /// How many answers /undo can take back. Every save writes them all, so the number stays
    /// small: 25 is well beyond what anyone undoes, at a quarter of the cost of 100.
    static let checkpointLimit = 25
}

extension Conversation {
    /// A conversation about an application whose walkthrough is behind it: no question pending.
    public static var resumed: Conversation {
        var conversation = Conversation()
        conversation.question = nil
        return conversation
    }
}
