import FollowUpCore
import Foundation
import GRDB

/// Looking applications up: lists, names, and what is due.
extension Store {
    /// Every application, by number; closed ones only when asked for.
    public func summaries(includeClosed: Bool = false) throws(StoreError) -> [ApplicationSummary] {
        try read { db in try Self.summaries(includeClosed: includeClosed, db: db) }
    }

    /// Every application with the day of its next step and its stage as the plan sees them at
    /// `now`: the same day `next` shows, whatever day the index was written on.
    public func summaries(includeClosed: Bool = false, now: Date) throws(StoreError) -> [ApplicationSummary] {
        try read { db in
            let summaries = try Self.summaries(includeClosed: includeClosed, db: db)
            let listed = try Self.fetchListed(ids: summaries.filter { !$0.isClosed }.map(\.id), db: db)
            let open = Dictionary(uniqueKeysWithValues: listed.map { ($0.id, $0.application) })
            return summaries.map { summary in
                guard let app = open[summary.id] else { return summary }
                var summary = summary
                let plan = planner.plan(for: app, at: now)
                summary.nextDay = plan?.next?.day
                summary.phase = Planner.phase(of: app, by: plan).description
                return summary
            }
        }
    }

    /// The open applications in one of `phases`, by number: those `Phase.waiting` names, for
    /// what waits, without reading every application.
    public func summaries(inPhases phases: [Phase]) throws(StoreError) -> [ApplicationSummary] {
        try read { db in
            try Self.summaries(
                where: "closedOn IS NULL AND phase IN (SELECT value FROM json_each(?))",
                arguments: [String(decoding: try JSONEncoder().encode(phases.map(\.description)), as: UTF8.self)],
                db: db)
        }
    }

    static func summaries(includeClosed: Bool, db: Database) throws -> [ApplicationSummary] {
        try summaries(where: includeClosed ? nil : "closedOn IS NULL", db: db)
    }

