import ArgumentParser
import FollowUpCore
import FollowUpStore
import Foundation

/// `followup show APP`: one application's timeline, people and history.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Show one application's timeline, contacts and stage history.")

    @OptionGroup var options: CommonOptions

    @Argument(help: .application)
    var app: String

    @Flag(help: "Print JSON.")
    var json = false

    /// `show --json`.
    struct Shown: Encodable {
        var id: Int64
        var phase: String
        var application: Application
        var plan: [Step]
        var stageHistory: [ExportDocument.Stage]
    }

    /// One line of the timeline in JSON.
    struct Step: Encodable {
        var step: String
        var day: String?
        var status: String
        var note: String
    }

    func run() throws {
        try Failure.reporting {
            let now = try options.clock().now()
            let store = try options.store()
            let stored = try store.find(app)
            let application = stored.application
            let plan = store.planner.plan(for: application, at: now)
            let entries = plan?.steps ?? []
            let stages = try store.stageChanges(of: stored.id)
            let phase = Planner.phase(of: application, by: plan)
            if json {
                return try JSONOutput.write(
                    Shown(
                        id: stored.id, phase: phase.description, application: application,
                        plan: entries.map {
                            Step(
                                step: $0.step.rawValue, day: $0.day?.description, status: $0.status.rawValue,
                                note: $0.note)
                        },
                        stageHistory: stages.map(ExportDocument.Stage.init)))
            }
            let text = DateText(calendar: options.calendar)
            var lines = ["#\(stored.id) \(application.title)  [\(phase.spoken)]"]
            if let end = application.interviewEnd { lines.append("Interview ended \(text.moment(end)).") }
            if let closure = application.closure { lines.append("Closed on \(closure.on): \(closure.reason.spoken).") }
            for contact in application.contacts {
                let reach = [contact.email, contact.phone].compactMap { $0 }.joined(separator: ", ")
                lines.append("Met \(contact.described)\(reach.isEmpty ? "" : ": \(reach)")")
            }
            if entries.isEmpty {
                lines.append("No timeline yet: the walkthrough has not reached the interview's end.")
            } else {
                lines += PlanText.lines(
                    for: application, entries: entries, today: Day(now, in: options.calendar), text: text)
            }
            lines.append("Stage history:")
            lines += stages.map { "  \(text.moment($0.at))  \($0.toPhase.spoken)" }
            Output().write(lines.map { $0 + "\n" }.joined())
        }
    }
}
