/// The members an object may hold, named by the cases of `Field`, found from a name's bytes
/// without making a string of it.
struct FieldNames<Field: CaseIterable & RawRepresentable<String> & Sendable>: Sendable {
    private let names = Field.allCases.enumerated().map { (Array($0.element.rawValue.utf8), $0.element, $0.offset) }

    /// The field `name` names, with its position among the cases; nil for any other name.
    func field(_ name: JSONCursor.Bytes) -> (field: Field, position: Int)? {
        for (bytes, field, position) in names where bytes.count == name.count && bytes.elementsEqual(name) {
            return (field, position)
        }
        return nil
    }
}

extension JSONCursor {
    /// Reads an object, giving each member's field to `member`, which reads its value; refuses a
    /// name `fields` does not know and a name given twice.
    mutating func object<Field>(
        _ fields: FieldNames<Field>, _ member: (inout JSONCursor, Field) throws(Refusal) -> Void
    ) throws(Refusal) {
        try expect(UInt8(ascii: "{"))
        var first = true
        var seen: UInt64 = 0
        while let name = try nextName(first: &first) {
            guard let (field, position) = fields.field(name), seen & (1 << position) == 0 else { throw Refusal() }
            seen |= 1 << position
            try member(&self, field)
        }
    }

    /// Reads an object whose names are the cases `keys` knows, each value read by `value`;
    /// refuses other names and a name given twice.
    mutating func dictionary<Key: Hashable, Value>(
        _ keys: FieldNames<Key>, _ value: (inout JSONCursor) throws(Refusal) -> Value
    ) throws(Refusal) -> [Key: Value] {
        var found: [Key: Value] = [:]
        try object(keys) { cursor, key throws(Refusal) in found[key] = try value(&cursor) }
        return found
    }
}

/// The value `found` when it was read, else a refusal: for members a type requires.
func required<Value>(_ found: Value?) throws(JSONCursor.Refusal) -> Value {
    guard let found else { throw JSONCursor.Refusal() }
    return found
}
