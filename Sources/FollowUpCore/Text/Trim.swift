import Foundation

/// Characters to take off the ends of a text, tested byte by byte while the ends are ASCII: a
/// quick stand-in for `trimmingCharacters(in:)` that gives the same text.
struct Trim: Sendable {
    /// The Foundation set, read when an end is not ASCII.
    let set: CharacterSet
    /// The set's ASCII members as bits: bytes 0 to 63, then 64 to 127.
    private let low: UInt64
    private let high: UInt64

    init(_ set: CharacterSet) {
        self.set = set
        var low: UInt64 = 0
        var high: UInt64 = 0
        for byte in UInt8(0)..<128 where set.contains(Unicode.Scalar(byte)) {
            if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
        }
        self.low = low
        self.high = high
    }

    /// Spaces and tabs.
    static let whitespaces = Trim(.whitespaces)
    /// Unicode punctuation: in ASCII, !"#%&'()*,-./:;?@[\]_{}.
    static let punctuation = Trim(.punctuationCharacters)

    /// Whether `byte` is an ASCII member of the set.
    func contains(_ byte: UInt8) -> Bool {
        byte < 64 ? low >> UInt64(byte) & 1 == 1 : byte < 128 && high >> UInt64(byte - 64) & 1 == 1
    }
}

extension StringProtocol {
    /// The text without the characters of `trim` at either end, as `trimmingCharacters(in:)` gives it.
    func trimmed(_ trim: Trim) -> String {
        let bytes = Substring(self).utf8
        var start = bytes.startIndex
        while start != bytes.endIndex, trim.contains(bytes[start]) { bytes.formIndex(after: &start) }
        var end = bytes.endIndex
        while end != start {
            let before = bytes.index(before: end)
            guard trim.contains(bytes[before]) else { break }
            end = before
        }
        // An end that is not ASCII may still be in the set: Foundation reads it.
        if start != end, bytes[start] >= 128 || bytes[bytes.index(before: end)] >= 128 {
            return trimmingCharacters(in: trim.set)
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
