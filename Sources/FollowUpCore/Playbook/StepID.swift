/// A playbook step; the raw values are stable ids used in output, transcripts and tests.
public enum StepID: String, Codable, CaseIterable, CodingKeyRepresentable, Sendable {
    case expressInterest = "express-interest"
    case askNextStep = "ask-next-step"
    case sayThanks = "say-thanks"
    case collectCards = "collect-cards"
    case sendThankYou = "send-thank-you"
    case scheduleFirstFollowUp = "schedule-first-follow-up"
    case firstFollowUp = "first-follow-up"
    case scheduleSecondFollowUp = "schedule-second-follow-up"
    case secondFollowUp = "second-follow-up"
    case moveOn = "move-on"
    case declineThank = "decline-thank"
    case declineWait = "decline-wait"
    case declinePolitely = "decline-politely"

    /// Hashed by its place among the cases, not by its id's text: steps key the records every
    /// plan reads many times.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(place)
    }

    public static func == (lhs: StepID, rhs: StepID) -> Bool {
        lhs.place == rhs.place
    }

    /// Its place among the cases, in the order they are declared.
    private var place: Int {
        switch self {
        case .expressInterest: 0
        case .askNextStep: 1
        case .sayThanks: 2
        case .collectCards: 3
        case .sendThankYou: 4
        case .scheduleFirstFollowUp: 5
        case .firstFollowUp: 6
        case .scheduleSecondFollowUp: 7
        case .secondFollowUp: 8
        case .moveOn: 9
        case .declineThank: 10
        case .declineWait: 11
        case .declinePolitely: 12
        }
    }

    public var stage: Stage {
        switch self {
        case .expressInterest, .askNextStep, .sayThanks, .collectCards: .atInterview
        case .sendThankYou, .scheduleFirstFollowUp: .firstDay
        case .firstFollowUp, .scheduleSecondFollowUp: .firstFollowUp
        case .secondFollowUp: .secondFollowUp
        case .moveOn: .moveOn
        case .declineThank, .declineWait, .declinePolitely: .decline
        }
    }

    /// Whether it is a note to put a follow-up in the calendar.
    public var isCalendarNote: Bool {
        self == .scheduleFirstFollowUp || self == .scheduleSecondFollowUp
    }

    /// The steps taken in the interview room.
    public static let atInterview: [StepID] = [.expressInterest, .askNextStep, .sayThanks, .collectCards]
    /// The follow-up path, in order.
    public static let followUpPath: [StepID] =
        atInterview + [
            .sendThankYou, .scheduleFirstFollowUp, .firstFollowUp, .scheduleSecondFollowUp, .secondFollowUp, .moveOn,
        ]
    /// The decline path, in order.
    public static let declinePath: [StepID] = [.declineThank, .declineWait, .declinePolitely]

    /// The step that must be done before this one can be: the second follow-up, and its
    /// reminder, come after the first follow-up.
    public var comesAfter: StepID? {
        switch self {
        case .scheduleSecondFollowUp, .secondFollowUp: .firstFollowUp
        default: nil
        }
    }

    /// What the candidate does, in one short line.
    public var summary: String {
        switch self {
        case .expressInterest: "Tell them you want the job and look forward to the next step"
        case .askNextStep: "Ask what happens next and when they expect to decide"
        case .sayThanks: "Thank them for their time"
        case .collectCards: "Get contact details for everyone you met"
        case .sendThankYou: "Send a separate thank-you note to each person you met"
        case .scheduleFirstFollowUp: "Put the first follow-up in your calendar"
        case .firstFollowUp: "Follow up with your main contact"
        case .scheduleSecondFollowUp: "Put a second follow-up in your calendar"
        case .secondFollowUp: "Follow up one last time"
        case .moveOn: "Let it go and put your energy into other openings"
        case .declineThank: "Thank them for the meeting and keep your doubts to yourself"
        case .declineWait: "Send nothing more unless they ask about next steps"
        case .declinePolitely: "If they ask, decline briefly and politely"
        }
    }

    /// Why the step matters, in the coach's words.
    public var reason: String {
        switch self {
        case .expressInterest:
            "Hearing it in the room leaves them in no doubt that you are keen, and keenness counts when they choose."
        case .askNextStep:
            "Their answer sets every later date: without it, any follow-up date is a guess."
        case .sayThanks:
            "A warm thank-you on the way out is part of the last impression you leave."
        case .collectCards:
            "You need a way to reach each person for the thank-you notes and the follow-ups."
        case .sendThankYou:
            "A prompt note to each person, naming something you talked about, shows you listened and keeps you in mind while they compare candidates."
        case .scheduleFirstFollowUp:
            "Decisions nearly always take longer than planned, so the reminder sits a couple of days after their time frame."
        case .firstFollowUp:
            "Their time frame has passed: a short note says you are still very interested and asks how the process is going."
        case .scheduleSecondFollowUp:
            "A week gives them room to answer before you try once more."
        case .secondFollowUp:
            "A final, friendly note restates your interest and offers anything that would help them decide, such as references or more work samples."
        case .moveOn:
            "Two polite follow-ups are the limit: a third tends to look desperate. Many employers never answer candidates at all, and that is no failure of yours. A late call is still possible."
        case .declineThank:
            "There is no need to announce you are not interested; a gracious exit keeps your reputation intact."
        case .declineWait:
            "Follow-ups for a job you do not want would waste their time and yours."
        case .declinePolitely:
            "A short, courteous answer, sent without delay, leaves a good impression and keeps the door open."
        }
    }
}
