import FollowUpCore
import Foundation
import GRDB

/// A row of the `application` table, read by column position from `selectSQL`.
struct ApplicationRow: CachedRow, FetchableRecord {
    static let table = "application"
    /// The table's columns, in the order rows are written and read.
    enum Columns: String, CaseIterable {
        case id, company, role, interviewEnd, timeFrame, declining, outcome, closureReason, closedOn, phase, nextDay
        case version, createdAt, updatedAt, dialogue, waitUntil, roundIsTakeHome, roundMinute
    }

    static let columns = Columns.allCases.map(\.rawValue)
    static let insertSQL = makeInsertSQL()
    /// Every column, in the order `init(row:)` reads them.
    static let selectSQL = "SELECT \(selection()) FROM application"
    /// The same columns with the dialogue left out (read as NULL), for lists that show none.
    static let selectWithoutDialogueSQL =
        "SELECT \(columns.map { $0 == Columns.dialogue.rawValue ? "NULL" : $0 }.joined(separator: ", ")) FROM application"

    var id: Int64?
    var company: String?
    var role: String?
    var interviewEnd: Date?
    var timeFrame: String?
    var declining: String?
    var outcome: Outcome?
    var closureReason: Closure.Reason?
    var closedOn: Day?
    /// Nil only in a row whose phase text names no phase this followup knows.
    var phase: Phase?
    var nextDay: Day?
    var version: Int
    var createdAt: Date
    var updatedAt: Date
    var dialogue: String?
    /// The employer's latest decision day, or the day the candidate came back from declining.
    var waitUntil: Day?
    /// Whether the next round they asked for is a take-home (`Application.roundIsTakeHome`).
    var roundIsTakeHome: Bool?
    /// The minute of the day the next round starts (`Application.roundMinute`).
    var roundMinute: Int?

    init(
        id: Int64?, company: String?, role: String?, interviewEnd: Date?, timeFrame: String?, declining: String?,
        outcome: Outcome?, closureReason: Closure.Reason?, closedOn: Day?, phase: Phase?, nextDay: Day?, version: Int,
        createdAt: Date, updatedAt: Date, dialogue: String?, waitUntil: Day?, roundIsTakeHome: Bool? = nil,
        roundMinute: Int? = nil
    ) {
        self.id = id
        self.company = company
        self.role = role
        self.interviewEnd = interviewEnd
        self.timeFrame = timeFrame
        self.declining = declining
        self.outcome = outcome
        self.closureReason = closureReason
        self.closedOn = closedOn
        self.phase = phase
        self.nextDay = nextDay
        self.version = version
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.dialogue = dialogue
        self.waitUntil = waitUntil
        self.roundIsTakeHome = roundIsTakeHome
        self.roundMinute = roundMinute
    }

    init(row: Row) throws {
        self.init(
            id: row[0], company: row[1], role: row[2], interviewEnd: row[3], timeFrame: row[4], declining: row[5],
            outcome: row.decoded(6), closureReason: row.decoded(7), closedOn: row.decoded(8), phase: row.decoded(9),
            nextDay: row.decoded(10), version: row[11], createdAt: row[12], updatedAt: row[13], dialogue: row[14],
            waitUntil: row.decoded(15), roundIsTakeHome: row[16], roundMinute: row[17])
    }

    func write(to values: inout some ColumnValues) {
        values.append(id)
        values.append(company)
        values.append(role)
        values.append(interviewEnd.map(StoredDate.init))
        values.append(timeFrame)
        values.append(declining)
        values.append(outcome)
        values.append(closureReason)
        values.append(closedOn)
        values.append(phase)
        values.append(nextDay)
        values.append(version)
        values.append(StoredDate(createdAt))
        values.append(StoredDate(updatedAt))
        values.append(dialogue)
        values.append(waitUntil)
        values.append(roundIsTakeHome)
        values.append(roundMinute)
    }

    /// The row numbered `id`, or nil.
    static func fetchOne(_ db: Database, id: Int64) throws -> ApplicationRow? {
        try fetchOne(db.cachedStatement(sql: selectSQL + " WHERE id = ?"), arguments: [id])
    }

    /// Writes every column over the row with the same id.
    func update(_ db: Database) throws {
        try db.cachedStatement(sql: Self.updateSQL).execute(arguments: values + [id])
    }

    private static let updateSQL =
        "UPDATE application SET " + columns.map { "\($0) = ?" }.joined(separator: ", ") + " WHERE id = ?"
}
