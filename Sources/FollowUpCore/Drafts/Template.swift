import Foundation

/// A message template: text with `{field}` placeholders. A line naming a field that has no
/// value is left out, so optional sentences need no special syntax. An email template starts
/// with a `Subject:` line.
public struct Template: Equatable, Sendable {
    public let name: String
    public let text: String

    /// A template; CRLF and CR line ends are read as newlines.
    public init(name: String, text: String) {
        self.name = name
        self.text =
            text.contains("\r")
            ? text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : text
    }

    /// Every field a template may name, with what it holds.
    public static let fields: [(name: String, meaning: String)] = [
        ("name", "the person's full name"),
        ("first_name", "the person's first name"),
        ("their_role", "the person's role, as you gave it"),
        (
            "their_part",
            "the person's role after \"as\" (\"the hiring manager\"), in a note to one of several people met"
        ),
        ("thank_you", "\"Thank you\", with the person's first name in a note to one of several people met"),
        ("company", "the company"),
        ("position", "the role you interviewed for"),
        (
            "job",
            "the role with the company, as a note says it: \"the UX designer role at Hooli\", or \"the role at Hooli\""
        ),
        (
            "detail",
            "the specific thing you discussed with that person; to one of several people, a placeholder to fill when none is known"
        ),
        ("interview_day", "the day of the interview, like Thursday, Nov 26"),
        ("company_for_future_roles", "the company, when you would like to hear about other roles there"),
        (
            "interest",
            "in a thank-you, that you want the job and look forward to the next step; left out when declining"
        ),
        ("late_thanks", "a word of thanks, in a first follow-up when the thank-you note never went out"),
        ("reason", "in a decline, why: that you have accepted another offer, else that you are not the best fit"),
        ("my_name", "your name, as `followup config name` keeps it; [your name] when none is set"),
    ]

    /// The fields named in the text.
    public var namedFields: [String] {
        var names: [String] = []
        Self.scan(
            Substring(text), literal: { _ in },
            field: {
                names.append(String($0))
                return true
            })
        return names
    }

    /// Walks `text` once, handing each stretch of plain text and each `{field}` name to its
    /// function, in order; stops early when `field` returns false. Linear in the text's length.
    private static func scan(_ text: Substring, literal: (Substring) -> Void, field: (Substring) -> Bool) {
        var rest = text
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            literal(rest[..<open])
            guard field(rest[rest.index(after: open)..<close]) else { return }
            rest = rest[rest.index(after: close)...]
        }
        literal(rest)
    }

    /// Fields named that are not in `fields`.
    public var unknownFields: [String] {
        let known = Set(Self.fields.map(\.name))
        return namedFields.filter { !known.contains($0) }
    }

    /// The subject (the first line's "Subject:" text, if any) and the body, with fields filled in.
    /// Values are put in as they are, in one pass: a value that holds `{field}` is not filled again.
    public func render(_ values: [String: String]) -> (subject: String?, body: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        var subject: String?
        if let first = lines.first, first.hasPrefix("Subject:") {
            subject = Self.fill(first.dropFirst("Subject:".count).trimmingCharacters(in: .whitespaces)[...], values)
            lines = lines.dropFirst().drop { $0.trimmingCharacters(in: .whitespaces).isEmpty }
        }
        let body = lines.compactMap { Self.fill($0, values) }.joined(separator: "\n")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return (subject, body)
    }

    /// The line with its fields filled in, or nil when one of them has no value.
    private static func fill(_ line: Substring, _ values: [String: String]) -> String? {
        var result = ""
        var complete = true
        scan(
            line, literal: { result += $0 },
            field: { name in
                guard let value = values[String(name)], !value.isEmpty else {
                    complete = false
                    return false
                }
                result += value
                return true
            })
        return complete ? result : nil
    }
}
