/// A yes, a no, or "not sure", read from a short answer with hedges and typos.
public enum YesNo: String, Sendable {
    case yes, no, unsure

    static let unsurePhrases: Phrases = [
        "not sure", "do not know", "do not remember", "can not remember", "can not recall", "do not recall",
        "kind of", "sort of", "no idea", "i guess", "hard to say", "not certain",
        "not totally sure", "not quite sure", "not entirely sure", "not really sure", "not decided",
        "have not decided", "not decided yet", "could be", "we will see", "ll see", "who knows",
        "on the fence", "can not say", "still thinking", "it depends", "not totally certain",
        "not 100 sure", "in two minds", "up in the air", "not settled", "yes and no", "half and half",
    ]
    static let unsureWords: Phrases = [
        "maybe", "perhaps", "unsure", "possibly", "dunno", "idk", "somewhat", "partly", "kinda",
        "sorta", "probably", "might", "partially", "unclear", "suppose", "somehow",
        "undecided", "depends", "torn",
    ]
    static let noPhrases: Phrases = [
        "not really", "i forgot", "did not", "forgot to", "no i", "not at all", "i missed",
        "rather not", "prefer not", "not yet", "let us not", "leave it", "skip it", "no thanks",
        "do not bother", "nothing yet", "think not",
    ]
    static let noWords = [
        "no", "nope", "nah", "not", "never", "forgot", "neither", "n", "none", "missed", "nay",
        "negative", "wrong", "incorrect", "naw", "nada", "skip",
    ]
    static let yesWords = [
        "yes", "yeah", "yep", "yup", "yea", "ya", "sure", "definitely", "absolutely", "did",
        "y", "correct", "right", "ok", "okay", "certainly", "indeed", "totally", "both",
        "all", "got", "have", "done", "affirmative", "yess", "yas", "thanked", "asked", "told", "works", "fine", "yah",
        "yeh", "yass", "ja", "aye", "great",
        "exactly", "mhm", "uh-huh", "yeap", "obviously",
    ]
    /// `noWords` and `yesWords` as sets, for looking every word of a line up.
    static let noWordSet = WordSet(noWords)
    static let yesWordSet = WordSet(yesWords)
    static let murmurs: Phrases = ["uh huh", "mm hmm", "mm hm", "m hm"]
    static let yesPhrases: Phrases = [
        "of course", "think so", "i did", "believe so", "i have", "sure did", "you bet",
        "sounds good", "go ahead", "without a doubt", "reckon so", "i sent it", "please do",
        "for sure", "that is right", "all set", "i have done", "i reckon",
    ]

    /// Words a question starts with, after any filler: "ok so is it over" asks, it does not agree.
    static let askingWords: WordSet = [
        "is", "are", "was", "were", "does", "should", "can", "could", "would", "will", "what", "when", "why", "how",
        "where", "who", "shall", "may", "am",
    ]
    static let fillers: WordSet = ["ok", "okay", "so", "well", "hmm", "and", "but", "wait", "oh", "um", "right"]

    /// A line of thumbs alone, spelled out: "👍" is "yes", "👎" is "no"; any other line as it is.
    public static func spelledOut(_ line: String) -> String {
        // A line with a letter, digit or sign in it is never thumbs alone: most lines stop here.
        guard !line.utf8.contains(where: { (33...126).contains($0) }) else { return line }
        let marks = line.unicodeScalars.filter {
            !$0.properties.isWhitespace && !skinTones.contains($0.value) && $0.value != 0xFE0F
        }
        guard let first = marks.first, marks.allSatisfy({ $0 == first }) else { return line }
        switch first {
        case "\u{1F44D}": return "yes"
        case "\u{1F44E}": return "no"
        default: return line
        }
    }

    /// The skin-tone modifiers an emoji may carry (U+1F3FB to U+1F3FF).
    private static let skinTones: ClosedRange<UInt32> = 0x1F3FB...0x1F3FF

    /// The answer in `words`, or nil when there is none.
    public init?(_ words: Words) {
        // "can't remember", "won't": a word that asks, but negated, says rather than asks.
        if let index = words.tokens.firstIndex(where: { !Self.fillers.contains($0) }),
            Self.askingWords.contains(words.tokens[index]), words.tokens.dropFirst(index + 1).first != "not"
        {
            return nil
        }
        if words.hasAny(phrases: Self.unsurePhrases) || words.hasAny(phrases: Self.unsureWords) {
            self = .unsure
        } else if words.hasAny(phrases: Self.noPhrases) || words.tokens.contains(where: Self.noWordSet.contains) {
            self = .no
        } else if words.tokens.contains(where: Self.yesWordSet.contains) || words.has("yes")
            || words.hasAny(phrases: Self.yesPhrases) || words.hasAny(phrases: Self.murmurs)
        {
            self = .yes
        } else {
            return nil
        }
    }
}
