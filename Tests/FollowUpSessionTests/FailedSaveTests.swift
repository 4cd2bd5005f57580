import FollowUpCore
import FollowUpSession
import Foundation
import GRDB
import Testing

@testable import FollowUpStore

/// A save that fails leaves the answer untaken, and the chat asks its question again.
struct FailedSaveTests {
    @Test func afterAFailedSaveThePendingQuestionIsAskedAgain() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "America/New_York")!
        let now = try ISOMoment.parse("2026-11-26T17:00", calendar: calendar)
        let store = try Store.inMemory(calendar: calendar)
        var desk = Desk(store: store, coach: Coach(calendar: calendar))
        _ = desk.open(now: now)
        let asked = desk.respond(to: "Acme", now: now)
        try store.writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA query_only = ON") }
        let failed = desk.respond(to: "Designer", now: now)
        #expect(failed.first?.hasPrefix("I couldn't save that") == true)
        #expect(failed.last == asked.last)
        #expect(desk.application.role == nil)
        try store.writer.writeWithoutTransaction { try $0.execute(sql: "PRAGMA query_only = OFF") }
        _ = desk.respond(to: "Designer", now: now)
        #expect(desk.application.role == "Designer")
    }
}
