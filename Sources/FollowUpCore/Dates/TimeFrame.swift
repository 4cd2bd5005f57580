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

    private enum CodingKeys: String, CodingKey {
        case kind, count, unit, day
    }

    /// Encoded as `{"kind": "within", "count": 2, "unit": "weeks"}`, `{"kind": "by", "day": "2026-12-11"}`
    /// or `{"kind": "unknown"}`.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .kind) {
        case "within":
            self = .within(
                try container.decode(Int.self, forKey: .count), try container.decode(Unit.self, forKey: .unit))
        case "by": self = .by(try container.decode(Day.self, forKey: .day))
        case "unknown": self = .unknown
        case let kind:
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: container, debugDescription: "unknown time frame kind \(kind)")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case let .within(count, unit):
            try container.encode("within", forKey: .kind)
            try container.encode(count, forKey: .count)
            try container.encode(unit, forKey: .unit)
        case let .by(day):
            try container.encode("by", forKey: .kind)
            try container.encode(day, forKey: .day)
        case .unknown:
            try container.encode("unknown", forKey: .kind)
        }
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
            return "a decision by \(text.dayNamingHoliday(day))"
        case .unknown:
            return "no time frame"
        }
    }
}
