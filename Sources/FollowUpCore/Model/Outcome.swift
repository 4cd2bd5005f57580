/// The employer's answer, which ends the follow-up chain.
public enum Outcome: String, Codable, CaseIterable, Sendable {
    case nextRound = "next-round"
    case offer
    case rejected
    /// They asked for references: an answer in itself, to be sent promptly.
    case references

    /// How the coach says it in a list: "they made you an offer".
    public var spoken: String {
        switch self {
        case .nextRound: "another round is coming"
        case .offer: "they made you an offer"
        case .rejected: "they said no"
        case .references: "they asked for references"
        }
    }
}
