/// The messages the coach drafts.
public enum DraftKind: String, Codable, CaseIterable, Sendable {
    case thankYou = "thank-you"
    case firstFollowUp = "first-follow-up"
    case secondFollowUp = "second-follow-up"
    case decline

    /// The forms each kind comes in; the first is the default.
    public var forms: [DraftForm] {
        switch self {
        case .thankYou: [.email, .card, .linkedin]
        case .firstFollowUp, .secondFollowUp: [.email, .phone, .linkedin]
        case .decline: [.email]
        }
    }

    /// The step a sent draft of this kind completes.
    public var step: StepID {
        switch self {
        case .thankYou: .sendThankYou
        case .firstFollowUp: .firstFollowUp
        case .secondFollowUp: .secondFollowUp
        case .decline: .declinePolitely
        }
    }

    /// Whether each person met gets their own.
    public var isPerPerson: Bool { self == .thankYou }
}

/// How a draft is delivered.
public enum DraftForm: String, Codable, CaseIterable, Sendable {
    /// A message with a subject line.
    case email
    /// A short handwritten card.
    case card
    /// What to say on a call.
    case phone
    /// A short LinkedIn message, with no subject line.
    case linkedin
}
