import Foundation

/// An application's people, each with a number of their own: a person added without one
/// (number 0) gets the next free number, one past the highest, so numbers follow the order
/// people were met and never depend on anything but the list.
@propertyWrapper
public struct ContactList: Codable, Equatable, Sendable {
    private var contacts: [Contact]

    public init(wrappedValue: [Contact]) {
        contacts = Self.numbered(wrappedValue)
    }

    public var wrappedValue: [Contact] {
        get { contacts }
        set { contacts = Self.numbered(newValue) }
    }

    /// Reads the list as a plain array; people saved before numbers existed are numbered in order.
    public init(from decoder: any Decoder) throws {
        self.init(wrappedValue: try [Contact](from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try contacts.encode(to: encoder)
    }

    /// `contacts` with every number 0 replaced by the next free one, in order. Past the largest
    /// number there is none: the person keeps 0, which an import refuses.
    static func numbered(_ contacts: [Contact]) -> [Contact] {
        var last = contacts.map(\.id).max() ?? 0
        return contacts.map { contact in
            let (next, overflow) = last.addingReportingOverflow(1)
            guard contact.id == 0, !overflow else { return contact }
            var numbered = contact
            numbered.id = next
            last = next
            return numbered
        }
    }
}
