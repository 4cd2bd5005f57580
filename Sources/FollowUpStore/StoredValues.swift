import FollowUpCore
import GRDB

// The core's values as column values: each stored as its stable text (a step id, a status, an
// ISO day), and read back only when the text names something the core knows. The core itself
// knows nothing of GRDB, hence these conformances live with the store.

extension StepID: DatabaseValueConvertible {}
extension StepRecord.Status: DatabaseValueConvertible {}
extension Outcome: DatabaseValueConvertible {}
extension Closure.Reason: DatabaseValueConvertible {}

extension Day: DatabaseValueConvertible {
    /// `YYYY-MM-DD`.
    public var databaseValue: DatabaseValue { description.databaseValue }

    public static func fromDatabaseValue(_ value: DatabaseValue) -> Day? {
        String.fromDatabaseValue(value).flatMap(Day.init(iso:))
    }
}

extension Phase: DatabaseValueConvertible {
    /// "first-day", "answered:offer", "closed:withdrew".
    public var databaseValue: DatabaseValue { description.databaseValue }

    public static func fromDatabaseValue(_ value: DatabaseValue) -> Phase? {
        String.fromDatabaseValue(value).flatMap(Phase.init)
    }
}

extension Row {
    /// The value at `index` when it reads as a `Value`; nil for NULL and for text that names
    /// nothing known, where a plain subscript would stop the program.
    func decoded<Value: DatabaseValueConvertible>(_ index: Int) -> Value? {
        Value.fromDatabaseValue(self[index] as DatabaseValue)
    }
}
