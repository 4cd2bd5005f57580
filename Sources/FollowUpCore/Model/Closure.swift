/// Why and when the candidate closed an application.
public struct Closure: Codable, Equatable, Sendable {
    /// The reasons an application can be closed for.
    public enum Reason: String, Codable, CaseIterable, Sendable {
        case offer, rejected, withdrew, declined
        case movedOn = "moved-on"
        case acceptedElsewhere = "accepted-elsewhere"

        /// How the coach says it: "closed: you withdrew".
        public var spoken: String {
            switch self {
            case .offer: "you got an offer"
            case .rejected: "they said no"
            case .withdrew: "you withdrew"
            case .declined: "you declined"
            case .movedOn: "you moved on"
            case .acceptedElsewhere: "you accepted another offer"
            }
        }

        /// Whether a last message to the employer is worth sending, and what it says.
        public var lastMessage: String? {
            switch self {
            case .withdrew, .acceptedElsewhere:
                "If they're still considering you, a two-line note to say you're withdrawing, with thanks for their time, is worth sending; it keeps the door open."
            default:
                nil
            }
        }
    }

    public var reason: Reason
    public var on: Day

    public init(reason: Reason, on: Day) {
        self.reason = reason
        self.on = on
    }
}
