import Foundation
import Testing

@testable import FollowUpCore

/// Steps told weeks after they were done, with their days (a new-user trial): a dated deed is a
/// report, never a change of their time frame, and each piece is kept on its own day.
struct LateReportTests: PlaysLines {
    let calendar = ScheduleTests.calendar("America/New_York")
    var coach: Coach { Coach(calendar: calendar) }

    /// The interview on Friday, Dec 4, with two people and "two weeks", then silence.
    func interviewed() -> Conversation {
        play(
            [
                "interview at umbrella corp this afternoon for the analyst role with alice and albert wesker, ended 3pm, they said two weeks",
                "y", "y", "y", "y",
            ], at: "2026-12-04T17:30"
        ).state
    }

    @Test(arguments: [
        "wait actually i sent the thank yous back on dec 5 and followed up with alice on dec 22",
        "i sent the thank yous back on dec 5 and followed up with alice on dec 22",
        "oh, emailed both of them thank you notes on dec 5th, then did my first follow up on the 22nd",
    ])
    func notesAndFollowUpEachOnTheirDay(line: String) {
        let before = interviewed()
        let turn = play([line], at: "2027-01-12T09:20", from: before)
        let app = turn.state.application
        let text = turn.replies.joined(separator: "\n")
        #expect(app.timeFrame == before.application.timeFrame)
        #expect(app.contacts.allSatisfy { $0.thankedOn == Day(year: 2026, month: 12, day: 5) })
        #expect(app.records[.firstFollowUp]?.on == Day(year: 2026, month: 12, day: 22))
        #expect(app.isDone(.firstFollowUp))
        #expect(text.contains("thank-you sent to Alice and Albert Wesker on Saturday, Dec 5"))
        #expect(text.contains("first follow-up done on Tuesday, Dec 22"))
        #expect(!text.contains("Changed"))
    }

    @Test func theFifthAloneIsTheOneJustAfterTheInterview() {
        let turn = play(
            ["emailed both of them thank you notes on the 5th"], at: "2027-01-12T09:20", from: interviewed())
        #expect(turn.state.application.contacts.allSatisfy { $0.thankedOn == Day(year: 2026, month: 12, day: 5) })
        #expect(turn.replies.joined().contains("if you meant Tuesday, Jan 5, say \"Jan 5, not Dec 5\""))
        let put = play(["Jan 5, not Dec 5"], at: "2027-01-12T09:25", from: turn.state)
        #expect(put.state.application.contacts.allSatisfy { $0.thankedOn == Day(year: 2027, month: 1, day: 5) })
    }

    @Test func aFollowUpToldAloneWithItsDay() {
        let turn = play(["did my first follow up on the 22nd"], at: "2027-01-12T09:20", from: interviewed())
        #expect(turn.state.application.records[.firstFollowUp]?.on == Day(year: 2026, month: 12, day: 22))
    }

    @Test func aMarkerBeforeADeedIsNoCorrection() {
        #expect(IntentReader().intent(of: Words("wait actually i sent the thank yous on dec 5")) == .sentThankYou)
        #expect(IntentReader().intent(of: Words("oops i followed up with sam on the 9th")) == .followedUp)
        // A day put right stays a correction.
        #expect(IntentReader().intent(of: Words("actually i sent it on the 3rd not the 4th")) != .sentThankYou)
    }
}
