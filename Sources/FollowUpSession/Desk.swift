import FollowUpCore
import FollowUpStore
import Foundation

/// The coach with a memory: many applications, and every answer saved before it is replied to.
public struct Desk: Chat {
    let store: Store
    var coach: Coach
    /// Opens drafts for /edit; nil when no editor can be used.
    let editor: (any TextEditor)?
    /// The application being talked about, once it has a row in the store.
    var stored: StoredApplication?
    var conversation = Conversation()
    /// Lines said before the application had a row, logged with its first save.
    var unsaved: [Store.Line] = []
    /// The other application the last line was about: "how do i say no without burning the
    /// bridge" right after news about it is about it too.
    var lastElsewhere: Int64?
    public private(set) var isOver = false

    public init(store: Store, coach: Coach, editor: (any TextEditor)? = nil) {
        self.store = store
        self.coach = coach
        self.editor = editor
    }

    public var application: Application { conversation.application }
    var text: DateText { DateText(calendar: coach.calendar) }

    public mutating func open(now: Date) -> [String] {
        isOver = false
        var lines: [String] = []
        do {
            lines += try dueSoon(now: now)
            if let current = try store.current() {
                guard let closure = current.application.closure else {
                    return lines + welcomeBack(to: current, now: now)
                }
                let closed =
                    "The last one we talked about, \(current.application.title), is closed (\(closure.reason.spoken))"
                if let open = try store.latestOpen() {
                    return lines + welcomeBack(to: open, after: closed, now: now)
                }
                // Back after the last one closed: no first-time welcome, and nothing starts until a company is named.
                lines.append("Welcome back. \(closed); /list shows them all and /switch opens one again.")
                return lines + startNew(now: now)
            }
        } catch {
            lines.append("I couldn't read your saved applications: \(error).")
        }
        return lines + startNew(now: now, welcoming: true)
    }

    /// Picks up the conversation about `stored`: where it was, and the question still open;
    /// `closed` says which application, last talked about, has closed since.
    private mutating func welcomeBack(to stored: StoredApplication, after closed: String? = nil, now: Date)
        -> [String]
    {
        resume(stored)
        let question = coach.pendingQuestion(conversation, now: now)
        let welcome =
            closed.map { "Welcome back. \($0), so we're back on \(stored.application.title)." }
            ?? "Welcome back: we were talking about \(stored.application.title)."
        return [welcome] + (question.isEmpty ? [Coach.offer] : question)
    }

