import Foundation

/// Characters to take off the ends of a text, tested byte by byte while the ends are ASCII: a
/// quick stand-in for `trimmingCharacters(in:)` that gives the same text.
public struct Trim: Sendable {
    /// The Foundation set, read when an end is not ASCII.
    let set: CharacterSet
    /// The set's ASCII members.
    private let bytes: ASCIISet

    init(_ set: CharacterSet) {
        self.set = set
        bytes = ASCIISet { set.contains(Unicode.Scalar($0)) }
    }

    /// Spaces and tabs.
    public static let whitespaces = Trim(.whitespaces)
    /// Unicode punctuation: in ASCII, !"#%&'()*,-./:;?@[\]_{}.
    static let punctuation = Trim(.punctuationCharacters)

    /// Whether `byte` is an ASCII member of the set.
    func contains(_ byte: UInt8) -> Bool {
        bytes.contains(byte)
    }
}

extension StringProtocol {
    /// The text without the characters of `trim` at either end, as `trimmingCharacters(in:)` gives it.
    public func trimmed(_ trim: Trim) -> String {
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
