import Foundation
import Testing

@testable import FollowUpCore

/// "next Friday" said on a Tuesday is taken as the Friday of the week after; the coach says so
/// in one sentence wherever it is read, and "no, this friday" puts it right.
struct NextWeekdayNoteTests: PlaysLines {
    let calendar = ScheduleTests.calendar("America/New_York")
    var coach: Coach { Coach(calendar: calendar) }
    static let first = "interviewed at Globex today with Sam Lee for the analyst role, they'll decide by next friday"

    @Test func theReadingIsSaidInAFirstMessage() {
        let told = play([Self.first], at: "2026-12-01T16:00").replies.joined(separator: "\n")
        #expect(
            told.contains(
                "I took \"next friday\" as Friday, Dec 11, in the week after this one; tell me if you meant Friday, Dec 4."
            ))
    }

    @Test(arguments: ["no, this friday", "i meant this friday", "actually this friday"])
    func thisFridayPutsItRight(line: String) {
        let opened = play([Self.first], at: "2026-12-01T16:00")
        let turn = play([line], at: "2026-12-01T16:05", from: opened.state)
        #expect(turn.state.application.timeFrame == .by(Day(iso: "2026-12-04")!))
        #expect(turn.replies.first == "Got it: Friday, Dec 4.")
        // The interview day stays as it was.
        #expect(turn.state.application.interviewEnd == opened.state.application.interviewEnd)
    }

    @Test func aDayOfOneReadingIsNotSaidAgain() {
        let told = play(["interviewed at Globex today with Sam Lee, they'll decide by friday"], at: "2026-12-01T16:00")
            .replies.joined(separator: "\n")
        #expect(!told.contains("I took"))
    }
}
