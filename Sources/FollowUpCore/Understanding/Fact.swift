import Foundation

/// One thing a line says, as the chat takes it: a company, a role, when the interview ended,
/// a person, a time frame, who can be reached, an event, a step done, a question, a correction.
public struct Fact: Equatable, Sendable {
    /// The kinds of fact, with the names `followup understand --json` prints.
    public enum Kind: String, CaseIterable, Sendable {
        case company, role, person, reachable, event, question, correction
        case interviewEnded = "interview-ended"
        case timeFrame = "time-frame"
        case stepDone = "step-done"
    }

    public var kind: Kind
    /// The fact in words: "Wayne Enterprises", "Lucius Fox (CTO)", "2026-12-04", "employer-rejected".
    public var value: String

    public init(_ kind: Kind, _ value: String) {
        self.kind = kind
        self.value = value
    }

    /// The facts of `line`: what a first message tells (`IntroReader`), then the event, report,
    /// question or correction the line carries (`IntentReader`). `details` are the addresses and
    /// numbers in the line with its shorthand spelled out; `memo` keeps the people and dates the
    /// line's other readers read.
    static func facts(
        in line: String, words: Words, details: [ContactDetails.Found], intent: Intent?, calendar: Calendar, now: Date,
        memo: LineMemo
    ) -> [Fact] {
        var facts: [Fact] = []
        let intro = IntroReader(calendar: calendar, memo: memo).read(
            line, now: now, words: words, details: details, room: false)
        if let company = intro.company { facts.append(Fact(.company, company)) }
        if let role = intro.role { facts.append(Fact(.role, role)) }
        if let ended = intro.ended, ended.date <= now {
            let parts = calendar.dateComponents([.hour, .minute], from: ended.date)
            let time = Day.padded(parts.hour ?? 0, 2) + ":" + Day.padded(parts.minute ?? 0, 2)
            facts.append(Fact(.interviewEnded, "\(Day(ended.date, in: calendar))T\(time)"))
        }
        facts += intro.people.map { Fact(.person, $0.described) }
        if let frame = intro.timeFrame?.frame { facts.append(Fact(.timeFrame, frame.factValue)) }
        facts += intro.reachable.map { Fact(.reachable, $0) }
        if let intent { facts += Self.facts(of: intent) }
        return facts
    }

    private static func facts(of intent: Intent) -> [Fact] {
        switch intent {
        case let .correction(rest): [Fact(.correction, rest)]
        case .sentThankYou: [Fact(.stepDone, StepID.sendThankYou.rawValue)]
        case .followedUp: [Fact(.stepDone, "follow-up")]
        case .addedReminder: [Fact(.stepDone, "calendar-note")]
        case .didIt: [Fact(.stepDone, "the-step-advised")]
        case _ where intent.isNews || intent == .employerGotInTouch || intent == .noReply: [Fact(.event, intent.id)]
        case _ where intent.isQuestion: [Fact(.question, intent.id)]
        default: []
        }
    }
}

extension TimeFrame {
    /// "P2W", "by 2026-12-11" or "unknown", as a fact's value.
    var factValue: String {
        switch self {
        case let .within(count, unit):
            switch unit {
            case .days: "P\(count)D"
            case .weeks: "P\(count)W"
            case .months: "P\(count)M"
            case .businessDays: "\(count) business days"
            }
        case let .by(day): "by \(day)"
        case .unknown: "unknown"
        }
    }
}
