/// The answer to "would you like to hear about other roles there?", also when it holds no
/// plain yes or no: "i would like to hear about other roles there in future tho".
enum FutureInterestAnswer {
    /// Words that turn future roles down: "no future stuff", "say no for good".
    static let against: Phrases = [
        "no future", "for good", "not want to hear", "not like to hear", "not interested in other",
        "not interested in future", "no other roles", "not open to", "never again", "not applying there again",
        "nothing else there",
    ]
    /// Words that keep the door open: "id be open to a remote role there later".
    static let wanting: Phrases = [
        "like to hear", "open to", "keep me in mind", "glad to hear", "happy to hear", "interested in other",
        "interested in future", "future roles", "other roles", "other openings", "down the line",
    ]

    /// Whether the line's own words want future roles, or nil when they do not say.
    static func said(_ words: Words) -> Bool? {
        if words.hasAny(phrases: against) { return false }
        if words.hasAny(phrases: wanting) { return true }
        return nil
    }

    /// Yes, no or unsure, or nil when the line does not answer.
    static func read(_ words: Words) -> YesNo? {
        said(words).map { $0 ? .yes : .no } ?? YesNo(words)
    }
}
