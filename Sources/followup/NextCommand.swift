import ArgumentParser
import FollowUpCore
import Foundation

/// `followup next`: what to do now, across every open application.
struct NextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next",
        abstract: "What should I do now? Overdue first, then due today, then what comes next.",
        discussion: """
            Each application shows what matters now: its overdue and due steps, or else its next \
            upcoming one; --all shows every pending step. At most \(Self.shown) items are listed \
            unless --all, then "and N more".
            """
    )

    @OptionGroup var options: CommonOptions

    @Flag(help: "Show every pending step of every open application.")
    var all = false

    // Read unconditionally so that "--upcoming -3" is a value to refuse, not a missing one.
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("How many applications' upcoming steps to show (0 or more).", valueName: "count"))
    var upcoming = 10

    @Flag(help: "Print JSON (documented in the README).")
    var json = false

    /// How many items are listed without --all.
    static let shown = 20

    /// One item of `next --json`.
    struct Item: Encodable {
        var application: Int64
        var company: String?
        var role: String?
        var step: String
        var stage: String
        var contact: String?
        var people: [String]
        var due: String
        /// The exact moment it is due, for the thank-you notes (ISO 8601).
        var deadline: String?
        var status: String
        var action: String
        var reason: String
    }

    func validate() throws {
        guard upcoming >= 0 else {
            throw ValidationError("--upcoming takes a count of 0 or more, not \(upcoming).")
        }
    }

    func run() throws {
        try Failure.reporting {
            let now = try options.clock().now()
            let store = try options.store()
            let pending = try store.pending(now: now, all: all, upcomingLimit: all ? nil : upcoming)
            if json {
                try JSONOutput.write(
                    pending.map { entry in
                        Item(
                            application: entry.application.id, company: entry.application.application.company,
                            role: entry.application.application.role, step: entry.action.step.rawValue,
                            stage: entry.action.step.stage.rawValue, contact: entry.action.people.first,
                            people: entry.action.people, due: entry.action.day.description,
                            deadline: entry.action.deadline.map { ISO8601DateFormatter().string(from: $0) },
                            status: entry.action.status.rawValue,
                            action: entry.action.action, reason: entry.action.reason)
                    })
                return
            }
            // Say what the open applications with nothing to do are waiting for, as the chat would.
            let text = DateText(calendar: options.calendar)
            let today = Day(now, in: options.calendar)
            let waiting = try store.summaries(inPhases: Phase.waiting).compactMap { summary in
                pending.contains { $0.application.id == summary.id }
                    ? nil
                    : Phase(summary.phase)?.waitingFor(
                        until: summary.waitUntil, today: today, text: text, takeHome: summary.roundIsTakeHome,
                        minute: summary.roundMinute
                    ).map {
                        "  #\(summary.id) \(summary.title): \($0).\n"
                    }
            }
            guard !pending.isEmpty else {
                return Output().write(
                    "Nothing to do: no open application has a pending step."
                        + (waiting.isEmpty ? "\n" : " Waiting:\n" + waiting.joined()))
            }
            defer { if !waiting.isEmpty { Output().write("Waiting:\n" + waiting.joined()) } }
            let shown = all ? pending[...] : pending.prefix(Self.shown)
            for entry in shown {
                let action = entry.action
                Output().write(
                    "\(action.status.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(action.day)  #\(entry.application.id) \(entry.application.application.title)\n"
                )
                Output().write("          \(action.spoken(today: today, text: text)) [\(action.step.rawValue)]\n")
                Output().write("          Why: \(action.reason)\n")
            }
            if shown.count < pending.count {
                Output().write("... and \(pending.count - shown.count) more: `followup next --all` lists them all.\n")
            }
        }
    }
}
