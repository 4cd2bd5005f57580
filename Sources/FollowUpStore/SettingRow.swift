import GRDB

/// A row of the `setting` table: a small named value, such as the application last worked on.
struct SettingRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "setting"

    var key: String
    var value: String

    static let currentApplication = "currentApplication"
    /// The holiday region's code, such as `GB`.
    static let region = "region"
}
