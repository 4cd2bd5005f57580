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
        if let number = Int(word) { return number }
        if let index = words.firstIndex(of: word) { return index }
        switch word {
        case "a", "an", "single": return 1
        case "couple": return 2
        case "few": return 3
        case "thirty": return 30
        default: return nil
        }
    }
}
