import FollowUpCore
import Foundation

/// Reads an export document from its UTF-8 bytes into the model's values directly, many times
/// faster than `JSONDecoder`; nil for any text it is not sure to read exactly as `JSONDecoder`
/// does (a member it does not know, an escaped name, a number or moment laid out otherwise, a
/// fault anywhere), which `ExportDocument.read` then decodes with `JSONDecoder`, so refusals
/// and their messages are `JSONDecoder`'s. The rarer parts (checkpoints, drafts, declining) are
/// each handed to `ExportDocument.decoder` on their own.
enum ExportReader {
    /// The document `json` holds, with whether its strings are all plain (see
    /// `JSONCursor.stringsArePlain`), or nil when this reader leaves it to `JSONDecoder`.
    static func read(_ json: Data) -> (document: ExportDocument, stringsArePlain: Bool)? {
        json.withUnsafeBytes { bytes in
            var cursor = JSONCursor(bytes.assumingMemoryBound(to: UInt8.self))
            return (try? document(&cursor)).map { ($0, cursor.stringsArePlain) }
        }
    }

    private enum DocumentField: String, CaseIterable { case format, version, exportedAt, applications }
    private enum EntryField: String, CaseIterable {
        case id, version, createdAt, updatedAt, phase, application, stageHistory, turns, dialogue
    }
    private enum ApplicationField: String, CaseIterable {
        case company, role, interviewEnd, contacts, timeFrame, waitUntil, roundIsTakeHome, roundMinute, records,
            declining, outcome
        case closure
    }
    private enum ContactField: String, CaseIterable {
        case id, name, role, email, phone, detail, hasDetails, thankedOn
    }
    private enum RecordField: String, CaseIterable { case status, on }
    private enum ClosureField: String, CaseIterable { case reason, on }
    private enum TimeFrameField: String, CaseIterable { case kind, count, unit, day }
    private enum StageField: String, CaseIterable { case at, from, to }
    private enum TurnField: String, CaseIterable { case at, speaker, text }
    private enum CheckpointField: String, CaseIterable { case application, question, lastAdvice, answer }
    private enum DialogueField: String, CaseIterable {
        case application, question, askedOn, skipped, unclearAnswers, lastAdvice, checkpoints, ended, choice, draft
        case draftRequest, askedAbout, notYet, earlyMessage, interviewAhead, interviewAheadUndated
    }

    private static let documentFields = FieldNames<DocumentField>()
    private static let entryFields = FieldNames<EntryField>()
    private static let applicationFields = FieldNames<ApplicationField>()
    private static let contactFields = FieldNames<ContactField>()
    private static let recordFields = FieldNames<RecordField>()
    private static let closureFields = FieldNames<ClosureField>()
    private static let timeFrameFields = FieldNames<TimeFrameField>()
    private static let stageFields = FieldNames<StageField>()
    private static let turnFields = FieldNames<TurnField>()
    private static let checkpointFields = FieldNames<CheckpointField>()
    private static let dialogueFields = FieldNames<DialogueField>()
    private static let steps = FieldNames<StepID>()

    private static func document(_ cursor: inout JSONCursor) throws(JSONCursor.Refusal) -> ExportDocument {
        var format: String?
        var version: Int?
        var exportedAt: Date?
        var applications: [ExportDocument.Entry]?
        try cursor.object(documentFields) { cursor, field throws(JSONCursor.Refusal) in
            switch field {
            case .format: format = try cursor.string()
            case .version: version = try cursor.integer()
            case .exportedAt: exportedAt = try cursor.date()
            case .applications: applications = try cursor.array(entry)
            }
        }
        try cursor.end()
        var document = ExportDocument(exportedAt: try required(exportedAt), applications: try required(applications))
        document.format = try required(format)
        document.version = try required(version)
        return document
    }

    private static func entry(_ cursor: inout JSONCursor) throws(JSONCursor.Refusal) -> ExportDocument.Entry {
        var id: Int?
        var version: Int?
        var createdAt: Date?
        var updatedAt: Date?
        var phase: String?
        var application: Application?
        var stageHistory: [ExportDocument.Stage]?
        var turns: [ExportDocument.Turn]?
        var dialogue: Conversation?
        try cursor.object(entryFields) { cursor, field throws(JSONCursor.Refusal) in
            switch field {
            case .id: id = try cursor.integer()
            case .version: version = try cursor.integer()
            case .createdAt: createdAt = try cursor.date()
            case .updatedAt: updatedAt = try cursor.date()
            case .phase: phase = try cursor.string()
            case .application: application = try Self.application(&cursor)
            case .stageHistory: stageHistory = try cursor.array(Self.stage)
            case .turns: turns = try cursor.array(Self.turn)
            case .dialogue: dialogue = try Self.dialogue(&cursor)
            }
        }
        return ExportDocument.Entry(
            id: Int64(try required(id)), version: try required(version), createdAt: try required(createdAt),
            updatedAt: try required(updatedAt), phase: try required(phase), application: try required(application),
            stageHistory: try required(stageHistory), turns: try required(turns), dialogue: try required(dialogue))
    }

