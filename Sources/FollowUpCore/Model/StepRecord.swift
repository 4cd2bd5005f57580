/// What is known about one playbook step.
public struct StepRecord: Codable, Equatable, Sendable {
    public enum Status: String, Codable, Sendable {
        case done, missed, unknown
    }

    public var status: Status
    /// The day it was done, when known.
    public var on: Day?

    public init(_ status: Status, on: Day? = nil) {
        self.status = status
        self.on = on
    }
}
