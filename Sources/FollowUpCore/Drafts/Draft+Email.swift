import Foundation

/// A draft as an RFC 5322 message that mail clients open as an unsent draft.
extension Draft {
    /// Headers (To when the address is known, Subject, UTF-8 plain text), a blank line, the body;
    /// CRLF line ends. Header values lose any line breaks, so user text cannot add headers.
    public var eml: String {
        var headers: [String] = []
        if let to {
            let address = Self.headerSafe(to)
            headers.append("To: " + (contact.map { "\(Self.encodedWord(Self.headerSafe($0))) <\(address)>" } ?? address))
        }
        headers.append("Subject: " + Self.encodedWord(Self.headerSafe(subject ?? "")))
        headers += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit", "X-Unsent: 1"]
        let body = body.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        return (headers + [""] + body.map(String.init)).joined(separator: "\r\n") + "\r\n"
    }

    /// The value without line breaks or other control characters.
    static func headerSafe(_ value: String) -> String {
        String(String.UnicodeScalarView(value.unicodeScalars.map {
            $0.properties.generalCategory == .control ? " " : $0
        })).trimmingCharacters(in: .whitespaces)
    }

    /// ASCII as it is; anything else as an RFC 2047 encoded word.
    static func encodedWord(_ value: String) -> String {
        guard !value.unicodeScalars.allSatisfy({ $0.isASCII }) else { return value }
        return "=?UTF-8?B?\(Data(value.utf8).base64EncodedString())?="
    }
}
