import GRDB
import GRDBSQLite

/// One row written through a kept INSERT statement, its values bound by position with SQLite's
/// own calls as they come, with no argument list built for the row. Each value is bound as its
/// `databaseValue`, which is what GRDB binds, so the rows are the same.
struct RowInsert: ColumnValues {
    private let statement: Statement
    private var position: Int32 = 1

    init(_ statement: Statement) {
        self.statement = statement
    }

    mutating func append(_ value: (some DatabaseValueConvertible)?) {
        let handle = statement.sqliteStatement
        switch value?.databaseValue.storage ?? .null {
        case .null: sqlite3_bind_null(handle, position)
        case let .int64(number): sqlite3_bind_int64(handle, position, number)
        case let .double(number): sqlite3_bind_double(handle, position, number)
        case let .string(text):
            // As a C string, as GRDB binds text.
            _ = text.withCString { sqlite3_bind_text(handle, position, $0, -1, Self.transient) }
        case let .blob(data):
            data.withUnsafeBytes { bytes in
                _ = sqlite3_bind_blob(handle, position, bytes.baseAddress, Int32(bytes.count), Self.transient)
            }
        }
        position += 1
    }

    /// Inserts the row bound so far, and leaves the statement ready for the next one.
    mutating func insert() throws {
        let handle = statement.sqliteStatement
        let code = sqlite3_step(handle)
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
            position = 1
        }
        guard code == SQLITE_DONE else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code),
                message: String(cString: sqlite3_errmsg(sqlite3_db_handle(handle))),
                sql: statement.sql)
        }
    }

    /// SQLite copies the bytes bound (`SQLITE_TRANSIENT`).
    private static var transient: sqlite3_destructor_type {
        unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
    }
}

/// Where a row's values go, in the order of its table's columns.
protocol ColumnValues {
    mutating func append(_ value: (some DatabaseValueConvertible)?)
}

/// A row's values as the arguments of a statement.
struct ArgumentList: ColumnValues {
    private(set) var values: [DatabaseValue] = []

    mutating func append(_ value: (some DatabaseValueConvertible)?) {
        values.append(value?.databaseValue ?? .null)
    }
}
