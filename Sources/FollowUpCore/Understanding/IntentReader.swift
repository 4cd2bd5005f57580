/// Recognises intents by phrase, allowing typos in the words that carry them.
struct IntentReader {
    static let whatNow: Phrases = [
        "what should i do", "what do i do", "what now", "now what", "what next", "what is next",
        "what to do", "what do i need to do", "what should i be doing", "anything to do",
        "anything i should do", "what is the next step for me", "where am i", "what should i do now",
        "whats next", "what shall i do", "what can i do now", "my next step", "next step for me",
        "should i do now", "what do i do now", "what should i do next", "remind me what",
        "when is my next", "what is due", "anything due", "remind me",
        "is today the day", "is it time", "is it today", "am i supposed to", "what am i waiting for",
        "where was i", "where were we", "catch me up", "fill me in",
    ]
    static let notInterested: Phrases = [
        "not interested", "no longer interested", "lost interest", "do not want this job",
        "do not want the job", "do not want it", "not for me", "not want to work there",
        "not the job for me", "not want this role", "do not want this role", "going to pass",
        "want to pass", "decided against", "not keen", "rather not work", "not a good fit",
        "not the right fit", "not a fit", "do not want to work there", "want to withdraw",
        "going to withdraw", "not going to take it", "not think it a good fit",
        "not think it is a good fit", "not think i am a good fit", "not a great fit", "not the best fit",
    ]
    static let acceptedElsewhere: Phrases = [
        "offer somewhere else", "offer elsewhere", "job somewhere else", "job elsewhere",
        "accepted another offer", "accepted an offer elsewhere", "accepted a job elsewhere",
        "took another job", "took another offer", "took a job at", "took a job with",
        "signed with another", "signed an offer", "going with another company",
        "accepted a position", "accepted a role", "accepted a job", "said yes to another",
    ]
    static let references: Phrases = [
        "asked for references", "asked for my references", "asked me for references",
        "want my references", "wants my references", "want references", "wanted references",
        "requested references", "need references", "needs references", "asked for referees",
        "reference check", "references check", "contact my references", "call my references",
    ]
    static let stillDeciding: Phrases = [
        "expect news by", "news by", "hear by", "decision by the",
        "still deciding", "not decided yet", "no decision yet", "have not decided",
        "has not decided", "still interviewing", "still making a decision", "still reviewing",
        "need more time", "needs more time", "pushed back", "been delayed", "is delayed",
        "are delayed", "still considering", "still evaluating", "not made a decision",
        "no decision has been made", "still talking to other",
    ]
    static let changedMind: Phrases = [
        "changed my mind", "want the job after all", "want it after all", "interested again",
        "do want the job", "do want it", "still want the job", "want this job after all",
        "reconsidered", "not declining", "back on", "i am interested after all",
    ]
    /// "want this job", said with a not: "I don't think I want this job".
    static let wantingTheJob: Phrases = [
        "want this job", "want the job", "want this role", "want the role", "want this position",
        "want the position", "want to work there", "want to work for them", "want this one",
    ]
    static let offer: Phrases = [
        "offered me", "got an offer", "got the offer", "job offer", "made me an offer",
        "got the job", "an offer", "they want to hire me", "hired me",
    ]
    static let rejected: Phrases = [
        "rejected", "rejection", "turned me down", "did not get the job", "did not get it",
        "went with another", "went with someone", "not moving forward", "not selected",
        "chose another", "position was filled", "not going forward", "filled the role",
        "chose someone", "someone else", "another candidate", "other candidate", "they said no",
        "said no", "got a no", "was a no", "a no from", "not going ahead", "not proceeding",
        "turned down", "no longer considering", "not a match",
    ]
    static let nextRound: Phrases = [
        "second round", "next round", "another interview", "second interview", "final round",
        "third round", "invited me back", "meet again", "another round", "onsite", "final interview",
    ]
    static let gotInTouch: Phrases = [
        "asked about next steps", "asked me about next steps", "contacted me", "reached out",
        "got back to me", "they called", "they emailed", "they wrote", "heard back", "they replied",
        "asked if i", "asked whether i", "asked me", "they asked", "call back", "called back",
        "got a call", "got an email from",
    ]
    static let explain: Phrases = [
        "what do you mean", "what does that mean", "what is meant by", "what does it mean",
        "what do u mean", "meaning of", "explain that", "explain what", "can you explain",
        "could you explain", "i do not understand the question", "i do not get it", "what is that mean",
    ]
    static let whoAreYou: Phrases = [
        "who are you", "what are you", "who is this", "what is this thing", "what is this app",
        "what do you do", "are you a bot", "are you human", "are you a person",
    ]
    /// Words that may come before a correction marker: "oh and they actually ...".
    static let smallTalk: Set<String> = [
        "oh", "and", "they", "um", "uh", "no", "sorry", "ok", "okay", "so", "hm",
        "hmm", "ah", "she", "he", "it", "the", "oops",
    ]
    /// "No address for Dev, what now?", "I don't have her email".
    static let noAddress: Phrases = [
        "no address for", "no email for", "no contact for", "no details for", "do not have her email",
        "do not have his email", "do not have their email", "do not have an email",
        "do not have contact details", "do not have her details", "do not have his details",
        "how do i reach", "how can i reach", "how do i contact", "no way to reach", "can not reach",
        "no card from", "did not get her card", "did not get his card", "no email address",
    ]
    /// "I've let it go", "close it": the candidate moves on from this application.
    static let lettingGo: Phrases = [
        "let it go", "letting it go", "let this one go", "moving on from", "moved on from",
        "close it", "close this one", "file it away", "giving up on", "gave up on",
    ]
    static let correctionMarkers = ["actually", "correction", "oops", "wait"]
    static let correctionPhrases: Phrases = [
        "i meant", "i mean", "let me correct", "that was wrong", "i was wrong", "sorry i meant",
        "the company is", "the company name is", "company name is", "the company s name is",
        "the role is", "the job title is", "the role was", "the company was",
    ]
    static let quit = ["quit", "exit", "bye", "goodbye", "good bye", "see you", "that is all"]
    static let greetings = ["hi", "hello", "hey", "good morning", "good afternoon", "good evening", "howdy"]
    static let thanks = ["thanks", "thank you", "thx", "cheers", "ty", "much appreciated", "great thanks"]
    static let didIt = [
        "done", "sent", "sent it", "i sent it", "it is sent", "did it", "i did it", "all done",
        "done that", "did that", "i have done it", "i have sent it", "replied", "i replied",
    ]
    static let noReply: Phrases = [
        "no reply", "no answer", "nothing yet", "not heard", "no response", "still nothing",
        "radio silence", "no word", "did not hear", "did not reply", "did not answer", "nothing back",
        "not replied", "not answered", "no news", "ghosted", "heard nothing", "not heard anything",
        "crickets",
    ]

