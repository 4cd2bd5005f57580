/// A user's line broken into lowercase words, with typo-tolerant look-ups.
public struct Words: Sendable {
    public let tokens: [String]

    public init(_ text: String) {
        var lowered = text.lowercased()
        let normal = lowered.withUTF8(Self.normalised)
        var tokens: [String] = []
        // A word's UTF-8, made a string once the word ends.
        var current: [UInt8] = []
        var currentIsNumeric = true
        func flush() {
            if !current.isEmpty { Self.expand(String(decoding: current, as: UTF8.self), into: &tokens) }
            current.removeAll(keepingCapacity: true)
            currentIsNumeric = true
        }
        var index = 0
        while index < normal.count {
            let byte = normal[index]
            // A letter other than a to z is read whole: its bytes, and the scalar they make.
            let width = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            if width == 1
                ? Self.wordBytes.contains(byte)
                : Self.scalar(in: normal, at: index, width: width).map(Self.isWordPart) == true
            {
                if width == 1 {
                    current.append(byte)
                } else {
                    for offset in 0..<width { current.append(normal[index + offset]) }
                }
                if !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { currentIsNumeric = false }
            } else if byte == UInt8(ascii: "-"), !current.isEmpty, currentIsNumeric {
                // "2-3", "2026-12-12": a dash inside a number stays.
                current.append(byte)
            } else {
                flush()
            }
            index += width
        }
        flush()
        self.tokens = tokens
        var bytes: [UInt8] = []
        bytes.reserveCapacity(normal.count)
        var shapes: [Shape] = []
        shapes.reserveCapacity(tokens.count)
        var lengths = [UInt32](repeating: 0, count: 54)
        for token in self.tokens {
            let shape = Shape(token, offset: bytes.count)
            bytes.append(contentsOf: token.utf8)
            let length = Self.lengthBit(shape.length)
            lengths[Self.slot(shape.first)] |= length
            if shape.length >= 3, !shape.exactOnly {
                lengths[27 + Self.slot(shape.first)] |= length
                lengths[27 + Self.slot(shape.second)] |= length
            }
            shapes.append(shape)
        }
        self.shapes = shapes
        self.bytes = bytes
        self.lengths = lengths
        var slots: UInt32 = 0
        for slot in 0..<27 where lengths[slot] | lengths[27 + slot] != 0 { slots |= 1 << UInt32(slot) }
        self.slots = slots
    }

    /// A token's place in `bytes`, its length and first two bytes, to rule out typos without comparing strings.
    private struct Shape: Sendable {
        var offset: Int
        var length: Int
        var first: UInt8
        var second: UInt8
        var exactOnly: Bool

        init(_ token: String, offset: Int) {
            let bytes = token.utf8
            self.offset = offset
            length = bytes.count
            first = bytes.first ?? 0
            second = bytes.dropFirst().first ?? 0
            exactOnly = Words.exactOnlyLengths & Words.lengthBit(length) != 0 && Words.exactOnly.contains(token)
        }
    }

    private let shapes: [Shape]
    /// Every token's UTF-8 bytes, one after another, for comparisons that make no strings.
    private let bytes: [UInt8]
    /// The tokens' lengths as bits (see ``lengthBit(_:)``), by first letter (see ``slot(_:)``),
    /// then from 27 on, by first and by second letter for the tokens that may be typos: a
    /// phrase whose first word has neither its letter and length in the line, nor a typo's, is not in it.
    private let lengths: [UInt32]
    /// The slots of `lengths` with any length, as bits: a phrase can start only in one of them.
    private let slots: UInt32

    /// 0 to 25 for a to z, 26 for any other byte.
    static func slot(_ byte: UInt8) -> Int {
        (97...122).contains(byte) ? Int(byte - 97) : 26
    }

    /// A length as one of 32 bits; 31 and longer share the last.
    static func lengthBit(_ length: Int) -> UInt32 {
        1 << UInt32(min(length, 31))
    }

    /// The letters a-z in `bytes`, as bits: each typo changes at most two of them.
    static func letters<C: Collection<UInt8>>(_ bytes: C) -> UInt32 {
        bytes.reduce(0) { mask, byte in (97...122).contains(byte) ? mask | 1 << UInt32(byte - 97) : mask }
    }

    /// Whether `a` and `b` may be within `allowed` edits, judged by the letters they use.
    static func mayBeClose(_ a: UInt32, _ b: UInt32, allowed: Int) -> Bool {
        (a ^ b).nonzeroBitCount <= 2 * allowed
    }

