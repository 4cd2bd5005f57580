/// The playbook's stages, in order, plus the decline path.
public enum Stage: String, Codable, CaseIterable, Sendable {
    case atInterview = "at-interview"
    case firstDay = "first-day"
    case firstFollowUp = "first-follow-up"
    case secondFollowUp = "second-follow-up"
    case moveOn = "move-on"
    case decline
}

extension Stage: Comparable {
    /// Stages compare in the order they are declared: the playbook's, then the decline path.
    public static func < (lhs: Stage, rhs: Stage) -> Bool {
        let order = allCases
        return order.firstIndex(of: lhs) ?? 0 < order.firstIndex(of: rhs) ?? 0
    }
}
