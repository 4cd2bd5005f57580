import GRDB

/// Why the store could not do what was asked.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case notADatabase(String)
    case damaged(String)
    case newerSchema(String)
    case readOnly(String)
    case cannotOpen(String, String)
    case danglingLink(String, String)
    case diskFull
    case busy
    case changedElsewhere(String)
    case notFound(String)
    case noApplications
    case ambiguous(String, [String])
    case failed(String)

    public var description: String {
        switch self {
        case let .notADatabase(path):
            "\(path) is another program's database, not followup's; nothing in it was changed. Check the path, or name your own file with --db"
        case let .damaged(path):
            "\(path) is damaged, or is not a followup database; nothing in it was changed. If you named the wrong file, check the path. If it is your database, put back a copy of it if you have one; or move it aside (mv \(path) \(path).damaged), and followup starts a new one, where `followup import FILE` brings back what an earlier `followup export` saved"
        case let .newerSchema(path): "\(path) was written by a newer followup; update followup to open it"
        case let .readOnly(path): "cannot write to \(path): the file or its folder is read-only"
        case let .cannotOpen(path, reason): "cannot open \(path): \(reason)"
        case let .danglingLink(path, target):
            "\(path) is a link to \(target), which does not exist; restore that file or remove the link (followup will not replace it)"
        case .diskFull: "the disk is full, so this was not saved; free some space and try again"
        case .busy: "the database is busy in another followup session; try again in a moment"
        case let .changedElsewhere(title): "\(title) was changed by another followup session just now"
        case let .notFound(query): "no application matches \"\(query)\"; `followup list` shows them"
        case .noApplications:
            "there are no applications yet: run `followup` and tell the coach about your interview to add one"
        case let .ambiguous(query, matches):
            "\"\(query)\" matches several applications: \(matches.joined(separator: "; ")); use its number"
        case let .failed(reason): "the database failed: \(reason)"
        }
    }

    /// The store's error for an error thrown by GRDB or SQLite.
    static func from(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let error = error as? DatabaseError else { return .failed(String(describing: error)) }
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: return .damaged(path)
        case .SQLITE_FULL: return .diskFull
        case .SQLITE_READONLY: return .readOnly(path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy
        case .SQLITE_CANTOPEN: return .cannotOpen(path, error.message ?? "unknown reason")
        default: return .failed(error.message ?? "\(error.resultCode)")
        }
    }
}
