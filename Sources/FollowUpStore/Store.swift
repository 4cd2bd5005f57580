import FollowUpCore
import Foundation
import GRDB

/// Every application and conversation, in SQLite: one file, safe to share between processes.
public final class Store: Sendable {
    let writer: any DatabaseWriter
    /// Where the database lives, for messages.
    public let path: String
    /// Decides what each application asks for, to index and list it.
    let planner: Planner

    init(writer: any DatabaseWriter, path: String, calendar: Calendar) {
        self.writer = writer
        self.path = path
        planner = Planner(calendar: calendar)
    }

    /// Seconds a write waits for another process before giving up.
    static let busyTimeout: TimeInterval = 5

    /// Opens (or creates) the database at `path`, migrating it to the current schema. A file
    /// that is not one of ours, or is newer, is refused and left as it is.
    public static func open(path: String, calendar: Calendar) throws(StoreError) -> Store {
        let url = URL(fileURLWithPath: path)
        let files = FileManager.default
        do {
            try files.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
                                      attributes: [.posixPermissions: 0o700])
        } catch {
            throw .cannotOpen(path, "cannot create its folder")
        }
        if files.fileExists(atPath: path) {
            guard files.isReadableFile(atPath: path) else { throw .cannotOpen(path, "permission denied") }
            guard files.isWritableFile(atPath: path),
                  files.isWritableFile(atPath: url.deletingLastPathComponent().path) else { throw .readOnly(path) }
            guard try hasSQLiteHeader(path) else { throw .notADatabase(path) }
        } else if !files.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) {
            throw .readOnly(path)
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            if try pool.read(Migrations.migrator.hasBeenSuperseded) { throw StoreError.newerSchema(path) }
            try Migrations.migrator.migrate(pool)
            return Store(writer: pool, path: path, calendar: calendar)
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// A fresh database in memory, for tests and transcripts.
    public static func inMemory(calendar: Calendar) -> Store {
        let queue = try! DatabaseQueue()
        try! Migrations.migrator.migrate(queue)
        return Store(writer: queue, path: ":memory:", calendar: calendar)
    }

    /// An empty file is a new database; anything else must start like SQLite's files do.
    private static func hasSQLiteHeader(_ path: String) throws(StoreError) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .cannotOpen(path, "permission denied") }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        return header.isEmpty || header == Data("SQLite format 3\0".utf8)
    }

    func run<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.write(body)
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read(body)
        } catch {
            throw StoreError.from(error, path: path)
        }
    }
}
