import FollowUpCore
import FollowUpStore
import Foundation

/// The other applications: news about one of them named in a line, and their due steps when
/// the user asks what to do now.
extension Desk {
    /// How many other applications' due steps "what should I do now?" lists.
    static let elsewhereShown = 3

    /// The application other than the current one whose company `line` names, if exactly one
    /// (an open one wins over closed ones), and named before the current one if that is named
    /// too: "not interested in pinecrest anymore, i accepted the lumen offer" is about Pinecrest.
    func otherApplication(namedIn line: String) -> ApplicationSummary? {
        let words = Self.padded(line)
        let here = application.company.flatMap { Self.mention(of: $0, in: words) }
        let named = ((try? store.summaries(includeClosed: true)) ?? []).filter { summary in
            guard summary.id != stored?.id, let company = summary.company,
                let mention = Self.mention(of: company, in: words)
            else { return false }
            return here.map { mention < $0 } ?? true
        }
        let open = named.filter { !$0.isClosed }
        if open.count == 1 { return open[0] }
        if open.isEmpty && named.count == 1 { return named[0] }
        return named.isEmpty && here == nil ? otherApplication(withPersonNamedIn: line) : nil
    }

    /// `line` in lower case, letters, digits and spaces only, padded with a space each side.
    static func padded(_ line: String) -> String {
        " " + line.lowercased().filter { $0.isLetter || $0.isNumber || $0 == " " } + " "
    }

    /// Whether an application other than `id` has an offer in hand, not being turned down, or
    /// was closed for a job taken: bowing out of `id` means telling them now.
    func hasOfferElsewhere(than id: Int64?) -> Bool {
        let all = (try? store.summaries(includeClosed: true)) ?? []
        let taken: Set<Phase> = [.closed(.acceptedElsewhere), .closed(.offer)]
        if all.contains(where: { $0.id != id && Phase($0.phase).map(taken.contains) == true }) { return true }
        let offers = all.filter { $0.id != id && Phase($0.phase) == .answered(.offer) }
        return offers.contains { (try? store.load($0.id))??.application.declining == nil }
    }

    /// Where `words` (lower case, padded with spaces) first name `company`: by its whole name, or
    /// by its first word when that is distinctive ("Wayne" for Wayne Enterprises).
    static func mention(of company: String, in words: String) -> String.Index? {
        let plain = company.lowercased().filter { $0.isLetter || $0.isNumber || $0 == " " }
        guard !plain.isEmpty else { return nil }
        let first = plain.split(separator: " ").first.map(String.init) ?? plain
        return words.range(of: " " + plain + " ")?.lowerBound
            ?? (first.count >= 4 ? words.range(of: " " + first + " ")?.lowerBound : nil)
    }

