/// Recognises intents by phrase, allowing typos in the words that carry them.
struct IntentReader {
    static let whatNow = ["what should i do", "what do i do", "what now", "now what", "what next", "what is next",
                          "what to do", "what do i need to do", "what should i be doing", "anything to do",
                          "anything i should do", "what is the next step for me", "where am i", "what should i do now",
                          "whats next", "what shall i do", "what can i do now", "my next step", "next step for me",
                          "should i do now", "what do i do now", "what should i do next", "remind me what"]
    static let notInterested = ["not interested", "no longer interested", "lost interest", "do not want this job",
                                "do not want the job", "do not want it", "not for me", "not want to work there",
                                "not the job for me", "not want this role", "do not want this role", "going to pass",
                                "want to pass", "decided against", "not keen"]
    static let offer = ["offered me", "got an offer", "got the offer", "job offer", "made me an offer",
                        "got the job", "an offer", "they want to hire me", "hired me"]
    static let rejected = ["rejected", "rejection", "turned me down", "did not get the job", "did not get it",
                           "went with another", "went with someone", "not moving forward", "not selected",
                           "chose another", "position was filled", "not going forward", "filled the role"]
    static let nextRound = ["second round", "next round", "another interview", "second interview", "final round",
                            "third round", "invited me back", "meet again", "another round", "onsite", "final interview"]
    static let gotInTouch = ["asked about next steps", "asked me about next steps", "contacted me", "reached out",
                             "got back to me", "they called", "they emailed", "they wrote", "heard back", "they replied",
                             "asked if i", "asked whether i", "asked me", "they asked"]
    static let correctionMarkers = ["actually", "correction", "oops", "wait"]
    static let correctionPhrases = ["i meant", "i mean", "let me correct", "that was wrong", "i was wrong", "sorry i meant"]
    static let quit = ["quit", "exit", "bye", "goodbye", "good bye", "see you", "that is all"]
    static let greetings = ["hi", "hello", "hey", "good morning", "good afternoon", "good evening", "howdy"]
    static let thanks = ["thanks", "thank you", "thx", "cheers", "ty", "much appreciated", "great thanks"]
    static let didIt = ["done", "sent", "sent it", "i sent it", "it is sent", "did it", "i did it", "all done",
                        "done that", "did that", "i have done it", "i have sent it", "replied", "i replied"]
    static let noReply = ["no reply", "no answer", "nothing yet", "not heard", "no response", "still nothing",
                          "radio silence", "no word", "did not hear", "did not reply", "did not answer", "nothing back",
                          "not replied", "not answered", "no news"]

    /// The intent of `words`, or nil when the line is only an answer or unclear.
    func intent(of words: Words) -> Intent? {
        if let first = words.tokens.first, Self.correctionMarkers.contains(where: { Words.close(first, $0) }) {
            return .correction(words.tokens.dropFirst().joined(separator: " "))
        }
        if words.hasAny(phrases: Self.correctionPhrases) {
            return .correction(words.tokens.joined(separator: " "))
        }
        if words.hasAny(phrases: Self.whatNow) { return .whatNow }
        if let topic = adviceTopic(words) { return .advice(topic) }
        if words.hasAny(phrases: Self.notInterested) { return .notInterested }
        if words.hasAny(phrases: Self.offer) { return .employerAnswered(.offer) }
        if words.hasAny(phrases: Self.rejected) { return .employerAnswered(.rejected) }
        if words.hasAny(phrases: Self.nextRound) { return .employerAnswered(.nextRound) }
        if words.tokens == ["why"] || words.hasAny(phrases: ["why that", "why this", "why is that", "how come", "why so",
                                                             "what is the reason", "why then", "why the"]) {
            return .why
        }
        if words.tokens == ["help"] || words.hasAny(phrases: ["what can you do", "how does this work", "what are the commands"]) {
            return .help
        }
        if Self.quit.contains(words.tokens.joined(separator: " ")) { return .quit }
        return nil
    }

    /// Words that make a line a plan rather than a report: "I'll follow up on the 15th".
    static let futureMarkers = ["gonna", "will", "going", "plan", "planning", "should", "shall", "want", "wanna", "ll", "about"]

    /// Reports and small talk, read only when no question is on the table.
    func report(in words: Words) -> Intent? {
        let notDone = words.hasAny(["not", "never"]) || words.tokens.contains(where: Self.futureMarkers.contains)
        let line = words.tokens.joined(separator: " ")
        if Self.didIt.contains(line) { return .didIt }
        if words.hasAny(phrases: Self.gotInTouch) { return .employerGotInTouch }
        if !notDone, words.hasAny(["thank", "thanks", "thankyou"]),
           words.hasAny(["sent", "wrote", "emailed", "mailed", "posted", "did", "done", "written", "send"]) {
            return .sentThankYou
        }
        if !notDone, words.hasAny(["calendar", "reminder", "reminders", "remind"]),
           words.hasAny(["added", "put", "set", "done", "scheduled", "booked", "created", "in", "yes", "made"]) {
            return .addedReminder
        }
        if !notDone, words.hasAny(phrases: ["followed up", "follow up", "followup", "followed", "reached out to",
                                            "checked in", "sent the follow", "emailed", "called", "wrote to", "phoned"]),
           words.hasAny(["followed", "sent", "did", "done", "emailed", "called", "wrote", "phoned", "reached", "checked"]) {
            return .followedUp
        }
        if words.hasAny(phrases: Self.noReply) { return .noReply }
        if let first = words.tokens.first, Self.thanks.contains(where: { line == $0 || line.hasPrefix($0 + " ") || Words.close(first, $0) }) {
            return .thanks
        }
        if Self.greetings.contains(where: { line == $0 || line.hasPrefix($0 + " ") }) { return .greeting }
        return nil
    }

    private func adviceTopic(_ words: Words) -> Intent.AdviceTopic? {
        if words.tokens.count <= 4, words.has("or"), words.hasAny(["call", "phone", "ring"]), words.hasAny(["email", "mail"]) {
            return .callOrEmail
        }
        let question = words.hasAny(["should", "how", "what", "when", "can", "is", "do", "shall", "would", "could"])
        guard question else { return nil }
        if words.hasAny(["third", "3rd"]) || words.hasAny(phrases: ["follow up again", "one more follow", "another follow",
                                                                    "follow up a third", "keep following up"]) {
            return .thirdFollowUp
        }
        if words.hasAny(["call", "phone", "ring"]), words.hasAny(["email", "mail", "write", "e-mail"]) { return .callOrEmail }
        if words.hasAny(phrases: ["never reply", "never hear", "never answer", "never respond", "never get back",
                                  "ghosted", "ghost me", "do not hear back", "do not reply", "do not answer"]) {
            return .neverReply
        }
        if words.hasAny(phrases: ["how long", "how soon", "when should i follow", "when do i follow", "how many days",
                                  "when to follow"]) {
            return .howLong
        }
        if words.hasAny(phrases: ["what should i write", "what do i write", "what to write", "what should i say",
                                  "what do i say", "what to say", "how do i word", "what should the note say",
                                  "what goes in", "note say", "email say", "what should it say", "what do i put",
                                  "what to put", "how should i word"]) {
            return .whatToWrite
        }
        if words.hasAny(phrases: ["how do i decline", "how to decline", "how do i say no", "turn it down", "how do i withdraw"]) {
            return .declining
        }
        return nil
    }
}
