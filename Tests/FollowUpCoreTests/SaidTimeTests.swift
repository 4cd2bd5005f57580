import Foundation
import Testing

@testable import FollowUpCore

/// A time the user says is the one the coach keeps: "this morning, finished around 10" ended
/// at 10, not in the middle of the morning.
struct SaidTimeTests: PlaysLines {
    let calendar = ScheduleTests.calendar("America/New_York")
    var coach: Coach { Coach(calendar: calendar) }

    @Test(arguments: [
        ("interview was this morning, finished around 10", "Tuesday, Dec 1 at 10:00 AM"),
        ("this morning. wrapped up about 9:45", "Tuesday, Dec 1 at 9:45 AM"),
        ("yesterday afternoon, done at 4", "Monday, Nov 30 at 4:00 PM"),
        ("yesterday evening, it ended at 6:30", "Monday, Nov 30 at 6:30 PM"),
    ])
    func aTimeWithinAPartOfTheDayIsTheEnd(line: String, expected: String) throws {
        let now = try ISOMoment.parse("2026-12-01T10:15", calendar: calendar)
        let reading = try #require(MomentReader(calendar: calendar).moment(in: line, now: now))
        #expect(DateText(calendar: calendar).moment(reading.date) == expected)
        #expect(reading.assumed == nil)
    }

    @Test func aPartOfTheDayAloneIsStillItsMiddle() throws {
        let now = try ISOMoment.parse("2026-12-01T17:30", calendar: calendar)
        let reading = try #require(MomentReader(calendar: calendar).moment(in: "this afternoon", now: now))
        #expect(reading.assumed?.contains("no exact time") == true)
    }

    @Test func theChatKeepsTheTimeSaidForTheEnd() {
        let turn = play(
            ["Globex", "marketing coordinator", "interview was this morning, finished around 10"],
            at: "2026-12-01T10:15")
        #expect(turn.replies.contains("Noted: it ended Tuesday, Dec 1 at 10:00 AM."))
        #expect(!turn.replies.joined().contains("no exact time"))
    }
}
