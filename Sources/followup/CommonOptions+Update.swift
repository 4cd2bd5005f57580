import FollowUpCore
import FollowUpStore
import Foundation

extension CommonOptions {
    /// Changes the application `query` names, saves it with `command` in its log, and prints
    /// what `change` says about it. Loading, changing and saving are one transaction, so
    /// several processes changing the same application wait their turn instead of failing.
    func update(_ query: String, command: String, change: (inout Application, Day) throws -> String) throws {
        let now = try clock().now()
        var message = ""
        let stored = try writableStore().update(query, now: now) { stored in
            message = try change(&stored.application, Day(now, in: calendar))
            stored.conversation.question = nil
            return [.init(speaker: "you", text: command), .init(speaker: "coach", text: message)]
        }
        Output().write("#\(stored.id) \(stored.application.title): \(message)\n")
    }
}
