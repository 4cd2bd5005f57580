/// The employer's answer, which ends the follow-up chain.
public enum Outcome: String, Codable, CaseIterable, Sendable {
    case nextRound = "next-round"
    case offer
    case rejected
    /// They asked for references: an answer in itself, to be sent promptly.
    case references
}
