import FollowUpCore
import FollowUpStore
import Foundation

/// Lines about several applications at once: bowing out of two of them, or every calendar
/// note put in.
extension Desk {
    /// The applications a line is about besides the current one, and whether it is about the
    /// current one too.
    struct Several {
        var here: Bool
        var others: [ApplicationSummary]
        /// Why the current application, named too, is closed already.
        var closedHere: Closure.Reason?
    }

    /// The open applications a line that steps back names, by company or by a person's first
    /// name, when it names more than one: "i'm going to bow out with dana and the corvid people"
    /// is about Globex and Corvid alike.
    /// One closed already counts as named ("the corvid people", after taking another offer), and
    /// only the open ones are changed.
    func steppedBack(in line: String) -> Several? {
        let words = Self.padded(line)
        let names = Set(line.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count >= 3 })
        let byPerson = Set((try? store.openApplications(withContactFirstNamedAnyOf: names.sorted())) ?? [])
        let named = ((try? store.summaries(includeClosed: true)) ?? []).filter { summary in
            guard let company = summary.company, !Self.tellsOfAJob(at: company, in: words) else { return false }
            return byPerson.contains(summary.id) || Self.mention(of: company, in: words) != nil
        }
        let others = named.filter { $0.id != stored?.id && !$0.isClosed }
        guard named.count >= 2, !others.isEmpty else { return nil }
        let here = named.contains { $0.id == stored?.id }
        return Several(
            here: here && application.closure == nil, others: others,
            closedHere: here ? application.closure?.reason : nil)
    }

    /// Whether `words` (lower case, padded with spaces) name `company` as where an offer came
    /// from or a job was taken: "got an offer from harcourt", "took the job at globex".
    static func tellsOfAJob(at company: String, in words: String) -> Bool {
        guard let first = company.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).first else {
            return false
        }
        return jobLeads.contains { words.contains(" \($0) \(first)") } || words.contains(" \(first) offered ")
    }

    /// Words before the company an offer came from or a job was taken at.
    static let jobLeads = [
        "offer from", "offer at", "offer with", "job at", "job with", "role at", "role with", "position at",
        "position with", "signed with", "going with", "took", "accepted", "taking", "accepting",
    ]

    /// The other open applications whose calendar note is due or overdue, for a line that puts
    /// the reminders in: "put the reminders in my cal".
    func calendarNotesDue(now: Date) -> Several? {
        let notes: Set<StepID> = [.scheduleFirstFollowUp, .scheduleSecondFollowUp]
        let pending = (try? store.pending(now: now, upcomingLimit: 0)) ?? []
        let ids = pending.filter { entry in
            entry.application.id != stored?.id && notes.contains(entry.action.step) && entry.action.status != .upcoming
        }.map(\.application.id)
        let others = ((try? store.summaries()) ?? []).filter { ids.contains($0.id) }
        return others.isEmpty ? nil : Several(here: true, others: others, closedHere: nil)
    }

    /// What the current application took of `line` (`replies`), under its title, or that it is
    /// closed already (`closedHere`), then what each of the others takes; "what should I do now?"
    /// is offered once, at the end.
    mutating func respond(
        to line: String, hereSaid replies: [String]?, andIn others: [ApplicationSummary], closedHere: Closure.Reason?,
        now: Date
    ) -> [String] {
        var blocks: [[String]] = []
        if let replies, let stored {
            blocks.append(["About #\(stored.id) \(stored.application.title):"] + replies.map { "  " + $0 })
        } else if let reason = closedHere, let stored {
            blocks.append(["Closed already: #\(stored.id) \(stored.application.title) (\(reason.spoken))."])
        }
        for (index, other) in others.enumerated() {
            let last = index == others.count - 1
            blocks.append(respond(to: line, about: other, now: now, sayingWhereWeAre: replies == nil && last))
        }
        let offer = "  " + Coach.offer
        let offered = blocks.contains { $0.contains(offer) }
        return blocks.flatMap { $0.filter { $0 != offer } } + (offered ? [Coach.offer] : [])
    }
}
