import Foundation

/// The dialogue engine: a pure function from a conversation and a line to the next conversation and replies.
public struct Coach: Sendable {
    public let calendar: Calendar
    /// The user's own templates, by name, replacing built-in ones.
    public let templates: [String: Template]
    /// The user's public holidays: follow-ups move off them as off weekends.
    public let holidays: HolidayCalendar

    /// `calendar` carries the user's time zone; every date the coach says is in it.
    public init(calendar: Calendar, templates: [String: Template] = [:], holidays: HolidayCalendar = .none) {
        self.calendar = calendar
        self.templates = templates
        self.holidays = holidays
    }

    /// One step of the conversation: the new state and what the coach says.
    public struct Turn: Sendable {
        public var state: Conversation
        public var replies: [String]
        /// The user asked what to do now: the other applications' due steps belong in the answer.
        public var asksAcrossApplications = false
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

    /// The greeting and the first question.
    public func opening(_ state: Conversation, now: Date) -> Turn {
        var exchange = Exchange(coach: self, state: state, now: now)
        exchange.open()
        return Turn(state: exchange.state, replies: exchange.replies)
    }

    /// The coach's answer to one line typed by the user.
    public func respond(to line: String, in state: Conversation, now: Date) -> Turn {
        var exchange = Exchange(coach: self, state: state, now: now)
        exchange.handle(line)
        return Turn(state: exchange.state, replies: exchange.replies, asksAcrossApplications: exchange.askedWhatNow)
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
        exchange.reaskOrOffer()
        return exchange.replies
    }

    /// The goodbye said when the user leaves (end of input or /quit).
    public func farewell(_ state: Conversation, now: Date) -> [String] {
        var exchange = Exchange(coach: self, state: state, now: now)
        exchange.sayGoodbye()
        return exchange.replies
    }
}
