import Foundation

/// The correction rows of the intent table: "wait, it was Tuesday", "sorry, I meant Initech".
extension IntentReader {
    /// Words that may come before a correction marker: "oh and they actually ...".
    static let smallTalk: WordSet = [
        "oh", "and", "they", "um", "uh", "no", "sorry", "ok", "okay", "so", "hm", "hmm", "ah", "she",
        "he", "it", "the", "oops",
    ]
    static let correctionMarkers = ["actually", "correction", "oops", "wait"]
    /// "The role is paused until January": what is said of a role or a company, not its name.
    static let statusWords: WordSet = [
        "paused", "on", "filled", "closed", "cancelled", "canceled", "frozen", "delayed", "still", "no", "gone",
        "taken", "open", "being", "not", "now", "currently", "put", "pending",
    ]
    static let correctionPhrases: Phrases = [
        "i meant", "i mean", "let me correct", "that was wrong", "i was wrong", "the company is",
        "company name is", "the company s name is", "the role is", "the job title is", "the role was",
        "the company was", "her name is", "his name is", "their name is", "full name is", "last name is",
        "surname is", "wrong date", "wrong day", "wrong time", "thats wrong", "that is wrong", "not right, it",
    ]

    /// A marker among the first words, after small talk: "oh and they actually said three weeks"
    /// corrects with the words after it, unless they are news: "wait, they just offered me the job".
    static func correctionAfterMarker(_ words: Words) -> Intent? {
        let lead = words.tokens.prefix(4).firstIndex { token in
            correctionMarkers.contains { Words.close(token, $0) }
        }
        // "they said around the 23rd actually, not 24": a later "actually" before the old value.
        if lead == nil, let late = words.tokens.firstIndex(of: "actually"), late > 0,
            words.tokens.dropFirst(late + 1).first == "not"
        {
            return .correction(
                words.tokens.enumerated().filter { $0.offset != late }.map(\.element).joined(separator: " "))
        }
        guard let lead, words.tokens[..<lead].allSatisfy(smallTalk.contains) else { return nil }
        // "wait, why 2 days?", "wait did i do greg?" ask; they change nothing.
        // "wait so when do i nudge them again?": a filler may come before the asking word.
        if let next = words.tokens.dropFirst(lead + 1).first(where: { !["so", "then", "um", "hm"].contains($0) }),
            questionWords.contains(next) || next == "did"
        {
            return next == "why" ? .why : nil
        }
        let rest = words.tokens[(lead + 1)...].joined(separator: " ")
        if let news = IntentReader().intent(of: Words(rest)), news.isNews { return news }
        if let deed = lateReport(words.tokens[(lead + 1)...]) { return deed }
        return .correction(rest)
    }

    /// "wait actually i sent the thank yous back on dec 5": a deed of the user's told after the
    /// marker is a report of it, however late, never a change of their time frame; "actually i
    /// sent it on the 3rd, not the 4th" puts a day right, so it stays a correction.
    static func lateReport(_ tokens: ArraySlice<String>) -> Intent? {
        let said = tokens.drop { token in smallTalk.contains(token) || correctionMarkers.contains(token) }
        guard !said.isEmpty, !said.contains("not") else { return nil }
        let deed = IntentReader().report(in: Words(said.joined(separator: " ")))
        return deed.map(deedReports.contains) == true ? deed : nil
    }

    /// The reports of the user's own deeds that a correction marker may come before.
    static let deedReports: [Intent] = [.sentThankYou, .followedUp, .addedReminder]

    /// "Sorry, I meant Tuesday" changes Tuesday; "the company is X" keeps its words; news after
    /// "I mean" is the news: "I mean, they turned me down".
    static func correctionByPhrase(_ words: Words) -> Intent? {
        let whole = words.tokens.joined(separator: " ")
        // "the role is paused until January" says what became of the role, not its name.
        if let phrase = correctionPhrases.first(where: { !$0.hasPrefix("i ") && words.has(phrase: $0) }),
            let range = whole.range(of: phrase),
            let next = whole[range.upperBound...].split(separator: " ").first.map(String.init),
            statusWords.contains(next)
        {
            return nil
        }
        if let phrase = correctionPhrases.first(where: { words.has(phrase: $0) && $0.hasPrefix("i ") }),
            let range = whole.range(of: phrase),
            let news = IntentReader().intent(of: Words(String(whole[range.upperBound...]))), news.isNews
        {
            return news
        }
        if let phrase = ["i meant", "i mean"].first(where: { words.has(phrase: $0) }),
            let range = whole.range(of: phrase)
        {
            return .correction(String(whole[range.upperBound...]).trimmed(.whitespaces))
        }
        return .correction(whole)
    }
}
