/// A user's line broken into lowercase words, with typo-tolerant look-ups.
public struct Words: Sendable {
    public let tokens: [String]

    public init(_ text: String) {
        let scalars = Self.normalised(text.lowercased())
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        var currentIsNumeric = true
        func flush() {
            if !current.isEmpty { tokens.append(String(current)) }
            current = String.UnicodeScalarView()
            currentIsNumeric = true
        }
        for scalar in scalars {
            if Self.isWordPart(scalar) {
                current.append(scalar)
                if !("0"..."9").contains(scalar) { currentIsNumeric = false }
            } else if scalar == "-", !current.isEmpty, currentIsNumeric {
                // "2-3", "2026-12-12": a dash inside a number stays.
                current.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        self.tokens = tokens.flatMap(Self.expand)
        self.shapes = self.tokens.map(Shape.init)
        self.bytes = self.tokens.map { Array($0.utf8) }
    }

    /// A token's length and first two bytes, to rule out typos without comparing strings.
    private struct Shape: Sendable {
        var length: Int
        var first: UInt8
        var second: UInt8
        var exactOnly: Bool

        init(_ token: String) {
            let bytes = token.utf8
            length = bytes.count
            first = bytes.first ?? 0
            second = bytes.dropFirst().first ?? 0
            exactOnly = Words.exactOnly.contains(token)
        }
    }

    private let shapes: [Shape]
    /// Each token's UTF-8 bytes, for comparisons that make no strings.
    private let bytes: [[UInt8]]

    /// The byte offset of the first space in `text`, if any.
    static func firstSpace(in text: String) -> Int? {
        var text = text
        return text.withUTF8 { $0.firstIndex(of: UInt8(ascii: " ")) }
    }

    /// Letters, digits, "/" and ":" make up words.
    private static func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            return ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "/" || scalar == ":"
                || ("A"..."Z").contains(scalar)
        }
        let character = Character(scalar)
        return character.isLetter || character.isNumber
    }

    /// The lowered text with curly apostrophes made straight, "can't", "won't" and "n't" spelt
    /// out ("can not", "will not", " not"), and "'s" dropped, in one pass.
    private static func normalised(_ lowered: String) -> [Unicode.Scalar] {
        let input = Array(lowered.unicodeScalars)
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(input.count + 8)
        var index = 0
        while index < input.count {
            let scalar: Unicode.Scalar = input[index] == "\u{2019}" ? "'" : input[index]
            if scalar == "'", index + 1 < input.count {
                let next = input[index + 1]
                if next == "t", out.last == "n" {
                    if out.count >= 3, out[out.count - 3] == "c", out[out.count - 2] == "a" {
                        out.append(contentsOf: " not".unicodeScalars)
                    } else if out.count >= 3, out[out.count - 3] == "w", out[out.count - 2] == "o" {
                        out.removeLast(3)
                        out.append(contentsOf: "will not".unicodeScalars)
                    } else {
                        out.removeLast()
                        out.append(contentsOf: " not".unicodeScalars)
                    }
                    index += 2
                    continue
                }
                if next == "s" {
                    index += 2
                    continue
                }
            }
            out.append(scalar)
            index += 1
        }
        return out
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
        has(phrase: word)
    }

    /// Whether any of `words` appears.
    public func hasAny(_ words: [String]) -> Bool {
        words.contains { has($0) }
    }

    /// Whether the words of `phrase` appear next to each other, in order.
    public func has(phrase: String) -> Bool {
        var phrase = phrase
        return phrase.withUTF8 { matches(phrase: $0) }
    }

    /// Whether the space-separated words in `phrase` are tokens in a row, each allowing typos.
    private func matches(phrase: UnsafeBufferPointer<UInt8>) -> Bool {
        let space = UInt8(ascii: " ")
        let firstEnd = phrase.firstIndex(of: space) ?? phrase.count
        let first = UnsafeBufferPointer(rebasing: phrase[0..<firstEnd])
        for start in tokens.indices where token(start, is: first) {
            var position = start + 1, cursor = firstEnd, matched = true
            while cursor < phrase.count {
                cursor += 1
                let end = phrase[cursor...].firstIndex(of: space) ?? phrase.count
                guard position < tokens.count, token(position, is: UnsafeBufferPointer(rebasing: phrase[cursor..<end])) else {
                    matched = false
                    break
                }
                position += 1
                cursor = end
            }
            if matched { return true }
        }
        return false
    }

    /// Whether token `index` is `word`, or a typo of it (see ``close(_:_:)``).
    private func token(_ index: Int, is word: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes[index].withUnsafeBufferPointer { token in
            if token.count == word.count, token.elementsEqual(word) { return true }
            let length = word.count, shape = shapes[index]
            guard length >= 5, let first = word.first else { return false }
            let allowed = length >= 8 ? 2 : 1
            return abs(shape.length - length) <= allowed && (shape.first == first || shape.second == first) && !shape.exactOnly
                && EditDistance.distance(token, word) <= allowed
        }
    }

    public func hasAny(phrases: [String]) -> Bool {
        phrases.contains { has(phrase: $0) }
    }

    /// Whether `text` holds `part`, byte for byte: a quick search with no allocation.
    static func text(_ text: String, contains part: String) -> Bool {
        var text = text, part = part
        return text.withUTF8 { haystack in
            part.withUTF8 { needle in
                guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
                var start = 0
                while start + needle.count <= haystack.count {
                    if haystack[start] == first, (1..<needle.count).allSatisfy({ haystack[start + $0] == needle[$0] }) { return true }
                    start += 1
                }
                return false
            }
        }
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