    public mutating func respond(to line: String, now: Date) -> [String] {
        let before = lastElsewhere
        lastElsewhere = nil
        if let command = DeskCommand(line) { return run(command, now: now) }
        // A slash command the coach answers ("/quit", "/plan") is never news.
        let news = !line.hasPrefix("/") && coach.reportsNews(line)
        let declines = !line.hasPrefix("/") && coach.declines(line)
        // "how are things with george?", "how do i bow out of acme": asked about, or bowing out
        // of, another application by its name or a person's.
        let namesThisOne = Self.mention(of: application.company ?? "", in: Self.padded(line)) != nil
        // "i'm going to bow out with dana and the corvid people": each one named steps back.
        let several =
            line.hasPrefix("/")
            ? nil
            : coach.stepsBack(line)
                ? steppedBack(in: line)
                : coach.addsReminders(line) ? calendarNotesDue(now: now) : nil
        if let several, !several.here {
            return respond(to: line, hereSaid: nil, andIn: several.others, closedHere: several.closedHere, now: now)
        }
        if several == nil, news || (declines && !namesThisOne) || (!line.hasPrefix("/") && coach.asksWhatNow(line)),
            let other = otherApplication(namedIn: line)
        {
            return respond(to: line, about: other, now: now)
        }
        // "no wait i meant decline umbrella, NOT globex": today's decline here is taken back and
        // the line goes to the application it names.
        if !line.hasPrefix("/"), coach.corrects(line), let other = otherApplication(namedIn: line) {
            var replies: [String] = []
            if application.declining?.since == Day(now, in: coach.calendar) {
                let undone = coach.respond(to: "/undo", in: conversation, now: now)
                let said =
                    [Store.Line(speaker: "you", text: "/undo")]
                    + undone.replies.map { Store.Line(speaker: "coach", text: $0) }
                if let failure = persist(undone.state, lines: said, now: now) { return failure }
                replies = undone.replies
            }
            return replies + respond(to: line, about: other, now: now)
        }
        // "how do i say no without burning the bridge", "should i reply to it?", naming nobody,
        // right after news about another one (asked of one just closed too: "they said no").
        if declines || (!line.hasPrefix("/") && coach.asksAdvice(line)), several == nil, let id = before,
            !namesThisOne,
            let other = (try? store.summaries(includeClosed: !declines))?.first(where: { $0.id == id })
        {
            return respond(to: line, about: other, now: now)
        }
        // "it's in my calendar", right after being told to put another application's follow-up
        // in it: the note is that one's.
        if let id = before, several == nil, !namesThisOne, coach.addsReminder(line),
            otherApplication(namedIn: line) == nil,
            let other = try? store.load(id), other.conversation.lastAdvice?.isCalendarNote == true
        {
            let summary = (try? store.summaries())?.first { $0.id == id }
            if let summary { return respond(to: line, about: summary, now: now) }
        }
        // (The store is read only for a line that tells of another interview.)
        if !line.hasPrefix("/"), stored != nil,
            let company = coach.interviewElsewhere(in: line, current: application, now: now),
            otherApplication(namedIn: line) == nil
        {
            let kept = application.title
            _ = startNew(now: now)
            return [
                "That's another interview, at \(company), so I've started it as its own application; \(kept) stays saved (/switch goes back)."
            ] + respond(to: line, now: now)
        }
        if news, let name = untrackedCompany(leading: line) {
            return [
                "That sounds like news about \(name), which I'm not tracking, so I've changed nothing here. /new adds it, or tell me again if it was about \(application.title)."
            ]
        }
        // "how do i tell orchid im out", with an offer from another application in hand.
        let offerElsewhere = declines && hasOfferElsewhere(than: stored?.id)
        // "sent thank yous to linda and to the globex person": a note here and one at another application.
        let alsoThanked = news ? otherApplicationAlsoThanked(in: line) : nil
        let turn = coach.respond(to: line, in: conversation, now: now, offerElsewhere: offerElsewhere)
        // Leaving that changes nothing else is not written: quitting never waits on the disk.
        var left = turn.state
        left.ended = conversation.ended
        if turn.state.ended, left == conversation {
            isOver = true
            return beforeGoodbye(turn.replies, now: now)
        }
        let said =
            [Store.Line(speaker: "you", text: line)] + turn.replies.map { Store.Line(speaker: "coach", text: $0) }
        if let failure = persist(turn.state, lines: said, now: now) { return failure }
        if let name = turn.senderNamed, let failure = keepSender(name) { return turn.replies + failure }
        isOver = turn.state.ended
        if isOver { return beforeGoodbye(turn.replies, now: now) }
        if let alsoThanked { return turn.replies + respond(to: line, about: alsoThanked, now: now) }
        if let several {
            return respond(to: line, hereSaid: turn.replies, andIn: several.others, closedHere: nil, now: now)
        }
        guard turn.asksAcrossApplications else { return turn.replies }
        // What is due elsewhere comes first when it is more urgent than anything here (a note
        // due by 1:30 today before one due tomorrow), as it is when nothing is to do here today.
        // Equally urgent, this one comes first.
        let pending = (try? store.pending(now: now, upcomingLimit: 0)) ?? []
        let others = elsewhere(in: pending, now: now)
        let here = pending.first { $0.application.id == stored?.id }
        let moreUrgent = pending.first.map { first in
            here.map { PendingAction.precedes(first.action, $0.action) } ?? true
        }
        guard moreUrgent == true, !others.isEmpty else { return turn.replies + others }
        // Said after another application's step, this one's answer says whose it is: its
        // "nothing to do today" is no answer for the others.
        let number = stored.map { "#\($0.id) " } ?? ""
        return others + ["For \(number)\(conversation.application.title), the one we're on:"]
            + turn.replies.map { "  " + $0 }
    }

    public mutating func farewell(now: Date) -> [String] {
        beforeGoodbye(coach.farewell(conversation, now: now), now: now)
    }

