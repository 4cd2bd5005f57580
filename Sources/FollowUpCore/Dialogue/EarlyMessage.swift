/// A message told days before the first follow-up, kept while the coach asks whether it was
/// the thank-you note or the follow-up.
public struct EarlyMessage: Codable, Equatable, Sendable {
    /// The person it went to, by name.
    public var contact: String
    /// The day it went out.
    public var day: Day

    public init(contact: String, day: Day) {
        self.contact = contact
        self.day = day
    }
}
