import Foundation

/// Scratch database files of the benchmarks.
enum Database {
    /// Removes a database file with its WAL and shared-memory companions.
    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
