import FollowUpCore
import Foundation
import GRDB

/// A row of the `application` table.
struct ApplicationRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "application"

    var id: Int64?
    var company: String?
    var role: String?
    var interviewEnd: Date?
    var timeFrame: String?
    var declining: String?
    var outcome: String?
    var closureReason: String?
    var closedOn: String?
    var phase: String
    var nextDay: String?
    var version: Int
    var createdAt: Date
    var updatedAt: Date
    var dialogue: String?
    /// The employer's latest decision day, or the day the candidate came back from declining.
    var waitUntil: String?

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
