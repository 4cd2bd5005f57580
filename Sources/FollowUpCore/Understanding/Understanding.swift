import Foundation

/// What the core understood from one line: for the dialogue, and for `followup understand`.
public struct Reading: Equatable, Sendable {
    /// The intent's id ("what-now", "not-interested"), or nil for a plain answer.
    public var intent: String?
    public var answer: YesNo?
    public var channel: Channel?
    public var people: [Contact]
    public var dates: [DateMention]
}

/// Reads a line deterministically, with no network and no model: dates, answers, people,
/// channels and intents.
public struct Understanding: Sendable {
    public let calendar: Calendar

    public init(calendar: Calendar) {
        self.calendar = calendar
    }

    public func read(_ text: String, now: Date) -> Reading {
        let words = Words(text)
        let reader = IntentReader()
        let intent = reader.intent(of: words) ?? reader.report(in: words, asking: text.contains("?"))
        let isQuestion = intent.map(\.isQuestion) ?? false
        var id = intent?.id
        let dates = DateFinder(calendar: calendar).mentions(in: text, reference: now)
        let people = PeopleReader().mentions(in: text)
        let answer = isQuestion || dates.contains { $0.kind == .unknown } ? nil : YesNo(words)
        let asks = text.contains("?") || words.tokens.first.map { IntentReader.questionWords.contains($0) || $0 == "tell" } == true
        if id == nil, answer == nil, dates.isEmpty, people.isEmpty, asks { id = "off-topic" }
        return Reading(intent: id, answer: answer, channel: Channel.first(in: words), people: people, dates: dates)
    }
}
