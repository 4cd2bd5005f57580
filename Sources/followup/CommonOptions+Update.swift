import FollowUpCore
import FollowUpStore
import Foundation

extension CommonOptions {
    /// Changes the application `query` names, saves it with `command` in its log, and prints
    /// what `change` says about it.
    func update(_ query: String, command: String, change: (inout Application, Day) throws -> String) throws {
        let now = try clock().now()
        let store = try store()
        var stored = try store.find(query)
        let message = try change(&stored.application, Day(now, in: calendar))
        stored.conversation.question = nil
        try store.save(&stored, lines: [.init(speaker: "you", text: command), .init(speaker: "coach", text: message)], now: now)
        Output().write("#\(stored.id) \(stored.application.title): \(message)\n")
    }
}
