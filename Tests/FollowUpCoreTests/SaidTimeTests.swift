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

    @Test(arguments: [
        ("initech, junior dev role, had it yesterday at 2pm with bob porter, he said 3 weeks", "2026-11-30 at 14:00"),
        ("Soylent, content writer, this morning at 9:30, met jess park", "2026-12-01 at 9:30"),
    ])
    func aTimeInAFirstMessageIsKept(line: String, expected: String) {
        let turn = play(["/new", line], at: "2026-12-01T10:20")
        let end = turn.state.application.interviewEnd.map { date in
            let parts = calendar.dateComponents([.hour, .minute], from: date)
            return "\(Day(date, in: calendar)) at \(parts.hour ?? 0):\(Day.padded(parts.minute ?? 0, 2))"
        }
        #expect(end == expected)
        // What was assumed is said, and the end is not asked for again.
        #expect(turn.replies.contains { $0.contains("but not when it ended, so I took") })
        #expect(!turn.replies.contains { $0.hasPrefix("When did the interview end?") })
    }

    @Test func aTimeStillAheadIsNoEnd() {
        let intro = IntroReader(calendar: calendar).read(
            "Oakhurst Library, library assistant, booked for 7pm tonight", now: moment("2026-12-01T10:20"))
        #expect(intro.ended == nil)
    }

    @Test(arguments: [
        ("they said it'll be another 2 weeks", "2026-12-23"),
        ("they need two more weeks", "2026-12-23"),
        ("a few more days, the recruiter says", "2026-12-12"),
        ("another week or two apparently", "2026-12-23"),
    ])
    func moreTimeCountsFromTheDaySaid(line: String, expected: String) {
        let reader = TimeFrameReader(calendar: calendar, saidOn: Day(iso: "2026-12-09"))
        #expect(reader.timeFrame(in: line, interviewDay: Day(iso: "2026-12-01")!) == .by(Day(iso: expected)!))
        #expect(IntentReader().intent(of: Words(line)) == .stillDeciding)
    }

    @Test func moreTimeSaidLaterMovesTheirDayFromThatDay() {
        let opened = play(
            ["Acme, data analyst, finished at 3pm today, met ann lee, they said a week", "yes", "yes", "yes"],
            at: "2026-12-01T17:30")
        let turn = play(["they said it'll be another 2 weeks"], at: "2026-12-09T10:00", from: opened.state)
        #expect(turn.state.application.waitUntil == Day(iso: "2026-12-23"))
        #expect(turn.replies.contains { $0.contains("Counted from today, that's Wednesday, Dec 23.") })
        #expect(!turn.replies.contains { $0.contains("to Thursday, Dec 17") })
    }

    @Test func theHourOfTheNextRoundIsShownWhereverItsDayIs() {
        let opened = play(
            ["Acme, data analyst, finished at 3pm today, met ann lee, they said a week", "yes", "yes", "yes"],
            at: "2026-12-01T17:30")
        let told = play(["they want a second interview tomorrow at 3"], at: "2026-12-07T10:00", from: opened.state)
        #expect(told.state.application.waitUntil == Day(iso: "2026-12-08"))
        #expect(told.state.application.roundMinute == 15 * 60)
        let now = play(["what should i do now"], at: "2026-12-07T10:05", from: told.state)
        #expect(
            now.replies.contains { $0.hasPrefix("Your next interview, as you told me: Tuesday, Dec 8 at 3:00 PM.") })
        let plan = play(["/plan"], at: "2026-12-07T10:05", from: now.state)
        #expect(plan.replies.contains { $0.contains("another round is coming (Tuesday, Dec 8 at 3:00 PM)") })
    }
}
