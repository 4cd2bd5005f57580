import FollowUpCore
import Foundation
import GRDB
import Testing

@testable import FollowUpStore

/// Stage-history rows hold phases the core knows as phases, and keep any other text as stored.
struct StageHistoryTests {
    let now = try! ISOMoment.parse("2026-11-26T17:00", calendar: StoreTests.calendar)

    @Test func knownPhasesAreReadAsPhasesAndOtherTextIsKeptAsStored() throws {
        #expect(RecordedPhase("closed:withdrew") == .known(.closed(.withdrew)))
        #expect(RecordedPhase("answered:offer") == .known(.answered(.offer)))
        #expect(RecordedPhase("closed:on-a-whim") == .unknown("closed:on-a-whim"))
        let store = try Store.inMemory(calendar: StoreTests.calendar)
        let stored = try store.insert(StoreTests().conversation(company: "Acme"), now: now)
        try store.writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO stageChange (applicationId, at, fromPhase, toPhase)
                    VALUES (?, '2026-11-27 10:00:00.000', 'first-day', 'on-hold')
                    """, arguments: [stored.id])
        }
        let history = try store.stageChanges(of: stored.id)
        #expect(history.map(\.toPhase) == [.known(.stage(.firstDay)), .unknown("on-hold")])
        #expect(history.last?.fromPhase == .known(.stage(.firstDay)))

        let document = try store.export(now: now)
        #expect(document.applications[0].stageHistory.map(\.to) == ["first-day", "on-hold"])
        let fresh = try Store.inMemory(calendar: StoreTests.calendar)
        try fresh.importDocument(try ExportDocument.read(document.json()), replace: false)
        #expect(try fresh.stageChanges(of: stored.id) == history)
        let text = try fresh.read { db in
            try String.fetchAll(db, sql: "SELECT toPhase FROM stageChange ORDER BY id")
        }
        #expect(text == ["first-day", "on-hold"])
    }
}
