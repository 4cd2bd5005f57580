/// A few ASCII marks a line is split at, as `Set<Character>.contains` tells them, tested on a
/// one-byte character's byte instead of hashing it.
struct Marks: Sendable {
    private let characters: Set<Character>
    private let bytes: ASCIISet

    /// The marks in `marks`, each one ASCII character.
    init(_ marks: String) {
        let characters = Set(marks)
        self.characters = characters
        bytes = ASCIISet { characters.contains(Character(Unicode.Scalar($0))) }
    }

    /// Whether `character` is one of the marks. A character of more than one byte is looked up
    /// as it is: it may still equal a mark (U+037E, the Greek question mark, is ";").
    func contains(_ character: Character) -> Bool {
        let utf8 = character.utf8
        guard utf8.count == 1, let byte = utf8.first else { return characters.contains(character) }
        return bytes.contains(byte)
    }

    /// `text` split at the marks, as `text.split(omittingEmptySubsequences:whereSeparator:
    /// contains)` splits it; by its bytes when each character is one byte (ASCII with no
    /// carriage return, which may join a line feed).
    func split<Text: StringProtocol>(_ text: Text, omittingEmpty: Bool = true) -> [Substring]
    where Text.SubSequence == Substring {
        let whole = Substring(text)
        let utf8 = whole.utf8
        // The pieces' byte offsets, found through a pointer; nil when a byte is not plain ASCII.
        let ends = utf8.withContiguousStorageIfAvailable { bytes -> [Range<Int>]? in
            var ranges: [Range<Int>] = []
            var start = 0
            for offset in 0..<bytes.count {
                let byte = bytes[offset]
                if byte >= 128 || byte == UInt8(ascii: "\r") { return nil }
                guard self.bytes.contains(byte) else { continue }
                if !omittingEmpty || offset > start { ranges.append(start..<offset) }
                start = offset + 1
            }
            if !omittingEmpty || bytes.count > start { ranges.append(start..<bytes.count) }
            return ranges
        }
        guard let ranges = ends ?? nil else {
            return whole.split(omittingEmptySubsequences: omittingEmpty, whereSeparator: contains)
        }
        let base = utf8.startIndex
        return ranges.map { range in
            whole[utf8.index(base, offsetBy: range.lowerBound)..<utf8.index(base, offsetBy: range.upperBound)]
        }
    }

    /// A space.
    static let space = Marks(" ")
    /// A comma.
    static let comma = Marks(",")
}
