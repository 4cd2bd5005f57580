/// A JSON column's text for a run of equal values, encoded once: an import's applications
/// often share their time frame and the state of their conversation.
struct LastEncoded<Value: Encodable & Equatable> {
    private var last: (value: Value, json: String?)?

    /// `value` as `RowMapping.json` writes it.
    mutating func json(_ value: Value?) throws -> String? {
        guard let value else { return nil }
        if let last, last.value == value { return last.json }
        let json = try RowMapping.json(value)
        last = (value, json)
        return json
    }
}
