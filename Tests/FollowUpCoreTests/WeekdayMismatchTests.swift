import Foundation
import Testing

@testable import FollowUpCore

/// A weekday said with a day of the month it does not fall on (trial 19, Sydney).
struct WeekdayMismatchTests {
    let calendar = ScheduleTests.calendar("Australia/Sydney")

    @Test func fridayTheSecondOnASaturdayKeepsTheFridayBeforeAsTheOtherReading() throws {
        let now = try ISOMoment.parse("2026-12-16T08:40", calendar: calendar)
        let mention = try #require(
            DateFinder(calendar: calendar).mentions(
                in: "actually jess said COB friday the 2nd not a fortnight, sorry", reference: now
            ).first)
        #expect(mention.end?.day == Day(iso: "2027-01-02"))
        #expect(mention.end?.hour == 17)
        #expect(mention.alternative?.day == Day(iso: "2027-01-01"))
    }
}
