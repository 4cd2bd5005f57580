import Foundation

/// One line of the timeline: a step, its day and where it stands.
public struct PlanEntry: Equatable, Sendable {
    /// Where a step stands on a given day.
    public enum Status: String, Sendable {
        case done, due, overdue, upcoming, missed, unknown, cancelled
    }

    public var step: StepID
    /// The day it is due (or was done); nil for a step that waits on the employer.
    public var day: Day?
    public var status: Status
    /// A short detail: who it is for, what they said.
    public var note: String
}
