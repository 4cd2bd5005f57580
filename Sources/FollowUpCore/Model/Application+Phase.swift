/// Where an application stands as a whole, for lists and for the history of stage changes.
extension Application {
    /// The playbook stage it is at, or the employer's answer, or why it was closed.
    public var phase: Phase {
        if let closure { return .closed(closure.reason) }
        if let outcome { return .answered(outcome) }
        if declining != nil { return .stage(.decline) }
        if interviewEnd == nil || StepID.atInterview.contains(where: { records[$0] == nil }) {
            return .stage(.atInterview)
        }
        if !isDone(.sendThankYou), !isDone(.firstFollowUp) { return .stage(.firstDay) }
        if !isDone(.firstFollowUp) { return .stage(.firstFollowUp) }
        if !isDone(.secondFollowUp) { return .stage(.secondFollowUp) }
        return .stage(.moveOn)
    }

    /// Whether the follow-up chain still runs: not answered, not closed, not declining.
    public var isActive: Bool {
        phase.isActive && declining == nil
    }

    /// "Product Designer at Acme", or what is known of it.
    public var title: String {
        switch (role, company) {
        case let (role?, company?): "\(role) at \(company)"
        case let (nil, company?): company
        case let (role?, nil): role
        case (nil, nil): "a new interview"
        }
    }
}
