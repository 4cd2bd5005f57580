import FollowUpCore
import Foundation
import GRDB

/// Saving and loading applications, with their conversation.
extension Store {
    /// A line said in the conversation, to be logged with the save that follows it.
    public struct Line: Equatable, Sendable {
        public var speaker: String
        public var text: String

        public init(speaker: String, text: String) {
            self.speaker = speaker
            self.text = text
        }
    }

    /// Adds a new application and returns it as stored.
    public func insert(_ conversation: Conversation, lines: [Line] = [], now: Date) throws(StoreError)
        -> StoredApplication
    {
        try run { db in
            let row = try RowMapping.row(
                for: conversation.application, id: nil, version: 1,
                dialogue: RowMapping.dialogue(of: conversation),
                nextDay: planner.nextDay(for: conversation.application, at: now), createdAt: now, updatedAt: now)
            let id = try row.add(to: db)
            try write(conversation.application, id: id, db: db)
            try StageChangeRow(
                applicationId: id, at: now, fromPhase: nil, toPhase: .known(conversation.application.phase)
            )
            .add(to: db)
            try log(lines, id: id, now: now, db: db)
            try SettingRow(key: SettingRow.currentApplication, value: String(id)).upsert(db)
            return StoredApplication(id: id, version: 1, conversation: conversation)
        }
    }

    /// Saves `stored` and logs `lines` in one transaction, and makes it the application the chat
    /// opens on unless `current` is false. Refused when another process saved the same
    /// application since it was loaded; `stored` then keeps its old version.
    public func save(_ stored: inout StoredApplication, lines: [Line] = [], now: Date, current: Bool = true)
        throws(StoreError)
    {
        let saved = stored
        stored.version = try run { db in
            let version = try write(saved, lines: lines, now: now, db: db)
            if current { try SettingRow(key: SettingRow.currentApplication, value: String(saved.id)).upsert(db) }
            return version
        }
    }

    /// Makes application `id` the one the chat opens on next time: /switch.
    public func makeCurrent(_ id: Int64) throws(StoreError) {
        try run { db in try SettingRow(key: SettingRow.currentApplication, value: String(id)).upsert(db) }
    }

    /// Finds the application `query` names, lets `change` alter it, and saves it with the lines
    /// `change` returns, all in one transaction that waits its turn behind other writers (within
    /// the busy timeout): two processes changing the same application never undo each other.
    /// Errors thrown by `change` pass through, and nothing is saved.
    public func update(_ query: String, now: Date, change: (inout StoredApplication) throws -> [Line]) throws
        -> StoredApplication
    {
        do {
            return try writer.write { db in
                var stored = try Self.find(query, db: db)
                let lines = try change(&stored)
                stored.version = try write(stored, lines: lines, now: now, db: db)
                return stored
            }
        } catch let error as DatabaseError {
            throw StoreError.from(error, path: path)
        }
    }

    /// Writes `stored` over its row unless the row has moved past its version; returns the new version.
    private func write(_ stored: StoredApplication, lines: [Line], now: Date, db: Database) throws -> Int {
        guard let old = try ApplicationRow.fetchOne(db, id: stored.id) else {
            throw StoreError.notFound("#\(stored.id)")
        }
        guard old.version == stored.version else { throw StoreError.changedElsewhere(stored.application.title) }
        let row = try RowMapping.row(
            for: stored.application, id: stored.id, version: stored.version + 1,
            dialogue: RowMapping.dialogue(of: stored.conversation),
            nextDay: planner.nextDay(for: stored.application, at: now), createdAt: old.createdAt, updatedAt: now)
        try row.update(db)
        try db.cachedStatement(sql: "DELETE FROM contact WHERE applicationId = ?").execute(arguments: [stored.id])
        try db.cachedStatement(sql: "DELETE FROM step WHERE applicationId = ?").execute(arguments: [stored.id])
        try write(stored.application, id: stored.id, db: db)
        if old.phase != row.phase {
            try StageChangeRow(
                applicationId: stored.id, at: now, fromPhase: old.phase.map(RecordedPhase.known),
                toPhase: .known(stored.application.phase)
            ).add(to: db)
        }
        try log(lines, id: stored.id, now: now, db: db)
        return row.version
    }

    /// The application numbered `id`, or nil.
    public func load(_ id: Int64) throws(StoreError) -> StoredApplication? {
        try read { db in try Self.fetch(ids: [id], db: db).first }
    }

    /// The application last worked on, if it still exists; with none recorded, the open one
    /// changed last.
    public func current() throws(StoreError) -> StoredApplication? {
        let id = try read { db in
            // Without one (a database filled by `import`), the open application changed last.
            try SettingRow.value(SettingRow.currentApplication, db: db).flatMap { Int64($0) }
                ?? Self.latestOpenID(db)
        }
        return try id.flatMap { id throws(StoreError) in try load(id) }
    }

