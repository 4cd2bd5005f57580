import FollowUpCore
import Foundation
import GRDB
import Testing

@testable import FollowUpStore

/// Opening the database: read-only opens write nothing, refused files stay as they were.
struct OpeningTests {
    let calendar = StoreTests.calendar
    let now = try! ISOMoment.parse("2026-11-26T17:00", calendar: StoreTests.calendar)

    func folder(for path: String) throws {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    }

    func bytes(_ path: String) -> Data? {
        FileManager.default.contents(atPath: path)
    }

    @Test func readingAMissingDatabaseShowsNothingAndCreatesNothing() throws {
        let path = StoreTests.scratchPath()
        let store = try Store.openForReading(path: path, calendar: calendar)
        #expect(try store.summaries(includeClosed: true).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(!FileManager.default.fileExists(atPath: (path as NSString).deletingLastPathComponent))
    }

    @Test func readingLeavesTheFileAsItWas() throws {
        let path = StoreTests.scratchPath()
        do {
            let store = try Store.open(path: path, calendar: calendar)
            _ = try store.insert(StoreTests().conversation(company: "Acme"), now: now)
        }
        let before = bytes(path)
        let store = try Store.openForReading(path: path, calendar: calendar)
        #expect(try store.summaries().map(\.company) == ["Acme"])
        #expect(throws: StoreError.self) { try store.insert(Conversation(), now: now) }
        #expect(bytes(path) == before)
    }

    @Test func readingAnOlderSchemaMigratesACopyInMemory() throws {
        let path = StoreTests.scratchPath()
        try folder(for: path)
        let old = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(old, upTo: "v1-applications")
        try old.write { db in
            try db.execute(
                sql: """
                    INSERT INTO application (id, company, phase, version, createdAt, updatedAt)
                    VALUES (1, 'Acme', 'at-interview', 1, '2026-11-26 22:00:00.000', '2026-11-26 22:00:00.000')
                    """)
        }
        try old.close()
        let before = bytes(path)
        let store = try Store.openForReading(path: path, calendar: calendar)
        #expect(try store.summaries().map(\.company) == ["Acme"])
        #expect(bytes(path) == before)
    }

    @Test func aNewerSchemaIsRefusedByteForByteUntouched() throws {
        let path = StoreTests.scratchPath()
        _ = try Store.open(path: path, calendar: calendar)
        let queue = try DatabaseQueue(path: path)
        try queue.write {
            try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        }
        try queue.close()
        let before = bytes(path)
        #expect(throws: StoreError.newerSchema(path)) { try Store.open(path: path, calendar: calendar) }
        #expect(throws: StoreError.newerSchema(path)) { try Store.openForReading(path: path, calendar: calendar) }
        #expect(bytes(path) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal") || bytes(path + "-wal")?.isEmpty == true)
    }

    @Test func anotherProgramsSQLiteFileIsRefusedUntouched() throws {
        let path = StoreTests.scratchPath()
        try folder(for: path)
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "CREATE TABLE recipes (name TEXT)") }
        try queue.close()
        let before = bytes(path)
        #expect(throws: StoreError.notADatabase(path)) { try Store.open(path: path, calendar: calendar) }
        #expect(bytes(path) == before)
    }

    @Test func aLinkToNothingIsRefusedNotReplaced() throws {
        let path = StoreTests.scratchPath()
        try folder(for: path)
        let target = path + ".gone"
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
        #expect(throws: StoreError.danglingLink(path, target)) { try Store.open(path: path, calendar: calendar) }
        #expect(throws: StoreError.danglingLink(path, target)) {
            try Store.openForReading(path: path, calendar: calendar)
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path) == target)
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test func everyCommitIsSyncedInFull() throws {
        let store = try Store.open(path: StoreTests.scratchPath(), calendar: calendar)
        #expect(try store.writer.write { try Int.fetchOne($0, sql: "PRAGMA synchronous") } == 2)
    }
}
