import Foundation
import GRDB

/// A row of the `stageChange` table: an application moving from one phase to the next.
public struct StageChangeRow: CachedRow, Codable, Equatable, FetchableRecord, PersistableRecord, Sendable {
    public static let databaseTableName = "stageChange"
    static let table = databaseTableName
    /// The columns written, in the order of `values`.
    public enum Columns: String, CaseIterable, ColumnExpression {
        case applicationId, at, fromPhase, toPhase
    }

    static let columns = Columns.allCases.map(\.rawValue)
    static let insertSQL = makeInsertSQL()

    public var applicationId: Int64
    public var at: Date
    public var fromPhase: RecordedPhase?
    public var toPhase: RecordedPhase

    func write(to values: inout some ColumnValues) {
        values.append(applicationId)
        values.append(StoredDate(at))
        values.append(fromPhase)
        values.append(toPhase)
    }
}
