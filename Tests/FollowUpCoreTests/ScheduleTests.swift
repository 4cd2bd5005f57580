import Foundation
import Testing

@testable import FollowUpCore

/// The playbook's date rules in several time zones, across weekends, month and year ends and DST.
struct ScheduleTests {
    static func calendar(_ zone: String) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: zone)!
        return calendar
    }

    let newYork = Self.calendar("America/New_York")
    var schedule: Schedule { Schedule(calendar: newYork) }

    func day(_ iso: String) -> Day { Day(iso: iso)! }

    @Test func theThankYouDeadlineIsTwentyFourHoursLater() throws {
        let end = try ISOMoment.parse("2026-11-26T17:00", calendar: newYork)
        let deadline = schedule.thankYouDeadline(interviewEnd: end)
        #expect(DateText(calendar: newYork).moment(deadline) == "Friday, Nov 27 at 5:00 PM")
    }

    @Test func theThankYouDeadlineCountsRealHoursAcrossTheEndOfDaylightSaving() throws {
        // Clocks go back at 2:00 on Sunday, Nov 1, 2026 in New York: 24 hours later reads an hour earlier.
        let end = try ISOMoment.parse("2026-10-31T17:00", calendar: newYork)
        #expect(
            DateText(calendar: newYork).moment(schedule.thankYouDeadline(interviewEnd: end))
                == "Sunday, Nov 1 at 4:00 PM")
    }

    @Test func theThankYouDeadlineCountsRealHoursAcrossTheStartOfDaylightSaving() throws {
        // Clocks go forward at 2:00 on Sunday, Mar 8, 2026 in New York.
        let end = try ISOMoment.parse("2026-03-07T17:00", calendar: newYork)
        #expect(
            DateText(calendar: newYork).moment(schedule.thankYouDeadline(interviewEnd: end))
                == "Sunday, Mar 8 at 6:00 PM")
    }

    @Test func dayArithmeticIsUnaffectedByDaylightSaving() {
        #expect(day("2026-10-31").adding(days: 2, in: newYork) == day("2026-11-02"))
        #expect(day("2026-03-07").adding(days: 1, in: newYork) == day("2026-03-08"))
    }

    @Test func aWeekdayFollowUpStaysPut() {
        // Two weeks from Monday, Nov 23 end on Monday, Dec 7; plus two days is Wednesday, Dec 9.
        let end = schedule.timeFrameEnd(.within(2, .weeks), interviewDay: day("2026-11-23"))
        #expect(end == day("2026-12-07"))
        #expect(schedule.firstFollowUp(timeFrameEnd: end) == day("2026-12-09"))
    }

    @Test(arguments: [("2026-12-10", "2026-12-14"), ("2026-12-11", "2026-12-14"), ("2026-12-09", "2026-12-11")])
    func aFollowUpNeverLandsOnAWeekend(frameEnd: String, expected: String) {
        let first = schedule.firstFollowUp(timeFrameEnd: day(frameEnd))
        #expect(first == day(expected))
        #expect(!first.isWeekend(in: newYork))
    }

    @Test func theSecondFollowUpIsAWeekAfterTheFirstActuallyHappened() {
        #expect(schedule.secondFollowUp(firstFollowUp: day("2026-12-14")) == day("2026-12-21"))
        // Done on a Saturday: a week later is a Saturday too, moved to Monday.
        #expect(schedule.secondFollowUp(firstFollowUp: day("2026-12-19")) == day("2026-12-28"))
    }

    @Test func followUpsSentEarlyNeverBringLettingGoBeforeTheirTimeFrameHasRun() throws {
        var app = Application()
        app.interviewEnd = try ISOMoment.parse("2026-12-01T16:00", calendar: newYork)
        app.timeFrame = .by(day("2026-12-31"))
        app.records[.firstFollowUp] = StepRecord(.done, on: day("2026-12-11"))
        app.records[.secondFollowUp] = StepRecord(.done, on: day("2026-12-14"))
        let now = try ISOMoment.parse("2026-12-15T09:00", calendar: newYork)
        let days = try #require(Planner(calendar: newYork).days(for: app, at: now))
        // On time: first follow-up Jan 4 (Dec 31 plus the cushion, off the New Year), second Jan 11, let go Jan 18.
        #expect(days.letGo >= day("2027-01-18"))
        app.records = [:]
        let onTime = try #require(Planner(calendar: newYork).days(for: app, at: now))
        #expect(days.letGo == onTime.letGo)
    }

    @Test func spansCrossMonthAndYearEnds() {
        #expect(schedule.timeFrameEnd(.within(2, .weeks), interviewDay: day("2026-12-24")) == day("2027-01-07"))
        #expect(schedule.timeFrameEnd(.within(10, .days), interviewDay: day("2026-01-25")) == day("2026-02-04"))
        #expect(schedule.timeFrameEnd(.within(1, .months), interviewDay: day("2026-01-31")) == day("2026-02-28"))
        #expect(schedule.timeFrameEnd(.within(1, .months), interviewDay: day("2028-01-31")) == day("2028-02-29"))
    }

    @Test func businessDaysSkipWeekends() {
        // Friday, Dec 4 plus five business days is Friday, Dec 11.
        #expect(schedule.timeFrameEnd(.within(5, .businessDays), interviewDay: day("2026-12-04")) == day("2026-12-11"))
        // Wednesday, Dec 30 plus three business days crosses the year: Monday, Jan 4.
        #expect(schedule.timeFrameEnd(.within(3, .businessDays), interviewDay: day("2026-12-30")) == day("2027-01-04"))
    }

    @Test func aDateTimeFrameIsTakenAsGiven() {
        #expect(schedule.timeFrameEnd(.by(day("2026-12-11")), interviewDay: day("2026-11-26")) == day("2026-12-11"))
    }

    @Test func anUnknownTimeFrameAssumesTwoWeeks() {
        let assumed = schedule.timeFrameEnd(.unknown, interviewDay: day("2026-11-26"))
        #expect(assumed == schedule.timeFrameEnd(TimeFrame.assumed, interviewDay: day("2026-11-26")))
        #expect(assumed == day("2026-12-10"))
    }

    @Test func theCoachSaysWhatItAssumesWhenNoTimeFrameIsKnown() throws {
        var app = Application()
        app.interviewEnd = try ISOMoment.parse("2026-11-26T17:00", calendar: newYork)
        app.timeFrame = .unknown
        let plan = try #require(Planner(calendar: newYork).plan(for: app, at: app.interviewEnd!))
        #expect(plan.step(.askNextStep)?.note == "time frame unknown: assuming two weeks")
    }

    @Test func aCalendarNoteIsDueTodayAfterItsFollowUpMoved() throws {
        var app = Application()
        app.interviewEnd = try ISOMoment.parse("2026-11-20T15:00", calendar: newYork)
        app.timeFrame = .within(1, .weeks)
        app.records[.sendThankYou] = StepRecord(.done, on: day("2026-11-20"))
        let now = try ISOMoment.parse("2026-11-21T09:00", calendar: newYork)
        try app.apply(.employerStillDeciding(until: day("2026-12-15")), on: day("2026-11-21"))
        let plan = try #require(Planner(calendar: newYork).plan(for: app, at: now))
        let note = try #require(plan.actions.first { $0.step == .scheduleFirstFollowUp })
        #expect(note.day == day("2026-11-21"))
        #expect(note.when(today: day("2026-11-21"), text: DateText(calendar: newYork)) == "due today")
        #expect(plan.step(.scheduleFirstFollowUp)?.day == day("2026-11-21"))
    }

    @Test func aCalendarNoteAskedForOnTwoDaysIsLeftToThePlan() throws {
        var app = Application()
        app.interviewEnd = try ISOMoment.parse("2026-12-15T16:30", calendar: newYork)
        app.timeFrame = .within(2, .weeks)
        app.records[.sendThankYou] = StepRecord(.done, on: day("2026-12-15"))
        try app.apply(.employerStillDeciding(until: day("2027-01-29")), on: day("2026-12-17"))
        let planner = Planner(calendar: newYork)
        let asked = try #require(planner.plan(for: app, at: try ISOMoment.parse("2026-12-17T09:00", calendar: newYork)))
        #expect(asked.actions.contains { $0.step == .scheduleFirstFollowUp && $0.status == .due })
        let later = try #require(planner.plan(for: app, at: try ISOMoment.parse("2027-01-05T09:00", calendar: newYork)))
        #expect(!later.actions.contains { $0.step == .scheduleFirstFollowUp })
        #expect(later.step(.scheduleFirstFollowUp)?.status == .unknown)
        #expect(later.step(.scheduleFirstFollowUp)?.note == "not confirmed; for 2027-02-01")
    }

    @Test func theDayOfAMomentDependsOnTheZone() throws {
        let tokyo = Self.calendar("Asia/Tokyo")
        let end = try ISOMoment.parse("2026-11-27T08:00", calendar: tokyo)
        #expect(Day(end, in: tokyo) == day("2026-11-27"))
        #expect(Day(end, in: newYork) == day("2026-11-26"))
    }

    @Test func anExplicitOffsetIsHonoured() throws {
        let date = try ISOMoment.parse("2026-11-26T17:00+01:00", calendar: newYork)
        #expect(DateText(calendar: newYork).moment(date) == "Thursday, Nov 26 at 11:00 AM")
    }

    @Test(arguments: ["tomorrow", "2026-13-01", "2026-02-30T10:00", "2026-11-26T25:00"])
    func anUnreadableMomentIsRefused(text: String) {
        #expect(throws: ISOMomentError.unreadable(text)) { try ISOMoment.parse(text, calendar: newYork) }
    }
}
