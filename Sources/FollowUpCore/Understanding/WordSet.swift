/// A set of words looked up one token at a time, with the first letters and lengths of its
/// words kept as bits (as `Words` keeps a line's): most tokens are answered without hashing them.
struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    private let words: Set<String>
    /// The lengths of the words (see `Words.lengthBit(_:)`), by first letter (see `Words.slot(_:)`).
    private let lengths: [UInt32]

    init(_ words: some Sequence<String>) {
        self.words = Set(words)
        var lengths = [UInt32](repeating: 0, count: 27)
        for word in self.words {
            lengths[Words.slot(word.utf8.first ?? 0)] |= Words.lengthBit(word.utf8.count)
        }
        self.lengths = lengths
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// Whether `word` is one of the words.
    func contains(_ word: String) -> Bool {
        let utf8 = word.utf8
        return lengths[Words.slot(utf8.first ?? 0)] & Words.lengthBit(utf8.count) != 0 && words.contains(word)
    }

    func makeIterator() -> Set<String>.Iterator {
        words.makeIterator()
    }
}
