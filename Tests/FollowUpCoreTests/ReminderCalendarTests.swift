import Foundation
import Testing

@testable import FollowUpCore

/// The iCalendar text: escaping, folding, line ends, stable identities, cancellation.
struct ReminderCalendarTests {
    let calendar = ScheduleTests.calendar("America/New_York")
    let now = try! ISOMoment.parse("2026-11-26T18:00", calendar: ScheduleTests.calendar("America/New_York"))

    func entry(company: String, version: Int = 1) -> ReminderCalendar.Entry {
        var app = Application()
        app.company = company
        app.role = "Designer"
        app.interviewEnd = try! ISOMoment.parse("2026-11-26T17:00", calendar: calendar)
        app.contacts = [Contact(name: "Sarah Lee")]
        app.timeFrame = .within(2, .weeks)
        return ReminderCalendar.Entry(id: 7, version: version, application: app)
    }

    func lines(_ text: String) -> [String] {
        text.components(separatedBy: "\r\n").dropLast().map { $0 }
    }

    @Test func textIsEscapedSoItCannotAddProperties() {
        #expect(ICalendarText.escaped("a,b;c\\d\ne\u{7}f") == "a\\,b\\;c\\\\d\\ne" + "f")
        let text = ReminderCalendar(calendar: calendar).document(
            for: [entry(company: "Evil\nBEGIN:VEVENT;x,y")], now: now)
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.components(separatedBy: "\r\nBEGIN:VEVENT\r\n").count - 1 == 4)
        #expect(unfolded.contains("(Designer at Evil\\nBEGIN:VEVENT\\;x\\,y)"))
    }

    @Test func theDeclinePathHasItsOwnEventsAndTheFollowUpsAreCancelled() throws {
        var declining = entry(company: "Acme")
        try declining.application.apply(.candidateLostInterest, on: Day(now, in: calendar))
        let unfolded = ReminderCalendar(calendar: calendar).document(for: [declining], now: now)
            .replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("SUMMARY:A short thank-you for the meeting (Designer at Acme)"))
        #expect(!unfolded.contains("Decline politely"))
        try declining.application.apply(.employerAskedAboutNextSteps, on: Day(now, in: calendar))
        let asked = ReminderCalendar(calendar: calendar).document(for: [declining], now: now)
            .replacingOccurrences(of: "\r\n ", with: "")
        #expect(asked.contains("SUMMARY:Decline politely to Sarah Lee (Designer at Acme)"))
        #expect(asked.components(separatedBy: "STATUS:CONFIRMED").count - 1 == 1)
    }

    /// From trial 18: the day a next round or an offer's answer is set for is an event of its own.
    @Test func theirDayIsAnEvent() throws {
        var invited = entry(company: "Acme")
        let day = Day(year: 2026, month: 12, day: 9)
        try invited.application.apply(.employerAnswered(.nextRound), on: Day(now, in: calendar))
        try invited.application.apply(.nextRoundOn(day), on: Day(now, in: calendar))
        let unfolded = ReminderCalendar(calendar: calendar).document(for: [invited], now: now)
            .replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("UID:followup-7-their-day@followup.local\r\n"))
        #expect(unfolded.contains("DTSTART;VALUE=DATE:20261209\r\n"))
        #expect(unfolded.contains("SUMMARY:Your next round (Designer at Acme)"))
    }

    @Test func controlCharactersAndDirectionOverridesAreDropped() {
        var hostile = entry(company: "Ac\u{1B}]0;pwned\u{7}me\u{0}\u{7F}\u{9B}2J\u{202E}\u{2066}")
        hostile.application.contacts = [Contact(name: "Sa\u{1B}[2Jrah\rLee")]
        let text = ReminderCalendar(calendar: calendar).document(for: [hostile], now: now)
        let kept = text.unicodeScalars.filter {
            $0.properties.generalCategory == .control || $0.properties.generalCategory == .format
        }
        #expect(Set(kept) == ["\r", "\n"])
        #expect(text.contains("Designer at Ac]0\\;pwnedme2J)"))
        #expect(text.contains("SUMMARY:Follow up with Sa[2Jrah\\nLee"))
    }

    @Test func linesAreFoldedAt75OctetsWithCRLF() {
        let long = "SUMMARY:" + String(repeating: "é", count: 100)
        let folded = ICalendarText.folded(long)
        #expect(folded.allSatisfy { $0.utf8.count <= 75 })
        #expect(folded.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(folded.map { $0.hasPrefix(" ") ? String($0.dropFirst()) : $0 }.joined() == long)
        let text = ReminderCalendar(calendar: calendar).document(for: [entry(company: "Acme")], now: now)
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(lines(text).allSatisfy { $0.utf8.count <= 75 })
    }

    @Test func identitiesStayWhenTheApplicationChanges() {
        let before = ReminderCalendar(calendar: calendar).document(for: [entry(company: "Acme")], now: now)
        var changed = entry(company: "Acme", version: 2)
        changed.application.timeFrame = .within(3, .weeks)
        let after = ReminderCalendar(calendar: calendar).document(for: [changed], now: now)
        let uids = { (text: String) in self.lines(text).filter { $0.hasPrefix("UID:") } }
        #expect(uids(before) == uids(after))
        #expect(uids(before).count == 4)
        #expect(after.contains("DTSTART;VALUE=DATE:20261221\r\n"))
        #expect(after.contains("SEQUENCE:2\r\n"))
    }

    /// A second follow-up waiting on the first is on the day /plan shows, tentative, with no alarm:
    /// neither cancelled with nothing in its place nor a reminder to send two at once.
    @Test func aWaitingSecondFollowUpIsTentativeOnThePlansDay() throws {
        let app = entry(company: "Acme")
        let later = try ISOMoment.parse("2026-12-21T12:00", calendar: calendar)
        let calendarText = ReminderCalendar(calendar: calendar)
        let planned = try #require(calendarText.planner.plan(for: app.application, at: later)?.step(.secondFollowUp))
        #expect(planned.status == .waiting)
        let day = try #require(planned.day)
        let events = calendarText.document(for: [app], now: later).replacingOccurrences(of: "\r\n ", with: "")
            .components(separatedBy: "BEGIN:VEVENT")
        let second = try #require(events.first { $0.contains("-second-follow-up@") })
        #expect(second.contains("DTSTART;VALUE=DATE:\(ICalendarText.date(day))"))
        #expect(second.contains("STATUS:TENTATIVE"))
        #expect(!second.contains("VALARM"))
    }

    @Test func aClosedApplicationCancelsItsReminders() {
        var closed = entry(company: "Acme", version: 3)
        closed.application.closure = Closure(reason: .withdrew, on: Day(iso: "2026-11-30")!)
        let text = ReminderCalendar(calendar: calendar).document(for: [closed], now: now)
        #expect(lines(text).filter { $0.hasPrefix("STATUS:") } == Array(repeating: "STATUS:CANCELLED", count: 4))
        #expect(!text.contains("BEGIN:VALARM"))
    }

    @Test func theThankYouNotesAreWrittenTheMorningAfterInUTCAndFollowUpsAreWholeDays() {
        let text = ReminderCalendar(calendar: calendar).document(for: [entry(company: "Acme")], now: now)
        // Ended 5 PM Thursday: 9 to 9:30 AM on Friday, its alarm then, hours before the 5 PM deadline.
        #expect(text.contains("DTSTART:20261127T140000Z\r\nDTEND:20261127T143000Z\r\n"))
        #expect(text.contains("TRIGGER:PT0S\r\n"))
        #expect(text.contains("SUMMARY:Write your thank-you note (Designer at Acme)\r\n"))
        #expect(
            text.replacingOccurrences(of: "\r\n ", with: "").contains(
                "DESCRIPTION:Send a thank-you note to Sarah Lee\\,"))
        #expect(text.replacingOccurrences(of: "\r\n ", with: "").contains("by Friday\\, Nov 27 at 5:00 PM."))
        #expect(text.contains("DTSTART;VALUE=DATE:20261214\r\n"))
        #expect(text.contains("TRIGGER:PT9H\r\n"))
    }

    @Test func theThankYouEventNamesOnlyTheNotesStillToWrite() throws {
        var acme = entry(company: "Acme")
        acme.application.contacts.append(Contact(name: "Raj Iyer"))
        try acme.application.apply(.thankYouSent(to: [acme.application.contacts[0].id]), on: Day(iso: "2026-11-26")!)
        let text = ReminderCalendar(calendar: calendar).document(for: [acme], now: now)
            .replacingOccurrences(of: "\r\n ", with: "")
        #expect(text.contains("SUMMARY:Write your thank-you note (Designer at Acme)\r\n"))
        #expect(text.contains("DESCRIPTION:Send a thank-you note to Raj Iyer\\,"))
    }

    @Test func aMorningInterviewsThankYouNotesAreWrittenThatEvening() throws {
        let reminders = ReminderCalendar(calendar: calendar)
        let end = try ISOMoment.parse("2026-11-26T10:00", calendar: calendar)
        let deadline = Schedule(calendar: calendar).thankYouDeadline(interviewEnd: end)
        #expect(
            reminders.thankYouSlot(interviewEnd: end, deadline: deadline)
                == Day(iso: "2026-11-26")!.at(hour: 17, minute: 0, in: calendar))
        let noon = try ISOMoment.parse("2026-11-26T12:00", calendar: calendar)
        #expect(
            reminders.thankYouSlot(interviewEnd: noon, deadline: noon.addingTimeInterval(86_400))
                == Day(iso: "2026-11-27")!.at(hour: 9, minute: 0, in: calendar))
    }
}
