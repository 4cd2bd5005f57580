import ArgumentParser
import FollowUpStore

/// `followup list`: the applications, one line each.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List your applications.")

    @OptionGroup var options: CommonOptions

    @Flag(help: "Include closed applications.")
    var all = false

    @Flag(help: "Print JSON.")
    var json = false

    /// One application in `list --json`.
    struct Item: Encodable {
        var id: Int64
        var company: String?
        var role: String?
        var phase: String
        var nextDay: String?
        var closed: Bool
    }

    func run() throws {
        try Failure.reporting {
            let summaries = try options.store().summaries(includeClosed: all, now: try options.clock().now())
            if json {
                return try JSONOutput.write(
                    summaries.map {
                        Item(
                            id: $0.id, company: $0.company, role: $0.role, phase: $0.phase,
                            nextDay: $0.nextDay?.description, closed: $0.isClosed)
                    })
            }
            if summaries.isEmpty {
                return Output().write(
                    all
                        ? "No applications yet: run followup after an interview.\n"
                        : "No open applications. (--all shows closed ones.)\n")
            }
            for summary in summaries {
                let next = summary.nextDay.map { "  next \($0)" } ?? ""
                Output().write("#\(summary.id)  \(summary.title)  [\(RecordedPhase(summary.phase).spoken)]\(next)\n")
            }
        }
    }
}
