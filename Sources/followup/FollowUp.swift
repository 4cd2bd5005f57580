import ArgumentParser
import FollowUpCore
import Foundation

/// The `followup` command: a coach for following up after a job interview.
@main
struct FollowUp: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followup",
        abstract: "A coach for the days after a job interview.",
        discussion: """
            Run it right after an interview. It asks a few questions, then gives you a plan with \
            real dates: a thank-you note to each person within 24 hours, a first follow-up a couple \
            of days after their time frame, a second a week later, and when to let go. Ask "what \
            should I do now?" at any time. Everything is kept in a local SQLite file.

            Dates are in the time zone of TZ.

            Exit codes: 0 done; 64 bad usage; 65 bad data (an unknown contact, a damaged import, a step that does not apply to the application, \
            such as a decline draft before declining); \
            66 no such application or input file; 73 an output file cannot be created; 74 the database cannot be used or \
            output cannot be written; 75 busy or changed by another \
            session, try again.
            """,
        subcommands: [
            ChatCommand.self, NextCommand.self, ListCommand.self, ShowCommand.self, DoneCommand.self,
            HeardCommand.self, DeclineCommand.self, CloseCommand.self, ExportCommand.self, ImportCommand.self,
            DraftCommand.self, CalendarCommand.self, UnderstandCommand.self, ConfigCommand.self,
        ],
        defaultSubcommand: ChatCommand.self
    )

    /// Runs the command line, after making sure no file can be opened as standard output.
    /// Plain `followup`, the usual way in, goes straight to the chat: letting ArgumentParser
    /// parse no arguments costs a quarter of the chat's start (its reflection over every command).
    static func main() {
        Output.guardStandardDescriptors()
        if let word = CommandLine.arguments.dropFirst().first { refuseUnknownCommand(word) }
        guard CommandLine.arguments.count == 1 else { return main(nil) }
        var options = CommonOptions()
        options.db = nil
        options.now = nil
        do {
            try ChatCommand.chat(options: options)
        } catch {
            exit(withError: error)
        }
    }

    /// A first word that names no command (the chat takes none): said plainly, with the
    /// command it is closest to ("nxt" is next), instead of as an argument the chat refuses.
    static func refuseUnknownCommand(_ word: String) {
        let names = configuration.subcommands.map { $0.configuration.commandName ?? "" } + ["help"]
        guard !word.hasPrefix("-"), !names.contains(word) else { return }
        let closest = names.min { EditDistance.between(word, $0) < EditDistance.between(word, $1) }
        let hint =
            closest.flatMap { EditDistance.between(word, $0) <= 2 ? " Did you mean `followup \($0)`?" : nil } ?? ""
        Output.error("there is no command \"\(word)\".\(hint) `followup --help` lists them.")
        Foundation.exit(ExitStatus.usage.rawValue)
    }
}
