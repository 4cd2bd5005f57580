import FollowUpCore
import Foundation

/// The slash commands about applications as a whole, and the editor, which the desk runs
/// rather than the coach: its share of `SlashCommand`.
enum DeskCommand: Equatable {
    case new
    case list(all: Bool)
    case switchTo(String)
    case edit

    init?(_ line: String) {
        guard let (command, argument) = SlashCommand.parse(line), command.isSessionCommand else { return nil }
        switch command {
        case .new: self = .new
        case .list: self = .list(all: argument.lowercased() == "all")
        case .switch: self = .switchTo(argument)
        default: self = .edit
        }
    }
}
