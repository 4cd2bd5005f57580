import FollowUpCore
import Foundation
import GRDB

/// Every application and conversation, in SQLite: one file, safe to share between processes.
public final class Store: Sendable {
    let writer: any DatabaseWriter
    /// Where the database lives, for messages.
    public let path: String
    /// Decides what each application asks for, to index and list it.
    public let planner: Planner

    /// The applications the agenda last read, while the file is unchanged.
    let listed: ListedMemo

    convenience init(writer: any DatabaseWriter, path: String, calendar: Calendar) {
        self.init(writer: writer, path: path, planner: Planner(calendar: calendar), listed: ListedMemo())
    }

    private init(writer: any DatabaseWriter, path: String, planner: Planner, listed: ListedMemo) {
        self.writer = writer
        self.path = path
        self.planner = planner
        self.listed = listed
    }

    /// The same database, planning with `holidays` as days off (the region's, once it is known).
    public func planning(with holidays: HolidayCalendar) -> Store {
        Store(
            writer: writer, path: path,
            planner: Planner(schedule: Schedule(calendar: planner.calendar, holidays: holidays)), listed: listed)
    }

    /// Seconds a write waits for another process before giving up.
    static let busyTimeout: TimeInterval = 5

    /// Waits for a lock in short random steps (1 to 4 ms, about `busyTimeout` in all). SQLite's
    /// own timeout polls every 100 ms after a while, so under contention a waiting writer kept
    /// missing the moments the lock was free and gave up while others went ahead.
    static let busyMode = Database.BusyMode.callback { tries in
        guard Double(tries) * 0.0025 < busyTimeout else { return false }
        usleep(useconds_t.random(in: 1000...4000))
        return true
    }

    /// How far an existing file's schema is from ours.
    enum Schema {
        case empty, older, current
    }

    /// Opens (or creates) the database at `path` for changes, migrating it to the current
    /// schema. Every commit is synced to disk before it returns (`synchronous=FULL`). A file
    /// that is not one of ours, or is newer, is refused byte-for-byte untouched, and so is a
    /// link to a file that does not exist.
    public static func open(path: String, calendar: Calendar) throws(StoreError) -> Store {
        let folder = Self.folder(of: path)
        let files = FileManager.default
        try refuseDanglingLink(path)
        do {
            try files.createDirectory(
                atPath: folder, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        } catch {
            throw .cannotOpen(path, "cannot create its folder")
        }
        var isEmpty = true
        if files.fileExists(atPath: path) {
            guard files.isReadableFile(atPath: path) else { throw .cannotOpen(path, "permission denied") }
            guard files.isWritableFile(atPath: path),
                files.isWritableFile(atPath: folder)
            else { throw .readOnly(path) }
            isEmpty = try isEmptyFile(path)
        } else if !files.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) {
            throw .readOnly(path)
        }
        var configuration = Configuration()
        configuration.busyMode = busyMode
        do {
            // One connection, in WAL mode so readers never wait. A pool would probe the file
            // with a throwaway table on every open, racing other writers outside the busy timeout.
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            // The schema is read before anything is written, so a newer file is refused untouched.
            let schema = isEmpty ? Schema.empty : try queue.read { db in try Migrations.schema(of: db, path: path) }
            try queue.writeWithoutTransaction { db in
                if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
                    try db.execute(sql: "PRAGMA journal_mode = WAL")
                }
                // FULL syncs each commit, so an answer saved before the reply survives a power loss.
                try db.execute(sql: "PRAGMA synchronous = FULL")
            }
            if schema != .current { try Migrations.migrator.migrate(queue) }
            return Store(writer: queue, path: path, calendar: calendar)
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// Closes the file, folding its write-ahead log back in; nothing is read or written after.
    public func close() {
        try? writer.close()
    }

    /// The folder holding the file at `path`, worked out as text: Foundation's `URL` costs a
    /// noticeable share of the chat's start.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Opens the database at `path` read-only: nothing is written to the file, and reads never
    /// wait behind a writer. A missing or empty file reads as an empty store; an older schema
    /// is migrated in a copy held in memory.
    public static func openForReading(path: String, calendar: Calendar) throws(StoreError) -> Store {
        try refuseDanglingLink(path)
        guard FileManager.default.fileExists(atPath: path) else { return try inMemory(calendar: calendar) }
        guard FileManager.default.isReadableFile(atPath: path) else { throw .cannotOpen(path, "permission denied") }
        if try isEmptyFile(path) { return try inMemory(calendar: calendar) }
        let queue: DatabaseQueue
        let schema: Schema
        do {
            (queue, schema) = try readSchema(at: path)
        } catch {
            // In a folder we cannot write, SQLite cannot make the shared-memory file that reading a
            // WAL database needs; with no write-ahead log left over, the file can be read as it is.
            guard let immutable = immutableURI(path) else { throw error }
            (queue, schema) = try readSchema(at: immutable, named: path)
        }
        switch schema {
        case .empty:
            return try inMemory(calendar: calendar)
        case .current:
            return Store(writer: queue, path: path, calendar: calendar)
        case .older:
            do {
                let copy = try DatabaseQueue()
                try queue.backup(to: copy)
                try Migrations.migrator.migrate(copy)
                return Store(writer: copy, path: path, calendar: calendar)
            } catch {
                throw StoreError.from(error, path: path)
            }
        }
    }

    /// A fresh database in memory, for tests and transcripts.
    public static func inMemory(calendar: Calendar) throws(StoreError) -> Store {
        do {
            let queue = try DatabaseQueue()
            try Migrations.migrator.migrate(queue)
            return Store(writer: queue, path: ":memory:", calendar: calendar)
        } catch {
            throw StoreError.from(error, path: ":memory:")
        }
    }

    private static func refuseDanglingLink(_ path: String) throws(StoreError) {
        guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path),
            !FileManager.default.fileExists(atPath: path)
        else { return }
        throw .danglingLink(path, target)
    }

