import Foundation
import GRDB

/// A row of the `stageChange` table: an application moving from one phase to the next.
public struct StageChangeRow: CachedRow, Codable, Equatable, FetchableRecord, PersistableRecord, Sendable {
    public static let databaseTableName = "stageChange"
    static let table = databaseTableName
    static let columns = ["applicationId", "at", "fromPhase", "toPhase"]
    static let insertSQL = makeInsertSQL()

    public var applicationId: Int64
    public var at: Date
    public var fromPhase: String?
    public var toPhase: String

    var values: StatementArguments { [applicationId, at, fromPhase, toPhase] }
}
