/// Where an application stands as a whole, for lists and for the history of stage changes.
extension Application {
    /// A playbook stage id ("first-day", "decline"), or "answered:offer", "closed:withdrew".
    public var phase: String {
        if let closure { return "closed:\(closure.reason.rawValue)" }
        if let outcome { return "answered:\(outcome.rawValue)" }
        if declining != nil { return Stage.decline.rawValue }
        if interviewEnd == nil || StepID.atInterview.contains(where: { records[$0] == nil }) {
            return Stage.atInterview.rawValue
        }
        if !isDone(.sendThankYou), !isDone(.firstFollowUp) { return Stage.firstDay.rawValue }
        if !isDone(.firstFollowUp) { return Stage.firstFollowUp.rawValue }
        if !isDone(.secondFollowUp) { return Stage.secondFollowUp.rawValue }
        return Stage.moveOn.rawValue
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
