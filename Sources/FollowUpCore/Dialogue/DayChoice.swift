/// Two readings of a date the user gave, kept while the coach asks which one they meant.
public struct DayChoice: Codable, Equatable, Sendable {
    /// The user's words: "Friday", "the 3rd".
    public var words: String
    /// The reading in use until they say otherwise.
    public var chosen: Day
    public var other: Day
    /// The question to come back to once this is settled.
    public var then: Question?
}
