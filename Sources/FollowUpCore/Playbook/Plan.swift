/// An application's plan at one moment: every step with its status, and what to do, most urgent first.
public struct Plan: Equatable, Sendable {
    /// The timeline in playbook order, for `/plan` and `show`.
    public var steps: [PlanStep]
    /// Everything still to do, most urgent first.
    public var actions: [PendingAction]
    /// The days the chain falls on.
    public var days: FollowUpDays

    /// The most urgent action, if anything is left to do.
    public var next: PendingAction? { actions.first }

    /// What matters now: the overdue and due actions, or else the first upcoming one.
    public var current: [PendingAction] {
        let now = actions.filter { $0.status != .upcoming }
        return now.isEmpty ? Array(actions.prefix(1)) : now
    }

    /// The line of the timeline for `step`, if the plan has one.
    public func step(_ step: StepID) -> PlanStep? {
        steps.first { $0.step == step }
    }
}