    /// The open application changed last, if any.
    public func latestOpen() throws(StoreError) -> StoredApplication? {
        try read(Self.latestOpenID).flatMap { id throws(StoreError) in try load(id) }
    }

    private static func latestOpenID(_ db: Database) throws -> Int64? {
        try Int64.fetchOne(
            db, sql: "SELECT id FROM application WHERE closedOn IS NULL ORDER BY updatedAt DESC, id DESC LIMIT 1")
    }

    /// Every line of the conversation about application `id`, oldest first.
    public func turns(of id: Int64) throws(StoreError) -> [TurnRow] {
        try read { db in try TurnRow.filter(Column("applicationId") == id).order(Column("id")).fetchAll(db) }
    }

    /// The application's phases over time, oldest first.
    public func stageChanges(of id: Int64) throws(StoreError) -> [StageChangeRow] {
        try read { db in
            try StageChangeRow.filter(StageChangeRow.Columns.applicationId == id).order(Column("id")).fetchAll(db)
        }
    }

    /// Writes the contacts and steps of `app`, which must have none in the store yet.
    func write(_ app: Application, id: Int64, db: Database) throws {
        try write(app, id: id, contacts: ContactRow.insertStatement(db), steps: StepRow.insertStatement(db))
    }

    /// Writes the contacts and steps of `app` with the tables' INSERT statements.
    func write(_ app: Application, id: Int64, contacts: Statement, steps: Statement) throws {
        for contact in RowMapping.contactRows(app, id: id) { try contact.add(with: contacts) }
        for step in RowMapping.stepRows(app, id: id) { try step.add(with: steps) }
    }

    private func log(_ lines: [Line], id: Int64, now: Date, db: Database) throws {
        for line in lines {
            try TurnRow(applicationId: id, at: now, speaker: line.speaker, text: line.text).add(to: db)
        }
    }

    /// The ids given as one JSON array argument (`idArgument`), for `... IN idList`: one
    /// statement, kept prepared, whatever the number of ids.
    static let idList = "(SELECT value FROM json_each(?))"

    /// `ids` as the argument of `idList`.
    static func idArgument(_ ids: some Sequence<Int64>) -> StatementArguments {
        ["[" + ids.map(String.init).joined(separator: ",") + "]"]
    }

    private static let applicationsSQL = ApplicationRow.selectSQL + " WHERE id IN " + idList
    private static let listedSQL = ApplicationRow.selectWithoutDialogueSQL + " WHERE id IN " + idList
    private static let contactsSQL = ContactRow.selectSQL + " WHERE applicationId IN " + idList
    private static let stepsSQL = StepRow.selectSQL + " WHERE applicationId IN " + idList

    /// Loads applications with their contacts, steps and conversation, in the order of `ids`.
    static func fetch(ids: [Int64], db: Database) throws -> [StoredApplication] {
        try fetch(ids: ids, sql: applicationsSQL, db: db) { id, row, app in try RowMapping.stored(row, id: id, app) }
    }

    /// Loads applications with their contacts and steps, in the order of `ids`; their
    /// conversations are not read.
    static func fetchListed(ids: [Int64], db: Database) throws -> [ListedApplication] {
        try fetch(ids: ids, sql: listedSQL, db: db) { id, _, app in ListedApplication(id: id, application: app) }
    }

    /// The rows `sql` reads for `ids`, with their contacts and steps, each made into an entry
    /// by `entry` (given its number, its row and the application it holds), in the order of `ids`.
    private static func fetch<Entry>(
        ids: [Int64], sql: String, db: Database, entry: (Int64, ApplicationRow, Application) throws -> Entry
    ) throws -> [Entry] {
        guard !ids.isEmpty else { return [] }
        let list = idArgument(ids)
        let rows = try ApplicationRow.fetchAll(db.cachedStatement(sql: sql), arguments: list)
        let contacts = Dictionary(
            grouping: try ContactRow.fetchAll(db.cachedStatement(sql: contactsSQL), arguments: list),
            by: \.applicationId)
        let steps = Dictionary(
            grouping: try StepRow.fetchAll(db.cachedStatement(sql: stepsSQL), arguments: list),
            by: \.applicationId)
        let byID = Dictionary(
            uniqueKeysWithValues: try rows.compactMap { row -> (Int64, Entry)? in
                guard let id = row.id else { return nil }
                let app = try RowMapping.application(row, contacts: contacts[id] ?? [], steps: steps[id] ?? [])
                return (id, try entry(id, row, app))
            })
        return ids.compactMap { byID[$0] }
    }
}
