import Foundation
import Testing

@testable import FollowUpCore

/// From trial 18: thanks told after the interview day are notes, to the people named or meant
/// by their place, and the rest told after a draft is news.
struct Trial18ThanksTests {
    let calendar = ScheduleTests.calendar("America/New_York")
    var coach: Coach { Coach(calendar: calendar) }
    var now: Date { try! ISOMoment.parse("2026-11-26T17:00", calendar: calendar) }
    var nextDay: Date { try! ISOMoment.parse("2026-11-27T09:10", calendar: calendar) }

    /// The walkthrough with two people met, room thanks said.
    func twoMet() -> Coach.Turn {
        var turn = coach.opening(Conversation(), now: now)
        for line in [
            "Acme", "Designer", "just now", "Dan Price, eng lead; Bill Lumbergh, manager", "yes", "yes",
            "yes, two weeks", "yes", "yes",
        ] {
            turn = coach.respond(to: line, in: turn.state, now: now)
        }
        return turn
    }

    @Test func thanksTheDayAfterAreANoteToThePersonMeant() {
        let first = coach.respond(to: "thanked the first guy", in: twoMet().state, now: nextDay)
        #expect(first.state.application.contacts.map { $0.thankedOn != nil } == [true, false])
        #expect(first.replies.first == "Well done: thank-you sent to Dan Price.")
        let other = coach.respond(to: "oh and the other one too", in: first.state, now: nextDay)
        #expect(other.state.application.isDone(.sendThankYou))
    }

    @Test func thanksNamedThisMorningAreTheNote() {
        let turn = coach.respond(to: "thanked bill already this morning", in: twoMet().state, now: nextDay)
        #expect(turn.state.application.contacts.map { $0.thankedOn != nil } == [false, true])
        #expect(turn.replies.first == "Well done: thank-you sent to Bill Lumbergh.")
    }
}
