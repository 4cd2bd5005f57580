import Foundation

/// The dialogue engine: a pure function from a conversation and a line to the next conversation and replies.
public struct Coach: Sendable {
    public let calendar: Calendar
    /// The user's own templates, by name, replacing built-in ones.
    public let templates: [String: Template]
    /// The user's public holidays: follow-ups move off them as off weekends.
    public let holidays: HolidayCalendar
    /// The user's own name, which the drafts are signed with; nil when not set.
    public let sender: String?

    /// `calendar` carries the user's time zone; every date the coach says is in it.
    public init(
        calendar: Calendar, templates: [String: Template] = [:], holidays: HolidayCalendar = .none,
        sender: String? = nil
    ) {
        self.calendar = calendar
        self.templates = templates
        self.holidays = holidays
        self.sender = sender
    }

    /// One step of the conversation: the new state and what the coach says.
    public struct Turn: Sendable {
        public var state: Conversation
        public var replies: [String]
        /// The user asked what to do now: the other applications' due steps belong in the answer.
        public var asksAcrossApplications = false
        /// The name the user gave for signing the drafts, for the session to keep.
        public var senderNamed: String?
    }

    /// Whether `line` reports news or something done, which may concern another application
    /// than the one being talked about: "Umbrella turned me down".
    public func reportsNews(_ line: String) -> Bool {
        let words = Words(line)
        if let intent = IntentReader().intent(of: words) { return intent.isNews }
        if IntentReader().report(in: words)?.isReportOfWhatHappened == true { return true }
        // "sent tom his too", "emailed bill last night. still need to do milton": a message that went out.
        return Exchange.reportsContact(line)
    }

    /// The company of another interview `line` tells of, when it is not `current`'s: "interviewed
    /// at Pinecrest today with Greg Hall" while talking about Lumen Dental starts a new
    /// application, never a change to this one. A correction is no new interview.
    public func interviewElsewhere(in line: String, current: Application, now: Date) -> String? {
        let words = Words(line)
        guard let here = current.company, words.hasAny(phrases: Self.interviewWords),
            IntentReader().intent(of: words).map({ if case .correction = $0 { false } else { true } }) ?? true
        else { return nil }
        let intro = IntroReader(calendar: calendar).read(line, now: now, words: words, room: false)
        guard let company = intro.company, intro.tellsMore else { return nil }
        let plain = { (name: String) in name.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
        }
        let (new, old) = (plain(company), plain(here))
        guard !new.hasPrefix(old), !old.hasPrefix(new) else { return nil }
        // Named as where it was ("at Pinecrest", "with Initech"), not just leading the line ("yep, ...").
        let told = " " + plain(line) + " "
        guard Self.placeWords.contains(where: { told.contains(" \($0) \(new) ") }) else { return nil }
        return company
    }

    /// Words that tell of an interview.
    static let interviewWords: Phrases = ["interview", "interviewed", "interviewing"]
    /// Words before the company an interview was with.
    static let placeWords = ["at", "with", "for", "from"]

    /// Whether `line` says the candidate is bowing out of the application talked about.
    public func declines(_ line: String) -> Bool {
        let words = Words(line)
        switch IntentReader().intent(of: words) {
        case .notInterested?, .advice(.declining)?: return true
        case .draft?: return words.hasAny(phrases: Exchange.bowingOut)
        default: return false
        }
    }

    /// Whether `line` says the candidate steps back, by a decline, a withdrawal or another job
    /// taken: "i'm going to bow out", "took another offer"; asking how is not stepping back yet.
    public func stepsBack(_ line: String) -> Bool {
        switch IntentReader().intent(of: Words(line)) {
        case .notInterested?, .acceptedElsewhere?, .withdrew?: true
        default: false
        }
    }

    /// Whether `line` says the calendar notes, more than one, are in: "put the reminders in my
    /// cal", "added all the reminders to my calendar".
    public func addsReminders(_ line: String) -> Bool {
        addsReminder(line)
            && Words(line).hasAny(["reminders", "all", "both", "dates", "everything", "entries", "notes"])
    }

    /// Whether `line` says a calendar note is in: "it's in my calendar", "added it".
    public func addsReminder(_ line: String) -> Bool {
        let words = Words(line)
        let reader = IntentReader()
        return reader.intent(of: words) == nil && reader.report(in: words) == .addedReminder
    }

    /// Whether `line` reports thank-you notes sent: "sent thank yous to linda and to the globex person".
    public func reportsThankYou(_ line: String) -> Bool {
        IntentReader().report(in: Words(line)) == .sentThankYou
    }

    /// Whether `line` asks for advice on a step: "should i reply to it?".
    public func asksAdvice(_ line: String) -> Bool {
        if case .advice? = IntentReader().intent(of: Words(line)) { return true }
        return false
    }

    /// Whether `line` corrects something said: "no wait i meant umbrella".
    public func corrects(_ line: String) -> Bool {
        if case .correction? = IntentReader().intent(of: Words(line)) { return true }
        return false
    }

    /// Whether `line` asks what to do now, which may name another application than the one
    /// being talked about: "anything for priya?".
    public func asksWhatNow(_ line: String) -> Bool {
        IntentReader().intent(of: Words(line)) == .whatNow
    }

    /// What the user can do next when nothing is pending.
    public static let offer = "Ask \"what should I do now?\", /list your applications, or /new for another interview."

    /// The slash commands, for Tab completion.
    public static var commandNames: [String] {
        SlashCommand.allCases.map(\.name)
    }

    /// The first question, after a greeting when `welcoming` (the coach's first use).
    public func opening(_ state: Conversation, now: Date, welcoming: Bool = true) -> Turn {
        var exchange = Exchange(coach: self, state: state, now: now)
        exchange.open(welcoming: welcoming)
        return Turn(state: exchange.state, replies: exchange.replies)
    }

    /// The coach's answer to one line typed by the user; `offerElsewhere` says another
    /// application has an offer in hand, so bowing out of this one means telling them now.
    public func respond(to line: String, in state: Conversation, now: Date, offerElsewhere: Bool = false) -> Turn {
        var exchange = Exchange(coach: self, state: state, now: now)
        exchange.hasOfferElsewhere = offerElsewhere
        exchange.handle(line)
        return Turn(
            state: exchange.state, replies: exchange.replies, asksAcrossApplications: exchange.askedWhatNow,
            senderNamed: exchange.senderNamed)
    }

    /// Where things stand: the next action, or the question still waiting on an answer.
    public func briefing(_ state: Conversation, now: Date) -> [String] {
        var exchange = Exchange(coach: self, state: state, now: now)
        exchange.adviseNextAction()
        return exchange.replies
    }

    /// The question waiting on an answer, asked again; nothing when none is.
    public func pendingQuestion(_ state: Conversation, now: Date) -> [String] {
        var exchange = Exchange(coach: self, state: state, now: now)
        exchange.repeatQuestion()
        return exchange.replies
    }

    /// The goodbye said when the user leaves (end of input or /quit).
    public func farewell(_ state: Conversation, now: Date) -> [String] {
        var exchange = Exchange(coach: self, state: state, now: now)
        exchange.sayGoodbye()
        return exchange.replies
    }
}