    /// `text`, or nil when it holds nothing but spaces.
    private static func unlessBlank(_ text: String) -> String? {
        text.trimmed(.whitespaces).isEmpty ? nil : text
    }

    private static func application(_ cursor: inout JSONCursor) throws(JSONCursor.Refusal) -> Application {
        var app = Application()
        var contacts: [Contact]?
        var records: [StepID: StepRecord]?
        try cursor.object(applicationFields) { cursor, field throws(JSONCursor.Refusal) in
            switch field {
            // A blank name is no name: "company": "" reads as not known yet.
            case .company:
                app.company = try cursor.optional { cursor throws(JSONCursor.Refusal) in try cursor.string() }
                    .flatMap(Self.unlessBlank)
            case .role:
                app.role = try cursor.optional { cursor throws(JSONCursor.Refusal) in try cursor.string() }
                    .flatMap(Self.unlessBlank)
            case .interviewEnd:
                app.interviewEnd = try cursor.optional { cursor throws(JSONCursor.Refusal) in try cursor.date() }
            case .contacts: contacts = try cursor.array(contact)
            case .timeFrame: app.timeFrame = try cursor.optional(timeFrame)
            case .waitUntil:
                app.waitUntil = try cursor.optional { cursor throws(JSONCursor.Refusal) in try cursor.day() }
            case .roundIsTakeHome:
                app.roundIsTakeHome = try cursor.optional { cursor throws(JSONCursor.Refusal) in try cursor.bool() }
            case .roundMinute:
                app.roundMinute = try cursor.optional { cursor throws(JSONCursor.Refusal) in try cursor.integer() }
            case .records: records = try cursor.dictionary(Self.steps, record)
            case .declining:
                app.declining = try cursor.optionalDecoded(Application.Declining.self)
            case .outcome:
                app.outcome = try cursor.optional { cursor throws(JSONCursor.Refusal) in try cursor.named(Outcome.self)
                }
            case .closure: app.closure = try cursor.optional(closure)
            }
        }
        app.contacts = try required(contacts)
        app.records = try required(records)
        return app
    }

    private static func contact(_ cursor: inout JSONCursor) throws(JSONCursor.Refusal) -> Contact {
        var contact = Contact(name: "")
        var name: String?
        try cursor.object(contactFields) { cursor, field throws(JSONCursor.Refusal) in
            switch field {
            case .id:
                contact.id = try cursor.optional { cursor throws(JSONCursor.Refusal) in try cursor.integer() } ?? 0
            case .name: name = try cursor.string()
            case .role: contact.role = try cursor.optional { cursor throws(JSONCursor.Refusal) in try cursor.string() }
            case .email:
                contact.email = try cursor.optional { cursor throws(JSONCursor.Refusal) in try cursor.string() }
            case .phone:
                contact.phone = try cursor.optional { cursor throws(JSONCursor.Refusal) in try cursor.string() }
            case .detail:
                contact.detail = try cursor.optional { cursor throws(JSONCursor.Refusal) in try cursor.string() }
            case .hasDetails:
                contact.hasDetails = try cursor.optional { cursor throws(JSONCursor.Refusal) in try cursor.bool() }
            case .thankedOn:
                contact.thankedOn = try cursor.optional { cursor throws(JSONCursor.Refusal) in try cursor.day() }
            }
        }
        contact.name = try required(name)
        return contact
    }

    private static func record(_ cursor: inout JSONCursor) throws(JSONCursor.Refusal) -> StepRecord {
        var status: StepRecord.Status?
        var on: Day?
        try cursor.object(recordFields) { cursor, field throws(JSONCursor.Refusal) in
            switch field {
            case .status: status = try cursor.named(StepRecord.Status.self)
            case .on: on = try cursor.optional { cursor throws(JSONCursor.Refusal) in try cursor.day() }
            }
        }
        return StepRecord(try required(status), on: on)
    }

    private static func closure(_ cursor: inout JSONCursor) throws(JSONCursor.Refusal) -> Closure {
        var reason: Closure.Reason?
        var on: Day?
        try cursor.object(closureFields) { cursor, field throws(JSONCursor.Refusal) in
            switch field {
            case .reason: reason = try cursor.named(Closure.Reason.self)
            case .on: on = try cursor.day()
            }
        }
        return Closure(reason: try required(reason), on: try required(on))
    }

