import FollowUpCore
import GRDB

/// A phase as a stage-history row holds it: one the core knows, or text it does not (written
/// by a newer followup, or imported), kept and printed exactly as stored so nothing is lost.
public enum RecordedPhase: Codable, Equatable, Sendable, CustomStringConvertible, DatabaseValueConvertible {
    case known(Phase)
    case unknown(String)

    /// The phase `text` names, else the text itself.
    public init(_ text: String) {
        self = Phase(text).map(Self.known) ?? .unknown(text)
    }

    /// The stored form: "first-day", "answered:offer", "closed:withdrew", or the unknown text.
    public var description: String {
        switch self {
        case let .known(phase): phase.description
        case let .unknown(text): text
        }
    }

    /// In plain words when the core knows it ("thank-you notes"), else the text as stored.
    public var spoken: String {
        switch self {
        case let .known(phase): phase.spoken
        case let .unknown(text): text
        }
    }

    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public var databaseValue: DatabaseValue { description.databaseValue }

    public static func fromDatabaseValue(_ value: DatabaseValue) -> RecordedPhase? {
        String.fromDatabaseValue(value).map(Self.init)
    }
}
