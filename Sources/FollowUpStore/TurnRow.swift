import Foundation
import GRDB

/// A row of the `turn` table: one line said in the conversation, by the user or the coach.
public struct TurnRow: CachedRow, Codable, Equatable, FetchableRecord, PersistableRecord, Sendable {
    public static let databaseTableName = "turn"
    static let table = databaseTableName
    static let columns = ["applicationId", "at", "speaker", "text"]
    static let insertSQL = makeInsertSQL()

    public var applicationId: Int64
    public var at: Date
    /// "you" or "coach".
    public var speaker: String
    public var text: String

    func write(to values: inout some ColumnValues) {
        values.append(applicationId)
        values.append(StoredDate(at))
        values.append(speaker)
        values.append(text)
    }
}
