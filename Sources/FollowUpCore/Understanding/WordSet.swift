/// A set of words looked up one token at a time, kept in buckets by first letter and length
/// (as `Words` keeps a line's): a token is compared only with the few words of its bucket,
/// never hashed.
struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    /// The words, without repeats, sorted by bucket (see `bucket(_:)`).
    private let words: [String]
    /// Where each bucket's words start in `words`, with one more entry for the end of the last.
    private let starts: [UInt16]

    /// 27 first letters (see `Words.slot(_:)`) by 32 lengths (31 and longer share the last).
    private static let bucketCount = 27 * 32

    init(_ words: some Sequence<String>) {
        let sorted = Set(words).sorted { (Self.bucket($0), $0) < (Self.bucket($1), $1) }
        var starts = [UInt16](repeating: 0, count: Self.bucketCount + 1)
        for word in sorted { starts[Self.bucket(word) + 1] += 1 }
        for bucket in 0..<Self.bucketCount { starts[bucket + 1] += starts[bucket] }
        self.words = sorted
        self.starts = starts
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// The bucket of `word`: its first letter's slot and its length.
    private static func bucket(_ word: String) -> Int {
        let utf8 = word.utf8
        return Words.slot(utf8.first ?? 0) * 32 + Swift.min(utf8.count, 31)
    }

    /// Whether `word` is one of the words.
    func contains(_ word: String) -> Bool {
        let bucket = Self.bucket(word)
        return words[Int(starts[bucket])..<Int(starts[bucket + 1])].contains(word)
    }

    func makeIterator() -> [String].Iterator {
        words.makeIterator()
    }
}
