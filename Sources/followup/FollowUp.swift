import ArgumentParser
import FollowUpCore
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
            should I do now?" at any time.

            Dates are in the time zone of TZ. Input from a pipe is read line by line with no editor.
            """
    )

    @Option(name: .long, help: ArgumentHelp(
        "Treat this moment as now, e.g. 2026-11-26T17:00 (wall-clock time in TZ) or 2026-11-26T17:00+01:00.",
        valueName: "date-time"))
    var now: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone.current
        calendar.locale = Locale(identifier: "en_US_POSIX")
        var fixed: Date?
        if let text = now ?? environment["FOLLOWUP_NOW"] {
            do {
                fixed = try ISOMoment.parse(text, calendar: calendar)
            } catch {
                throw ValidationError(error.description)
            }
        }
        let clock = Clock(fixed: fixed)
        let coach = Coach(calendar: calendar)
        let output = Output()
        if isatty(STDIN_FILENO) == 1 {
            let history = DataDirectory(environment: environment).prepared()?.appendingPathComponent("history")
            let reader = EditLineReader(historyFile: history, completions: Coach.commandNames)
            var loop = ChatLoop(reader: reader, coach: coach, clock: clock, output: output,
                                prompt: Self.prompt(colored: environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"))
            loop.run()
        } else {
            var loop = ChatLoop(reader: PlainLineReader(output: output), coach: coach, clock: clock, output: output,
                                prompt: "you> ")
            loop.run()
        }
    }

    /// "you> ", bold cyan unless colour is off; escapes sit between \u{1} marks so libedit skips them in width.
    static func prompt(colored: Bool) -> String {
        colored ? "\u{1}\u{1B}[1;36m\u{1}you>\u{1}\u{1B}[0m\u{1} " : "you> "
    }
}
