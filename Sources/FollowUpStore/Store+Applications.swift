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
    public func insert(_ conversation: Conversation, lines: [Line] = [], now: Date) throws(StoreError) -> StoredApplication {
        try run { db in
            var row = try RowMapping.row(for: conversation.application, id: nil, version: 1,
                                         dialogue: RowMapping.dialogue(of: conversation),
                                         nextDay: planner.nextDay(for: conversation.application, at: now), createdAt: now, updatedAt: now)
            try row.insert(db)
            let id = row.id!
            try write(conversation.application, id: id, db: db)
            try StageChangeRow(applicationId: id, at: now, fromPhase: nil, toPhase: row.phase).insert(db)
            try log(lines, id: id, now: now, db: db)
            try SettingRow(key: SettingRow.currentApplication, value: String(id)).upsert(db)
            return StoredApplication(id: id, version: 1, conversation: conversation)
        }
    }

    /// Saves `stored` and logs `lines` in one transaction. Refused when another process saved
    /// the same application since it was loaded; `stored` then keeps its old version.
    public func save(_ stored: inout StoredApplication, lines: [Line] = [], now: Date) throws(StoreError) {
        let saved = stored
        stored.version = try run { db in try write(saved, lines: lines, now: now, db: db) }
    }

    /// Finds the application `query` names, lets `change` alter it, and saves it with the lines
    /// `change` returns, all in one transaction that waits its turn behind other writers (within
    /// the busy timeout): two processes changing the same application never undo each other.
    /// Errors thrown by `change` pass through, and nothing is saved.
    public func update(_ query: String, now: Date, change: (inout StoredApplication) throws -> [Line]) throws -> StoredApplication {
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
        guard let old = try ApplicationRow.fetchOne(db, key: stored.id) else { throw StoreError.notFound("#\(stored.id)") }
        guard old.version == stored.version else { throw StoreError.changedElsewhere(stored.application.title) }
        let row = try RowMapping.row(for: stored.application, id: stored.id, version: stored.version + 1,
                                     dialogue: RowMapping.dialogue(of: stored.conversation),
                                     nextDay: planner.nextDay(for: stored.application, at: now), createdAt: old.createdAt, updatedAt: now)
        try row.update(db)
        try ContactRow.filter(Column("applicationId") == stored.id).deleteAll(db)
        try StepRow.filter(Column("applicationId") == stored.id).deleteAll(db)
        try write(stored.application, id: stored.id, db: db)
        if old.phase != row.phase {
            try StageChangeRow(applicationId: stored.id, at: now, fromPhase: old.phase, toPhase: row.phase).insert(db)
        }
        try log(lines, id: stored.id, now: now, db: db)
        try SettingRow(key: SettingRow.currentApplication, value: String(stored.id)).upsert(db)
        return row.version
    }

    /// The application numbered `id`, or nil.
    public func load(_ id: Int64) throws(StoreError) -> StoredApplication? {
        try read { db in try Self.fetch(ids: [id], db: db).first }
    }

    /// The application last worked on, if it still exists.
    public func current() throws(StoreError) -> StoredApplication? {
        let id = try read { db in
            try SettingRow.fetchOne(db, key: SettingRow.currentApplication).flatMap { Int64($0.value) }
        }
        return try id.flatMap { id throws(StoreError) in try load(id) }
    }

    /// Every line of the conversation about application `id`, oldest first.
    public func turns(of id: Int64) throws(StoreError) -> [TurnRow] {
        try read { db in try TurnRow.filter(Column("applicationId") == id).order(Column("id")).fetchAll(db) }
    }

    /// The application's phases over time, oldest first.
    public func stageChanges(of id: Int64) throws(StoreError) -> [StageChangeRow] {
        try read { db in try StageChangeRow.filter(Column("applicationId") == id).order(Column("id")).fetchAll(db) }
    }

    /// Writes the contacts and steps of `app`, which must have none in the store yet.
    func write(_ app: Application, id: Int64, db: Database) throws {
        for contact in RowMapping.contactRows(app, id: id) { try contact.insert(db) }
        for step in RowMapping.stepRows(app, id: id) { try step.insert(db) }
    }

    private func log(_ lines: [Line], id: Int64, now: Date, db: Database) throws {
        for line in lines {
            try TurnRow(applicationId: id, at: now, speaker: line.speaker, text: line.text).insert(db)
        }
    }

    /// Loads applications with their contacts and steps, in the order of `ids`.
    static func fetch(ids: [Int64], db: Database) throws -> [StoredApplication] {
        guard !ids.isEmpty else { return [] }
        let rows = try ApplicationRow.fetchAll(db, keys: ids)
        let contacts = Dictionary(grouping: try ContactRow.filter(ids.contains(Column("applicationId"))).fetchAll(db),
                                  by: \.applicationId)
        let steps = Dictionary(grouping: try StepRow.filter(ids.contains(Column("applicationId"))).fetchAll(db),
                               by: \.applicationId)
        let byID = Dictionary(uniqueKeysWithValues: try rows.map { row in
            (row.id!, try RowMapping.stored(row, contacts: contacts[row.id!] ?? [], steps: steps[row.id!] ?? []))
        })
        return ids.compactMap { byID[$0] }
    }
}
