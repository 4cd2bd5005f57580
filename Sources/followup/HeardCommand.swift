import ArgumentParser
import FollowUpCore

extension Outcome: ExpressibleByArgument {}

/// `followup heard APP --outcome ...`: the employer answered.
struct HeardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "heard", abstract: "Record the employer's answer; the follow-ups stop.")

    @OptionGroup var options: CommonOptions

    @Argument(help: "The application: its number, its company, or company/role.")
    var app: String

    @Option(help: "What they said: next-round, offer or rejected.")
    var outcome: Outcome

    func run() throws {
        try Failure.reporting {
            try options.update(app, command: "followup heard --outcome \(outcome.rawValue)") { app, _ in
                app.outcome = outcome
                return "recorded \(outcome.rawValue). The follow-ups stop here."
            }
        }
    }
}
