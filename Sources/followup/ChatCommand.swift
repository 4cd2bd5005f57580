import ArgumentParser
import FollowUpCore
import FollowUpSession
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `followup chat`, the default: the conversation with the coach.
struct ChatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Talk with the coach (what `followup` does with no command).",
        discussion: """
            In a terminal, lines are edited with libedit and kept in $XDG_DATA_HOME/followup/history; \
            Tab completes commands, the kinds and people after /draft and companies after /switch; \
            Ctrl-C clears the line and Ctrl-D ends the session. Replies are wrapped to the \
            terminal's width. From a pipe, lines are read plainly and echoed after the prompt, and \
            replies are not wrapped. NO_COLOR turns the coloured prompt off.
            """
    )

    @OptionGroup var options: CommonOptions

    func run() throws {
        try Self.chat(options: options)
    }

    /// The conversation, with options as parsed, or left unset for plain `followup`.
    static func chat(options: CommonOptions) throws {
        try Failure.reporting {
            let clock = try options.clock()
            let environment = options.environment
            let store = try options.writableStore()
            let coach = Coach(
                calendar: options.calendar, templates: TemplateFolder(environment: environment).load(),
                holidays: store.planner.schedule.holidays, sender: try store.senderName())
            let desk = Desk(store: store, coach: coach, editor: ExternalEditor(environment: environment))
            let output = Output()
            if isatty(STDIN_FILENO) == 1 {
                let history = DataDirectory(environment: environment).prepared().map { $0 + "/history" }
                let shared = SharedDesk(desk)
                let reader = EditLineReader(historyFile: history) { [shared] typed in shared.completions(for: typed) }
                var loop = ChatLoop(
                    chat: shared, reader: reader, clock: clock, output: output,
                    wrapper: ReplyWrapper(environment: environment))
                loop.run(prompt: Self.prompt(colored: environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"))
            } else {
                var loop = ChatLoop(
                    chat: desk, reader: PlainLineReader(output: output), clock: clock, output: output,
                    wrapper: ReplyWrapper(environment: environment))
                loop.run(prompt: "you> ")
            }
            // The file is closed here, its log folded back in, and the process ends without
            // tearing the store down: GRDB's teardown unregisters from Foundation's notification
            // centre, which costs more than the rest of leaving.
            withExtendedLifetime(store) {
                store.close()
                Foundation.exit(EXIT_SUCCESS)
            }
        }
    }

    /// "you> ", bold cyan unless colour is off; escapes sit between \u{1} marks so libedit skips them in width.
    static func prompt(colored: Bool) -> String {
        colored ? "\u{1}\u{1B}[1;36m\u{1}you>\u{1}\u{1B}[0m\u{1} " : "you> "
    }
}
