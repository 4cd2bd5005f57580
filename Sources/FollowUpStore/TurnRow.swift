import Foundation
import GRDB

/// A row of the `turn` table: one line said in the conversation, by the user or the coach.
public struct TurnRow: Codable, Equatable, FetchableRecord, PersistableRecord, Sendable {
    public static let databaseTableName = "turn"

    public var applicationId: Int64
    public var at: Date
    /// "you" or "coach".
    public var speaker: String
    public var text: String
}
