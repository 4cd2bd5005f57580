import FollowUpCore
import Foundation
import GRDB

/// `export` and `import`: the whole store as one document.
extension Store {
    public func export(now: Date) throws(StoreError) -> ExportDocument {
        try read { db in
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM application ORDER BY id")
            let rows = Dictionary(
                uniqueKeysWithValues: try ApplicationRow.fetchAll(db, sql: ApplicationRow.selectSQL).map {
                    ($0.id!, $0)  // Rows read back from the table always have their primary key.
                })
            let entries = try Self.fetch(ids: ids, db: db).map { stored in
                let row = rows[stored.id]!  // `fetch` loads the same ids, in the same transaction.
                let stages = try StageChangeRow.filter(Column("applicationId") == stored.id).order(Column("id"))
                    .fetchAll(db)
                let turns = try TurnRow.filter(Column("applicationId") == stored.id).order(Column("id")).fetchAll(db)
                var dialogue = stored.conversation
                dialogue.application = Application()
                return ExportDocument.Entry(
                    id: stored.id, version: stored.version, createdAt: row.createdAt, updatedAt: row.updatedAt,
                    phase: (row.phase ?? stored.application.phase).description, application: stored.application,
                    stageHistory: stages.map(ExportDocument.Stage.init),
                    turns: turns.map { .init(at: $0.at, speaker: $0.speaker, text: $0.text) },
                    dialogue: dialogue)
            }
            return ExportDocument(exportedAt: now, applications: entries)
        }
    }

    /// Adds every application of `document`, keeping their numbers; all or nothing, after
    /// `ImportCheck` has passed. Numbers already in use are refused unless `replace` is set,
    /// which overwrites those applications with a version past both the stored and the imported
    /// one, so a chat that has one open sees the change instead of saving over it.
    public func importDocument(_ document: ExportDocument, replace: Bool) throws(TransferError) {
        if !document.isChecked { try ImportCheck.check(document) }
        do {
            try writer.write { db in
                let imported = Set(document.applications.map(\.id))
                let existing = try Row.fetchAll(db, sql: "SELECT id, version FROM application").reduce(
                    into: [Int64: Int]()
                ) { found, row in
                    let id: Int64 = row["id"]
                    if imported.contains(id) { found[id] = row["version"] }
                }
                if !existing.isEmpty {
                    guard replace else { throw TransferError.alreadyThere(existing.keys.sorted()) }
                    try db.execute(
                        sql: "DELETE FROM application WHERE id IN " + Self.idList,
                        arguments: Self.idArgument(existing.keys))
                }
                let (applications, contacts, steps, stages, turns) = try (
                    ApplicationRow.insertStatement(db), ContactRow.insertStatement(db), StepRow.insertStatement(db),
                    StageChangeRow.insertStatement(db), TurnRow.insertStatement(db)
                )
                var timeFrames = LastResult<TimeFrame?, String?>()
                var dialogues = LastResult<Conversation, String?>()
                var phases = LastResult<String, Phase?>()
                for entry in document.applications {
                    var dialogue = entry.dialogue
                    dialogue.application = Application()
                    let version = existing[entry.id].map { max($0, entry.version) + 1 } ?? entry.version
                    var row = try RowMapping.row(
                        for: entry.application, id: entry.id, version: version,
                        dialogue: dialogues(dialogue) { try RowMapping.json($0) },
                        nextDay: planner.nextDay(for: entry.application, at: entry.updatedAt),
                        createdAt: entry.createdAt, updatedAt: entry.updatedAt,
                        timeFrame: timeFrames(entry.application.timeFrame) { try RowMapping.json($0) })
                    row.phase = phases(entry.phase, Phase.init) ?? entry.application.phase
                    try row.add(with: applications)
                    try write(entry.application, id: entry.id, contacts: contacts, steps: steps)
                    for stage in entry.stageHistory {
                        try StageChangeRow(
                            applicationId: entry.id, at: stage.at, fromPhase: stage.from.map(RecordedPhase.init),
                            toPhase: RecordedPhase(stage.to)
                        ).add(with: stages)
                    }
                    for turn in entry.turns {
                        try TurnRow(applicationId: entry.id, at: turn.at, speaker: turn.speaker, text: turn.text).add(
                            with: turns)
                    }
                }
            }
        } catch let error as TransferError {
            throw error
        } catch {
            throw .store(StoreError.from(error, path: path))
        }
    }
}
