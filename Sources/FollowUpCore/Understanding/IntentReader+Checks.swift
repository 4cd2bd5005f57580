/// The checks of the intent table's rows that need more than a phrase.
extension IntentReader {
    /// "Anything I need to get done today?", "where do things stand", "what's on my plate":
    /// a question about what to do, without the usual words.
    static func asksWhatIsPending(_ words: Words) -> Bool {
        // The asking word exactly: "were" (we're) is not "where".
        words.tokens.contains { ["what", "whats", "anything", "where", "which", "any"].contains($0) }
            || words.hasAny(phrases: ["is there", "tell me"])
    }

    /// "Not for me, never was": said with a not, and not asked ("which one is for me, not sure").
    static func deniesItIsForThem(_ words: Words) -> Bool {
        words.hasAny(["not", "never"]) && !words.hasAny(phrases: askingWords)
    }

    /// "after hearing the salary im out", but not "im out of the interview" or "im out now".
    static func isOutOfTheRunning(_ words: Words) -> Bool {
        let tokens = words.tokens
        return tokens.indices.contains { index in
            index + 2 < tokens.count && tokens[index...index + 2].elementsEqual(["i", "am", "out"])
                && (index + 3 == tokens.count || !["of", "now", "the", "from", "and"].contains(tokens[index + 3]))
        }
    }

    /// "I don't think I want this job", but not "I still want it, not sure when they decide".
    static func deniesWantingTheJob(_ words: Words) -> Bool {
        words.hasAny(["not", "never"]) && !words.hasAny(phrases: ["still want", "do want", "not sure", "wonder"])
    }

    /// Words that guess at news rather than report it: "I knew it, they clearly went with someone else".
    static let guessWords: Phrases = [
        "i knew it", "clearly", "probably", "i bet", "must have", "i guess", "i think", "feel like", "worried",
        "afraid", "i assume", "might have", "nothing from", "no word", "not heard", "scared", "i blew it",
    ]

    /// Whether the line guesses at the employer's answer instead of reporting it.
    static func speculates(_ words: Words) -> Bool {
        words.hasAny(phrases: guessWords)
    }

    /// Whether the line names when, in words a new day is given in: a month, a weekday, "next week".
    static func namesWhen(_ words: Words) -> Bool {
        words.tokens.contains { DateScan.months[$0] != nil || DateScan.weekdays[$0] != nil || whenWords.contains($0) }
    }

    /// Whether `words` tell of more time before their decision: "another" or "more" just before
    /// a unit ("another week", "a few more days", "another 2 weeks"), in a line that neither asks
    /// nor tells the user's own plan ("I'll wait another week").
    static func tellsOfMoreTime(_ words: Words) -> Bool {
        let tokens = words.tokens
        let more = tokens.indices.contains { index in
            switch tokens[index] {
            case "another": tokens[(index + 1)...].prefix(3).contains { moreTimeUnits.contains($0) }
            case "more": index + 1 < tokens.count && moreTimeUnits.contains(tokens[index + 1])
            default: false
            }
        }
        guard more, let first = tokens.first, !ownPlanStarts.contains(first) else { return false }
        return !asksSomething(words)
    }

    /// The units more time is given in: "another 2 weeks", "a few more days".
    static let moreTimeUnits: WordSet = ["day", "days", "week", "weeks", "wk", "wks", "month", "months", "fortnight"]

    /// First words of a line that tells the user's own plan, not theirs: "I'll wait another week".
    static let ownPlanStarts: WordSet = ["i", "ill", "im", "ive", "id", "we", "well", "lets", "let", "gonna", "maybe"]

    /// Words besides month and weekday names that say when: "pushed to next week".
    static let whenWords: WordSet = ["week", "weeks", "month", "months", "holidays", "year", "tomorrow"]

    /// A round named by its place: "the second interview", "the onsite".
    static func namesARound(_ words: Words) -> Bool {
        words.hasAny(phrases: roundWords) && words.hasAny(phrases: interviewWords)
    }

    /// A round named and told as over, not denied, still waited on nor asked about: "round two
    /// done", but not "is the second round done?".
    static func reportsARoundOver(_ words: Words) -> Bool {
        namesARound(words) && !words.hasAny(["not", "never", "still"])
            && !(words.tokens.first.map(questionWords.contains) ?? false)
    }

    /// "Can you write the thank-you note?"
    /// Whether the line holds a drafting word and asks for one: the "draft" row's test whole.
    static func asksForADraftIn(_ words: Words) -> Bool {
        words.hasAny(phrases: draftWords) && asksForADraft(words)
    }

    static func asksForADraft(_ words: Words) -> Bool {
        // "draft something back?": a few words that start with the ask.
        if words.tokens.count <= 4, ["draft", "write"].contains(words.tokens.first ?? "") { return true }
        return words.hasAny(phrases: draftedWords) && words.hasAny(phrases: requestWords)
    }
}
