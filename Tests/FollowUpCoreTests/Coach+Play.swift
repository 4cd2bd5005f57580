import Foundation

@testable import FollowUpCore

extension Coach {
    /// Plays `lines` at `now`, from `state` (the opening when nil): a trial's words replayed in a test.
    func play(_ lines: [String], at now: Date, from state: Conversation? = nil) -> Turn {
        var turn = state.map { Turn(state: $0, replies: []) } ?? opening(Conversation(), now: now)
        for line in lines { turn = respond(to: line, in: turn.state, now: now) }
        return turn
    }
}
