import Foundation

/// Email addresses and phone numbers in a line, in any common format, with where they stand.
struct ContactDetails {
    /// An address or number and its position in the text.
    struct Found {
        var value: String
        var isEmail: Bool
        var offset: Int
    }

    nonisolated(unsafe) static let email = #/[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}/#
    nonisolated(unsafe) static let phone = #/(?:\+\d{1,3}[\s.\-]?)?(?:\(\d{1,4}\)[\s.\-]?)?\d[\d\s.\-]{5,}\d/#

    static func find(in text: String) -> [Found] {
        // An address needs an "@" and a number at least seven digits: most lines have neither.
        var digits = 0
        var at = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "@") { at = true } else if (48...57).contains(byte) { digits += 1 }
        }
        guard at || digits >= 7 else { return [] }
        var found: [Found] = []
        // An address holds an "@": a line of numbers alone is not searched for one.
        for match in at ? text.matches(of: email) : [] where MailAddress.isWellFormed(String(match.output)) {
            found.append(
                Found(
                    value: String(match.output), isEmail: true,
                    offset: text.distance(from: text.startIndex, to: match.range.lowerBound)))
        }
        for match in digits >= 7 ? text.matches(of: phone) : [] {
            let value = String(match.output).trimmed(.whitespaces)
            let digits = value.filter(\.isNumber).count
            let inEmail = found.contains { $0.isEmail && $0.value.contains(value) }
            // Dates like 2026-12-12 or 12/12 are not phone numbers.
            guard (7...15).contains(digits), !inEmail, Day(iso: value) == nil else { continue }
            found.append(
                Found(
                    value: value, isEmail: false,
                    offset: text.distance(from: text.startIndex, to: match.range.lowerBound)))
        }
        return found.sorted { $0.offset < $1.offset }
    }

    /// The text with every address and number taken out.
    static func removed(from text: String) -> String {
        removed(find(in: text), from: text)
    }

    /// The text with `found`, the addresses and numbers `find(in:)` gave for it, taken out.
    static func removed(_ found: [Found], from text: String) -> String {
        var text = text
        for found in found.reversed() {
            text = text.replacingOccurrences(of: found.value, with: " ")
        }
        return text
    }
}
