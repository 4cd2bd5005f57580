import Foundation

/// One interview and everything the candidate told the coach about it.
public struct Application: Codable, Equatable, Sendable {
    public var company: String?
    public var role: String?
    public var interviewEnd: Date?
    @ContactList public var contacts: [Contact] = []
    public var timeFrame: TimeFrame?
    /// The last day the employer said they would need (a new decision date), or the day the
    /// candidate came back from declining: the next follow-up comes a cushion after it. After an
    /// invitation to another round, the day of that round, when it was said; after an offer, the
    /// day they want an answer by.
    public var waitUntil: Day?
    /// Set when the next round the employer asked for is a task to do at home (a take-home, a
    /// coding test): `waitUntil` is then the day it is due.
    public var roundIsTakeHome: Bool?
    /// The minute of the day the next round starts on `waitUntil` (15:00 is 900), when they said
    /// the hour: "second interview tomorrow at 3".
    public var roundMinute: Int?
    public var records: [StepID: StepRecord] = [:]
    /// Set when the candidate is not interested: the decline path replaces the follow-ups.
    public var declining: Declining?
    public var outcome: Outcome?
    /// Set when the candidate closes the application; nothing more is scheduled.
    public var closure: Closure?

    /// Where the decline path stands.
    public struct Declining: Codable, Equatable, Sendable {
        /// The day the candidate decided.
        public var since: Day
        /// The day the employer asked about next steps, if they have.
        public var askedOn: Day?
        /// Whether the candidate would like to hear about future roles there; nil until asked.
        public var futureInterest: Bool?
        /// Whether the candidate declines without waiting to be asked: another offer in hand.
        public var withOfferElsewhere: Bool?

        /// Whether the decline goes out now: they asked about next steps, or another offer is in hand.
        public var isTime: Bool {
            askedOn != nil || withOfferElsewhere == true
        }
    }

    public init() {}

    /// What is recorded for `step`, if anything.
    public func status(of step: StepID) -> StepRecord.Status? {
        records[step]?.status
    }

    /// Whether `step` is recorded as done.
    public func isDone(_ step: StepID) -> Bool {
        records[step]?.status == .done
    }

    /// The person follow-ups go to: the first on the list (the one the candidate chose, else a
    /// hiring manager met, else the first one named; see `meet(_:)` and `followUpsGoTo`).
    public var mainContact: Contact? {
        contacts.first
    }

    /// Adds people met. A hiring manager among them leads the list, so the follow-ups go to
    /// them, unless the one leading is a hiring manager too or the follow-ups have begun.
    public mutating func meet(_ people: [Contact]) {
        contacts += people
        // Someone met who has had no note reopens the notes, until the follow-ups begin.
        if !isDone(.firstFollowUp), people.contains(where: { $0.thankedOn == nil }), isDone(.sendThankYou) {
            records[.sendThankYou] = nil
        }
        guard !isDone(.firstFollowUp), mainContact?.isHiringManager != true,
            let lead = contacts.firstIndex(where: \.isHiringManager)
        else { return }
        contacts.insert(contacts.remove(at: lead), at: 0)
    }

    /// How the coach names the main contact.
    public var mainName: String {
        mainContact?.spoken ?? "your main contact"
    }

    /// People who have not had their thank-you note yet.
    public var contactsAwaitingThanks: [Contact] {
        contacts.filter { $0.thankedOn == nil }
    }

    /// The people a thank-you note is for: those still waiting for one, or everyone once all
    /// have had theirs (for a note written again, or a reminder cancelled).
    public var contactsToThank: [Contact] {
        contactsAwaitingThanks.isEmpty ? contacts : contactsAwaitingThanks
    }

    /// Whether `person` is the company's name read as someone's: "Globex" for Globex, or for "Globex Corp".
    public func isNamedAsCompany(_ person: Contact) -> Bool {
        guard let company = company?.lowercased() else { return false }
        let name = person.name.lowercased()
        // "with globex done": the company's name and a word after it is no one met.
        return name == company || company.hasPrefix(name + " ") || name.hasPrefix(company + " ")
    }

    /// "Sarah Lee and Tom Park".
    public static func names(_ contacts: [Contact]) -> String {
        contacts.isEmpty ? "everyone you met" : joined(contacts.map(\.spoken))
    }

    /// "A", "A and B", "A, B and C".
    public static func joined(_ names: [String]) -> String {
        guard names.count >= 2, let last = names.last else { return names.joined() }
        return names.dropLast().joined(separator: ", ") + " and " + last
    }
}
