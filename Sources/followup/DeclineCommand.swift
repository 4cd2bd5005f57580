import ArgumentParser
import FollowUpCore

/// `followup decline APP`: not interested; the decline path replaces the follow-ups.
struct DeclineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decline",
        abstract: "You're not interested: no more follow-ups; decline politely if they ask.",
        discussion:
            "--sent records the decline as sent, which closes the application; --undo brings the follow-ups back."
    )

    @OptionGroup var options: CommonOptions

    @Argument(help: .application)
    var app: String

    @Flag(help: "They have asked about next steps: it is time to answer.")
    var asked = false

    @Flag(help: "You have sent the decline: the application closes.")
    var sent = false

    @Flag(help: "You want the job after all: the follow-ups come back, dated from today.")
    var undo = false

    func validate() throws {
        if [asked, sent, undo].filter({ $0 }).count > 1 {
            throw ValidationError("give at most one of --asked, --sent and --undo")
        }
    }

    func run() throws {
        try Failure.reporting {
            let command = "followup decline" + (asked ? " --asked" : sent ? " --sent" : undo ? " --undo" : "")
            if sent {
                return try options.record(.declineSent, in: app, command: command) { _, _, _ in
                    "declined politely; the application is closed."
                }
            }
            if undo {
                return try options.record(.candidateCameBack, in: app, command: command) { _, _, _ in
                    "back on the follow-up path, with dates from today. `followup next` has them."
                }
            }
            if asked {
                return try options.record(
                    .candidateLostInterest, .employerAskedAboutNextSteps, in: app, command: command
                ) { _, _, _ in
                    "on the decline path. They asked, so reply briefly: thank them and say you don't think you're the best fit (decline-politely)."
                }
            }
            try options.record(.candidateLostInterest, in: app, command: command) { _, _, _ in
                "on the decline path: no follow-ups. Send nothing unless they ask about next steps (decline-wait)."
            }
        }
    }
}
