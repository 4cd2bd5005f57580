import FollowUpCore
import GRDB

/// A row of the `step` table: what is known of one playbook step of one application.
struct StepRow: CachedRow, FetchableRecord {
    /// The table's columns, in the order rows are written and read.
    enum Columns: String, CaseIterable {
        case applicationId, step, status, day
    }

    static let table = "step"
    static let columns = Columns.allCases.map(\.rawValue)
    static let insertSQL = makeInsertSQL()
    /// Every column, in the order `init(row:)` reads them.
    static let selectSQL = "SELECT \(selection()) FROM step"

    var applicationId: Int64
    /// Nil when the stored text names no step this followup knows.
    var step: StepID?
    var status: StepRecord.Status?
    var day: Day?

    init(applicationId: Int64, step: StepID?, status: StepRecord.Status?, day: Day?) {
        self.applicationId = applicationId
        self.step = step
        self.status = status
        self.day = day
    }

    init(row: Row) throws {
        self.init(applicationId: row[0], step: row.decoded(1), status: row.decoded(2), day: row.decoded(3))
    }

    func write(to values: inout some ColumnValues) {
        values.append(applicationId)
        values.append(step)
        values.append(status)
        values.append(day)
    }
}
