/// Why and when the candidate closed an application.
public struct Closure: Codable, Equatable, Sendable {
    /// The reasons an application can be closed for.
    public enum Reason: String, Codable, CaseIterable, Sendable {
        case offer, rejected, withdrew, declined
        case movedOn = "moved-on"

        /// How the coach says it: "closed: you withdrew".
        public var spoken: String {
            switch self {
            case .offer: "you got an offer"
            case .rejected: "they said no"
            case .withdrew: "you withdrew"
            case .declined: "you declined"
            case .movedOn: "you moved on"
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
