/// A user's line broken into lowercase words, with typo-tolerant look-ups.
public struct Words: Sendable {
    public let tokens: [String]

    public init(_ text: String) {
        let lowered = text.lowercased()
            .replacingOccurrences(of: "’", with: "'")
            .replacingOccurrences(of: "can't", with: "can not")
            .replacingOccurrences(of: "won't", with: "will not")
            .replacingOccurrences(of: "n't", with: " not")
            .replacingOccurrences(of: "'s", with: "")
        var tokens: [String] = []
        var current = ""
        for character in lowered {
            if character.isLetter || character.isNumber || character == "/" || character == ":" {
                current.append(character)
            } else if character == "-", !current.isEmpty, current.allSatisfy({ $0.isNumber || $0 == "-" }) {
                current.append(character)
            } else {
                if !current.isEmpty { tokens.append(current) }
                current = ""
            }
        }
        if !current.isEmpty { tokens.append(current) }
        self.tokens = tokens.map(Self.expand).flatMap { $0 }
    }

    /// Contractions split by the apostrophe rule above come out as separate words.
    private static func expand(_ token: String) -> [String] {
        switch token {
        case "didnt", "didn": return ["did", "not"]
        case "dont", "don": return ["do", "not"]
        case "wasnt", "wasn": return ["was", "not"]
        case "havent", "haven": return ["have", "not"]
        case "cant": return ["can", "not"]
        case "wont": return ["will", "not"]
        case "im": return ["i", "am"]
        default: return [token]
        }
    }

    public var isEmpty: Bool { tokens.isEmpty }

    /// Whether any word is `word`, allowing a typo or two in longer words.
    public func has(_ word: String) -> Bool {
        if tokens.contains(word) { return true }
        guard word.utf8.count >= 5 else { return false }
        return tokens.contains { Self.close($0, word) }
    }

    /// Whether any of `words` appears.
    public func hasAny(_ words: [String]) -> Bool {
        words.contains { has($0) }
    }

    /// Whether the words of `phrase` appear next to each other, in order.
    public func has(phrase: String) -> Bool {
        let first = String(phrase.prefix { $0 != " " })
        guard first.utf8.count < phrase.utf8.count else { return has(phrase) }
        // Most phrases fail on their first word: check it before splitting the rest.
        guard has(first) else { return false }
        let wanted = phrase.split(separator: " ").map(String.init)
        guard wanted.count <= tokens.count, !wanted.isEmpty else { return false }
        for start in 0...(tokens.count - wanted.count)
        where zip(tokens[start...], wanted).allSatisfy({ Self.close($0, $1) }) {
            return true
        }
        return false
    }

    public func hasAny(phrases: [String]) -> Bool {
        phrases.contains { has(phrase: $0) }
    }

    /// Real words one letter away from a word the coach listens for: never read as typos.
    static let exactOnly: Set<String> = ["think", "thing", "things", "thinks", "three", "there", "their", "where",
                                         "write", "white", "quite", "after", "other", "later", "offer", "often",
                                         "email", "emails", "mailed", "calls", "cards", "weeks", "days", "months",
                                         "ended", "sends", "spend", "spent", "thanks", "thank"]

    /// Equal, or within the typos allowed for a word of that length.
    static func close(_ typed: String, _ word: String) -> Bool {
        if typed == word { return true }
        // Byte counts are cheap, and the words listened for are plain ASCII.
        let length = word.utf8.count
        let allowed = length >= 8 ? 2 : length >= 5 ? 1 : 0
        guard allowed > 0, abs(typed.utf8.count - length) <= allowed,
              typed.utf8.first == word.utf8.first || typed.utf8.dropFirst().first == word.utf8.first,
              !exactOnly.contains(typed) else { return false }
        return EditDistance.between(typed, word) <= allowed
    }
}
