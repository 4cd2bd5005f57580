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
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 128 && $0 != UInt8(ascii: "\r") }) else {
            return text.split(omittingEmptySubsequences: omittingEmpty, whereSeparator: contains)
        }
        return utf8.split(omittingEmptySubsequences: omittingEmpty, whereSeparator: bytes.contains).map {
            text[$0.startIndex..<$0.endIndex]
        }
    }

    /// A space.
    static let space = Marks(" ")
    /// A comma.
    static let comma = Marks(",")
}
