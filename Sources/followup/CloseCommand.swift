import ArgumentParser
import FollowUpCore

extension Closure.Reason: ExpressibleByArgument {}

/// `followup close APP REASON`: nothing more is scheduled for an application.
struct CloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close",
        abstract: "Close an application: offer, rejected, withdrew, declined, moved-on or accepted-elsewhere.")

    @OptionGroup var options: CommonOptions

    @Argument(help: .application)
    var app: String

    @Argument(help: "Why: offer, rejected, withdrew, declined, moved-on or accepted-elsewhere.")
    var reason: Closure.Reason

    func run() throws {
        try Failure.reporting {
            try options.record(.closed(reason), in: app, command: "followup close \(reason.rawValue)") { _, _, _ in
                "closed (\(reason.spoken)). Nothing more is scheduled for it."
                    + (reason.lastMessage.map { " \($0)" } ?? "")
            }
        }
    }
}
