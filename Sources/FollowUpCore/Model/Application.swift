import Foundation

/// One interview and everything the candidate told the coach about it.
public struct Application: Codable, Equatable, Sendable {
    public var company: String?
    public var role: String?
    public var interviewEnd: Date?
    @ContactList public var contacts: [Contact] = []
    public var timeFrame: TimeFrame?
    /// The last day the employer said they would need (a new decision date), or the day the
    /// candidate came back from declining: the next follow-up comes a cushion after it.
    public var waitUntil: Day?
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
    }

    public init() {}

    enum CodingKeys: String, CodingKey {
        case company, role, interviewEnd, contacts, timeFrame, waitUntil, records, declining, outcome, closure
    }

    /// Reads an application as the synthesized decoder would, in the same order, with the steps
    /// read as a dictionary keyed by text: JSONDecoder reads that directly, where a dictionary
    /// keyed by `StepID` goes through the standard library's slow generic path.
    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        company = try values.decodeIfPresent(String.self, forKey: .company)
        role = try values.decodeIfPresent(String.self, forKey: .role)
        interviewEnd = try values.decodeIfPresent(Date.self, forKey: .interviewEnd)
        _contacts = try values.decode(ContactList.self, forKey: .contacts)
        timeFrame = try values.decodeIfPresent(TimeFrame.self, forKey: .timeFrame)
        waitUntil = try values.decodeIfPresent(Day.self, forKey: .waitUntil)
        for (name, record) in try values.decode([String: StepRecord].self, forKey: .records) {
            guard let step = StepID(rawValue: name) else {
                throw DecodingError.dataCorrupted(
                    DecodingError.Context(
                        codingPath: values.codingPath + [CodingKeys.records, StepKey(name)],
                        debugDescription: "Could not convert key to type \(StepID.self)"))
            }
            records[step] = record
        }
        declining = try values.decodeIfPresent(Declining.self, forKey: .declining)
        outcome = try values.decodeIfPresent(Outcome.self, forKey: .outcome)
        closure = try values.decodeIfPresent(Closure.self, forKey: .closure)
    }

    /// A step's name where it was found, for the path of a decoding error.
    private struct StepKey: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }

        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.init(stringValue) }
        init?(intValue: Int) { nil }
    }

    /// What is recorded for `step`, if anything.
    public func status(of step: StepID) -> StepRecord.Status? {
        records[step]?.status
    }

    /// Whether `step` is recorded as done.
    public func isDone(_ step: StepID) -> Bool {
        records[step]?.status == .done
    }

    /// The person follow-ups go to: the first one named.
    public var mainContact: Contact? {
        contacts.first
    }

    /// How the coach names the main contact.
    public var mainName: String {
        mainContact?.spoken ?? "your main contact"
    }

    /// People who have not had their thank-you note yet.
    public var contactsAwaitingThanks: [Contact] {
        contacts.filter { $0.thankedOn == nil }
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
