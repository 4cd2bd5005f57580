/// The playbook's stages, in order, plus the decline path.
public enum Stage: String, Codable, CaseIterable, Sendable {
    case atInterview = "at-interview"
    case firstDay = "first-day"
    case firstFollowUp = "first-follow-up"
    case secondFollowUp = "second-follow-up"
    case moveOn = "move-on"
    case decline
}
