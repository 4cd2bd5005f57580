import Foundation
import GRDB

/// The applications the agenda last read, kept while the database is unchanged: the list
/// shown on opening and the one shown on leaving read the file once between them.
///
/// Unchanged means the same count of changes made through this connection and the same
/// `data_version`, which moves when another process commits.
final class ListedMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var version: [Int] = []
    private var entries: [Int64: ListedApplication] = [:]

    /// The database's state of change, as `data_version` and this connection's change count.
    static func version(of db: Database) throws -> [Int] {
        [try Int.fetchOne(db.cachedStatement(sql: "PRAGMA data_version")) ?? 0, db.totalChangesCount]
    }

    /// The applications numbered `ids`, in their order, when every one was read at `version`.
    func entries(_ ids: [Int64], at version: [Int]) -> [ListedApplication]? {
        lock.lock()
        defer { lock.unlock() }
        guard version == self.version else { return nil }
        let found = ids.compactMap { entries[$0] }
        return found.count == ids.count ? found : nil
    }

    /// Keeps `listed`, read at `version`, with what was read at that version before.
    func keep(_ listed: [ListedApplication], at version: [Int]) {
        lock.lock()
        defer { lock.unlock() }
        if version != self.version { (self.version, entries) = (version, [:]) }
        for entry in listed { entries[entry.id] = entry }
    }
}
