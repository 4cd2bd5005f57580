import ArgumentParser
import FollowUpCore

/// `followup decline APP`: not interested; the decline path replaces the follow-ups.
struct DeclineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decline",
        abstract: "You're not interested: no more follow-ups; decline politely if they ask.")

    @OptionGroup var options: CommonOptions

    @Argument(help: "The application: its number, its company, or company/role.")
    var app: String

    @Flag(help: "They have asked about next steps: it is time to answer.")
    var asked = false

    func run() throws {
        try Failure.reporting {
            try options.update(app, command: "followup decline\(asked ? " --asked" : "")") { app, today in
                app.decline(on: today)
                if asked {
                    app.declining?.askedOn = today
                    return "on the decline path. They asked, so reply briefly: thank them and say you don't think you're the best fit (decline-politely)."
                }
                return "on the decline path: no follow-ups. Send nothing unless they ask about next steps (decline-wait)."
            }
        }
    }
}
