import ArgumentParser
import FollowUpCore
import Foundation

/// `followup done APP STEP`: a step done outside the chat.
struct DoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "done",
        abstract: "Record a step as done, e.g. `followup done acme send-thank-you --contact \"Sarah Lee\"`.",
        discussion: """
            A step is one `followup show` lists, or send-references once they have asked for \
            references (`followup heard APP --outcome references`): the follow-ups stay stopped, \
            and a week on, if they are quiet, a short note asking about their timing is fine. \
            The second follow-up, and its calendar note, are taken once the first one is recorded.
            """)

    @OptionGroup var options: CommonOptions

    @Argument(help: .application)
    var app: String

    @Argument(
        help: ArgumentHelp(
            "The step done, by its id (as `followup show` lists them), or send-references.", valueName: "step"))
    var step: DoneStep

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
        if contact != nil, step != .step(.sendThankYou) {
            throw ValidationError("--contact goes with send-thank-you only")
        }
    }

    func run() throws {
        try Failure.reporting {
            guard case let .step(step) = step else { return try recordReferences() }
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

    /// The references went out: the same event as the chat's "sent my refs", with a day a week on.
    private func recordReferences() throws {
        let calendar = options.calendar
        let day = try on.flatMap(Day.init(iso:)) ?? Day(options.clock().now(), in: calendar)
        let checkIn = day.adding(days: Schedule.daysAfterReferences, in: calendar)
        try options.record(
            .referencesSent(checkIn: checkIn), in: app, command: "followup done send-references", on: day
        ) { _, _, day in
            "recorded send-references on \(day). Nothing more to send; if you've heard nothing by \(DateText(calendar: calendar).day(checkIn)), a short note asking about their timing is fine."
        }
    }
}
