import FollowUpCore
import Foundation

/// Turns applications into rows and back.
enum RowMapping {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()
    static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()

    static func json<T: Encodable>(_ value: T?) throws -> String? {
        try value.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
    }

    /// The value a JSON column holds: read by `read` (see `ExportReader`) when it reads the
    /// whole text, else decoded by `JSONDecoder`, which gives the same value, only slower.
    static func value<T: Decodable>(
        _ type: T.Type, from json: String?, read: ((inout JSONCursor) throws(JSONCursor.Refusal) -> T)? = nil
    ) throws -> T? {
        guard var json else { return nil }
        return try json.withUTF8 { bytes in
            if let read {
                var cursor = JSONCursor(bytes)
                if let value = try? read(&cursor), (try? cursor.end()) != nil { return value }
            }
            return try decoder.decode(type, from: Data(buffer: bytes))
        }
    }

    /// The conversation without its application, which lives in its own tables.
    static func dialogue(of conversation: Conversation) throws -> String? {
        var dialogue = conversation
        dialogue.application = Application()
        return try json(dialogue)
    }

    /// The row of `app`; `timeFrame` is its time frame's JSON when already encoded.
    static func row(
        for app: Application, id: Int64?, version: Int, dialogue: String?, nextDay: Day?,
        createdAt: Date, updatedAt: Date, timeFrame: String?? = nil
    ) throws -> ApplicationRow {
        ApplicationRow(
            id: id, company: app.company, role: app.role, interviewEnd: app.interviewEnd,
            timeFrame: try timeFrame ?? json(app.timeFrame), declining: try json(app.declining),
            outcome: app.outcome, closureReason: app.closure?.reason,
            closedOn: app.closure?.on, phase: app.phase, nextDay: nextDay,
            version: version, createdAt: createdAt, updatedAt: updatedAt, dialogue: dialogue,
            waitUntil: app.waitUntil, roundIsTakeHome: app.roundIsTakeHome, roundMinute: app.roundMinute)
    }

    static func contactRows(_ app: Application, id: Int64) -> [ContactRow] {
        app.contacts.enumerated().map { position, contact in
            ContactRow(
                applicationId: id, position: position, name: contact.name, role: contact.role,
                email: contact.email, phone: contact.phone, detail: contact.detail,
                hasDetails: contact.hasDetails, thankedOn: contact.thankedOn, number: contact.id)
        }
    }

    static func stepRows(_ app: Application, id: Int64) -> [StepRow] {
        app.records.sorted { $0.key.rawValue < $1.key.rawValue }.map { step, record in
            StepRow(applicationId: id, step: step, status: record.status, day: record.on)
        }
    }

    /// The application a row holds with its contacts and steps.
    static func application(_ row: ApplicationRow, contacts: [ContactRow], steps: [StepRow]) throws -> Application {
        var app = Application()
        app.company = row.company
        app.role = row.role
        app.interviewEnd = row.interviewEnd
        app.timeFrame = try value(TimeFrame.self, from: row.timeFrame, read: ExportReader.timeFrame)
        app.waitUntil = row.waitUntil
        app.roundIsTakeHome = row.roundIsTakeHome
        app.roundMinute = row.roundMinute
        app.declining = try value(Application.Declining.self, from: row.declining)
        app.outcome = row.outcome
        if let reason = row.closureReason, let on = row.closedOn {
            app.closure = Closure(reason: reason, on: on)
        }
        app.contacts = contacts.sorted { $0.position < $1.position }.map { row in
            var contact = Contact(name: row.name, role: row.role)
            contact.id = row.number
            contact.email = row.email
            contact.phone = row.phone
            contact.detail = row.detail
            contact.hasDetails = row.hasDetails
            contact.thankedOn = row.thankedOn
            return contact
        }
        for row in steps {
            guard let step = row.step, let status = row.status else { continue }
            app.records[step] = StepRecord(status, on: row.day)
        }
        return app
    }

    /// Application `id` as stored: `app` (read from its row by `application`) with the
    /// conversation about it.
    static func stored(_ row: ApplicationRow, id: Int64, _ app: Application) throws -> StoredApplication {
        var conversation =
            try value(Conversation.self, from: row.dialogue, read: ExportReader.dialogue) ?? Conversation.resumed
        conversation.application = app
        return StoredApplication(id: id, version: row.version, conversation: conversation)
    }
}
