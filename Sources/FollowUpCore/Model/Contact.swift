import Foundation

/// A person the candidate met at the interview.
public struct Contact: Codable, Equatable, Identifiable, Sendable {
    /// The person's number within their application: 1 for the first one met, then the next
    /// free number; it stays when the name is corrected. 0 until the person joins an
    /// application, which numbers them (see `ContactList`).
    public var id: Int = 0
    public var name: String
    public var role: String?
    public var email: String?
    public var phone: String?
    /// The specific thing discussed with this person, for the thank-you note; empty when the
    /// user chose to go without one.
    public var detail: String?
    /// Whether the candidate has a way to reach them (a card, an email); nil when not asked yet.
    public var hasDetails: Bool?
    /// The day the thank-you note to this person went out.
    public var thankedOn: Day?

    public init(name: String, role: String? = nil) {
        self.name = name
        self.role = role
    }

    /// The name given when the user named nobody: "your interviewer".
    public static let placeholderName = "your interviewer"

    /// Whether this stands for someone not named yet.
    public var isPlaceholder: Bool { name == Self.placeholderName }

    /// "Sarah Lee (hiring manager)" or just the name; "the recruiter" for someone not named.
    public var described: String {
        guard !name.isEmpty else { return spoken }
        return role.map { "\(name) (\($0))" } ?? name
    }

    enum CodingKeys: String, CodingKey {
        case id, name, role, email, phone, detail, hasDetails, thankedOn
    }

    /// Reads a contact; one saved before contacts had numbers gets 0, and its application
    /// numbers it in order.
    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        id = try values.decodeIfPresent(Int.self, forKey: .id) ?? 0
        name = try values.decode(String.self, forKey: .name)
        role = try values.decodeIfPresent(String.self, forKey: .role)
        email = try values.decodeIfPresent(String.self, forKey: .email)
        phone = try values.decodeIfPresent(String.self, forKey: .phone)
        detail = try values.decodeIfPresent(String.self, forKey: .detail)
        hasDetails = try values.decodeIfPresent(Bool.self, forKey: .hasDetails)
        thankedOn = try values.decodeIfPresent(Day.self, forKey: .thankedOn)
    }

    /// Whether their role says they are the one hiring: "hiring manager", "hiring mgr".
    public var isHiringManager: Bool {
        Words(role ?? "").has("hiring")
    }

    /// Whether both name the same person: the same name, or, for people not named, the same role.
    public func isSamePerson(as other: Contact) -> Bool {
        name.isEmpty && other.name.isEmpty
            ? role?.lowercased() == other.role?.lowercased()
            : name.lowercased() == other.name.lowercased()
    }

    /// How the coach names them: the name, or "the recruiter" when only the role is known.
    public var spoken: String {
        name.isEmpty ? "the \(role ?? "person you met")" : name
    }

    /// The first word of the name, as people refer to each other in conversation.
    public var firstName: String {
        String(name.split(separator: " ").first ?? Substring(name))
    }
}
