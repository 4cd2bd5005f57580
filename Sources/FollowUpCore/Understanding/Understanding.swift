import Foundation

/// What the core understood from one line: for the dialogue, and for `followup understand`.
public struct Reading: Equatable, Sendable {
    /// What the line asks or reports (its `id` is printed: "what-now", "not-interested"), or nil
    /// for a plain answer.
    public var intent: Intent?
    public var answer: YesNo?
    public var channel: Channel?
    public var people: [Contact]
    public var dates: [DateMention]
    /// Everything the line says, as the chat takes it.
    public var facts: [Fact] = []
}

/// Reads a line deterministically, with no network and no model: dates, answers, people,
/// channels and intents.
public struct Understanding: Sendable {
    public let calendar: Calendar
    /// How numeric dates like "3/4" are read.
    public let order: DateOrder

    /// Reads dates in `calendar`; numeric dates in `order`, by default the order of the calendar's locale.
    public init(calendar: Calendar, order: DateOrder? = nil) {
        self.calendar = calendar
        self.order = order ?? DateOrder(locale: calendar.locale)
    }

    public func read(_ raw: String, now: Date) -> Reading {
        let text = YesNo.spelledOut(DottedDate.spelledOut(raw))
        let words = Words(text)
        let reader = IntentReader()
        let intent = reader.intent(of: words) ?? reader.report(in: words, asking: Words.text(text, contains: "?"))
        let isQuestion = intent.map(\.isQuestion) ?? false
        // The people and the dates are read once for the reading and once for the facts, most often from the same words.
        let memo = LineMemo()
        let dates = DateFinder(calendar: calendar, order: order).mentions(
            in: text, words: words, reference: now, past: Tense.isPast(words), memo: memo)
        // The people and the facts both look for addresses and numbers in the line, shorthand spelled out.
        let details = ContactDetails.find(in: IntroReader.spelledOut(text))
        let peopleReader = PeopleReader(memo: memo)
        let people = peopleReader.mentions(in: text, words: words, details: details)
        let answer = isQuestion || dates.contains { $0.kind == .unknown } ? nil : YesNo(words)
        let offTopic =
            intent == nil && answer == nil && dates.isEmpty && people.isEmpty && IntentReader.asks(text, words: words)
        return Reading(
            intent: offTopic ? .offTopic : intent, answer: answer, channel: Channel.first(in: words), people: people,
            dates: dates,
            facts: Fact.facts(
                in: text, words: words, details: details, intent: intent, calendar: calendar, now: now,
                memo: memo))
    }
}
