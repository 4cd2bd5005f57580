import FollowUpCore
import Foundation
import GRDB
import Testing

@testable import FollowUpStore

/// People's numbers in the database and in exports, including those made before numbers existed.
struct ContactNumberStoreTests {
    let now = try! ISOMoment.parse("2026-11-26T17:00", calendar: StoreTests.calendar)

    @Test func aDatabaseMadeByTheFourthSchemaNumbersItsPeopleInOrder() throws {
        let path = try StoreTests.oldDatabase(
            upTo: "v4-wait-until",
            people: """
                INSERT INTO contact (applicationId, position, name, thankedOn)
                VALUES (1, 1, 'Tom Park', '2026-11-27'), (1, 0, 'Sarah Lee', NULL)
                """)
        let store = try Store.open(path: path, calendar: StoreTests.calendar)
        let loaded = try #require(try store.load(1))
        #expect(loaded.application.contacts.map(\.name) == ["Sarah Lee", "Tom Park"])
        #expect(loaded.application.contacts.map(\.id) == [1, 2])
        #expect(loaded.application.contacts.map(\.thankedOn) == [nil, Day(iso: "2026-11-27")])
    }

    @Test func aRenameKeepsTheNumberAndTheThankYouInTheStore() throws {
        let store = try Store.inMemory(calendar: StoreTests.calendar)
        var stored = try store.insert(StoreTests().conversation(company: "Acme"), now: now)
        let day = try #require(Day(iso: "2026-11-27"))
        try stored.application.apply(.thankYouSent(to: [2]), on: day)
        stored.application.contacts.remove(at: 0)
        stored.application.contacts[0].name = "Thomas Park"
        stored.application.contacts.append(Contact(name: "Ana Ruiz"))
        try store.save(&stored, now: now)
        let loaded = try #require(try store.load(stored.id)).application.contacts
        #expect(loaded.map(\.name) == ["Thomas Park", "Ana Ruiz"])
        #expect(loaded.map(\.id) == [2, 3])
        #expect(loaded.map(\.thankedOn) == [day, nil])
    }

    @Test func anExportWritesNumbersAndOneWithoutThemStillImports() throws {
        let store = try Store.inMemory(calendar: StoreTests.calendar)
        var stored = try store.insert(StoreTests().conversation(company: "Acme"), now: now)
        stored.application.contacts.remove(at: 0)
        stored.application.contacts.append(Contact(name: "Ana Ruiz"))
        try store.save(&stored, now: now)
        let exported = try store.export(now: now).json()
        let contacts =
            try #require(
                ((try JSONSerialization.jsonObject(with: exported) as? [String: Any])?["applications"]
                    as? [[String: Any]])?
                    .first?["application"] as? [String: Any])["contacts"] as? [[String: Any]]
        #expect(contacts?.compactMap { $0["id"] as? Int } == [2, 3])

        let withoutNumbers = String(decoding: exported, as: UTF8.self).replacingOccurrences(
            of: #""id" : \d+,\s*"name""#, with: #""name""#, options: .regularExpression)
        #expect(!withoutNumbers.contains(#""id" : 2"#))
        let fresh = try Store.inMemory(calendar: StoreTests.calendar)
        try fresh.importDocument(try ExportDocument.read(Data(withoutNumbers.utf8)), replace: false)
        let imported = try #require(try fresh.load(stored.id)).application.contacts
        #expect(imported.map(\.name) == ["Tom Park", "Ana Ruiz"])
        #expect(imported.map(\.id) == [1, 2])
    }

    @Test func aNumberUsedTwiceInOneApplicationIsRefusedNamingIt() throws {
        let store = try Store.inMemory(calendar: StoreTests.calendar)
        _ = try store.insert(StoreTests().conversation(company: "Acme"), now: now)
        var document = try store.export(now: now)
        document.applications[0].application.contacts[1].id = 1
        let fresh = try Store.inMemory(calendar: StoreTests.calendar)
        #expect(
            throws: TransferError.invalid(
                "applications[0].application.contacts[1].id",
                "is 1 a second time in application #1; each person needs a number of their own")
        ) {
            try fresh.importDocument(document, replace: false)
        }
        #expect(try fresh.summaries(includeClosed: true).isEmpty)
        document.applications[0].application.contacts[1].id = -2
        #expect(throws: TransferError.self) { try fresh.importDocument(document, replace: false) }
    }
}
