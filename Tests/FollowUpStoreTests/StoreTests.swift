import FollowUpCore
import Foundation
import GRDB
import Testing

@testable import FollowUpStore

/// The store on in-memory and scratch databases.
struct StoreTests {
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "America/New_York")!
        return calendar
    }()
    let now = try! ISOMoment.parse("2026-11-26T17:00", calendar: StoreTests.calendar)

    static func scratchPath(_ name: String = "test.sqlite") -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "followup-store-\(UUID().uuidString)")
        return folder.appendingPathComponent(name).path
    }

    /// A walked-through application, as the chat would leave it.
    func conversation(
        company: String, contacts: [String] = ["Sarah Lee", "Tom Park"], timeFrame: TimeFrame = .within(2, .weeks)
    ) -> Conversation {
        var conversation = Conversation.resumed
        conversation.application.company = company
        conversation.application.role = "Designer"
        conversation.application.interviewEnd = now
        conversation.application.contacts = contacts.map { Contact(name: $0) }
        conversation.application.timeFrame = timeFrame
        for step in StepID.atInterview {
            conversation.application.records[step] = StepRecord(.done, on: Day(iso: "2026-11-26"))
        }
        return conversation
    }

    @Test func whatIsSavedLoadsBackTheSame() throws {
        let store = try Store.inMemory(calendar: Self.calendar)
        var stored = try store.insert(
            conversation(company: "Acme"), lines: [.init(speaker: "you", text: "Acme")], now: now)
        try stored.application.apply(.thankYouSent(to: [1]), on: Day(iso: "2026-11-27")!)
        stored.application.contacts[0].email = "sarah@acme.example"
        try store.save(&stored, lines: [.init(speaker: "you", text: "sent to Sarah")], now: now)
        let loaded = try #require(try store.load(stored.id))
        #expect(loaded == stored)
        #expect(loaded.version == 2)
        #expect(try store.turns(of: stored.id).map(\.text) == ["Acme", "sent to Sarah"])
    }

    @Test func aTakeHomeAskedForIsKept() throws {
        let store = try Store.inMemory(calendar: Self.calendar)
        var stored = try store.insert(conversation(company: "Acme"), now: now)
        try stored.application.apply(.employerAnswered(.nextRound), on: Day(iso: "2026-11-30")!)
        try stored.application.apply(.nextRoundOn(Day(iso: "2026-12-04")!), on: Day(iso: "2026-11-30")!)
        try stored.application.apply(.takeHomeAsked, on: Day(iso: "2026-11-30")!)
        try store.save(&stored, now: now)
        let loaded = try #require(try store.load(stored.id))
        #expect(loaded.application.roundIsTakeHome == true)
        #expect(try store.summaries().first?.roundIsTakeHome == true)
    }

    @Test func theHourOfTheNextRoundIsKept() throws {
        let store = try Store.inMemory(calendar: Self.calendar)
        var stored = try store.insert(conversation(company: "Acme"), now: now)
        try stored.application.apply(.employerAnswered(.nextRound), on: Day(iso: "2026-11-30")!)
        try stored.application.apply(
            .nextRoundOn(Day(iso: "2026-12-04")!, minute: 15 * 60), on: Day(iso: "2026-11-30")!)
        try store.save(&stored, now: now)
        let loaded = try #require(try store.load(stored.id))
        #expect(loaded.application.roundMinute == 900)
        #expect(try store.summaries().first?.roundMinute == 900)
        // A round moved to a day with no hour, or their answer, leaves no hour behind.
        stored = loaded
        try stored.application.apply(.nextRoundOn(Day(iso: "2026-12-08")!), on: Day(iso: "2026-12-01")!)
        #expect(stored.application.roundMinute == nil)
    }

    @Test func aSaveFromAStaleCopyIsRefused() throws {
        let store = try Store.inMemory(calendar: Self.calendar)
        var mine = try store.insert(conversation(company: "Acme"), now: now)
        var theirs = try #require(try store.load(mine.id))
        theirs.application.role = "Lead Designer"
        try store.save(&theirs, now: now)
        mine.application.role = "Junior Designer"
        #expect(throws: StoreError.changedElsewhere("Junior Designer at Acme")) { try store.save(&mine, now: now) }
        #expect(try store.load(mine.id)?.application.role == "Lead Designer")
    }

    @Test func stageChangesAreKept() throws {
        let store = try Store.inMemory(calendar: Self.calendar)
        var stored = try store.insert(conversation(company: "Acme"), now: now)
        try stored.application.apply(.thankYouSent(to: []), on: Day(iso: "2026-11-27")!)
        try stored.application.apply(.reminderAdded, on: Day(iso: "2026-11-27")!)
        try store.save(&stored, now: now)
        #expect(
            try store.stageChanges(of: stored.id).map(\.toPhase) == [
                .known(.stage(.firstDay)), .known(.stage(.firstFollowUp)),
            ])
    }

    @Test func findsByNumberCompanyAndPrefix() throws {
        let store = try Store.inMemory(calendar: Self.calendar)
        let acme = try store.insert(conversation(company: "Acme"), now: now)
        let globex = try store.insert(conversation(company: "Globex"), now: now)
        _ = try store.insert(conversation(company: "Globex Labs"), now: now)
        #expect(try store.find("#\(acme.id)").id == acme.id)
        #expect(try store.find("ACME").id == acme.id)
        #expect(try store.find("ac").id == acme.id)
        #expect(try store.find("globex").id == globex.id)
        #expect(throws: StoreError.ambiguous("glo", ["#2 Designer at Globex", "#3 Designer at Globex Labs"])) {
            try store.find("glo")
        }
        #expect(throws: StoreError.notFound("Initech")) { try store.find("Initech") }
    }

    @Test func findsByAWordOfTheCompanyOrSomeoneMet() throws {
        let store = try Store.inMemory(calendar: Self.calendar)
        let robotics = try store.insert(conversation(company: "Q-Ten Robotics", contacts: ["Priya Nair"]), now: now)
        let lumen = try store.insert(conversation(company: "Lumen", contacts: ["George Park"]), now: now)
        #expect(try store.find("robot").id == robotics.id)
        #expect(try store.find("george").id == lumen.id)
        #expect(try store.find("Priya").id == robotics.id)
        #expect(throws: StoreError.notFound("ro")) { try store.find("ro") }
    }

    @Test func theAgendaReadsAgainOnceAnotherProcessHasWritten() throws {
        let path = Self.scratchPath()
        let mine = try Store.open(path: path, calendar: Self.calendar)
        let theirs = try Store.open(path: path, calendar: Self.calendar)
        var stored = try mine.insert(conversation(company: "Acme"), now: now)
        let friday = try ISOMoment.parse("2026-11-27T09:00", calendar: Self.calendar)
        #expect(try mine.pending(now: friday).contains { $0.action.step == .sendThankYou })
        #expect(try mine.pending(now: friday).contains { $0.action.step == .sendThankYou })
        stored = try #require(try theirs.load(stored.id))
        try stored.application.apply(.thankYouSent(to: []), on: Day(iso: "2026-11-26")!)
        try theirs.save(&stored, now: now)
        #expect(try !mine.pending(now: friday).contains { $0.action.step == .sendThankYou })
    }

    @Test func pendingActionsPutOverdueFirstThenDueThenUpcoming() throws {
        let store = try Store.inMemory(calendar: Self.calendar)
        _ = try store.insert(conversation(company: "Later", contacts: ["Ann"], timeFrame: .within(1, .weeks)), now: now)
        var done = try store.insert(conversation(company: "Thanked", contacts: ["Bo"]), now: now)
        try done.application.apply(.thankYouSent(to: []), on: Day(iso: "2026-11-26")!)
        try done.application.apply(.reminderAdded, on: Day(iso: "2026-11-26")!)
        try store.save(&done, now: now)
        let friday = try ISOMoment.parse("2026-11-28T09:00", calendar: Self.calendar)
        let pending = try store.pending(now: friday)
        #expect(
            pending.map { "\($0.action.status) \($0.action.step.rawValue) \($0.application.application.company!)" } == [
                "overdue send-thank-you Later", "due schedule-first-follow-up Later",
                "upcoming first-follow-up Thanked",
            ])
        var closed = try #require(try store.load(done.id))
        closed.application.closure = Closure(reason: .withdrew, on: Day(iso: "2026-11-28")!)
        try store.save(&closed, now: friday)
        #expect(try store.pending(now: friday).allSatisfy { $0.application.id != done.id })
    }

    @Test func pendingListsWhatIsDueOldestFirstWhateverHasADeadlineTime() throws {
        let store = try Store.inMemory(calendar: Self.calendar)
        // Thanked but with no calendar note yet: the note has been due since the day after the interview.
        var older = conversation(company: "Acme", contacts: ["Ann"])
        older.application.interviewEnd = try ISOMoment.parse("2026-11-29T10:00", calendar: Self.calendar)
        var earlier = try store.insert(older, now: now)
        try earlier.application.apply(.thankYouSent(to: []), on: Day(iso: "2026-11-29")!)
        try store.save(&earlier, now: now)
        // Interviewed yesterday afternoon: its thank-you note is due by 3:00 PM today.
        var recent = conversation(company: "Globex", contacts: ["Bo"])
        recent.application.interviewEnd = try ISOMoment.parse("2026-11-30T15:00", calendar: Self.calendar)
        _ = try store.insert(recent, now: now)
        let tuesday = try ISOMoment.parse("2026-12-01T09:00", calendar: Self.calendar)
        let pending = try store.pending(now: tuesday).map(\.action)
        #expect(pending.map(\.step) == [.sendThankYou, .scheduleFirstFollowUp, .scheduleFirstFollowUp])
        #expect(pending.allSatisfy { $0.day == Day(iso: "2026-12-01")! })
    }

    @Test func aCalendarNoteDueByTheFirstDayComesBeforeANoteDueTheDayAfter() throws {
        let store = try Store.inMemory(calendar: Self.calendar)
        _ = try store.insert(conversation(company: "Acme", contacts: ["Ann"]), now: now)
        var next = conversation(company: "Globex", contacts: ["Bo"])
        next.application.interviewEnd = try ISOMoment.parse("2026-11-27T08:00", calendar: Self.calendar)
        _ = try store.insert(next, now: now)
        let friday = try ISOMoment.parse("2026-11-27T09:00", calendar: Self.calendar)
        let pending = try store.pending(now: friday)
        #expect(
            pending.map { "\($0.action.day) \($0.action.step.rawValue) \($0.application.application.company!)" } == [
                "2026-11-27 send-thank-you Acme", "2026-11-27 schedule-first-follow-up Acme",
                "2026-11-28 send-thank-you Globex", "2026-11-28 schedule-first-follow-up Globex",
            ])
    }

    @Test func exportThenImportGivesTheSameExport() throws {
        let store = try Store.inMemory(calendar: Self.calendar)
        var stored = try store.insert(
            conversation(company: "Acme"), lines: [.init(speaker: "you", text: "Acme")], now: now)
        try stored.application.apply(.candidateLostInterest, on: Day(iso: "2026-11-28")!)
        try store.save(&stored, lines: [.init(speaker: "you", text: "not interested")], now: now)
        _ = try store.insert(conversation(company: "Globex", timeFrame: .by(Day(iso: "2026-12-11")!)), now: now)
        let exported = try store.export(now: now)
        let copy = try Store.inMemory(calendar: Self.calendar)
        try copy.importDocument(try ExportDocument.read(exported.json()), replace: false)
        #expect(try copy.export(now: now).json() == exported.json())
        #expect(throws: TransferError.alreadyThere([1, 2])) { try copy.importDocument(exported, replace: false) }
        try copy.importDocument(exported, replace: true)
        let replaced = try copy.export(now: now)
        #expect(replaced.applications.map(\.version) == exported.applications.map { $0.version + 1 })
        #expect(replaced.applications.map(\.application) == exported.applications.map(\.application))
    }

    @Test func aReplacedApplicationIsReportedToAChatThatHasItOpen() throws {
        let store = try Store.inMemory(calendar: Self.calendar)
        var open = try store.insert(conversation(company: "Acme"), now: now)
        let backup = try store.export(now: now)
        try store.save(&open, now: now)
        try store.importDocument(backup, replace: true)
        #expect(try store.load(open.id)?.version == 3)
        open.application.role = "Lead Designer"
        #expect(throws: StoreError.changedElsewhere("Lead Designer at Acme")) { try store.save(&open, now: now) }
    }

    @Test func anUpdateLoadsChangesAndSavesInOneTransaction() throws {
        let path = Self.scratchPath()
        let first = try Store.open(path: path, calendar: Self.calendar)
        let id = try first.insert(conversation(company: "Acme"), now: now).id
        let second = try Store.open(path: path, calendar: Self.calendar)
        DispatchQueue.concurrentPerform(iterations: 40) { number in
            let store = number.isMultiple(of: 2) ? first : second
            _ = try? store.update("acme", now: now) { stored in
                stored.application.contacts.append(Contact(name: "Person \(number)"))
                return [.init(speaker: "you", text: "add \(number)")]
            }
        }
        let loaded = try #require(try first.load(id))
        #expect(loaded.application.contacts.count == 42)
        #expect(loaded.version == 41)
        #expect(try first.turns(of: id).count == 40)
    }

    @Test func anUpdateThatThrowsSavesNothing() throws {
        struct Refused: Error {}
        let store = try Store.inMemory(calendar: Self.calendar)
        let id = try store.insert(conversation(company: "Acme"), now: now).id
        #expect(throws: Refused.self) {
            try store.update("acme", now: now) { stored in
                stored.application.role = "Changed"
                throw Refused()
            }
        }
        #expect(try store.load(id)?.application.role == "Designer")
        #expect(throws: StoreError.notFound("Initech")) { try store.update("Initech", now: now) { _ in [] } }
    }

    @Test func importRefusesWhatItDoesNotUnderstandAndChangesNothing() throws {
        #expect(throws: TransferError.notAnExport) { try ExportDocument.read(Data(#"{"applications": []}"#.utf8)) }
        #expect(throws: TransferError.newerVersion(2)) {
            try ExportDocument.read(Data(#"{"format": "followup-export", "version": 2}"#.utf8))
        }
        let damaged =
            #"{"format": "followup-export", "version": 1, "exportedAt": "2026-11-26T22:00:00Z", "applications": [{"id": 1}]}"#
        #expect(throws: TransferError.self) { try ExportDocument.read(Data(damaged.utf8)) }
    }

    /// A database file made by the schema up to `migration`, holding application #1 at Acme and
    /// what `people` inserts; its path.
    static func oldDatabase(upTo migration: String, people: String) throws -> String {
        let path = scratchPath()
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let old = try DatabaseQueue(path: path)
        try Migrations.migrator.migrate(old, upTo: migration)
        try old.write { db in
            try db.execute(
                sql: """
                    INSERT INTO application (id, company, role, phase, version, createdAt, updatedAt)
                    VALUES (1, 'Acme', 'Designer', 'at-interview', 1, '2026-11-26 22:00:00.000', '2026-11-26 22:00:00.000')
                    """)
            try db.execute(sql: people)
        }
        try old.close()
        return path
    }

    @Test func aDatabaseMadeByTheFirstSchemaIsMigrated() throws {
        let path = try Self.oldDatabase(
            upTo: "v1-applications",
            people: "INSERT INTO contact (applicationId, position, name) VALUES (1, 0, 'Sarah Lee')")
        let store = try Store.open(path: path, calendar: Self.calendar)
        let loaded = try #require(try store.load(1))
        #expect(loaded.application.company == "Acme")
        #expect(loaded.application.contacts.map(\.name) == ["Sarah Lee"])
        #expect(
            try store.read { try Migrations.migrator.appliedIdentifiers($0) } == Set(Migrations.migrator.migrations))
    }

    @Test func aNewDatabaseIsPrivate() throws {
        let path = Self.scratchPath()
        _ = try Store.open(path: path, calendar: Self.calendar)
        let file = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        let folder =
            try FileManager.default.attributesOfItem(atPath: (path as NSString).deletingLastPathComponent)[
                .posixPermissions] as? Int
        #expect(file == 0o600)
        #expect(folder == 0o700)
    }

    @Test func aFileThatIsNotSQLiteIsRefusedAndLeftAlone() throws {
        let path = Self.scratchPath()
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let text = Data("my notes, not a database\n".utf8)
        FileManager.default.createFile(atPath: path, contents: text)
        #expect(throws: StoreError.damaged(path)) { try Store.open(path: path, calendar: Self.calendar) }
        #expect(FileManager.default.contents(atPath: path) == text)
    }

    @Test func aNewerSchemaIsRefused() throws {
        let path = Self.scratchPath()
        _ = try Store.open(path: path, calendar: Self.calendar)
        let queue = try DatabaseQueue(path: path)
        try queue.write {
            try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        }
        try queue.close()
        #expect(throws: StoreError.newerSchema(path)) { try Store.open(path: path, calendar: Self.calendar) }
    }

    @Test func aFullDiskIsReportedAndNothingHalfWritten() throws {
        let store = try Store.inMemory(calendar: Self.calendar)
        var stored = try store.insert(conversation(company: "Acme"), now: now)
        try store.writer.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count")!
            try db.execute(sql: "PRAGMA max_page_count = \(pages)")
        }
        stored.application.contacts[0].detail = String(repeating: "a long detail ", count: 2000)
        #expect(throws: StoreError.diskFull) {
            try store.save(
                &stored, lines: [.init(speaker: "you", text: String(repeating: "x", count: 20000))], now: now)
        }
        #expect(try store.load(stored.id)?.version == 1)
    }
}
