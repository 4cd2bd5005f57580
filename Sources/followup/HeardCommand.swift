import ArgumentParser
import FollowUpCore

extension Outcome: ExpressibleByArgument {}

/// `followup heard APP --outcome ...`: the employer answered, or said they are still deciding.
struct HeardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "heard",
        abstract: "Record the employer's answer; the follow-ups stop (or move, while they are still deciding).",
        discussion: """
            A rejection closes the application. An offer, another round or a request for references \
            stops the follow-ups and leaves it open. --still-deciding moves the next follow-up to a \
            couple of days after the day they gave (--until), or a week from today when they gave none.
            """
    )

    @OptionGroup var options: CommonOptions

    @Argument(help: .application)
    var app: String

    @Option(help: "What they said: next-round, offer, rejected or references.")
    var outcome: Outcome?

    @Flag(help: "They have not decided yet.")
    var stillDeciding = false

    @Option(
        help: ArgumentHelp("With --still-deciding: the day they expect to decide, YYYY-MM-DD.", valueName: "day"))
    var until: String?

    func validate() throws {
        guard (outcome == nil) != !stillDeciding else {
            throw ValidationError("give either --outcome or --still-deciding")
        }
        if let until, Day(iso: until) == nil {
            throw ValidationError("--until wants a day as YYYY-MM-DD, not \"\(until)\"")
        }
        if until != nil, !stillDeciding { throw ValidationError("--until goes with --still-deciding") }
    }

    func run() throws {
        try Failure.reporting {
            if let outcome {
                return try options.record(
                    .employerAnswered(outcome), in: app,
                    command: "followup heard --outcome \(outcome.rawValue)"
                ) { app, _, _ in
                    let closed = app.closure != nil ? " and the application is closed" : ""
                    return "recorded \(outcome.rawValue). The follow-ups stop here\(closed)."
                }
            }
            let calendar = options.calendar
            let today = Day(try options.clock().now(), in: calendar)
            let day = until.flatMap(Day.init(iso:)) ?? today.adding(days: Schedule.daysBetweenFollowUps, in: calendar)
            try options.record(
                .employerStillDeciding(until: day), in: app,
                command: "followup heard --still-deciding --until \(day)"
            ) { _, _, _ in
                "still deciding until \(day)\(until == nil ? " (assumed: a week from today)" : ""). `followup next` has the new dates."
            }
        }
    }
}
