import Foundation

/// Writes a value as pretty JSON with sorted keys on standard output.
enum JSONOutput {
    static func write<T: Encodable>(_ value: T, compact: Bool = false) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = compact ? [.sortedKeys, .withoutEscapingSlashes] : [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        Output().write(String(decoding: try! encoder.encode(value), as: UTF8.self) + "\n")
    }
}