    /// A time frame; its members are each read as the kind that uses them, present or not.
    static func timeFrame(_ cursor: inout JSONCursor) throws(JSONCursor.Refusal) -> TimeFrame {
        var kind: String?
        var count: Int?
        var unit: TimeFrame.Unit?
        var day: Day?
        try cursor.object(timeFrameFields) { cursor, field throws(JSONCursor.Refusal) in
            switch field {
            case .kind: kind = try cursor.string()
            case .count: count = try cursor.integer()
            case .unit: unit = try cursor.named(TimeFrame.Unit.self)
            case .day: day = try cursor.day()
            }
        }
        switch kind {
        case "within": return .within(try required(count), try required(unit))
        case "by": return .by(try required(day))
        case "unknown": return .unknown
        default: throw JSONCursor.Refusal()
        }
    }

    private static func stage(_ cursor: inout JSONCursor) throws(JSONCursor.Refusal) -> ExportDocument.Stage {
        var at: Date?
        var from: String?
        var to: String?
        try cursor.object(stageFields) { cursor, field throws(JSONCursor.Refusal) in
            switch field {
            case .at: at = try cursor.date()
            case .from: from = try cursor.optional { cursor throws(JSONCursor.Refusal) in try cursor.string() }
            case .to: to = try cursor.string()
            }
        }
        return ExportDocument.Stage(at: try required(at), from: from, to: try required(to))
    }

    private static func turn(_ cursor: inout JSONCursor) throws(JSONCursor.Refusal) -> ExportDocument.Turn {
        var at: Date?
        var speaker: String?
        var text: String?
        try cursor.object(turnFields) { cursor, field throws(JSONCursor.Refusal) in
            switch field {
            case .at: at = try cursor.date()
            case .speaker: speaker = try cursor.string()
            case .text: text = try cursor.string()
            }
        }
        return ExportDocument.Turn(at: try required(at), speaker: try required(speaker), text: try required(text))
    }

    /// A conversation as an export or the store's dialogue column holds it.
    static func dialogue(_ cursor: inout JSONCursor) throws(JSONCursor.Refusal) -> Conversation {
        var dialogue = Conversation()
        // A member left out is nil, whatever a new conversation starts with.
        dialogue.question = nil
        var application: Application?
        var unclearAnswers: Int?
        var checkpoints: [Conversation.Checkpoint]?
        var ended: Bool?
        try cursor.object(dialogueFields) { cursor, field throws(JSONCursor.Refusal) in
            switch field {
            case .application: application = try Self.application(&cursor)
            case .question:
                dialogue.question = try cursor.optionalNamed(Question.self)
            case .askedOn:
                dialogue.askedOn = try cursor.optional { cursor throws(JSONCursor.Refusal) in try cursor.day() }
            case .skipped:
                dialogue.skipped = try cursor.optional { cursor throws(JSONCursor.Refusal) in
                    try cursor.array { cursor throws(JSONCursor.Refusal) in try cursor.named(Question.self) }
                }
            case .unclearAnswers: unclearAnswers = try cursor.integer()
            case .lastAdvice:
                dialogue.lastAdvice = try cursor.optionalNamed(StepID.self)
            case .checkpoints:
                checkpoints = try cursor.array(checkpoint)
            case .ended: ended = try cursor.bool()
            case .choice:
                dialogue.choice = try cursor.optionalDecoded(DayChoice.self)
            case .draft:
                dialogue.draft = try cursor.optionalDecoded(Draft.self)
            case .draftRequest:
                dialogue.draftRequest = try cursor.optionalDecoded(DraftRequest.self)
            case .askedAbout:
                dialogue.askedAbout = try cursor.optionalNamed(StepID.self)
            case .earlyMessage:
                dialogue.earlyMessage = try cursor.optionalDecoded(EarlyMessage.self)
            case .interviewAhead:
                dialogue.interviewAhead = try cursor.optionalDecoded(InterviewAhead.self)
            case .interviewAheadUndated:
                dialogue.interviewAheadUndated = try cursor.optionalDecoded(Bool.self)
            case .notYet:
                dialogue.notYet = try cursor.optional { cursor throws(JSONCursor.Refusal) in
                    try cursor.dictionary(Self.steps) { cursor throws(JSONCursor.Refusal) in try cursor.day() }
                }
            }
        }
        dialogue.application = try required(application)
        dialogue.unclearAnswers = try required(unclearAnswers)
        dialogue.checkpoints = try required(checkpoints)
        dialogue.ended = try required(ended)
        return dialogue
    }

    private static func checkpoint(_ cursor: inout JSONCursor) throws(JSONCursor.Refusal) -> Conversation.Checkpoint {
        var application: Application?
        var question: Question?
        var lastAdvice: StepID?
        var answer: String?
        try cursor.object(checkpointFields) { cursor, field throws(JSONCursor.Refusal) in
            switch field {
            case .application: application = try Self.application(&cursor)
            case .question: question = try cursor.optionalNamed(Question.self)
            case .lastAdvice: lastAdvice = try cursor.optionalNamed(StepID.self)
            case .answer: answer = try cursor.string()
            }
        }
        return Conversation.Checkpoint(
            application: try required(application), question: question, lastAdvice: lastAdvice,
            answer: try required(answer))
    }
}
