/// Phrases and what they stand for, kept as data: matched longest first, and among phrases of
/// the same length, by the lower `priority` number.
struct PhraseTable<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        var words: [String]
        var value: Value
        var priority: Int
    }

    let entries: [Entry]
    /// The entries whose first word is the key, in match order.
    private let byFirstWord: [String: [Entry]]

    /// A table of `phrases`; later pairs in the list do not override earlier ones, so check
    /// `duplicates` in a test.
    init(_ phrases: [(String, Value)], priority: (String) -> Int = { _ in 0 }) {
        entries = phrases.map {
            Entry(words: $0.0.split(separator: " ").map(String.init), value: $0.1, priority: priority($0.0))
        }
        byFirstWord = Dictionary(grouping: entries, by: { $0.words.first ?? "" }).mapValues { entries in
            entries.sorted { ($0.words.count, -$0.priority) > ($1.words.count, -$1.priority) }
        }
    }

    /// The first words of the phrases.
    var firstWords: [String] {
        entries.compactMap(\.words.first)
    }

    /// Phrases listed more than once.
    var duplicates: [String] {
        let phrases = entries.map { $0.words.joined(separator: " ") }
        return Dictionary(grouping: phrases, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
    }

    /// Consumes the longest phrase at the scan's current word, exactly spelt, and gives its value.
    func match(_ scan: inout DateScan) -> Value? {
        guard let first = scan.word, let candidates = byFirstWord[first] else { return nil }
        for entry in candidates {
            let end = scan.index + entry.words.count
            guard end <= scan.tokens.count else { continue }
            if entry.words.indices.allSatisfy({ scan.tokens[scan.index + $0] == entry.words[$0] }) {
                scan.index = end
                return entry.value
            }
        }
        return nil
    }
}
