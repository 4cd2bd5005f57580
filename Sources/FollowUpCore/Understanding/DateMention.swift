/// A date, a range or a span found in what the user wrote, with both ends.
public struct DateMention: Equatable, Sendable {
    /// The ending that makes a time rough, which is read as the time: "5:45ish" is 5:45.
    static let roughEnding = "ish"

    /// What sort of mention it is.
    public enum Kind: String, Sendable {
        /// One day or moment: "Dec 12", "tomorrow at 3pm", "in two weeks".
        case point
        /// Between two days: "a week or two", "between Monday and Wednesday", "mid-December".
        case range
        /// A span counted from the reference: "two weeks", "within 5 business days".
        case duration
        /// They gave no date: "they didn't say".
        case unknown
    }

    /// A day, with a time when one was given.
    public struct Moment: Equatable, Comparable, Sendable, CustomStringConvertible {
        public var day: Day
        public var hour: Int?
        public var minute: Int?

        public init(_ day: Day, hour: Int? = nil, minute: Int? = nil) {
            self.day = day
            self.hour = hour
            self.minute = minute
        }

        /// `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` when a time is given.
        public var description: String {
            guard let hour else { return day.description }
            return day.description + "T" + Day.padded(hour, 2) + ":" + Day.padded(minute ?? 0, 2)
        }

        public static func < (a: Moment, b: Moment) -> Bool {
            (a.day, a.hour ?? -1, a.minute ?? -1) < (b.day, b.hour ?? -1, b.minute ?? -1)
        }
    }

    /// A span's length, for time frames: "two weeks", "5 business days".
    public struct Span: Equatable, Sendable {
        public var count: Int
        public var unit: TimeFrame.Unit
    }

    public var kind: Kind
    /// The words it was read from.
    public var text: String
    public var start: Moment?
    public var end: Moment?
    public var span: Span?
    /// How long a duration is, as said: "45 days" is `P45D` (see ``Length``).
    public var length: Length?
    /// Another reading the words allow, when two differ ("Friday" said on a Friday).
    public var alternative: Moment?
    /// Whether the reading follows a documented convention ("next Friday" is the Friday of next
    /// week), so the coach says it rather than asks.
    public var isConvention = false
    /// Whether the span is more time from the day it is said, not from the interview: "another
    /// two weeks", "a few more days".
    public var countsFromTheDaySaid = false

    init(_ kind: Kind, text: String, start: Moment?, end: Moment?, span: Span? = nil, alternative: Moment? = nil) {
        self.kind = kind
        self.text = text
        self.start = start
        self.end = end
        self.span = span
        self.alternative = alternative
    }

    /// The time frame this mention gives, for the playbook: a span keeps its unit, a day is a deadline.
    public var timeFrame: TimeFrame {
        switch kind {
        case .unknown: .unknown
        // "another two weeks" said on the 9th: their day is two weeks on from the 9th.
        case .range where countsFromTheDaySaid, .point where countsFromTheDaySaid: end.map { .by($0.day) } ?? .unknown
        case .duration, .range, .point: span.map { .within($0.count, $0.unit) } ?? end.map { .by($0.day) } ?? .unknown
        }
    }
}
