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
    case noReply

    /// The questions about the follow-up that the coach answers from the playbook.
    public enum AdviceTopic: String, Sendable {
        case howLong, callOrEmail, thirdFollowUp, whatToWrite, neverReply, declining
    }
}
