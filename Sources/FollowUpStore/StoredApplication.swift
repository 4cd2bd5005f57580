import FollowUpCore
import Foundation

/// An application as kept in the store: its number, its version for safe concurrent updates,
/// and the conversation about it.
public struct StoredApplication: Equatable, Sendable {
    /// The application's number, shown to the user as "#3".
    public var id: Int64
    /// Bumped by every save; a save from an older version is refused.
    public var version: Int
    public var conversation: Conversation

    public var application: Application {
        get { conversation.application }
        set { conversation.application = newValue }
    }
}
