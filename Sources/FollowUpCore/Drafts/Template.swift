import Foundation

/// A message template: text with `{field}` placeholders. A line naming a field that has no
/// value is left out, so optional sentences need no special syntax. An email template starts
/// with a `Subject:` line.
public struct Template: Equatable, Sendable {
    public let name: String
    public let text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }

    /// Every field a template may name, with what it holds.
    public static let fields: [(name: String, meaning: String)] = [
        ("name", "the person's full name"),
        ("first_name", "the person's first name"),
        ("their_role", "the person's role, as you gave it"),
        ("company", "the company"),
        ("position", "the role you interviewed for"),
        ("detail", "the specific thing you discussed with that person"),
        ("interview_day", "the day of the interview, like Thursday, Nov 26"),
        ("company_for_future_roles", "the company, when you would like to hear about other roles there"),
    ]

    /// The fields named in the text.
    public var namedFields: [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// Fields named that are not in `fields`.
    public var unknownFields: [String] {
        let known = Set(Self.fields.map(\.name))
        return namedFields.filter { !known.contains($0) }
    }

    /// The subject (the first line's "Subject:" text, if any) and the body, with fields filled in.
    public func render(_ values: [String: String]) -> (subject: String?, body: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var subject: String?
        if let first = lines.first, first.hasPrefix("Subject:") {
            subject = fill(String(first.dropFirst("Subject:".count)).trimmingCharacters(in: .whitespaces), values)
            lines.removeFirst()
            while lines.first?.trimmingCharacters(in: .whitespaces).isEmpty == true { lines.removeFirst() }
        }
        let body = lines.compactMap { fill($0, values) }.joined(separator: "\n")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return (subject, body)
    }

    /// The line with its fields filled in, or nil when one of them has no value.
    private func fill(_ line: String, _ values: [String: String]) -> String? {
        var result = line
        for name in Template(name: name, text: line).namedFields {
            guard let value = values[name], !value.isEmpty else { return nil }
            result = result.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return result
    }
}
