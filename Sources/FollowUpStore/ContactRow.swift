import GRDB

/// A row of the `contact` table: one person met at one interview.
struct ContactRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "contact"

    var applicationId: Int64
    var position: Int
    var name: String
    var role: String?
    var email: String?
    var phone: String?
    var detail: String?
    var hasDetails: Bool?
    var thankedOn: String?
}
