import ArgumentParser
import FollowUpCore
import FollowUpStore
import Foundation

/// `followup config name [NAME] [--unset]`: the name the drafts are signed with.
struct ConfigNameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "name",
        abstract: "Show or set your name, which the drafts are signed with.",
        discussion: """
            Without a name set, drafts end with [your name] for you to replace. In the chat, "sign \
            it as Sam Ortiz" or "my name is Sam Ortiz" sets it too. Your own templates sign with \
            the field {my_name}.
            """)

    /// The longest name kept, in characters.
    static let limit = 100

    @OptionGroup var options: CommonOptions

    @Argument(help: ArgumentHelp("Your name as you sign your messages, e.g. \"Sam Ortiz\".", valueName: "name"))
    var name: String?

    @Flag(help: "Forget the name: drafts end with [your name] again.")
    var unset = false

    /// The name as it is kept: trimmed of spaces.
    var trimmed: String? {
        name.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    func validate() throws {
        if unset && name != nil { throw ValidationError("give a name or --unset, not both") }
        guard let trimmed else { return }
        if trimmed.isEmpty { throw ValidationError("the name is empty; to forget it, use --unset") }
        if trimmed.unicodeScalars.contains(where: CleanText.isUnwanted) {
            throw ValidationError("the name holds a control or invisible character; type it plainly")
        }
        if trimmed.count > Self.limit {
            throw ValidationError("the name is \(trimmed.count) characters long; at most \(Self.limit) are kept")
        }
    }

    func run() throws {
        try Failure.reporting {
            let store = unset || name != nil ? try options.writableStore() : try options.store()
            if unset {
                try store.setSenderName(nil)
            } else if let trimmed {
                try store.setSenderName(trimmed)
            }
            Output().write(Self.sentence(try store.senderName()) + "\n")
        }
    }

    /// What the setting is, in a sentence.
    static func sentence(_ name: String?) -> String {
        guard let name else {
            return "No name is set: drafts end with [your name]. Set yours with followup config name \"Your Name\"."
        }
        return "Drafts are signed \(name), as you set it."
    }
}
