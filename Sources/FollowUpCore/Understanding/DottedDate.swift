/// Dates written with dots, "18.12.", "3.12", "12.1.2027", "8.1.27", spelt with the month's
/// name ("18 dec", "12 jan 2027") before the line is read.
///
/// A dotted date is day first in every locale that writes one, whatever order slashes follow.
/// Without its closing dot, a number after "at" or "um" is a time ("at 10.30"), one before a
/// unit an amount ("1.5 weeks", "3.5 years"), and a version stays one ("version 2.0").
enum DottedDate {
    static let monthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// Words before a dotted number that make it a time or a version.
    static let wordsBefore: WordSet = ["at", "around", "about", "um", "gegen", "version", "v", "@"]

    /// Words after a dotted number that make it an amount.
    static let unitsAfter: WordSet = [
        "year", "years", "yrs", "month", "months", "week", "weeks", "wks", "day", "days", "hour", "hours", "hrs",
        "minutes", "mins", "k", "m", "million", "percent", "%", "stars", "points", "x", "out",
    ]

    /// `text` with each dotted date spelt with its month's name; the text itself when it holds none.
    static func spelledOut(_ text: String) -> String {
        // Most lines hold no digit followed by a dot: they are returned as they are.
        let bytes = Array(text.utf8)
        guard bytes.indices.dropLast().contains(where: { isDigit(bytes[$0]) && bytes[$0 + 1] == UInt8(ascii: ".") })
        else { return text }
        let pieces = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let plain = pieces.map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }
        var out: [String] = []
        for (index, piece) in pieces.enumerated() {
            let before = index > 0 ? plain[index - 1] : ""
            let after = index + 1 < plain.count ? plain[index + 1] : ""
            out.append(spelled(piece, before: before, after: after) ?? piece)
        }
        return out.joined(separator: " ")
    }

    /// One space-separated piece spelt, keeping what stands around the date ("(18.12.)," stays
    /// "(18 dec),"); nil when it is no dotted date.
    static func spelled(_ piece: String, before: String, after: String) -> String? {
        let scalars = Array(piece.unicodeScalars)
        guard let first = scalars.firstIndex(where: { ("0"..."9").contains($0) }) else { return nil }
        var end = first
        while end < scalars.count, ("0"..."9").contains(scalars[end]) || scalars[end] == "." { end += 1 }
        // The letters or digits right before or after would make it part of another word.
        if first > 0, scalars[first - 1].properties.isAlphabetic { return nil }
        if end < scalars.count, scalars[end].properties.isAlphabetic || scalars[end] == "/" { return nil }
        let core = String(String.UnicodeScalarView(scalars[first..<end]))
        let closed = core.hasSuffix(".")
        let parts = core.split(separator: ".", omittingEmptySubsequences: false).dropLast(closed ? 1 : 0)
        guard parts.count == 2 || parts.count == 3, parts.allSatisfy({ !$0.isEmpty }), parts[0].count <= 2,
            parts[1].count <= 2, let day = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month),
            (1...31).contains(day)
        else { return nil }
        var spelt = "\(day) \(monthNames[month - 1])"
        if parts.count == 3 {
            guard parts[2].count == 2 || parts[2].count == 4, let year = Int(parts[2]) else { return nil }
            spelt += " \(year < 100 ? 2000 + year : year)"
        } else if !closed, wordsBefore.contains(before) || unitsAfter.contains(after) {
            return nil
        }
        let head = String(String.UnicodeScalarView(scalars[..<first]))
        let tail = String(String.UnicodeScalarView(scalars[end...]))
        return head + spelt + tail
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (48...57).contains(byte)
    }
}
