import GRDB

/// The schema, as named migrations applied in order. A migration that has shipped is never
/// edited: a change to the schema is a new migration appended at the end.
enum Migrations {
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-applications") { db in
            try db.create(table: "application") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("company", .text)
                table.column("role", .text)
                table.column("interviewEnd", .datetime)
                table.column("timeFrame", .text)
                table.column("declining", .text)
                table.column("outcome", .text)
                table.column("closureReason", .text)
                table.column("closedOn", .text)
                table.column("phase", .text).notNull()
                table.column("nextDay", .text)
                table.column("version", .integer).notNull().defaults(to: 1)
                table.column("createdAt", .datetime).notNull()
                table.column("updatedAt", .datetime).notNull()
            }
            try db.create(table: "contact") { table in
                table.autoIncrementedPrimaryKey("id")
                table.belongsTo("application", onDelete: .cascade).notNull()
                table.column("position", .integer).notNull()
                table.column("name", .text).notNull()
                table.column("role", .text)
                table.column("email", .text)
                table.column("phone", .text)
                table.column("detail", .text)
                table.column("hasDetails", .boolean)
                table.column("thankedOn", .text)
            }
            try db.create(table: "step") { table in
                table.belongsTo("application", onDelete: .cascade).notNull()
                table.column("step", .text).notNull()
                table.column("status", .text).notNull()
                table.column("day", .text)
                table.primaryKey(["applicationId", "step"])
            }
        }
        migrator.registerMigration("v2-conversation") { db in
            try db.alter(table: "application") { table in
                table.add(column: "dialogue", .text)
            }
            try db.create(table: "turn") { table in
                table.autoIncrementedPrimaryKey("id")
                table.belongsTo("application", onDelete: .cascade).notNull()
                table.column("at", .datetime).notNull()
                table.column("speaker", .text).notNull()
                table.column("text", .text).notNull()
            }
            try db.create(table: "stageChange") { table in
                table.autoIncrementedPrimaryKey("id")
                table.belongsTo("application", onDelete: .cascade).notNull()
                table.column("at", .datetime).notNull()
                table.column("fromPhase", .text)
                table.column("toPhase", .text).notNull()
            }
            try db.create(table: "setting") { table in
                table.primaryKey("key", .text)
                table.column("value", .text).notNull()
            }
        }
        migrator.registerMigration("v3-agenda-index") { db in
            try db.create(index: "application_on_open_next_day", on: "application", columns: ["closedOn", "nextDay"])
        }
        migrator.registerMigration("v4-wait-until") { db in
            try db.alter(table: "application") { table in
                table.add(column: "waitUntil", .text)
            }
        }
        migrator.registerMigration("v5-contact-number") { db in
            try db.alter(table: "contact") { table in
                table.add(column: "number", .integer).notNull().defaults(to: 0)
            }
            // People saved before numbers existed are numbered in the order they were met.
            try db.execute(sql: "UPDATE contact SET number = position + 1")
        }
        migrator.registerMigration("v6-round-is-take-home") { db in
            try db.alter(table: "application") { table in
                table.add(column: "roundIsTakeHome", .boolean)
            }
        }
        migrator.registerMigration("v7-next-round-time") { db in
            try db.alter(table: "application") { table in
                table.add(column: "roundMinute", .integer)
            }
        }
        return migrator
    }()

    /// The identifiers of `migrator`'s migrations, in order.
    static let identifiers = migrator.migrations

    /// How far the schema in `db` is from ours, in two cheap queries: a database with tables
    /// but no migrations table is not ours, and one with migrations we do not know is newer;
    /// one without tables is empty.
    static func schema(of db: Database, path: String) throws -> Store.Schema {
        guard
            let tables = try Row.fetchOne(
                db,
                sql: """
                    SELECT COUNT(*), COUNT(CASE WHEN name = 'grdb_migrations' THEN 1 END) FROM sqlite_master
                    """)
        else { return .older }
        guard tables[1] as Int == 1 else {
            if tables[0] as Int > 0 { throw StoreError.notADatabase(path) }
            return .empty
        }
        let applied = Set(try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"))
        if !applied.isSubset(of: identifiers) { throw StoreError.newerSchema(path) }
        return applied.count == identifiers.count ? .current : .older
    }
}
