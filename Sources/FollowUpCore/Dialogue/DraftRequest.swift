/// A draft asked for, kept while the coach asks what to mention in it.
public struct DraftRequest: Codable, Equatable, Sendable {
    public var kind: DraftKind
    public var form: DraftForm
    /// The person it is for, by name when asked.
    public var contact: String
    /// Their number (nil in requests saved before people had numbers).
    public var contactID: Contact.ID?
    /// The question to come back to afterwards.
    public var then: Question?

    /// The person it is for as `app` knows them now, after any rename.
    func person(in app: Application) -> Contact? {
        guard let contactID else { return app.contact(named: contact) }
        return app.contacts.first { $0.id == contactID }
    }
}
