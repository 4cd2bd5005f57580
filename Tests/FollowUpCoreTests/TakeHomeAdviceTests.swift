import Foundation
import Testing

@testable import FollowUpCore

/// A take-home they ask for is kept as one: "what now?" is about doing it and sending it in by
/// its day with a short note, never about a next interview.
struct TakeHomeAdviceTests: PlaysLines {
    let calendar = ScheduleTests.calendar("America/New_York")
    var coach: Coach { Coach(calendar: calendar) }

    var asked: Coach.Turn {
        let first = play(
            ["interviewed at Globex today with Sam Lee for the analyst role, they said two weeks", "y", "y", "y"],
            at: "2026-12-01T16:00")
        return play(["they want me to do a take home exercise by friday"], at: "2026-12-01T18:00", from: first.state)
    }

    @Test func theTakeHomeIsKept() {
        #expect(asked.state.application.roundIsTakeHome == true)
        #expect(asked.state.application.waitUntil == Day(iso: "2026-12-04"))
    }

    @Test func whatNowIsAboutTheTakeHome() {
        let told = play(["what now?"], at: "2026-12-02T09:00", from: asked.state).replies.joined(separator: "\n")
        #expect(told.contains("Your take-home is next"))
        #expect(told.contains("by Friday, Dec 4 with a short note"))
        #expect(!told.contains("Your next interview"))
    }

    @Test func pastItsDayItIsAskedAbout() {
        let told = play(["what now?"], at: "2026-12-07T09:00", from: asked.state).replies.joined(separator: "\n")
        #expect(told.contains("Your take-home was due Friday, Dec 4"))
    }

    @Test func anInterviewInvitationIsNoTakeHome() {
        let round = play(["they invited me to a second interview next wed"], at: "2026-12-02T09:00", from: asked.state)
        #expect(round.state.application.roundIsTakeHome == nil)
        let told = play(["what now?"], at: "2026-12-03T09:00", from: round.state).replies.joined(separator: "\n")
        #expect(told.contains("Your next interview"))
    }

    @Test func handedInItsFollowUpsStartAndTheTaskIsForgotten() {
        let turn = play(["submitted the take home"], at: "2026-12-03T15:00", from: asked.state)
        #expect(turn.state.application.roundIsTakeHome == nil)
    }
}
