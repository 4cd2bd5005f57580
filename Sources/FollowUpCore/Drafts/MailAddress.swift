import Foundation

/// One email address, checked and written for a mail header.
public enum MailAddress {
    /// True when `text` is exactly one plain address, `local@domain.tld`: a dot-atom local part
    /// of at most 64 characters, a domain of letters, digits and inner hyphens with at least
    /// two labels, 254 characters in all, ASCII only. Names, lists, comments and quoted local
    /// parts are not addresses here.
    public static func isWellFormed(_ text: String) -> Bool {
        guard text.utf8.count <= 254, let at = text.firstIndex(of: "@") else { return false }
        let local = text[..<at]
        let domain = text[text.index(after: at)...]
        guard (1...64).contains(local.utf8.count) else { return false }
        let localLabels = local.split(separator: ".", omittingEmptySubsequences: false)
        guard localLabels.allSatisfy({ !$0.isEmpty && $0.unicodeScalars.allSatisfy(isAtomText) }) else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy(isDomainLabel) && labels.last?.first?.isLetter == true
    }

    /// `address` with a display name the way RFC 5322 wants it (as Python's
    /// `email.utils.formataddr` writes it): an ASCII name as it is, or quoted with `\` before
    /// `"` and `\` when it holds specials; any other name as RFC 2047 encoded words. Line breaks
    /// and other control characters in the name become spaces.
    public static func mailbox(name: String?, address: String) -> String {
        let name = headerSafe(name ?? "")
        guard !name.isEmpty else { return address }
        return "\(phrase(name)) <\(address)>"
    }

    /// The value on one line: control characters become spaces; trimmed.
    public static func headerSafe(_ value: String) -> String {
        String(
            String.UnicodeScalarView(
                value.unicodeScalars.map {
                    $0.properties.generalCategory == .control || $0.properties.generalCategory == .format
                        || $0 == "\u{2028}" || $0 == "\u{2029}" ? " " : $0
                })
        ).trimmingCharacters(in: .whitespaces)
    }

    /// ASCII text as it is (quoted when it holds specials, for a display name); anything else
    /// as RFC 2047 "B" encoded words of at most 75 characters, separated by spaces.
    public static func phrase(_ value: String, quotingSpecials: Bool = true) -> String {
        guard value.unicodeScalars.allSatisfy(\.isASCII) else { return encodedWords(value) }
        guard quotingSpecials, value.contains(where: { "()<>[]:;@\\,.\"".contains($0) }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            + "\""
    }

    private static func encodedWords(_ value: String) -> String {
        var words: [String] = []
        var chunk = ""
        for character in value {
            // 45 octets of UTF-8 make 60 characters of base64: 72 with the wrapping.
            if chunk.utf8.count + String(character).utf8.count > 45, !chunk.isEmpty {
                words.append(chunk)
                chunk = ""
            }
            chunk.append(character)
        }
        words.append(chunk)
        return words.map { "=?UTF-8?B?\(Data($0.utf8).base64EncodedString())?=" }.joined(separator: " ")
    }

    private static func isAtomText(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII
            && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                || "!#$%&'*+-/=?^_`{|}~".unicodeScalars.contains(scalar))
    }

    private static func isDomainLabel(_ label: Substring) -> Bool {
        guard (1...63).contains(label.utf8.count), label.first != "-", label.last != "-" else { return false }
        return label.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-")
        }
    }
}
