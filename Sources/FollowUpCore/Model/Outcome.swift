/// The employer's answer, which ends the follow-up chain.
public enum Outcome: String, Codable, Sendable {
    case nextRound = "next-round"
    case offer
    case rejected
}
