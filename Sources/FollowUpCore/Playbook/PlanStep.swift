/// One line of an application's plan: a playbook step, its day and where it stands.
public struct PlanStep: Equatable, Sendable {
    /// Where a step stands at a given moment.
    public enum Status: String, Codable, Sendable {
        /// `waiting`: nothing to do until someone moves: the employer (decline-wait), or the
        /// candidate, whose first follow-up, unreported, holds the second.
        case done, due, overdue, upcoming, missed, unknown, cancelled, waiting

        /// Whether the step is something to do now or later.
        public var isPending: Bool {
            self == .due || self == .overdue || self == .upcoming
        }
    }

    public var step: StepID
    /// The day it falls on (or was done on); nil for a step that waits on the employer.
    public var day: Day?
    public var status: Status
    /// A short detail: who it is for, what they said.
    public var note: String

    public init(step: StepID, day: Day?, status: Status, note: String = "") {
        self.step = step
        self.day = day
        self.status = status
        self.note = note
    }
}