    /// Whether the existing file at `path` is empty; anything but empty or an SQLite database is refused.
    /// Read with the system's calls: a `FileHandle` costs a noticeable share of the chat's start.
    private static func isEmptyFile(_ path: String) throws(StoreError) -> Bool {
        guard let header = fileHeader(path) else {
            var folder: ObjCBool = false
            FileManager.default.fileExists(atPath: path, isDirectory: &folder)
            throw .cannotOpen(
                path,
                folder.boolValue ? "it is a folder; name a file, like \(path)/followup.sqlite" : "permission denied")
        }
        if header.isEmpty { return true }
        guard header == Array("SQLite format 3\0".utf8) else { throw .damaged(path) }
        return false
    }

    /// Opens `path` read-only and says how far its schema is from ours.
    private static func readSchema(at path: String, named name: String? = nil) throws(StoreError) -> (
        DatabaseQueue, Schema
    ) {
        let queue = try readOnlyQueue(path, named: name ?? path)
        do {
            return (queue, try queue.read { db in try Migrations.schema(of: db, path: name ?? path) })
        } catch {
            throw StoreError.from(error, path: name ?? path)
        }
    }

    /// A URI opening `path` as a file nothing else changes, when its folder cannot be written and
    /// no write-ahead log is waiting beside it; nil otherwise.
    private static func immutableURI(_ path: String) -> String? {
        let folder = (path as NSString).deletingLastPathComponent
        let log = (try? FileManager.default.attributesOfItem(atPath: path + "-wal"))?[.size] as? Int ?? 0
        guard !FileManager.default.isWritableFile(atPath: folder.isEmpty ? "." : folder), log == 0,
            let encoded = (path as NSString).standardizingPath.addingPercentEncoding(
                withAllowedCharacters: .urlPathAllowed)
        else { return nil }
        return "file:\(encoded)?immutable=1"
    }

    private static func readOnlyQueue(_ path: String, named name: String) throws(StoreError) -> DatabaseQueue {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = busyMode
        do {
            return try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw StoreError.from(error, path: name)
        }
    }

    func run<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.write(body)
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// Runs `body` in one read transaction. Not `writer.read`: that turns `query_only` on and
    /// off around each read, and SQLite expires every prepared statement at each switch, so the
    /// cached ones would be compiled again at every read.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.unsafeRead { db in
                var value: Result<T, any Error> = .failure(DatabaseError(resultCode: .SQLITE_MISUSE))
                try db.inTransaction(.deferred) {
                    value = Result { try body(db) }
                    return .commit
                }
                return try value.get()
            }
        } catch {
            throw StoreError.from(error, path: path)
        }
    }
}

/// The first 16 bytes of the file at `path` (fewer if it is shorter), or nil when it cannot be
/// opened or read. Outside `Store`, whose `open` would hide the system's.
private func fileHeader(_ path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var header = [UInt8](repeating: 0, count: 16)
    let count = read(descriptor, &header, header.count)
    return count < 0 ? nil : Array(header.prefix(count))
}
