import FollowUpCore

/// An application as the lists of what is due show it: its number and what it holds, without
/// the conversation about it (which is neither read nor decoded for a list).
public struct ListedApplication: Equatable, Sendable {
    /// The application's number, shown to the user as "#3".
    public let id: Int64
    public let application: Application
}
