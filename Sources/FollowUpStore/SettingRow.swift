import GRDB

/// A row of the `setting` table: a small named value, such as the application last worked on.
struct SettingRow {
    var key: String
    var value: String

    static let currentApplication = "currentApplication"
    /// The holiday region's code, such as `GB`.
    static let region = "region"
    /// The user's own name, which drafts are signed with.
    static let senderName = "senderName"

    /// The value kept under `key`, or nil.
    static func value(_ key: String, db: Database) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM setting WHERE key = ?"), arguments: [key])
    }

    /// Keeps the row, replacing the value kept under the same key.
    func upsert(_ db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value
                """
        ).execute(arguments: [key, value])
    }

    /// Forgets the value kept under `key`.
    static func delete(_ key: String, db: Database) throws {
        try db.execute(sql: "DELETE FROM setting WHERE key = ?", arguments: [key])
    }
}
