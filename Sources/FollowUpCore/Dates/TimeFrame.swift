/// What the employer said about when they will decide.
public enum TimeFrame: Codable, Equatable, Sendable {
    /// A span counted from the interview day, e.g. two weeks or five business days.
    case within(Int, Unit)
    /// A decision promised by a given day.
    case by(Day)
    /// They did not say, or the candidate did not ask.
    case unknown

    /// The units a span can be given in.
    public enum Unit: String, Codable, Sendable {
        case days, businessDays, weeks, months
    }

    /// The span assumed when no time frame is known.
    public static let assumed = TimeFrame.within(2, .weeks)

    /// How the coach names it: "two weeks", "5 business days".
    public func spoken(with text: DateText) -> String {
        switch self {
        case let .within(count, unit):
            let noun: String
            switch unit {
            case .days: noun = count == 1 ? "day" : "days"
            case .businessDays: noun = count == 1 ? "business day" : "business days"
            case .weeks: noun = count == 1 ? "week" : "weeks"
            case .months: noun = count == 1 ? "month" : "months"
            }
            return "\(NumberWords.spoken(count)) \(noun)"
        case let .by(day):
            return "a decision by \(text.day(day))"
        case .unknown:
            return "no time frame"
        }
    }
}
