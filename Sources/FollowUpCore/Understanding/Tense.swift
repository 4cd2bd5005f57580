/// Whether a line tells of something that already happened ("I sent it on Monday"), so its
/// days are read as past ones, or of something ahead ("they will call on Monday").
enum Tense {
    /// Verbs in the past that make the line's days past ones.
    static let pastWords: WordSet = [
        "was", "were", "did", "had", "went", "sent", "spoke", "met", "called", "emailed", "mailed", "wrote", "talked",
        "interviewed", "happened", "finished", "ended", "applied", "heard", "got", "gave", "thanked", "replied",
        "texted", "messaged", "posted", "submitted", "visited", "saw", "phoned", "chatted", "followed",
    ]
    /// Words that point ahead even beside a past verb ("she said they would decide by Friday").
    static let futureWords: WordSet = [
        "will", "would", "ll", "d", "shall", "going", "gonna", "plan", "planning", "expect", "expecting", "hope",
        "should", "decide", "until", "by", "next", "soon", "later", "coming", "upcoming", "tomorrow", "hear", "can",
        "hed", "theyd", "till", "til",
    ]

    /// Whether `words` tell of the past.
    static func isPast(_ words: Words) -> Bool {
        words.tokens.contains(where: pastWords.contains) && !words.tokens.contains(where: futureWords.contains)
    }
}
