import Foundation
import GRDB

/// A row of the `stageChange` table: an application moving from one phase to the next.
public struct StageChangeRow: Codable, Equatable, FetchableRecord, PersistableRecord, Sendable {
    public static let databaseTableName = "stageChange"

    public var applicationId: Int64
    public var at: Date
    public var fromPhase: String?
    public var toPhase: String
}
