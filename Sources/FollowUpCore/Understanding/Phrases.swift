/// A list of phrases listened for, kept with each one's first letter and first word's length so
/// that a line rules most of them out without reading them (see `Words.hasAny(phrases:)`).
struct Phrases: Sendable, ExpressibleByArrayLiteral, Sequence {
    let all: [String]
    /// Each phrase's first word as a test on a line's words, in `all`'s order.
    let leads: [Lead]

    /// A first word as the bits a line's words are tested against (see `Words.lengths`): the
    /// slot of its first letter, its length, and the lengths a typo of it may have.
    struct Lead: Sendable {
        let slot: Int
        let length: UInt32
        /// None for a word under five letters, which allows no typo.
        let typos: UInt32

        /// The lead of a word starting with `first` and `length` bytes long.
        init(first: UInt8, length: Int) {
            slot = Words.slot(first)
            self.length = Words.lengthBit(length)
            guard length >= 5 else {
                typos = 0
                return
            }
            let allowed = length >= 8 ? 2 : 1
            var band: UInt32 = 0
            for typed in length - allowed...length + allowed { band |= Words.lengthBit(typed) }
            typos = band
        }
    }

    init(_ all: [String]) {
        self.all = all
        leads = all.map { phrase in
            let bytes = phrase.utf8
            let length =
                bytes.firstIndex(of: UInt8(ascii: " ")).map { bytes.distance(from: bytes.startIndex, to: $0) }
                ?? bytes.count
            return Lead(first: bytes.first ?? 0, length: length)
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
