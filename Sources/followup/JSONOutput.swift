import Foundation

/// Writes a value as JSON with sorted keys on standard output.
enum JSONOutput {
    static let pretty = encoder([.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    static let compact = encoder([.sortedKeys, .withoutEscapingSlashes])

    static func encoder(_ formatting: JSONEncoder.OutputFormatting) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = formatting
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// Pretty-printed, or one value per line when `compact`. The encoder escapes C0 controls;
    /// DEL, C1 controls and bidirectional overrides are written as `\uXXXX` too, which JSON
    /// reads as the same string, so the text is safe on a terminal as well.
    static func write<T: Encodable>(_ value: T, compact: Bool = false) throws {
        let text = String(decoding: try (compact ? Self.compact : pretty).encode(value), as: UTF8.self)
        Output.raw(escaped(text) + "\n")
    }

    static func escaped(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: TerminalSafe.isUnsafe) else { return json }
        var result = ""
        for scalar in json.unicodeScalars {
            if TerminalSafe.isUnsafe(scalar) {
                result += String(format: "\\u%04x", scalar.value)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