    /// Letters, digits, "/" and ":" make up words: the ASCII ones.
    private static let wordBytes = ASCIISet(where: { byte in
        (97...122).contains(byte) || (48...57).contains(byte) || (65...90).contains(byte) || byte == 47 || byte == 58
    })

    /// Letters and digits other than ASCII make up words too.
    private static func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
        let character = Character(scalar)
        return character.isLetter || character.isNumber
    }

    /// The scalar whose UTF-8 is the `width` bytes at `index` of `bytes`; nil when they are not one.
    private static func scalar(in bytes: [UInt8], at index: Int, width: Int) -> Unicode.Scalar? {
        guard index + width <= bytes.count else { return nil }
        var value = UInt32(bytes[index] & (0xFF >> (width + 1)))
        for offset in 1..<width { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return Unicode.Scalar(value)
    }

    /// The lowered text's UTF-8 with curly apostrophes made straight, "can't", "won't" and "n't"
    /// spelt out ("can not", "will not", " not"), and "'s" dropped, in one pass.
    private static func normalised(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let apostrophe = UInt8(ascii: "'")
        var out: [UInt8] = []
        out.reserveCapacity(input.count + 8)
        var index = 0
        while index < input.count {
            // A curly apostrophe (U+2019) is three bytes that stand for one straight one.
            let curly =
                input[index] == 0xE2 && index + 2 < input.count && input[index + 1] == 0x80 && input[index + 2] == 0x99
            let width = curly ? 3 : 1
            if curly || input[index] == apostrophe, index + width < input.count {
                let next = input[index + width]
                if next == UInt8(ascii: "t"), out.last == UInt8(ascii: "n") {
                    if out.count >= 3, out[out.count - 3] == UInt8(ascii: "c"), out[out.count - 2] == UInt8(ascii: "a")
                    {
                        out.append(contentsOf: " not".utf8)
                    } else if out.count >= 3, out[out.count - 3] == UInt8(ascii: "w"),
                        out[out.count - 2] == UInt8(ascii: "o")
                    {
                        out.removeLast(3)
                        out.append(contentsOf: "will not".utf8)
                    } else {
                        out.removeLast()
                        out.append(contentsOf: " not".utf8)
                    }
                    index += width + 1
                    continue
                }
                if next == UInt8(ascii: "s") {
                    index += width + 1
                    continue
                }
            }
            out.append(curly ? apostrophe : input[index])
            index += width
        }
        return out
    }

    /// The first letters of the contractions `expand(_:into:)` splits.
    private static let contractionStarts = ASCIISet { "cdhiw".utf8.contains($0) }
    /// The last letters of those contractions.
    private static let contractionEnds = ASCIISet { "ntm".utf8.contains($0) }

    /// Contractions split by the apostrophe rule above come out as separate words.
    private static func expand(_ token: String, into tokens: inout [String]) {
        // Every contraction is two letters or more ("i", the commonest word, is none) and ends in n, t or m.
        guard token.utf8.count > 1, contractionStarts.contains(token.utf8.first ?? 0),
            contractionEnds.contains(token.utf8.last ?? 0)
        else {
            tokens.append(token)
            return
        }
        switch token {
        case "didnt", "didn": tokens += ["did", "not"]
        case "dont", "don": tokens += ["do", "not"]
        case "doesnt", "doesn": tokens += ["does", "not"]
        case "couldnt", "couldn": tokens += ["could", "not"]
        case "isnt", "isn": tokens += ["is", "not"]
        case "wasnt", "wasn": tokens += ["was", "not"]
        case "havent", "haven": tokens += ["have", "not"]
        case "cant": tokens += ["can", "not"]
        case "wont": tokens += ["will", "not"]
        case "im": tokens += ["i", "am"]
        default: tokens.append(token)
        }
    }

    public var isEmpty: Bool { tokens.isEmpty }

    /// The words before the first of `stops`: what "I sent Priya's but not Bob's" says was done.
    func before(_ stops: WordSet) -> Words {
        // Most lines hold no stop: they are their own words, not read again.
        guard let stop = tokens.firstIndex(where: stops.contains) else { return self }
        return Words(tokens[..<stop].joined(separator: " "))
    }

    /// Whether any word is `word`, allowing a typo or two in longer words.
    public func has(_ word: String) -> Bool {
        has(phrase: word)
    }

    /// Whether the words name `contact` by first name, or by its possessive typed without an
    /// apostrophe ("sent toms yesterday", "anas card").
    func names(_ contact: Contact) -> Bool {
        let name = contact.firstName.lowercased()
        return has(name) || has(name + "s")
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

    /// Whether a token may be the word of `lead`, or a typo of it: most phrases start with a
    /// word no token has the letter and length of.
    private func mayStart(_ lead: Phrases.Lead) -> Bool {
        lengths[lead.slot] & lead.length != 0 || lengths[27 + lead.slot] & lead.typos != 0
    }

    /// Whether any of `phrases` appears, read only where the line may hold its first word.
    func hasAny(phrases: Phrases) -> Bool {
        var slots = phrases.slots & self.slots
        while slots != 0 {
            let slot = slots.trailingZeroBitCount
            slots &= slots - 1
            guard lengths[slot] & phrases.slotLengths[slot] != 0 || lengths[27 + slot] & phrases.slotTypos[slot] != 0
            else { continue }
            for lead in phrases.slotStarts[slot]..<phrases.slotStarts[slot + 1] where mayStart(phrases.leads[lead]) {
                let found = phrases.bytes.withUnsafeBufferPointer { bytes in
                    (phrases.leadStarts[lead]..<phrases.leadStarts[lead + 1]).contains { phrase in
                        phrases.laterLeads[phrases.laterSpans[phrase]].allSatisfy(mayStart)
                            && matches(phrase: UnsafeBufferPointer(rebasing: bytes[phrases.spans[phrase]]))
                    }
                }
                if found { return true }
            }
        }
        return false
    }

    /// Whether the space-separated words in `phrase` are tokens in a row, each allowing typos.
    private func matches(phrase: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let lead = phrase.first else { return false }
        let space = UInt8(ascii: " ")
        let firstEnd = phrase.firstIndex(of: space) ?? phrase.count
        guard mayStart(Phrases.Lead(first: lead, length: firstEnd)) else { return false }
        return bytes.withUnsafeBufferPointer { bytes in
            shapes.withUnsafeBufferPointer { shapes in
                let first = UnsafeBufferPointer(rebasing: phrase[0..<firstEnd])
                for start in shapes.indices where Self.token(shapes[start], in: bytes, is: first) {
                    var position = start + 1
                    var cursor = firstEnd
                    var matched = true
                    while cursor < phrase.count {
                        cursor += 1
                        let end = phrase[cursor...].firstIndex(of: space) ?? phrase.count
                        guard position < shapes.count,
                            Self.token(
                                shapes[position], in: bytes, is: UnsafeBufferPointer(rebasing: phrase[cursor..<end]))
                        else {
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
        }
    }

    /// Whether the token of `shape` is `word`, or a typo of it (see ``close(_:_:)``).
    private static func token(_ shape: Shape, in bytes: UnsafeBufferPointer<UInt8>, is word: UnsafeBufferPointer<UInt8>)
        -> Bool
    {
        let length = word.count
        guard let first = word.first else { return false }
        if shape.length == length, shape.first == first,
            (1..<length).allSatisfy({ bytes[shape.offset + $0] == word[$0] })
        {
            return true
        }
        guard length >= 5 else { return false }
        let allowed = length >= 8 ? 2 : 1
        guard abs(shape.length - length) <= allowed, shape.first == first || shape.second == first, !shape.exactOnly
        else { return false }
        let token = UnsafeBufferPointer(rebasing: bytes[shape.offset..<shape.offset + shape.length])
        return mayBeClose(letters(token), letters(word), allowed: allowed)
            && EditDistance.distance(token, word) <= allowed
    }

    public func hasAny(phrases: [String]) -> Bool {
        phrases.contains { has(phrase: $0) }
    }

    /// Whether `text` holds `part`, byte for byte: a quick search with no allocation.
    static func text(_ text: String, contains part: String) -> Bool {
        var text = text
        var part = part
        return text.withUTF8 { haystack in
            part.withUTF8 { needle in
                guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
                var start = 0
                while start + needle.count <= haystack.count {
                    if haystack[start] == first, (1..<needle.count).allSatisfy({ haystack[start + $0] == needle[$0] }) {
                        return true
                    }
                    start += 1
                }
                return false
            }
        }
    }

    /// Where `part` (in lower case) first is in `text`, upper-case ASCII letters read as lower
    /// case: a quick stand-in for a case-insensitive search, for the plain markers searched for.
    static func range<Text: StringProtocol>(of part: String, ignoringCaseIn text: Text) -> Range<String.Index>? {
        range(of: part, in: text, folding: true)
    }

    /// Where `part` first is in `text`, byte for byte: `range(of:)` without the bridge to NSString.
    static func range<Text: StringProtocol>(of part: String, exactlyIn text: Text) -> Range<String.Index>? {
        range(of: part, in: text, folding: false)
    }

    /// Where `part` first is in `text`, with upper-case ASCII letters of `text` read as lower case when `folding`.
    private static func range<Text: StringProtocol>(
        of part: String, in text: Text, folding: Bool
    ) -> Range<String.Index>? {
        var part = part
        // Bytes are compared through pointers; the offset found is made an index once.
        let search = { (haystack: UnsafeBufferPointer<UInt8>) in
            part.withUTF8 { needle in
                folding ? offset(of: needle, in: haystack, reading: lowered) : offset(of: needle, in: haystack) { $0 }
            }
        }
        let bytes = text.utf8
        guard
            let found = bytes.withContiguousStorageIfAvailable(search)
                ?? Array(bytes).withUnsafeBufferPointer(search)
        else { return nil }
        let lower = bytes.index(bytes.startIndex, offsetBy: found)
        return lower..<bytes.index(lower, offsetBy: part.utf8.count)
    }

    /// Where `needle` first is in `haystack`, each byte of `haystack` read through `reading`.
    @inline(__always)
    private static func offset(
        of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, reading: (UInt8) -> UInt8
    ) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        var start = 0
        let last = haystack.count - needle.count
        while start <= last {
            if reading(haystack[start]) == first {
                var matched = 1
                while matched < needle.count, reading(haystack[start + matched]) == needle[matched] { matched += 1 }
                if matched == needle.count { return start }
            }
            start += 1
        }
        return nil
    }

    /// `text` with every `part` (in lower case) replaced by `replacement`, ignoring ASCII case.
    static func replacing(_ part: String, with replacement: String, ignoringCaseIn text: String) -> String {
        var text = text
        var from = text.startIndex
        while let found = range(of: part, ignoringCaseIn: text[from...]) {
            let offset = text.utf8.distance(from: text.startIndex, to: found.lowerBound) + replacement.utf8.count
            text.replaceSubrange(found, with: replacement)
            from = text.utf8.index(text.startIndex, offsetBy: offset)
        }
        return text
    }

    /// Whether `text` holds an upper-case letter: an ASCII text is read byte by byte, any other
    /// character by character.
    static func hasCapital(_ text: String) -> Bool {
        var text = text
        let ascii = text.withUTF8 { bytes -> Bool? in
            bytes.allSatisfy { $0 < 128 } ? bytes.contains { (65...90).contains($0) } : nil
        }
        return ascii ?? text.contains(where: \.isUppercase)
    }

    static func lowered(_ byte: UInt8) -> UInt8 {
        (65...90).contains(byte) ? byte + 32 : byte
    }

    /// The lengths of `exactOnly`'s words as bits: a token of another length is none of them.
    static let exactOnlyLengths = exactOnly.reduce(UInt32(0)) { $0 | lengthBit($1.utf8.count) }
    /// Real words one letter away from a word the coach listens for: never read as typos.
    static let exactOnly: WordSet = [
        "think", "thing", "things", "thinks", "three", "there", "their", "where",
        "write", "white", "quite", "after", "other", "later", "offer", "often",
        "email", "emails", "mailed", "calls", "cards", "weeks", "days", "months",
        "ended", "sends", "spend", "spent", "thanks", "thank", "than",
    ]

    /// Whether `typed` has the length and first letters `close(_:_:)` asks of a typo of `word`
    /// (five letters or more), or of `word` itself: a test that makes no string of `word`.
    static func mayBeTypo(_ typed: String, of word: UnsafeBufferPointer<UInt8>) -> Bool {
        let allowed = word.count >= 8 ? 2 : 1
        return abs(typed.utf8.count - word.count) <= allowed
            && (typed.utf8.first == word.first || typed.utf8.dropFirst().first == word.first)
    }

    /// Equal, or within the typos allowed for a word of that length.
    static func close(_ typed: String, _ word: String) -> Bool {
        // Byte counts are cheap, and the words listened for are plain ASCII.
        let length = word.utf8.count
        if typed.utf8.count == length, typed == word { return true }
        let allowed = length >= 8 ? 2 : length >= 5 ? 1 : 0
        guard allowed > 0, abs(typed.utf8.count - length) <= allowed,
            typed.utf8.first == word.utf8.first || typed.utf8.dropFirst().first == word.utf8.first,
            mayBeClose(letters(typed.utf8), letters(word.utf8), allowed: allowed),
            !exactOnly.contains(typed)
        else { return false }
        return EditDistance.between(typed, word) <= allowed
    }
}
