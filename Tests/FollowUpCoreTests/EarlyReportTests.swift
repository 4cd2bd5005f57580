import Foundation
import Testing

@testable import FollowUpCore

/// A short "did it" when nothing is due, in a trial's own words (trial 20): the follow-up two
/// weeks ahead is not taken as done.
struct EarlyReportTests: PlaysLines {
    let calendar = ScheduleTests.calendar("America/Chicago")
    var coach: Coach { Coach(calendar: calendar) }

    @Test func didItWithNothingDueRecordsNothing() {
        let told = play(
            [
                "interview at pinecrest health this morning, met lena ortiz and sam wu, ended 10:30am, they said two weeks",
                "y", "y", "y", "y",
            ], at: "2026-11-30T12:00")
        let thanked = play(["sent both thank yous"], at: "2026-12-01T09:00", from: told.state)
        let turn = play(["yeah did it yesterday"], at: "2026-12-03T20:00", from: thanked.state)
        #expect(!turn.state.application.isDone(.firstFollowUp))
        #expect(turn.replies.joined().contains("Nothing was due just now"))
    }
}
