/// A public holiday: its day and its name ("Christmas Day", "Boxing Day (observed)").
public struct Holiday: Hashable, Sendable, CustomStringConvertible {
    public let day: Day
    public let name: String

    public init(day: Day, name: String) {
        self.day = day
        self.name = name
    }

    public var description: String { "\(day) \(name)" }
}
