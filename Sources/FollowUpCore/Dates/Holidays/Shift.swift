/// Where a date rule's day moved to land on a working day, and why.
public struct Shift: Hashable, Sendable {
    /// The day the rule gave.
    public let requested: Day
    /// The working day it moved to; the requested day when that was one.
    public internal(set) var day: Day
    /// The holidays skipped on weekdays, in order of day.
    public internal(set) var holidays: [Holiday] = []
    /// Whether a Saturday or a Sunday was skipped.
    public internal(set) var weekend = false

    init(requested: Day) {
        self.requested = requested
        day = requested
    }

    /// Whether the day moved at all.
    public var moved: Bool { day != requested }
}
