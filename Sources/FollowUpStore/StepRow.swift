import GRDB

/// A row of the `step` table: what is known of one playbook step of one application.
struct StepRow: CachedRow, FetchableRecord {
    static let table = "step"
    static let columns = ["applicationId", "step", "status", "day"]
    static let insertSQL = makeInsertSQL()
    /// Every column, in the order `init(row:)` reads them.
    static let selectSQL = "SELECT \(selection()) FROM step"

    var applicationId: Int64
    var step: String
    var status: String
    var day: String?

    init(applicationId: Int64, step: String, status: String, day: String?) {
        self.applicationId = applicationId
        self.step = step
        self.status = status
        self.day = day
    }

    init(row: Row) throws {
        self.init(applicationId: row[0], step: row[1], status: row[2], day: row[3])
    }

    var values: StatementArguments { [applicationId, step, status, day] }
}
