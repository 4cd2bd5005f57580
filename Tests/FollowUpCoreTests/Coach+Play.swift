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

/// A test that plays a trial's lines through its coach at moments written in its calendar.
protocol PlaysLines {
    var calendar: Calendar { get }
    var coach: Coach { get }
}

extension PlaysLines {
    /// `iso` ("2026-12-03T16:00") in the test's calendar.
    func moment(_ iso: String) -> Date { try! ISOMoment.parse(iso, calendar: calendar) }

    /// Plays `lines` at `now`, from `state` (the opening when nil).
    func play(_ lines: [String], at now: String, from state: Conversation? = nil) -> Coach.Turn {
        coach.play(lines, at: moment(now), from: state)
    }
}
