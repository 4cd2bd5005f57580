import FollowUpCore
import GRDB

/// A row of the `contact` table: one person met at one interview.
struct ContactRow: CachedRow, FetchableRecord {
    static let table = "contact"
    /// The table's columns, in the order rows are written and read.
    enum Columns: String, CaseIterable {
        case applicationId, position, name, role, email, phone, detail, hasDetails, thankedOn, number
    }

    static let columns = Columns.allCases.map(\.rawValue)
    static let insertSQL = makeInsertSQL()
    /// Every column, in the order `init(row:)` reads them.
    static let selectSQL = "SELECT \(selection()) FROM contact"

    var applicationId: Int64
    var position: Int
    var name: String
    var role: String?
    var email: String?
    var phone: String?
    var detail: String?
    var hasDetails: Bool?
    var thankedOn: Day?
    /// The person's number within the application (`Contact.id`).
    var number: Int

    init(
        applicationId: Int64, position: Int, name: String, role: String?, email: String?, phone: String?,
        detail: String?, hasDetails: Bool?, thankedOn: Day?, number: Int
    ) {
        self.applicationId = applicationId
        self.position = position
        self.name = name
        self.role = role
        self.email = email
        self.phone = phone
        self.detail = detail
        self.hasDetails = hasDetails
        self.thankedOn = thankedOn
        self.number = number
    }

    init(row: Row) throws {
        self.init(
            applicationId: row[0], position: row[1], name: row[2], role: row[3], email: row[4], phone: row[5],
            detail: row[6], hasDetails: row[7], thankedOn: row.decoded(8), number: row[9])
    }

    func write(to values: inout some ColumnValues) {
        values.append(applicationId)
        values.append(position)
        values.append(name)
        values.append(role)
        values.append(email)
        values.append(phone)
        values.append(detail)
        values.append(hasDetails)
        values.append(thankedOn)
        values.append(number)
    }
}