    /// The intent of `words`, or nil when the line is only an answer or unclear.
    func intent(of words: Words) -> Intent? {
        // A marker among the first words, after small talk: "oh and they actually said ...".
        let lead = words.tokens.prefix(4).firstIndex { token in
            Self.correctionMarkers.contains { Words.close(token, $0) }
        }
        if let lead, words.tokens[..<lead].allSatisfy(Self.smallTalk.contains) {
            let rest = words.tokens[(lead + 1)...].joined(separator: " ")
            // "Wait, they just offered me the job" is news, not a correction.
            if let news = intent(of: Words(rest)), news.isNews { return news }
            return .correction(rest)
        }
        if words.hasAny(phrases: Self.correctionPhrases) {
            let whole = words.tokens.joined(separator: " ")
            if let phrase = Self.correctionPhrases.first(where: { words.has(phrase: $0) && $0.hasPrefix("i ") }),
                let range = whole.range(of: phrase), let news = intent(of: Words(String(whole[range.upperBound...]))),
                news.isNews
            {
                return news
            }
            // "Sorry, I meant Tuesday" changes Tuesday; "the company is X" keeps its words.
            if let phrase = ["i meant", "i mean"].first(where: { words.has(phrase: $0) }),
                let range = whole.range(of: phrase)
            {
                return .correction(String(whole[range.upperBound...]).trimmingCharacters(in: .whitespaces))
            }
            return .correction(whole)
        }
        if words.hasAny(phrases: Self.explain) { return .explain }
        if words.hasAny(phrases: Self.whoAreYou) { return .whoAreYou }
        if words.hasAny(phrases: Self.noAddress) { return .advice(.noAddress) }
        if words.hasAny(phrases: Self.whatNow) { return .whatNow }
        if let topic = adviceTopic(words) { return .advice(topic) }
        if asksWhereThingsStand(words) { return .whatNow }
        if words.hasAny(phrases: Self.changedMind), !words.hasAny(phrases: ["not interested", "no longer interested"]) {
            return .changedMind
        }
        if words.hasAny(phrases: Self.notInterested)
            || (words.has(phrase: "for me") && words.hasAny(["not", "never"])
                && !words.hasAny(phrases: Self.askingWords))
            || (words.hasAny(["not", "never"]) && words.hasAny(phrases: Self.wantingTheJob)
                && !words.hasAny(phrases: ["still want", "do want", "not sure", "wonder"]))
        {
            return .notInterested
        }
        if words.hasAny(phrases: Self.acceptedElsewhere) { return .acceptedElsewhere }
        if words.hasAny(phrases: Self.references) { return .employerAnswered(.references) }
        if words.hasAny(phrases: Self.stillDeciding) { return .stillDeciding }
        if words.hasAny(["second", "third", "final", "next", "another", "2nd", "3rd", "last", "onsite", "panel"]),
            words.hasAny(["interview", "round", "onsite", "panel"]),
            words.hasAny(phrases: [
                "just had", "just did", "just finished", "got out of", "is done", "is over", "went well",
                "just left", "just got out", "had my", "did my", "finished my", "was today", "wrapped up",
                "had the", "did the", "went to the", "was yesterday",
            ])
        {
            return .nextInterviewDone
        }
        if words.hasAny(phrases: Self.offer) { return .employerAnswered(.offer) }
        if words.hasAny(phrases: Self.rejected) { return .employerAnswered(.rejected) }
        if words.hasAny(phrases: Self.nextRound) { return .employerAnswered(.nextRound) }
        if words.hasAny(phrases: ["withdrew my application", "i withdrew", "pulled my application", "i have withdrawn"])
        {
            return .withdrew
        }
        if words.hasAny(phrases: ["the plan", "my plan", "the timeline", "my timeline", "my schedule"]),
            words.hasAny(["show", "what", "see", "view", "display", "is"])
        {
            return .showPlan
        }
        if words.hasAny(["write", "draft", "compose"]),
            words.hasAny(["note", "email", "message", "follow", "thank", "letter", "decline"]),
            words.hasAny(["can", "could", "help", "please", "me", "would"])
        {
            return .draft
        }
        if words.tokens == ["why"]
            || words.hasAny(phrases: [
                "why that", "why this", "why is that", "how come", "why so",
                "what is the reason", "why then", "why the",
            ])
        {
            return .why
        }
        if words.tokens == ["help"]
            || words.hasAny(phrases: ["what can you do", "how does this work", "what are the commands"])
        {
            return .help
        }
        if Self.quit.contains(words.tokens.joined(separator: " ")) { return .quit }
        return nil
    }

