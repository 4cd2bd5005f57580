/// A list of phrases listened for, kept with each one's first letter and first word's length so
/// that a line rules most of them out without reading them (see `Words.hasAny(phrases:)`).
struct Phrases: Sendable, ExpressibleByArrayLiteral, Sequence {
    let all: [String]
    /// Each phrase's first byte and the length of its first word, in `all`'s order.
    let leads: [(first: UInt8, length: Int)]

    init(_ all: [String]) {
        self.all = all
        leads = all.map { phrase in
            let bytes = phrase.utf8
            let length =
                bytes.firstIndex(of: UInt8(ascii: " ")).map { bytes.distance(from: bytes.startIndex, to: $0) }
                ?? bytes.count
            return (bytes.first ?? 0, length)
        }
    }

    init(arrayLiteral phrases: String...) {
        self.init(phrases)
    }

    var isEmpty: Bool { all.isEmpty }

    func makeIterator() -> IndexingIterator<[String]> {
        all.makeIterator()
    }
}
