/// The words that may begin or carry a date, to skip the readers for every other word.
extension DateScan {
    /// Every word of five letters or more the readers listen for, and the plural weekdays: a
    /// longer word that is none of them, nor a typo of one, starts no mention. A test keeps
    /// this list in step with the readers' words.
    static let longStarters: WordSet = [
        "about", "untill", "after", "afternoon", "ahead", "another", "approximately", "april", "around", "attempt",
        "august",
        "before", "beginning", "between", "boxing", "business", "candidate", "choice", "christmas", "close", "coming",
        "contract", "couple", "course", "december", "determined", "draft", "during", "early", "edition", "eight",
        "eighteen", "eighteenth", "eighth", "eleven", "eleventh", "entire", "evening", "event", "february", "fifteen",
        "fifteenth", "fifth", "final", "first", "floor", "follow", "following", "fortnight", "fortnights", "fourteen",
        "fourteenth", "fourth", "frame", "friday", "fridays", "grade", "hence", "holidays", "hours", "interview",
        "january", "later", "latest", "level", "lunch", "lunchtime", "march", "maybe", "meeting", "mention", "midday",
        "middle", "midnight", "minute", "minutes", "monday", "mondays", "month", "months", "morning", "never",
        "night", "nineteen", "nineteenth", "ninth", "nothing", "november", "oclock", "october", "option", "party",
        "person", "place", "please", "position", "previous", "program", "programme", "project", "quarter", "quarters",
        "question", "rated", "rating", "remainder", "roughly", "round", "saturday", "saturdays", "score", "scored",
        "scores", "second", "september", "seven", "seventeen", "seventeenth", "seventh", "sharp", "shift", "since",
        "single", "sixteen", "sixteenth", "sixth", "specific", "stage", "start", "sunday", "sundays", "tenth",
        "thanksgiving", "thing", "third", "thirteen", "thirteenth", "thirtieth", "thirty", "three", "through",
        "thurs", "thursday", "thursdays", "timeframe", "timeline", "times", "timing", "today", "tomorow", "tomorrow",
        "tonight", "trial", "tuesday", "tuesdays", "twelfth", "twelve", "twentieth", "twenty", "unknown", "until",
        "version", "wednesday", "wednesdays", "weekend", "weeks", "whole", "within", "working", "works", "workweek",
        "would", "years", "yesterday",
    ]

    /// Every shorter word the readers listen for, but the generic ones: with the longer words,
    /// the words that carry a date. A mention holds at least one of them, or a number.
    static let shortCarriers: WordSet = [
        "ago", "apr", "aug", "clue", "cob", "date", "day", "days", "dec", "end", "eod", "eom", "eow", "eoy", "eve",
        "feb", "few", "five", "four", "fri", "give", "half", "hour", "hr", "hrs", "idea", "jan", "jul", "july", "jun",
        "june", "know", "last", "late", "mar", "may", "mid", "min", "mins", "mon", "new", "next", "nine", "noon",
        "nov", "now", "oct", "one", "past", "pm", "q", "rest", "said", "sat", "say", "sep", "sept", "six", "sun",
        "sure", "tbd", "tell", "ten", "then", "thru", "thu", "thur", "til", "till", "time", "tmr", "tmrw", "tue",
        "tues", "two", "wed", "weds", "week", "wk", "wks", "word", "xmas", "year", "yr", "yrs", "zero",
    ]

    /// Words the readers take that carry no date of their own ("the", "in", "did" of "did not
    /// say"), or only look at after a number ("the 3rd floor"): one with no word that carries
    /// a date in the `genericReach` words after it starts no mention.
    static let genericStarters: WordSet = [
        "a", "an", "the", "to", "in", "on", "at", "by", "for", "from", "this", "all", "they", "like", "over", "no",
        "not", "did", "and", "is", "do", "if", "of", "or", "so", "out", "were", "when", "be", "job", "role", "call",
        "step", "page", "item", "wall", "rate", "set", "try", "work", "gave", "am", "s", "t", "m", "p", "ing", "st",
        "nd", "rd", "th", "its", "into", "with", "but", "um", "back", "more",
        // Words only ever looked at after a number, to tell a date from "the 2nd interview" or "at 4 please".
        "floor", "round", "interview", "times", "place", "person", "candidate", "option", "choice", "question",
        "edition", "level", "follow", "meeting", "draft", "version", "position", "project", "event", "program",
        "programme", "contract", "course", "trial", "shift", "please", "works", "would", "attempt", "grade", "party",
        "stage", "score", "scored", "scores", "rated", "rating",
    ]

    /// Whether `token` may carry a date: a number, a word the readers listen for that is not
    /// generic, or a typo of a longer one.
    static func carriesDate(_ token: String) -> Bool {
        let bytes = token.utf8
        guard bytes.allSatisfy({ (97...122).contains($0) }) else { return true }
        guard !genericStarters.contains(token) else { return false }
        if shortCarriers.contains(token) || longStarters.contains(token) { return true }
        return bytes.count >= 3 && isTypoOfLongStarter(token)
    }

    /// Whether `token`, all a to z, is a typo of one of `longStarters` (see `Words.close`).
    static func isTypoOfLongStarter(_ token: String) -> Bool {
        // A typo keeps the first letter, or has it second, and is at most two letters longer or shorter.
        // The letters used rule out most words before `Words.close`, which tests them too.
        let length = token.utf8.count
        let letters = Words.letters(token.utf8)
        func typo(startingWith letter: UInt8) -> Bool {
            longStartersByLetter[Int(letter - 97)].contains { starter in
                abs(starter.length - length) <= 2
                    && Words.mayBeClose(letters, starter.letters, allowed: starter.length >= 8 ? 2 : 1)
                    && Words.close(token, starter.word)
            }
        }
        guard let first = token.utf8.first else { return false }
        let second = token.utf8.dropFirst().first ?? first
        return typo(startingWith: first) || (second != first && typo(startingWith: second))
    }

    /// `longStarters` by their first letter, a to z, each with its length and letters (see
    /// `Words.letters`), for the typo test.
    static let longStartersByLetter: [[(word: String, length: Int, letters: UInt32)]] =
        (UInt8(ascii: "a")...UInt8(ascii: "z")).map { letter in
            longStarters.filter { $0.utf8.first == letter }.map { ($0, $0.utf8.count, Words.letters($0.utf8)) }
        }
}
