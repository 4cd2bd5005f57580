import Foundation
import Testing

@testable import FollowUpCore

/// Holidays by rule, and the schedule that moves follow-ups off them.
struct HolidayTests {
    let newYork = ScheduleTests.calendar("America/New_York")

    func day(_ iso: String) -> Day { Day(iso: iso)! }

    func schedule(_ region: Region) -> Schedule {
        Schedule(calendar: newYork, holidays: HolidayCalendar(region: region))
    }

    @Test func aFollowUpDueOnChristmasMovesToMondayAndSaysWhy() {
        // The time frame ends Wednesday, Dec 23, 2026: two days' cushion gives Friday, Dec 25.
        let us = schedule(.unitedStates)
        #expect(us.firstFollowUp(timeFrameEnd: day("2026-12-23")) == day("2026-12-28"))
        let shift = us.shift(day("2026-12-25"))
        #expect(shift.moved && shift.day == day("2026-12-28") && shift.weekend)
        #expect(shift.holidays == [Holiday(day: day("2026-12-25"), name: "Christmas Day")])
    }

    @Test func inEnglandBoxingDayObservedOnMondayMovesItOnceMore() {
        let gb = schedule(.englandAndWales)
        #expect(gb.firstFollowUp(timeFrameEnd: day("2026-12-23")) == day("2026-12-29"))
        let shift = gb.shift(day("2026-12-25"))
        #expect(shift.holidays.map(\.name) == ["Christmas Day", "Boxing Day (observed)"])
        #expect(shift.holidays.map(\.day) == [day("2026-12-25"), day("2026-12-28")])
    }

    @Test func withoutARegionOnlyWeekendsMoveAFollowUp() {
        let none = schedule(.none)
        #expect(none.firstFollowUp(timeFrameEnd: day("2026-12-23")) == day("2026-12-25"))
        #expect(!none.shift(day("2026-12-25")).moved)
        #expect(Schedule(calendar: newYork).shift(day("2026-12-26")) == none.shift(day("2026-12-26")))
        #expect(none.shift(day("2026-12-26")).day == day("2026-12-28"))
    }

    @Test func theSecondFollowUpAndLettingGoSkipHolidaysToo() {
        let us = schedule(.unitedStates)
        // Thanksgiving, Thursday Nov 26, 2026, a week after Nov 19.
        #expect(us.secondFollowUp(firstFollowUp: day("2026-11-19")) == day("2026-11-27"))
        // New Year's Day, Friday Jan 1, 2027, a week after Dec 25.
        #expect(us.letGo(secondFollowUp: day("2026-12-25")) == day("2027-01-04"))
    }

    @Test func anObservedDayCanFallInTheYearBefore() {
        // New Year's Day 2028 is a Saturday: the United States observes it on Friday, Dec 31, 2027.
        let us = HolidayCalendar(region: .unitedStates)
        #expect(us.holiday(on: day("2027-12-31"))?.name == "New Year's Day (observed)")
        #expect(us.holidays(in: 2028).first?.day == day("2028-01-01"))
        #expect(HolidayCalendar.none.holidays(in: 2026).isEmpty)
    }

    @Test func aHolidayOnAWeekendIsKeptOnAWeekdayWhereTheRegionDoesSo() {
        // Boxing Day on Saturday, Dec 26, 2026 is kept on Monday, Dec 28 in Australia, New
        // Zealand and England; Christmas on Saturday, Dec 25, 2027 on the Monday and
        // Boxing Day on the Tuesday; New Year's Day on Saturday, Jan 1, 2028 on Monday, Jan 3.
        let observed: [Region: [String]] = [
            .australia: ["2026-12-28", "2027-12-27", "2027-12-28", "2028-01-03"],
            .newZealand: [
                "2026-04-27", "2026-12-28", "2027-01-04", "2027-02-08", "2027-04-26", "2027-12-27", "2027-12-28",
                "2028-01-03", "2028-01-04", "2028-02-07",
            ],
            .englandAndWales: ["2026-12-28", "2027-12-27", "2027-12-28", "2028-01-03"],
            // Ireland gives no day off by law for a holiday on a weekend; Canada Day on a
            // Saturday (2028) keeps its day.
            .ireland: [],
            .canada: ["2027-12-27", "2028-01-03"],
            .unitedStates: [
                "2026-07-03", "2027-06-18", "2027-07-05", "2027-12-24", "2027-12-31", "2028-11-10",
            ],
        ]
        for (region, days) in observed {
            let calendar = HolidayCalendar(region: region)
            let kept = (2026...2028).flatMap(calendar.holidays(in:)).filter { $0.name.hasSuffix("(observed)") }
            #expect(kept.map(\.day) == days.map(day), "\(region)")
        }
        // Australia Day on a Sunday (Jan 26, 2025) is kept on the Monday.
        #expect(HolidayCalendar(region: .australia).holiday(on: day("2025-01-27"))?.name == "Australia Day")
    }

    @Test func easterFollowsTheComputus() {
        let known = ["2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28", "2038-04-25", "2285-03-22"]
        for iso in known {
            #expect(Easter.sunday(in: day(iso).year) == day(iso))
        }
    }

    @Test func ordinalDaysAgreeWithTheGregorianCalendar() {
        var current = day("1999-12-25")
        for _ in 0..<2000 {
            let next = current.adding(days: 1, in: newYork)
            #expect(next.ordinal == current.ordinal + 1 && Day(ordinal: next.ordinal) == next)
            #expect((next.isoWeekday + 1) % 7 + 1 == next.weekday(in: newYork))
            current = next
        }
    }

    /// Counting one day at a time, as the rule says.
    func slowlyAdding(_ count: Int, to start: Day, in schedule: Schedule) -> Day {
        var day = start
        var left = count
        while left > 0 {
            day = day.plus(1)
            if !day.isSaturdayOrSunday && schedule.holidays.holiday(on: day) == nil { left -= 1 }
        }
        return day
    }

    @Test func businessDaysCountHolidaysAsDaysOff() {
        for region in [Region.none, .unitedStates, .englandAndWales, .newZealand] {
            let schedule = schedule(region)
            var start = day("2026-12-17")
            for _ in 0..<16 {
                for count in [0, 1, 2, 3, 4, 5, 6, 9, 10, 11, 23, 260, 700] {
                    #expect(
                        schedule.adding(businessDays: count, to: start) == slowlyAdding(count, to: start, in: schedule),
                        "\(region) \(start) + \(count)")
                }
                start = start.plus(1)
            }
        }
    }

    @Test func hugeCountsAreClampedToTheBound() {
        let us = schedule(.unitedStates)
        let start = day("2026-11-26")
        let bound = us.adding(businessDays: Schedule.maximumBusinessDays, to: start)
        #expect(bound == slowlyAdding(Schedule.maximumBusinessDays, to: start, in: us))
        #expect(us.adding(businessDays: Int.max, to: start) == bound)
        #expect(us.adding(businessDays: -5, to: start) == start)
    }

    @Test func regionsAreReadFromTheirCodes() {
        #expect(Region(code: "gb") == .englandAndWales)
        #expect(Region(code: "UK") == .englandAndWales)
        #expect(Region(code: "none") == Region.none)
        #expect(Region(code: "XX") == nil)
    }
}
