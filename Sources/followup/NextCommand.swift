import ArgumentParser
import FollowUpCore
import Foundation

/// `followup next`: what to do now, across every open application.
struct NextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next",
        abstract: "What should I do now? Overdue first, then due today, then what comes next.",
        discussion: "Steps that are not yet relevant (a second follow-up before the first) stay hidden unless --all."
    )

    @OptionGroup var options: CommonOptions

    @Flag(help: "Show every pending step of every open application.")
    var all = false

    @Option(help: "How many applications' upcoming steps to show.")
    var upcoming = 10

    @Flag(help: "Print JSON (documented in the README).")
    var json = false

    /// One item of `next --json`.
    struct Item: Encodable {
        var application: Int64
        var company: String?
        var role: String?
        var step: String
        var stage: String
        var contact: String?
        var due: String
        var status: String
        var action: String
        var reason: String
    }

    func run() throws {
        try Failure.reporting {
            let now = try options.clock().now()
            let store = try options.store()
            let agenda = try store.agenda(now: now, all: all, upcomingLimit: all ? nil : max(0, upcoming))
            if json {
                try JSONOutput.write(agenda.map { entry in
                    Item(application: entry.application.id, company: entry.application.application.company,
                         role: entry.application.application.role, step: entry.item.step.rawValue,
                         stage: entry.item.step.stage.rawValue, contact: entry.item.contact, due: entry.item.day.description,
                         status: entry.item.status.rawValue, action: entry.item.action, reason: entry.item.reason)
                })
                return
            }
            guard !agenda.isEmpty else {
                return Output().write("Nothing to do: no open application has a pending step.\n")
            }
            let today = Day(now, in: options.calendar)
            let text = DateText(calendar: options.calendar)
            for entry in agenda {
                let item = entry.item
                Output().write("\(item.status.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(item.day)  #\(entry.application.id) \(entry.application.application.title)\n")
                Output().write("          \(item.spoken(today: today, text: text)) [\(item.step.rawValue)]\n")
                Output().write("          Why: \(item.reason)\n")
            }
        }
    }
}
