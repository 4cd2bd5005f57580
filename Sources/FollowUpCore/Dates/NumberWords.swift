/// Small numbers as words, both ways: "two" for 2, and 2 for "two" or "a couple".
enum NumberWords {
    static let words = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen", "twenty",
    ]

    static func spoken(_ number: Int) -> String {
        words.indices.contains(number) ? words[number] : String(number)
    }

    /// The number a word stands for, if it is one: "3", "three", "a", "couple", "few".
    static func value(of word: String) -> Int? {
        if let first = word.utf8.first,
            (48...57).contains(first) || first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
        {
            return Int(word)
        }
        return values[word]
    }

    /// Each number word's value: the spelt-out numbers and the words that count like them.
    private static let values: [String: Int] = Dictionary(
        uniqueKeysWithValues: words.enumerated().map { ($1, $0) }
    ).merging(["a": 1, "an": 1, "single": 1, "couple": 2, "few": 3, "thirty": 30]) { first, _ in first }
}
