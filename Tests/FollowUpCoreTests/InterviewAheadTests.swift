import Foundation
import Testing

@testable import FollowUpCore

/// An interview told of before it happens (a new-user trial): its day is kept ahead, never put
/// in the past, and the coach asks how it went once it is over.
struct InterviewAheadTests: PlaysLines {
    let calendar = ScheduleTests.calendar("America/New_York")
    var coach: Coach { Coach(calendar: calendar) }

    @Test func aComingInterviewIsNeverRecordedAsPast() {
        let turn = play(
            [
                "i have an intervew tomorow at 3 with wayne enterprises for the accountant job", "lucius fox",
                "oops i meant thursday", "it hasnt happened yet, its thursday at 3", "",
            ], at: "2026-12-07T19:00")
        let state = turn.state
        #expect(state.application.interviewEnd == nil)
        #expect(state.application.company == "Wayne Enterprises")
        #expect(state.application.role == "accountant")
        #expect(state.application.contacts.map(\.name) == ["Lucius Fox"])
        #expect(state.interviewAhead == InterviewAhead(day: Day(year: 2026, month: 12, day: 10), hour: 15, minute: 0))
        #expect(!turn.replies.joined().contains("Noted: it ended"))
    }

    @Test func afterItTheCoachAsksHowItWent() {
        let before = play(
            ["i've got an interview at globex on friday at 10am for the analyst role"], at: "2026-12-07T19:00")
        let back = coach.opening(before.state, now: moment("2026-12-11T15:00"), welcoming: false)
        #expect(back.replies.joined().contains("How did your interview on Friday, Dec 11 go?"))
        let told = play(["went well, it ended at 11"], at: "2026-12-11T15:00", from: back.state)
        #expect(told.state.application.interviewEnd == moment("2026-12-11T11:00"))
        #expect(told.state.interviewAhead == nil)
    }

    @Test func stillToComeWithoutItsDayThenTheDay() {
        let turn = play(["Acme", "analyst", "it hasnt happened yet", "", "thursday at 3"], at: "2026-12-07T19:00")
        #expect(turn.state.application.interviewEnd == nil)
        #expect(
            turn.state.interviewAhead == InterviewAhead(day: Day(year: 2026, month: 12, day: 10), hour: 15, minute: 0))
    }

    @Test func theReaderReadsItsDayAhead() {
        let now = moment("2026-12-07T19:00")
        let line = "it hasnt happened yet, its thursday at 3"
        let start = ComingInterview.moment(in: line, words: Words(line), calendar: calendar, now: now)
        #expect(start == DateMention.Moment(Day(year: 2026, month: 12, day: 10), hour: 15, minute: 0))
        let had = "had my interview thursday at 3"
        #expect(ComingInterview.moment(in: had, words: Words(had), calendar: calendar, now: now) == nil)
    }
}
