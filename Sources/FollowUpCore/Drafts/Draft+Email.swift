import Foundation

/// A draft as an RFC 5322 message that mail clients open as an unsent draft.
extension Draft {
    /// Headers (To when the address is one well-formed address, Subject, UTF-8 plain text), a
    /// blank line, the body; CRLF line ends. The name is quoted or encoded and header values
    /// lose any line breaks, so user text can add neither a header nor a recipient.
    public var eml: String {
        var headers: [String] = []
        if let to, MailAddress.isWellFormed(to) {
            headers.append("To: " + MailAddress.mailbox(name: contact, address: to))
        }
        headers.append("Subject: " + MailAddress.phrase(MailAddress.headerSafe(subject ?? ""), quotingSpecials: false))
        headers += [
            "MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit",
            "X-Unsent: 1",
        ]
        let body = body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
        return (headers + [""] + body.map(String.init)).joined(separator: "\r\n") + "\r\n"
    }
}
