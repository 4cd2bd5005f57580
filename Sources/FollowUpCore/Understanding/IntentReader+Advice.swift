/// The phrase lists and checks of the advice table (`IntentReader.advice`).
extension IntentReader {
    /// Words that make a line ask something: "should", "how", "is it ok".
    static let adviceAskingWords: Phrases = [
        "should", "how", "what", "when", "can", "is", "do", "shall", "would", "could", "may", "ok",
        "okay", "better", "why not",
    ]
    static let thankWords: Phrases = ["thank", "thanks", "thankyou", "note", "notes"]
    static let tooLate: Phrases = [
        "too late", "missed the window", "miss the window", "still send", "still worth", "late to",
    ]
    static let cardWords: Phrases = ["card", "cards", "handwritten", "paper", "post", "mail"]
    static let emailWords: Phrases = ["email", "e-mail", "emails"]
    static let oneNote: Phrases = [
        "one email", "one note", "one message", "single email", "group email", "same email",
        "same note", "to all", "to everyone", "each of them", "one each", "separate", "cc",
    ]
    static let followUpAgain: Phrases = [
        "follow up again", "one more follow", "another follow", "follow up a third",
        "keep following up",
    ]
    static let followWords: Phrases = ["follow", "followup", "email", "message", "note", "time", "try"]
    static let callWords: Phrases = ["call", "phone", "ring"]
    static let writeWords: Phrases = ["email", "mail", "write", "e-mail"]
    static let callInsteadWords: Phrases = ["call", "phone", "ring", "text", "visit"]
    static let mayWords: Phrases = ["should", "can", "could", "ok", "okay", "why not"]
    static let howMany: Phrases = [
        "how many times", "how many follow", "follow ups enough", "how often", "send another",
        "one more time", "follow up twice", "following up twice",
    ]
    static let neverReply: Phrases = [
        "never reply", "never hear", "never answer", "never respond", "never get back", "ghosted",
        "ghost me", "do not hear back", "do not reply", "do not answer", "do not respond",
        "do not get back", "if they do not", "does not reply", "does not answer", "does not respond",
        "does not get back",
    ]
    static let noteLength: Phrases = [
        "how long should it be", "how long should the note be", "how long should my note be",
        "how long should the email be", "how long should my email be", "how many words", "how short should",
    ]
    static let howLong: Phrases = [
        "how long", "how soon", "when should i follow", "when do i follow", "how many days", "when do i nudge",
        "when should i nudge", "when can i nudge", "when can i chase",
        "when do i ping", "when should i ping",
        "when to follow", "when should i send", "follow up now", "is it too early", "is it too soon",
        "when can i follow", "ok to follow", "okay to follow", "too soon to", "too pushy", "too eager",
        "too keen", "seem desperate", "seem pushy", "look desperate", "look pushy", "should i email them",
        "should i email today", "should i follow up today", "should i reach out", "email them today",
        "when is the first follow", "when is my first follow", "when is my follow", "when is the follow",
    ]
    static let shouldReply: Phrases = [
        "should i reply", "do i reply", "should i respond", "do i respond", "should i answer", "reply to it",
        "respond to it", "write back", "reply to them", "respond to them", "answer them", "email them back",
    ]
    static let offerQuestions: Phrases = [
        "negotiate", "counter offer", "counteroffer", "ask for more", "should i accept",
        "how do i accept", "accept the offer", "tell the other", "tell my other", "other companies",
        "other applications", "salary",
    ]
    static let givingUp: Phrases = [
        "give up", "should i move on", "when do i let go", "when should i let go", "time to let go",
        "time to move on", "let it go", "drop it", "should i drop", "do i drop", "write it off", "cut my losses",
        "stop chasing", "keep chasing", "call it a day", "forget about it", "forget about them",
    ]
    static let whatToWrite: Phrases = [
        "what should i write", "what do i write", "what to write", "what should i say", "what do i say",
        "what to say", "how do i word", "what goes in", "note say", "email say", "what should it say",
        "what do i put", "what to put", "how should i word", "how do i politely", "how should i follow",
        "how do i follow up", "how to follow up", "what tone", "what would i say", "what would i even say",
        "what do i even say", "what would i write",
        "what would you write", "what would u write", "what would you say", "what would u say",
        "what should i send", "what do i send", "what to send",
    ]
    static let declining: Phrases = [
        "how do i decline", "how to decline", "how do i say no", "turn it down", "how do i withdraw", "bow out",
        "withdraw from", "pull out", "back out", "burning bridges",
        "burning any bridges", "burn bridges", "burn any bridges", "should i withdraw", "can i withdraw",
        "tell them now", "should i pass", "should i just pass", "should i say no", "should i just say no",
        "wait till they ask", "wait til they ask",
        "wait until they ask", "wait for them to ask", "should i decline",
        "let them down",
    ]

    /// "Call or email?" in a few words, asked or not.
    static func asksCallOrEmailInShort(_ words: Words) -> Bool {
        words.tokens.count <= 4 && words.hasAny(phrases: callWords) && words.hasAny(["email", "mail"])
    }

    /// Whether the line asks something: "Did I miss ...?" asks; "I didn't get her email" does not.
    static func asksSomething(_ words: Words) -> Bool {
        // "phoned dana, she said they should know by friday": what they said asks nothing.
        let own = words.before(reportedSpeech)
        return own.hasAny(phrases: adviceAskingWords) || words.tokens.first == "did"
            || (own.tokens.count < words.tokens.count && words.hasAny(phrases: askingForOneself))
    }

    /// Words after which a line tells what someone else said: "she said they should know soon".
    static let reportedSpeech: WordSet = ["said", "says", "saying", "told"]
    /// Asking words that ask for oneself, even after what someone said: "she said call, should i?".
    static let askingForOneself: Phrases = [
        "should i", "can i", "do i", "shall i", "could i", "is it ok", "is that ok", "what do", "how do",
    ]

    /// "Did I thank Greg?", "have i followed up with dana": a question about what was done.
    static func asksWhatIsRecorded(_ words: Words) -> Bool {
        let tokens = words.tokens.drop { ["wait", "so", "um", "hmm", "oh", "ok", "okay", "remind", "me"].contains($0) }
        guard tokens.count >= 3, ["did", "have", "has"].contains(tokens.first), tokens.dropFirst().first == "i" else {
            return false
        }
        return words.hasAny(phrases: recordedDeeds)
            && !words.hasAny(["right", "wrong", "ok", "okay", "enough", "mess"])
    }

    /// What "did I ...?" may ask about.
    static let recordedDeeds: Phrases = [
        "do", "thank", "thanked", "send", "sent", "follow", "followed", "email", "emailed", "note", "write", "wrote",
        "reminder", "calendar", "call", "called",
    ]

    /// "One note to all of them, or one each?"
    static func asksAboutOneNote(_ words: Words) -> Bool {
        words.hasAny(["one", "single", "group", "same", "everyone", "all", "each", "separate", "cc"])
            && words.hasAny(["note", "notes", "email", "emails", "message", "thank"])
    }
}
