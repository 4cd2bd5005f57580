/// Where an application stands as a whole: a playbook stage while it runs, then the
/// employer's answer or the reason it was closed.
public enum Phase: Equatable, Hashable, Sendable, CustomStringConvertible {
    case stage(Stage)
    case answered(Outcome)
    case closed(Closure.Reason)

    /// Whether the chain is still running: no answer from the employer, not closed.
    public var isActive: Bool {
        if case .stage = self { return true }
        return false
    }

    /// "first-day", "answered:offer", "closed:withdrew": the form stored and printed.
    public var description: String {
        switch self {
        case let .stage(stage): stage.rawValue
        case let .answered(outcome): "answered:\(outcome.rawValue)"
        case let .closed(reason): "closed:\(reason.rawValue)"
        }
    }

    /// Where it stands in plain words, for lists read by people: "thank-you notes",
    /// "closed: you withdrew". JSON and the database keep `description`.
    public var spoken: String {
        switch self {
        case .stage(.atInterview): "interview questions"
        case .stage(.firstDay): "thank-you notes"
        case .stage(.firstFollowUp): "first follow-up"
        case .stage(.secondFollowUp): "second follow-up"
        case .stage(.moveOn): "after the last follow-up"
        case .stage(.decline): "declining"
        case let .answered(outcome): outcome.spoken
        case let .closed(reason): "closed: \(reason.spoken)"
        }
    }

    /// Reads the stored form; nil when it names no phase.
    public init?(_ text: String) {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        switch (parts.first, parts.count) {
        case ("answered"?, 2):
            guard let outcome = Outcome(rawValue: parts[1]) else { return nil }
            self = .answered(outcome)
        case ("closed"?, 2):
            guard let reason = Closure.Reason(rawValue: parts[1]) else { return nil }
            self = .closed(reason)
        default:
            guard let stage = Stage(rawValue: text) else { return nil }
            self = .stage(stage)
        }
    }
}

extension Phase {
    /// The phases `waitingFor` has something to say of: an application in any other is waiting
    /// for nothing, so lists of what waits read only these.
    public static let waiting: [Phase] = [
        .answered(.nextRound), .answered(.offer), .answered(.references), .stage(.decline),
    ]

    /// What an open application with no step to take is waiting for, in a few words; nil while
    /// its chain runs. `until` is the application's `waitUntil`: the next round's day, or the
    /// day they want an answer to their offer by. `today` tells a round still ahead from one past;
    /// `takeHome` says the round is a task to hand in (`Application.roundIsTakeHome`); `minute`
    /// is the minute of the day the round starts, when they said (`Application.roundMinute`).
    public func waitingFor(
        until: Day?, today: Day, text: DateText, takeHome: Bool = false, minute: Int? = nil
    ) -> String? {
        switch self {
        case .answered(.nextRound) where takeHome && until.map({ $0 < today }) == true:
            "your take-home was due \(until.map(text.day) ?? ""): send it today if it isn't in, and tell the chat once it is"
        case .answered(.nextRound) where takeHome:
            "a take-home to send in\(until.map { " by \(text.day($0))" } ?? "") with a short note: tell the chat once it's in"
        case .stage(.decline): "on the decline path: send nothing unless they ask about next steps"
        case .answered(.offer) where until.map({ $0 < today }) == true:
            "their offer wanted an answer by \(until.map(text.day) ?? ""): reply today if you haven't, and tell the chat"
        case .answered(.offer):
            "they made you an offer: answer them directly\(until.map { " by \(text.day($0))" } ?? "")"
        case .answered(.nextRound) where until.map({ $0 < today }) == true:
            "your next round was \(until.map(text.day) ?? "due"): tell the chat how it went"
        case .answered(.nextRound):
            "another round is coming\(until.map { " (\(text.day($0, minute: minute)))" } ?? ""): tell the chat once it's over"
        case .answered(.references) where until != nil:
            "your references went out: with no word by \(until.map(text.day) ?? ""), ask about their timing"
        case .answered(.references): "they're checking references: send them promptly if you haven't"
        default: nil
        }
    }
}
