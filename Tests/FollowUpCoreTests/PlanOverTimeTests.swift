import Foundation
import Testing

@testable import FollowUpCore

/// The plan as the days pass with nothing reported: the days given stay put, an overdue first
/// follow-up holds the second, and letting go comes on its day; only a report moves the dates.
struct PlanOverTimeTests {
    let newYork = ScheduleTests.calendar("America/New_York")
    var planner: Planner { Planner(calendar: newYork) }

    func day(_ iso: String) -> Day { Day(iso: iso)! }

    /// Interview on Tuesday, Dec 1, "two weeks": first follow-up Thursday, Dec 17, second
    /// Thursday, Dec 24, letting go Thursday, Dec 31.
    func application() throws -> Application {
        var app = Application()
        app.company = "Harbor Freightways"
        app.contacts = [Contact(name: "Nina Alvarez")]
        app.interviewEnd = try ISOMoment.parse("2026-12-01T15:40", calendar: newYork)
        app.timeFrame = .within(2, .weeks)
        return app
    }

    func plan(_ app: Application, on iso: String) throws -> Plan {
        try #require(planner.plan(for: app, at: day(iso).at(hour: 10, minute: 0, in: newYork)))
    }

    @Test func theDaysGivenStayPutWhileNothingIsReported() throws {
        let app = try application()
        for offset in 0...45 {
            let today = day("2026-12-01").adding(days: offset, in: newYork)
            let plan = try plan(app, on: today.description)
            #expect(plan.days.first == day("2026-12-17"), "\(today)")
            #expect(plan.step(.secondFollowUp)?.day == day("2026-12-24"), "\(today)")
            #expect(plan.step(.moveOn)?.day == day("2026-12-31"), "\(today)")
        }
    }

    @Test func anOverdueFirstHoldsTheSecondAndLettingGoComesOnItsDay() throws {
        let app = try application()
        let late = try plan(app, on: "2026-12-21")
        #expect(late.step(.firstFollowUp)?.status == .overdue)
        #expect(late.step(.secondFollowUp)?.status == .upcoming)
        #expect(late.step(.moveOn)?.status == .upcoming)

        let secondsDay = try plan(app, on: "2026-12-24")
        #expect(secondsDay.step(.secondFollowUp)?.status == .waiting)
        #expect(secondsDay.actions.map(\.step) == [.firstFollowUp, .moveOn])
        #expect(secondsDay.next?.day == day("2026-12-17"))
        #expect(secondsDay.next?.reason.contains("no need to send two at once") == true)

        for iso in ["2026-12-31", "2027-01-14"] {
            let letGo = try plan(app, on: iso)
            #expect(letGo.days.hasLapsed, "\(iso)")
            #expect(letGo.step(.firstFollowUp)?.status == .unknown, "\(iso)")
            #expect(letGo.actions.map(\.step) == [.moveOn], "\(iso)")
            #expect(letGo.next?.status == .due && letGo.next?.day == day("2026-12-31"), "\(iso)")
        }
    }

    @Test func aFirstReportedLateMovesTheLaterDatesFromItsDay() throws {
        var app = try application()
        _ = try app.apply(.followedUp(), on: day("2026-12-28"))
        let plan = try plan(app, on: "2026-12-28")
        #expect(plan.step(.secondFollowUp)?.day == day("2027-01-04"))
        #expect(plan.step(.secondFollowUp)?.status == .upcoming)
        #expect(plan.step(.moveOn)?.day == day("2027-01-11"))
        #expect(!plan.days.hasLapsed)
    }

    @Test func aFirstSentEarlyLeavesTheSecondForTheEndOfTheirTimeFrame() throws {
        var app = try application()
        _ = try app.apply(.followedUp(), on: day("2026-12-02"))
        let plan = try plan(app, on: "2026-12-02")
        #expect(plan.step(.secondFollowUp)?.day == day("2026-12-17"))
        #expect(plan.step(.moveOn)?.day == day("2026-12-31"))
    }

    @Test func aSecondLeftUnreportedLetsGoOnTheDayGiven() throws {
        var app = try application()
        _ = try app.apply(.followedUp(), on: day("2026-12-17"))
        #expect(try plan(app, on: "2026-12-28").step(.secondFollowUp)?.status == .overdue)
        let letGo = try plan(app, on: "2026-12-31")
        #expect(letGo.step(.secondFollowUp)?.status == .unknown)
        #expect(letGo.actions.map(\.step) == [.moveOn])
    }

    @Test func theStageShownFollowsThePlanNotOnlyTheReports() throws {
        let app = try application()
        let stages = try ["2026-12-01", "2026-12-17", "2026-12-21", "2026-12-31"].map { iso in
            Planner.phase(of: app, by: try plan(app, on: iso))
        }
        #expect(stages == [.stage(.firstDay), .stage(.firstFollowUp), .stage(.firstFollowUp), .stage(.moveOn)])
        #expect(app.phase == .stage(.atInterview))
    }

    @Test func anAnswerWithADayLeavesTheStoppedChainWhereItWas() throws {
        for (outcome, event) in [
            (Outcome.offer, ApplicationEvent.offerAnswerDue(day("2027-01-14"))),
            (.nextRound, .nextRoundOn(day("2027-01-14"))),
        ] {
            var app = try application()
            _ = try app.apply(.employerAnswered(outcome), on: day("2026-12-10"))
            _ = try app.apply(event, on: day("2026-12-10"))
            let plan = try plan(app, on: "2026-12-11")
            #expect(plan.step(.firstFollowUp)?.day == day("2026-12-17"), "\(outcome)")
            #expect(plan.step(.firstFollowUp)?.status == .cancelled, "\(outcome)")
            #expect(plan.step(.moveOn)?.day == day("2026-12-31"), "\(outcome)")
        }
        // "Still deciding, news by Jan 14" moves the chain: it goes on from that day.
        var waiting = try application()
        _ = try waiting.apply(.employerStillDeciding(until: day("2027-01-14")), on: day("2026-12-10"))
        #expect(try plan(waiting, on: "2026-12-11").step(.firstFollowUp)?.day ?? day("2026-12-17") > day("2027-01-14"))
    }

    @Test func aCalendarNoteFromNoTimeFrameSaysWhatItAssumed() throws {
        for frame in [nil, TimeFrame.unknown] {
            var app = try application()
            app.timeFrame = frame
            let note = try plan(app, on: "2026-12-02").actions.first { $0.step == .scheduleFirstFollowUp }
            #expect(note?.action.hasSuffix(", assuming two weeks until you know their time frame") == true)
        }
        let told = try plan(try application(), on: "2026-12-02").actions.first { $0.step == .scheduleFirstFollowUp }
        #expect(told?.action.contains("assuming") == false)
    }
}
