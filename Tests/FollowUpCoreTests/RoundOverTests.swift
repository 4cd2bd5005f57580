import Foundation
import Testing

@testable import FollowUpCore

/// A later round told as over in the user's words: its own follow-ups start, with the decision
/// day given in the same line, and a take-home handed in asks for no thank-you notes.
struct RoundOverTests: PlaysLines {
    let calendar = ScheduleTests.calendar("America/New_York")
    var coach: Coach { Coach(calendar: calendar) }

    var invited: Coach.Turn {
        let first = play(
            [
                "interviewed at Globex today with Sam Lee for the analyst role, they'd decide within a week", "y", "y",
                "y",
            ],
            at: "2026-12-01T16:00")
        return play(["globex invited me to a second interview"], at: "2026-12-07T09:00", from: first.state)
    }

    @Test(arguments: [
        "had round two with globex today, decision by the 18th",
        "second interview with globex done, they'll decide by the 18th",
    ])
    func aRoundHadWithTheirDayIsARoundOver(line: String) {
        let told = play([line], at: "2026-12-10T15:00", from: invited.state).replies.joined(separator: "\n")
        #expect(told.contains("a new round: it ended"))
        #expect(told.contains("a decision by Friday, Dec 18"))
        #expect(!told.contains("Globex Done"))
    }

    @Test func aTakeHomeHandedInAsksForNoNotes() throws {
        let task = play(["they also want a take home, due friday"], at: "2026-12-07T10:00", from: invited.state)
        let turn = play(["submitted the take home"], at: "2026-12-10T15:00", from: task.state)
        let told = turn.replies.joined(separator: "\n")
        #expect(told.contains("the task is in"))
        #expect(!told.contains("met someone new"))
        let plan = try #require(
            Planner(calendar: calendar).plan(for: turn.state.application, at: moment("2026-12-10T15:00")))
        #expect(plan.step(.sendThankYou)?.status == .cancelled)
    }
}

extension RoundOverTests {
    @Test(arguments: [
        "second round done, ended 3pm, met Sam again and her boss Colin. now they want a take-home due monday",
        "met Sam again and her boss Colin for the second round today, ended 3pm. now they want a take-home due monday",
    ])
    func aRoundHadAndATakeHomeAskedKeepTheRoundsNotes(line: String) throws {
        let first = play(
            [
                "interviewed at Globex today with Sam Lee for the analyst role, they'd decide within a week", "y", "y",
                "y",
            ],
            at: "2026-12-01T16:00")
        let turn = play([line], at: "2026-12-04T17:30", from: first.state)
        let told = turn.replies.joined(separator: "\n")
        #expect(told.contains("a new round: it ended Friday, Dec 4 at 3:00 PM"))
        #expect(told.contains("It's due on Monday, Dec 7"))
        let app = turn.state.application
        #expect(app.contacts.map(\.described) == ["Sam Lee", "Colin (Sam's boss)"])
        #expect(app.outcome == .nextRound)
        let plan = try #require(Planner(calendar: calendar).plan(for: app, at: moment("2026-12-04T17:30")))
        #expect(plan.actions.map(\.step) == [.sendThankYou])
        #expect(plan.actions.first?.people == ["Sam Lee", "Colin"])
    }
}
