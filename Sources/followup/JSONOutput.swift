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

    /// Pretty-printed, or one value per line when `compact`.
    static func write<T: Encodable>(_ value: T, compact: Bool = false) {
        Output().write(String(decoding: try! (compact ? Self.compact : pretty).encode(value), as: UTF8.self) + "\n")
    }
}