    /// The goodbye with the other applications' due steps before its last line, so that leaving
    /// says what `next` would.
    private func beforeGoodbye(_ lines: [String], now: Date) -> [String] {
        let others = elsewhere(now: now)
        guard !others.isEmpty, let last = lines.last else { return lines }
        return lines.dropLast() + others + [last]
    }

    /// Full lines that Tab can complete `typed` to: commands, company names, closing reasons.
    public func completions(for typed: String) -> [String] {
        var candidates = Coach.commandNames
        let companies = (try? store.summaries(includeClosed: true).compactMap(\.company)) ?? []
        candidates += Set(companies).sorted().map { "/switch \($0)" }
        candidates += Closure.Reason.allCases.map { "/close \($0.rawValue)" }
        candidates.append("/list all")
        for kind in DraftKind.allCases {
            candidates.append("/draft \(kind.rawValue)")
            candidates += kind.forms.dropFirst().map { "/draft \(kind.rawValue) \($0.rawValue)" }
            if kind.isPerPerson { candidates += application.contacts.map { "/draft \(kind.rawValue) \($0.firstName)" } }
        }
        return candidates.filter { $0.lowercased().hasPrefix(typed.lowercased()) && $0 != typed }
    }

    mutating func resume(_ current: StoredApplication) {
        stored = current
        conversation = current.conversation
        conversation.ended = false
        unsaved = []
    }

    /// A new interview's first question; `welcoming` greets a first-time user.
    mutating func startNew(now: Date, welcoming: Bool = false) -> [String] {
        let opening = coach.opening(Conversation(), now: now, welcoming: welcoming)
        stored = nil
        conversation = opening.state
        unsaved = opening.replies.map { Store.Line(speaker: "coach", text: $0) }
        return opening.replies
    }

    /// Saves `state` before the coach's reply is shown; on failure, says why and keeps the
    /// conversation where it was.
    mutating func persist(_ state: Conversation, lines: [Store.Line], now: Date) -> [String]? {
        do {
            if var current = stored {
                current.conversation = state
                try store.save(&current, lines: lines, now: now)
                stored = current
            } else if state.application != Application() {
                stored = try store.insert(state, lines: unsaved + lines, now: now)
                unsaved = []
            } else {
                unsaved += lines
            }
            conversation = state
            return nil
        } catch .changedElsewhere {
            if let id = stored?.id, let fresh = try? store.load(id) { resume(fresh) }
            return [
                "\(conversation.application.title) was just changed in another followup session, so I reloaded it instead of applying that. Please say it again."
            ]
                + coach.pendingQuestion(conversation, now: now)
        } catch {
            // The answer was not taken: ask the pending question again, so the next line answers it.
            return [
                "I couldn't save that: \(error). Everything you told me before is still saved; please say it again."
            ]
                + coach.pendingQuestion(conversation, now: now)
        }
    }

    /// Keeps the name the user gave for the drafts, as `followup config name` does, and signs
    /// with it from now on; what to say when it could not be saved.
    mutating func keepSender(_ name: String) -> [String]? {
        do {
            try store.setSenderName(name)
        } catch {
            return [
                "I couldn't save your name: \(error). The drafts keep their signature; followup config name sets it."
            ]
        }
        coach = Coach(calendar: coach.calendar, templates: coach.templates, holidays: coach.holidays, sender: name)
        return nil
    }

    /// What falls due in the next 24 hours across open applications (overdue steps included).
    private func dueSoon(now: Date) throws(StoreError) -> [String] {
        let open = try store.openCount()
        guard open > 0 else { return [] }
        let today = Day(now, in: coach.calendar)
        let tomorrow = today.adding(days: 1, in: coach.calendar)
        let due = try store.pending(now: now, upcomingLimit: Self.dueShown + 1)
            .filter { $0.action.status != .upcoming || $0.action.day <= tomorrow }
        guard !due.isEmpty else {
            return [
                "Nothing falls due in the next 24 hours across your \(open) open application\(open == 1 ? "" : "s")."
            ]
        }
        let heading =
            due.contains { $0.action.status == .overdue || $0.action.day < today }
            ? "To do now, or due in the next 24 hours, across your applications:"
            : "Due in the next 24 hours across your applications:"
        return [heading] + listed(due, most: Self.dueShown, today: today)
    }

    /// How many due items the greeting lists before pointing to `followup next`.
    static let dueShown = 8
}