    /// The one other open application with someone the line names by first name ("sent helen her
    /// thank-you" while on another company), when nobody of the current one is named.
    private func otherApplication(withPersonNamedIn line: String) -> ApplicationSummary? {
        let words = Set(line.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count >= 3 })
        let here = Set(application.contacts.flatMap { $0.name.lowercased().split(separator: " ").map(String.init) })
        guard words.isDisjoint(with: here),
            let ids = try? store.openApplications(withContactFirstNamedAnyOf: words.sorted()),
            ids.count == 1, ids[0] != stored?.id
        else { return nil }
        return (try? store.summaries())?.first { $0.id == ids[0] }
    }

    /// The one other open application with someone a line about notes names, when the line also
    /// speaks of this one: "sent thank yous to linda and to the globex person" while on Globex
    /// tells of Linda's note at Acme too.
    func otherApplicationAlsoThanked(in line: String) -> ApplicationSummary? {
        let words = Set(line.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count >= 3 })
        let here = Set(application.contacts.flatMap { $0.name.lowercased().split(separator: " ").map(String.init) })
        let company = Set((application.company ?? "").lowercased().split { !$0.isLetter }.map(String.init))
        guard coach.reportsThankYou(line), !words.isDisjoint(with: here.union(company)),
            let ids = try? store.openApplications(withContactFirstNamedAnyOf: words.subtracting(here).sorted()),
            ids.count == 1, ids[0] != stored?.id
        else { return nil }
        return (try? store.summaries())?.first { $0.id == ids[0] }
    }

    /// Capitalised words that start a sentence without naming a company.
    static let sentenceStarts: Set<String> = [
        "i", "they", "we", "she", "he", "it", "hr", "the", "my", "our", "their", "so", "and", "but", "just", "today",
        "yesterday", "hi", "hey", "ok", "okay", "wait", "actually", "oh", "got", "sent", "still", "no", "yes",
        "finally",
        "well", "great", "ugh", "sadly", "apparently", "recruiter", "hiring", "someone", "somebody", "nobody", "good",
        "bad", "update", "news", "also", "then", "now", "this", "that", "there", "what", "guess", "looks", "seems",
    ]

    /// What an employer does in a piece of news: "Umbrella turned me down", "Hooli Labs offered".
    static let employerVerbs: Set<String> = [
        "turned", "rejected", "offered", "said", "called", "emailed", "wants", "want", "invited", "asked", "replied",
        "passed", "decided", "reached", "wrote", "messaged", "got", "came", "is", "are", "went", "chose", "picked",
        "declined", "ghosted", "hired", "moved", "sent", "just", "finally", "has", "have",
    ]

    /// "Umbrella turned me down": the capitalised name a piece of news starts with, followed by
    /// what the employer did, when it is not the current company, a person met, or a word that
    /// starts any sentence.
    func untrackedCompany(leading line: String) -> String? {
        // "Tom's note went out" and "I'm not interested" start with Tom and I.
        let words = line.split(separator: " ").map {
            String($0.prefix { $0 != "'" && $0 != "’" }).trimmingCharacters(in: .punctuationCharacters)
        }
        let name = words.prefix(3).prefix { $0.first?.isUppercase == true }
        guard let first = name.first, first.count >= 3, !Self.sentenceStarts.contains(first.lowercased()),
            words.count > name.count, Self.employerVerbs.contains(words[name.count].lowercased())
        else { return nil }
        let known =
            (application.company ?? "").lowercased().split(separator: " ").map(String.init)
            + application.contacts.flatMap { $0.name.lowercased().split(separator: " ").map(String.init) }
        return name.contains { known.contains($0.lowercased()) } ? nil : name.joined(separator: " ")
    }

    /// Applies `line` to the application `summary` names, saves it, and says so; the current
    /// application stays the one being talked about, which it says unless `sayingWhereWeAre` is false.
    mutating func respond(to line: String, about summary: ApplicationSummary, now: Date, sayingWhereWeAre: Bool = true)
        -> [String]
    {
        // A question about a closed one is answered ("should i reply to their no?"); news is not taken.
        if summary.isClosed, !coach.asksAdvice(line) {
            return [
                "That sounds like news about #\(summary.id) \(summary.title), which is closed\(Self.why(closed: summary)). If they've asked you to interview for another role, /new starts a new interview for it; /switch \(summary.id) reopens the conversation about it."
            ]
        }
        do {
            guard var other = try store.load(summary.id) else { return ["I couldn't find \(summary.title) any more."] }
            var state = other.conversation
            state.question = nil
            let offerElsewhere = coach.declines(line) && hasOfferElsewhere(than: summary.id)
            let turn = coach.respond(to: line, in: state, now: now, offerElsewhere: offerElsewhere)
            other.conversation = turn.state
            let said =
                [Store.Line(speaker: "you", text: line)] + turn.replies.map { Store.Line(speaker: "coach", text: $0) }
            try store.save(&other, lines: said, now: now, current: false)
            lastElsewhere = summary.id
            let back = sayingWhereWeAre ? stored.map { ["(We're still on \($0.application.title).)"] } ?? [] : []
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
        elsewhere(in: (try? store.pending(now: now, upcomingLimit: 0)) ?? [], now: now)
    }

    /// The lines of `elsewhere(now:)` from the agenda `pending` already read at `now`.
    func elsewhere(in pending: [(application: ListedApplication, action: PendingAction)], now: Date) -> [String] {
        let today = Day(now, in: coach.calendar)
        let due = pending.filter { $0.application.id != stored?.id && $0.action.status != .upcoming }
        guard !due.isEmpty else { return [] }
        return ["Your other applications:"] + listed(due, most: Self.elsewhereShown, today: today)
    }

    /// One line per pending action, at most `most`, then how many more `followup next` lists.
    func listed(_ entries: [(application: ListedApplication, action: PendingAction)], most: Int, today: Day) -> [String]
    {
        let shown = entries.prefix(most).map { entry in
            "  #\(entry.application.id) \(entry.application.application.title): \(entry.action.spoken(today: today, text: text))"
        }
        let more =
            entries.count > most ? ["  ... and \(entries.count - most) more: `followup next` lists them all."] : []
        return shown + more
    }
}