    /// The summaries of the applications `condition` (SQL) picks, by number; columns read by position.
    private static func summaries(
        where condition: String?, arguments: StatementArguments = [], db: Database
    ) throws -> [ApplicationSummary] {
        let sql =
            "SELECT id, company, role, phase, nextDay, waitUntil, closedOn, roundIsTakeHome, roundMinute FROM application"
            + (condition.map { " WHERE " + $0 } ?? "") + " ORDER BY id"
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            ApplicationSummary(
                id: row[0], company: row[1], role: row[2], phase: row[3],
                nextDay: (row[4] as String?).flatMap(Day.init(iso:)),
                waitUntil: (row[5] as String?).flatMap(Day.init(iso:)),
                isClosed: (row[6] as String?) != nil,
                roundIsTakeHome: (row[7] as Bool?) == true, roundMinute: row[8])
        }
    }

    /// The open applications with someone whose first name, in lower case, is one of `names`.
    public func openApplications(withContactFirstNamedAnyOf names: [String]) throws(StoreError) -> [Int64] {
        guard !names.isEmpty else { return [] }
        return try read { db in try Self.openApplications(withContactFirstNamedAnyOf: names, db: db) }
    }

    static func openApplications(withContactFirstNamedAnyOf names: [String], db: Database) throws -> [Int64] {
        try Int64.fetchAll(
            db,
            sql: """
                SELECT DISTINCT contact.applicationId FROM contact
                JOIN application ON application.id = contact.applicationId
                WHERE application.closedOn IS NULL
                AND lower(substr(contact.name, 1, instr(contact.name || ' ', ' ') - 1)) IN (SELECT value FROM json_each(?))
                ORDER BY contact.applicationId
                """,
            arguments: [String(decoding: try JSONEncoder().encode(names), as: UTF8.self)])
    }

    /// How many applications are open.
    public func openCount() throws(StoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM application WHERE closedOn IS NULL") ?? 0 }
    }

    /// Every application, open or closed, by number.
    public func all() throws(StoreError) -> [StoredApplication] {
        try read { db in
            try Self.fetch(ids: try Int64.fetchAll(db, sql: "SELECT id FROM application ORDER BY id"), db: db)
        }
    }

    /// The application `query` names: its number ("3" or "#3"), its company, or "company/role",
    /// ignoring case; a unique prefix will do, then the start of a word of the company's name
    /// ("robot" for Q-Ten Robotics), then the first name of someone met at an open one ("george").
    /// An open application wins over closed ones.
    public func find(_ query: String) throws(StoreError) -> StoredApplication {
        try read { db in try Self.find(query, db: db) }
    }

    static func find(_ query: String, db: Database) throws -> StoredApplication {
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        if let id = Int64(trimmed.hasPrefix("#") ? String(trimmed.dropFirst()) : trimmed) {
            guard let stored = try fetch(ids: [id], db: db).first else { throw StoreError.notFound(query) }
            return stored
        }
        let all = try summaries(includeClosed: true, db: db)
        guard !all.isEmpty else { throw StoreError.noApplications }
        let wanted = trimmed.lowercased()
        func key(_ summary: ApplicationSummary) -> [String] {
            let company = (summary.company ?? "").lowercased()
            return [company, "\(company)/\((summary.role ?? "").lowercased())"]
        }
        var matches = all.filter { key($0).contains(wanted) }
        if matches.isEmpty { matches = all.filter { key($0).contains { $0.hasPrefix(wanted) } } }
        if matches.isEmpty, wanted.count >= 3 {
            matches = all.filter { summary in
                (summary.company ?? "").lowercased().split { !$0.isLetter && !$0.isNumber }.contains {
                    $0.hasPrefix(wanted)
                }
            }
        }
        if matches.isEmpty {
            let ids = Set(try openApplications(withContactFirstNamedAnyOf: [wanted], db: db))
            matches = all.filter { ids.contains($0.id) }
        }
        if matches.count > 1, matches.filter({ !$0.isClosed }).count == 1 { matches = matches.filter { !$0.isClosed } }
        guard let match = matches.first else { throw StoreError.notFound(query) }
        guard matches.count == 1 else { throw StoreError.ambiguous(query, matches.map { "#\($0.id) \($0.title)" }) }
        guard let stored = try fetch(ids: [match.id], db: db).first else { throw StoreError.notFound(query) }
        return stored
    }

    /// What is to do across open applications, most urgent first: everything overdue or due,
    /// then up to `upcomingLimit` applications' upcoming steps (all of them when nil). Without
    /// `all`, each application shows only what matters now (`Plan.current`).
    public func pending(now: Date, all: Bool = false, upcomingLimit: Int? = 10) throws(StoreError)
        -> [(application: ListedApplication, action: PendingAction)]
    {
        let today = Day(now, in: planner.calendar).description
        let stored = try read { db -> [ListedApplication] in
            let due = try Int64.fetchAll(
                db,
                sql: """
                    SELECT id FROM application WHERE closedOn IS NULL AND nextDay <= ? ORDER BY nextDay, id
                    """, arguments: [today])
            let upcoming = try Int64.fetchAll(
                db,
                sql: """
                    SELECT id FROM application WHERE closedOn IS NULL AND nextDay > ? ORDER BY nextDay, id LIMIT ?
                    """, arguments: [today, upcomingLimit ?? -1])
            let version = try ListedMemo.version(of: db)
            if let known = listed.entries(due + upcoming, at: version) { return known }
            let fetched = try Self.fetchListed(ids: due + upcoming, db: db)
            listed.keep(fetched, at: version)
            return fetched
        }
        let items: [(application: ListedApplication, action: PendingAction)] = stored.flatMap { entry in
            let plan = planner.plan(for: entry.application, at: now)
            return (all ? plan?.actions : plan?.current)?.map { (application: entry, action: $0) } ?? []
        }
        // Ties keep the order the applications were fetched in: by day, then by number.
        return items.indices.sorted { a, b in
            PendingAction.precedes(items[a].action, items[b].action)
                || (!PendingAction.precedes(items[b].action, items[a].action) && a < b)
        }.map { items[$0] }
    }
}