    /// Words that make a line a plan rather than a report: "I'll follow up on the 15th".
    static let futureMarkers: Phrases = [
        "gonna", "will", "going to", "plan to", "planning", "should", "shall", "want to", "wanna",
        "ll", "about to", "intend", "need to", "have to", "later",
    ]
    /// Words a short "it's done" is made of: "done, sent it", "yep all done".
    static let doneVocabulary: Set<String> = [
        "done", "sent", "it", "did", "that", "all", "just", "now", "yes", "yep", "yeah",
        "ok", "okay", "finished", "gone", "out", "i", "have", "has", "is", "already",
        "and", "both", "them", "those", "off", "went", "just",
    ]
    static let doneWords: Set<String> = ["done", "sent", "did", "finished", "gone", "went"]

    static let questionWords: Set<String> = [
        "is", "are", "should", "can", "could", "when", "how", "what", "do", "does",
        "would", "will", "shall", "may", "which", "where", "who", "why",
    ]

    /// Reports and small talk, read only when no question is on the table. A question is
    /// never a report: "is it ok to follow up now?" did not follow up.
    func report(in words: Words, asking: Bool = false) -> Intent? {
        if asking || words.tokens.first.map(Self.questionWords.contains) == true {
            return words.hasAny(phrases: Self.noReply) ? .noReply : nil
        }
        let notDone = words.hasAny(["not", "never"]) || words.hasAny(phrases: Self.futureMarkers)
        if !notDone, words.hasAny(phrases: Self.lettingGo) { return .lettingGo }
        let line = words.tokens.joined(separator: " ")
        if Self.didIt.contains(line)
            || (words.tokens.allSatisfy(Self.doneVocabulary.contains)
                && words.tokens.contains(where: Self.doneWords.contains))
        {
            return .didIt
        }
        if words.tokens.count <= 4, words.hasAny(phrases: ["thanks", "thank you", "thx", "cheers"]),
            !words.hasAny(["sent", "wrote", "note", "notes"])
        {
            return .thanks
        }
        if words.hasAny(phrases: Self.gotInTouch) { return .employerGotInTouch }
        let sentWords = [
            "sent", "wrote", "emailed", "mailed", "posted", "did", "done", "written", "send", "went", "gone",
            "dropped", "delivered", "messaged", "texted", "dmed",
        ]
        if !notDone,
            words.hasAny(["thank", "thanks", "thankyou"])
                || (words.hasAny(["note", "notes", "card"]) && !words.has("follow")),
            words.hasAny(sentWords)
        {
            return .sentThankYou
        }
        let calendarWords =
            words.hasAny(["calendar", "reminder", "reminders", "remind"])
            && words.hasAny(["added", "put", "set", "done", "scheduled", "booked", "created", "in", "yes", "made"])
        if !notDone,
            calendarWords || words.hasAny(phrases: ["added it", "put it in", "it is in", "scheduled it", "set it up"])
        {
            return .addedReminder
        }
        if !notDone,
            words.hasAny(phrases: [
                "followed up", "follow up", "followup", "followed", "reached out to",
                "checked in", "sent the follow", "emailed", "called", "wrote to", "phoned",
            ]),
            words.hasAny([
                "followed", "sent", "did", "done", "emailed", "called", "wrote", "phoned", "reached", "checked",
            ])
        {
            return .followedUp
        }
        if words.hasAny(phrases: Self.noReply) { return .noReply }
        if let first = words.tokens.first,
            Self.thanks.contains(where: { line == $0 || line.hasPrefix($0 + " ") || Words.close(first, $0) })
        {
            return .thanks
        }
        if Self.greetings.contains(where: { line == $0 || line.hasPrefix($0 + " ") }) { return .greeting }
        return nil
    }

