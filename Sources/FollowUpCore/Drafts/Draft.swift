import Foundation

/// A written message, ready to send or edit.
public struct Draft: Codable, Equatable, Sendable {
    public var kind: DraftKind
    public var form: DraftForm
    /// The person it is addressed to, by name.
    public var contact: String?
    /// Their number in the application (nil in drafts saved before people had numbers).
    public var contactID: Contact.ID?
    /// Their email address, when known.
    public var to: String?
    /// The subject line, for email.
    public var subject: String?
    public var body: String
    /// Set once the user has edited it: the text is theirs now.
    public var edited = false

    /// The draft as plain text: the subject line, a blank line, the body.
    public var text: String {
        subject.map { "Subject: \($0)\n\n\(body)" } ?? body
    }

    /// Takes back an edited text: a first line "Subject: ..." sets the subject.
    public mutating func replaceText(with text: String) {
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(
            separator: "\n", omittingEmptySubsequences: false
        )
        .map(String.init)
        if subject != nil, let first = lines.first, first.lowercased().hasPrefix("subject:") {
            subject = first.dropFirst("subject:".count).trimmingCharacters(in: .whitespaces)
            lines.removeFirst()
            while lines.first?.isEmpty == true { lines.removeFirst() }
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        body = lines.joined(separator: "\n")
        edited = true
    }
}
