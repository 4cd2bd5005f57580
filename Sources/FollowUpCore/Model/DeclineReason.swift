/// Why the candidate steps back, only as far as they said it: another offer taken or in hand,
/// their own offer turned down, else the playbook's plain words, that the role is not the best fit.
public enum DeclineReason: Equatable, Sendable {
    case acceptedElsewhere, offerElsewhere, theirOfferTurnedDown, notTheBestFit

    /// The reason for `app`: a closure for another offer, or the decline path taken with one in hand.
    public init(_ app: Application) {
        if app.closure?.reason == .acceptedElsewhere {
            self = .acceptedElsewhere
        } else if app.declining?.withOfferElsewhere == true {
            self = .offerElsewhere
        } else if app.outcome == .offer, app.declining != nil {
            self = .theirOfferTurnedDown
        } else {
            self = .notTheBestFit
        }
    }

    /// The decline note's sentence, before ", so I'd like to step back from the process".
    public var sentence: String {
        switch self {
        case .acceptedElsewhere: "I've accepted another offer"
        case .offerElsewhere: "I've received another offer"
        case .theirOfferTurnedDown: "Thank you for your offer; after some thought, I've decided not to accept it"
        case .notTheBestFit: "After some thought, I don't believe I'm the best fit for this role"
        }
    }

    /// What to tell them, after "say": "say you've had another offer, so you're stepping back".
    public var advice: String {
        switch self {
        case .acceptedElsewhere: "you've accepted another offer, so you're stepping back"
        case .offerElsewhere: "you've had another offer, so you're stepping back"
        case .theirOfferTurnedDown: "you've decided not to accept their offer"
        case .notTheBestFit: "you don't think you're the best fit for this role"
        }
    }
}
