import GRDB

/// A row written with one prepared INSERT statement kept by the connection, instead of SQL
/// built anew for every record.
protocol CachedRow {
    /// The table's name.
    static var table: String { get }
    /// The columns written, in the order of `values`.
    static var columns: [String] { get }
    /// `INSERT INTO table (columns) VALUES (?, ...)`, built once by `makeInsertSQL()`.
    static var insertSQL: String { get }
    /// Gives the row's values to `values`, in the order of `columns`.
    func write(to values: inout some ColumnValues)
}

extension CachedRow {
    /// The INSERT statement for `columns`, for the type's `insertSQL`.
    static func makeInsertSQL() -> String {
        "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
    }

    /// The columns, as a SELECT list for reading the row back by position.
    static func selection() -> String {
        columns.joined(separator: ", ")
    }

    /// Inserts the row; returns its rowid.
    @discardableResult
    func add(to db: Database) throws -> Int64 {
        try add(with: db.cachedStatement(sql: Self.insertSQL))
        return db.lastInsertedRowID
    }

    /// The kept INSERT statement, for rows added many at a time with `add(with:)`.
    static func insertStatement(_ db: Database) throws -> Statement {
        try db.cachedStatement(sql: insertSQL)
    }

    /// Inserts the row with `insert`, the type's `insertStatement`, looked up once for many rows.
    func add(with insert: Statement) throws {
        var row = RowInsert(insert)
        write(to: &row)
        try row.insert()
    }

    /// The row's values, in the order of `columns`.
    var values: StatementArguments {
        var list = ArgumentList()
        write(to: &list)
        return StatementArguments(list.values)
    }
}
