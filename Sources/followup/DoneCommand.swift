import ArgumentParser
import FollowUpCore
import Foundation

extension StepID: ExpressibleByArgument {
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

/// `followup done APP STEP`: a step done outside the chat.
struct DoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "done",
        abstract: "Record a step as done, e.g. `followup done acme send-thank-you --contact \"Sarah Lee\"`.")

    @OptionGroup var options: CommonOptions

    @Argument(help: .application)
    var app: String

    @Argument(help: "The step done, by its id (as `followup show` lists them).")
    var step: StepID

    @Option(help: "For send-thank-you: the person the note went to (default: everyone).")
    var contact: String?

    @Option(help: ArgumentHelp("The day it was done, YYYY-MM-DD (default: today).", valueName: "day"))
    var on: String?

    func validate() throws {
        if let on, Day(iso: on) == nil { throw ValidationError("--on wants a day as YYYY-MM-DD, not \"\(on)\"") }
        // A step is recorded once it has happened: a day ahead is a slip.
        if let day = on.flatMap(Day.init(iso:)), let today = try? Day(options.clock().now(), in: options.calendar),
            day > today
        {
            throw ValidationError("--on \(day) is after today (\(today)); record a step once it is done")
        }
        if contact != nil, step != .sendThankYou { throw ValidationError("--contact goes with send-thank-you only") }
    }

    func run() throws {
        try Failure.reporting {
            let command = "followup done \(step.rawValue)\(contact.map { " --contact \($0)" } ?? "")"
            try options.record(
                in: app, command: command, on: on.flatMap(Day.init(iso:)),
                events: { app throws(RecordingError) in
                    [.stepDone(step, contact: try app.contactIDs(named: contact.map { [$0] } ?? []).first)]
                }
            ) { changed, recorded, day in
                // A note already recorded for that person changes nothing, and says so.
                if let contact, recorded.people.isEmpty {
                    return
                        "\(step.rawValue) for \(changed.contact(named: contact)?.name ?? contact) was already recorded; nothing changed."
                }
                let whom = contact == nil ? "" : " for \(Application.names(recorded.people))"
                return "recorded \(step.rawValue)\(whom) as done on \(day)."
            }
        }
    }
}