    /// Words that ask for something: "what", "anything", "where"...
    static let askingWords: Phrases = ["what", "whats", "anything", "where", "which", "any", "is there", "tell me"]
    /// Words about where things stand or what is to do: "today", "plate", "pending"...
    static let standingWords: Phrases = [
        "today", "tonight", "now", "next", "plate", "stand", "standing", "status", "agenda",
        "todo", "pending", "due", "left", "outstanding", "update", "this week", "to do",
        "get done", "need to do", "should i do", "i have to do", "must i do", "up next",
    ]

    /// "Anything I need to get done today?", "where do things stand", "what's on my plate":
    /// a question about what to do, without the usual words.
    private func asksWhereThingsStand(_ words: Words) -> Bool {
        // The asking word exactly: "were" (we're) is not "where".
        let asks =
            words.tokens.contains { ["what", "whats", "anything", "where", "which", "any"].contains($0) }
            || words.hasAny(phrases: ["is there", "tell me"])
        return asks && words.hasAny(phrases: Self.standingWords)
    }

    private func adviceTopic(_ words: Words) -> Intent.AdviceTopic? {
        if words.tokens.count <= 4, words.has("or"), words.hasAny(["call", "phone", "ring"]),
            words.hasAny(["email", "mail"])
        {
            return .callOrEmail
        }
        // "Did I miss ...?" asks; "I didn't get her email" does not.
        let question =
            words.hasAny([
                "should", "how", "what", "when", "can", "is", "do", "shall", "would", "could", "may", "ok", "okay",
                "better",
            ])
            || words.tokens.first == "did"
        guard question else { return nil }
        if words.hasAny(["thank", "thanks", "thankyou", "note", "notes"]),
            words.hasAny(phrases: [
                "too late", "missed the window", "miss the window", "still send", "still worth", "late to",
            ])
        {
            return .tooLateForThanks
        }
        if words.hasAny(["card", "cards", "handwritten", "paper", "post", "mail"]),
            words.hasAny(["email", "e-mail", "emails"])
        {
            return .cardOrEmail
        }
        if words.hasAny(["one", "single", "group", "same", "everyone", "all", "each", "separate", "cc"]),
            words.hasAny(["note", "notes", "email", "emails", "message", "thank"]),
            words.hasAny(phrases: [
                "one email", "one note", "one message", "single email", "group email", "same email",
                "same note", "to all", "to everyone", "each of them", "one each", "separate", "cc",
            ])
        {
            return .oneNoteOrEach
        }
        if words.hasAny(["linkedin", "linked"]) { return .linkedIn }
        if (words.hasAny(["third", "3rd"])
            && words.hasAny(["follow", "followup", "email", "message", "note", "time", "try"]))
            || words.hasAny(phrases: [
                "follow up again", "one more follow", "another follow",
                "follow up a third", "keep following up",
            ])
        {
            return .thirdFollowUp
        }
        if words.hasAny(["call", "phone", "ring"]), words.hasAny(["email", "mail", "write", "e-mail"]) {
            return .callOrEmail
        }
        if words.hasAny(["call", "phone", "linkedin", "ring", "text", "visit"]),
            words.hasAny(["should", "can", "could", "ok", "okay"])
        {
            return .callOrEmail
        }
        if words.hasAny(phrases: [
            "how many times", "how many follow", "follow ups enough", "how often", "follow up again",
            "send another", "one more time",
        ]) {
            return .thirdFollowUp
        }
        if words.hasAny(phrases: [
            "never reply", "never hear", "never answer", "never respond", "never get back",
            "ghosted", "ghost me", "do not hear back", "do not reply", "do not answer", "do not respond",
            "do not get back", "if they do not",
        ]) {
            return .neverReply
        }
        if words.hasAny(phrases: [
            "how long", "how soon", "when should i follow", "when do i follow", "how many days",
            "when to follow", "when should i send", "follow up now", "is it too early", "is it too soon",
            "when can i follow", "ok to follow", "okay to follow", "too soon to",
        ]) {
            return .howLong
        }
        if words.hasAny(phrases: [
            "what should i write", "what do i write", "what to write", "what should i say",
            "what do i say", "what to say", "how do i word", "what should the note say",
            "what goes in", "note say", "email say", "what should it say", "what do i put",
            "what to put", "how should i word", "how do i politely", "how should i follow",
            "how do i follow up", "how to follow up", "what tone",
        ]) {
            return .whatToWrite
        }
        if words.hasAny(phrases: [
            "how do i decline", "how to decline", "how do i say no", "turn it down", "how do i withdraw",
        ]) {
            return .declining
        }
        return nil
    }
}
