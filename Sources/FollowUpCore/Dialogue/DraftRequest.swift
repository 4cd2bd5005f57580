/// A draft asked for, kept while the coach asks what to mention in it.
public struct DraftRequest: Codable, Equatable, Sendable {
    public var kind: DraftKind
    public var form: DraftForm
    /// The person it is for.
    public var contact: String
    /// The question to come back to afterwards.
    public var then: Question?
}
