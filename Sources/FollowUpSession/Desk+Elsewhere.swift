import FollowUpCore
import FollowUpStore
import Foundation

/// The other applications: news about one of them named in a line, and their due steps when
/// the user asks what to do now.
extension Desk {
    /// How many other applications' due steps "what should I do now?" lists.
    static let elsewhereShown = 3

    /// The application other than the current one whose company `line` names, if exactly one
    /// (an open one wins over closed ones).
    func otherApplication(namedIn line: String) -> ApplicationSummary? {
        let words = " " + line.lowercased().filter { $0.isLetter || $0.isNumber || $0 == " " } + " "
        // The company's name, or its first word when that is distinctive: "Wayne" for Wayne Enterprises.
        let named = ((try? store.summaries(includeClosed: true)) ?? []).filter { summary in
            guard summary.id != stored?.id, let company = summary.company?.lowercased(), !company.isEmpty else {
                return false
            }
            let plain = company.filter { $0.isLetter || $0.isNumber || $0 == " " }
            let first = plain.split(separator: " ").first.map(String.init) ?? plain
            return words.contains(" " + plain + " ") || (first.count >= 4 && words.contains(" " + first + " "))
        }
        let open = named.filter { !$0.isClosed }
        if open.count == 1 { return open[0] }
        return open.isEmpty && named.count == 1 ? named[0] : nil
    }

    /// Applies `line` to the application `summary` names, saves it, and says so; the current
    /// application stays the one being talked about.
    mutating func respond(to line: String, about summary: ApplicationSummary, now: Date) -> [String] {
        if summary.isClosed {
            return [
                "That sounds like news about #\(summary.id) \(summary.title), which is closed\(Self.why(closed: summary)). If they've asked you to interview for another role, /new starts a new interview for it; /switch \(summary.id) reopens the conversation about it."
            ]
        }
        do {
            guard var other = try store.load(summary.id) else { return ["I couldn't find \(summary.title) any more."] }
            var state = other.conversation
            state.question = nil
            let turn = coach.respond(to: line, in: state, now: now)
            other.conversation = turn.state
            let said =
                [Store.Line(speaker: "you", text: line)] + turn.replies.map { Store.Line(speaker: "coach", text: $0) }
            try store.save(&other, lines: said, now: now)
            let back = stored.map { ["(We're still on \($0.application.title).)"] } ?? []
            return ["About #\(other.id) \(other.application.title):"] + turn.replies.map { "  " + $0 } + back
        } catch {
            return ["I couldn't save that for \(summary.title): \(error). Nothing was changed."]
        }
    }

    /// ": they said no", from a closed application's phase.
    static func why(closed summary: ApplicationSummary) -> String {
        guard case let .closed(reason)? = Phase(summary.phase) else { return "" }
        return ": \(reason.spoken)"
    }

    /// The other open applications' overdue and due steps, for "what should I do now?".
    func elsewhere(now: Date) -> [String] {
        let today = Day(now, in: coach.calendar)
        guard let pending = try? store.pending(now: now, upcomingLimit: 0) else { return [] }
        let due = pending.filter { $0.application.id != stored?.id && $0.action.status != .upcoming }
        guard !due.isEmpty else { return [] }
        return ["Your other applications:"] + listed(due, most: Self.elsewhereShown, today: today)
    }

    /// One line per pending action, at most `most`, then how many more `followup next` lists.
    func listed(_ entries: [(application: StoredApplication, action: PendingAction)], most: Int, today: Day) -> [String]
    {
        let shown = entries.prefix(most).map { entry in
            "  #\(entry.application.id) \(entry.application.application.title): \(entry.action.spoken(today: today, text: text))"
        }
        let more =
            entries.count > most ? ["  ... and \(entries.count - most) more: `followup next` lists them all."] : []
        return shown + more
    }
}
