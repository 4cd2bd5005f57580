/// The longer words that may begin a date, to skip the readers for every other word.
extension DateScan {
    /// Every word of five letters or more the readers listen for, and the plural weekdays: a
    /// longer word that is none of them, nor a typo of one, starts no mention. A test keeps
    /// this list in step with the readers' words.
    static let longStarters: Set<String> = [
        "about", "after", "afternoon", "ahead", "another", "approximately", "april", "around", "attempt", "august",
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

    /// `longStarters` by their first letter, a to z, for the typo test.
    static let longStartersByLetter: [[String]] = (UInt8(ascii: "a")...UInt8(ascii: "z")).map { letter in
        longStarters.filter { $0.utf8.first == letter }
    }
}
