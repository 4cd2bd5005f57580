import Foundation
import Testing

@testable import FollowUpCore

/// Days and holidays in a trial's own words (trial 19, Sydney): a decision day on Christmas is
/// named as such, and "isnt that a public holiday" is answered for the user's region.
struct HolidayQuestionTests: PlaysLines {
    let calendar = ScheduleTests.calendar("Australia/Sydney")
    var coach: Coach { Coach(calendar: calendar, holidays: HolidayCalendar(region: .australia)) }

    static let story =
        "had my interview at wombat bank just now for junior bi developer, met priya s and tom from hr. they said end of next week"

    var wombat: Coach.Turn { play([Self.story, "y", "y", "y"], at: "2026-12-18T15:00") }

    @Test func aDecisionDayOnChristmasIsNamedAndTheFollowUpSkipsBoxingDayKeptOnMonday() throws {
        let told = play([Self.story], at: "2026-12-18T15:00").replies.joined(separator: "\n")
        #expect(told.contains("a decision by Friday, Dec 25 (Christmas Day)"))
        let planner = Planner(schedule: Schedule(calendar: calendar, holidays: HolidayCalendar(region: .australia)))
        let plan = try #require(
            planner.plan(
                for: wombat.state.application, at: moment("2026-12-18T15:00")))
        #expect(plan.step(.firstFollowUp)?.day == Day(iso: "2026-12-29"))
    }

    @Test func isntThatAPublicHolidayIsAnsweredForTheRegion() {
        let turn = play(["why the 28th, isnt that a public holiday"], at: "2026-12-22T11:00", from: wombat.state)
        #expect(turn.replies.first?.hasPrefix("Yes: Monday, Dec 28 is Boxing Day (observed) in Australia.") == true)
        let other = play(["is the 30th a holiday too"], at: "2026-12-22T11:00", from: wombat.state)
        #expect(other.replies.first == "No: Wednesday, Dec 30 isn't a public holiday in Australia, so nothing moves.")
    }
}
