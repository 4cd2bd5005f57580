import GRDB

/// A row of the `step` table: what is known of one playbook step of one application.
struct StepRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "step"

    var applicationId: Int64
    var step: String
    var status: String
    var day: String?
}
