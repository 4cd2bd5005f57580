/// The phrase lists and checks of the report tables (`IntentReader.reports`).
extension IntentReader {
    static let gotInTouch: Phrases = [
        "asked about next steps", "contacted me", "reached out", "got back to me", "they called",
        "they emailed", "they wrote", "heard back", "they replied", "asked if i", "asked whether i",
        "asked me", "they asked", "call back", "called back", "got a call", "got an email from",
        "rang me", "called me", "phoned me", "recruiter called", "recruiter rang", "recruiter phoned",
        "recruiter emailed", "hr called", "hr emailed",
    ]
    /// "I've let it go", "close it": the candidate moves on from this application.
    static let lettingGo: Phrases = [
        "let it go", "letting it go", "let this one go", "letting this one go", "letting this go", "moved on from",
        "close it",
        "close this one", "file it away", "giving up on", "gave up on", "time to move on", "i will move on",
        "i ll move on", "consider it let go",
        "let go of it", "moving on", "done with them", "done with this one", "done with that one", "finished with them",
        "wrote them off", "written them off", "writing them off",
    ]
    static let greetings = [
        "hi", "hello", "hey", "good morning", "good afternoon", "good evening", "howdy", "morning", "evening",
    ]
    static let thanks = ["thanks", "thank you", "thx", "cheers", "ty", "much appreciated", "great thanks"]
    /// `greetings` and `thanks`, each as its words: a line opens with one when its words do.
    static let greetingWords = greetings.map { $0.split(separator: " ").map(String.init) }
    static let thanksWords = thanks.map { $0.split(separator: " ").map(String.init) }
    static let didIt: WordSet = [
        "done", "sent", "sent it", "i sent it", "it is sent", "did it", "i did it", "all done",
        "done that", "did that", "i have done it", "i have sent it", "replied", "i replied",
    ]
    static let noReply: Phrases = [
        "no reply", "no answer", "nothing yet", "not heard", "no response", "still nothing",
        "radio silence", "no word", "did not hear", "did not reply", "did not answer", "nothing back",
        "not replied", "not answered", "no news", "ghosted", "heard nothing", "crickets", "nothing from them",
        "nothing from her", "nothing from him", "not a peep", "no callback",
    ]
    /// How the wait feels, said with nothing else: "kinda gutted", "so nervous about this one".
    static let lowFeelings: Phrases = [
        "gutted", "bummed", "nervous", "anxious", "stressed", "worried", "disappointed", "sad", "down",
        "frustrated", "annoyed", "scared", "freaking out", "losing hope", "killing me", "feel awful",
        "feel terrible", "feel sick", "on edge", "impatient", "discouraged", "upset", "deflated", "ugh",
    ]
    /// Good spirits: "feeling good about it", "so excited".
    static let upbeatFeelings: Phrases = [
        "excited", "thrilled", "pumped", "stoked", "hopeful", "optimistic", "feeling good", "feel good",
        "feeling great", "feel great", "went great", "went well", "nailed it", "confident", "good about",
        "pretty good", "positive",
    ]
    /// Words that make a line a plan rather than a report: "I'll follow up on the 15th".
    static let futureMarkers: Phrases = [
        "gonna", "will", "going to", "plan to", "planning", "should", "shall", "want to", "wanna", "ll",
        "about to", "intend", "need to", "have to", "later",
    ]
    /// Words a short "it's done" is made of: "done, sent it", "yep all done".
    static let doneVocabulary: WordSet = [
        "done", "sent", "it", "did", "that", "all", "just", "now", "yes", "yep", "yeah", "ok", "okay",
        "finished", "gone", "out", "i", "have", "has", "is", "already", "and", "both", "them", "those",
        "off", "went",
    ]
    static let doneWords: WordSet = ["done", "sent", "did", "finished", "gone", "went"]
    static let shortThanks: Phrases = ["thanks", "thank you", "thx", "cheers"]
    static let sentWords: Phrases = [
        "sent", "wrote", "emailed", "mailed", "posted", "did", "done", "written", "send", "went",
        "gone", "dropped", "delivered", "messaged", "texted", "dmed", "is out", "are out",
    ]
    /// A note that is no thank-you: the decline ("sent the no thanks email") or the references.
    static let declineOrReferences: Phrases = [
        "no thanks", "no thank you", "decline", "declined", "declining", "turned them down", "refs",
        "references", "referees",
    ]
    static let followedUp: Phrases = [
        "follow up", "followup", "followed", "checked in", "sent the follow", "emailed", "called",
        "wrote to", "phoned", "fu sent", "sent the fu", "sent fu", "sent a fu", "fu done", "sent the second one",
        "sent the first one", "sent my last", "sent the last", "my last mail", "my last email", "pinged", "f u",
        "nudge", "nudged", "voicemail", "left a message", "left her a message",
        "left him a message", "rang", "sent the 2nd", "sent my 2nd", "sent my second", "did the 2nd", "did the second",
    ]
    static let followedUpWords: Phrases = [
        "followed", "sent", "did", "done", "emailed", "called", "wrote", "phoned", "reached", "checked", "nudged",
        "left", "rang",
    ]

    /// Words that say when or how a deed was done: "did it this morning, short email".
    static let doneDetails: WordSet = [
        "this", "morning", "afternoon", "evening", "yesterday", "last", "night", "today", "earlier", "tonight",
        "short", "quick", "brief", "email", "by", "a", "an", "phone", "call", "via", "note", "over", "on",
        "the", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// "Done", "sent it", "yep all done", "did it this morning, short email": the line says the
    /// deed is done, perhaps with when or how.
    static func saysDone(_ words: Words) -> Bool {
        // "yup did it", "sure did, sent it yesterday": a yes first, then the deed.
        if let first = words.tokens.first, yesLeads.contains(first), words.tokens.count > 1 {
            let rest = Array(words.tokens.dropFirst().drop { yesLeads.contains($0) })
            let deed = rest.first == "did" && rest.count > 1 ? Array(rest.dropFirst()) : rest
            return [rest, deed].contains { !$0.isEmpty && saysDone(Words($0.joined(separator: " "))) }
        }
        if words.tokens.count <= didItLength, didIt.contains(words.tokens.joined(separator: " ")) { return true }
        if words.tokens.allSatisfy(doneVocabulary.contains) && words.tokens.contains(where: doneWords.contains) {
            return true
        }
        // A done phrase first, then only when and how (the cheaper test first).
        return (1...3).contains { count in
            count < words.tokens.count
                && words.tokens.dropFirst(count).allSatisfy { doneDetails.contains($0) || doneVocabulary.contains($0) }
                && didIt.contains(words.tokens.prefix(count).joined(separator: " "))
        }
    }

    /// Yes-words a report of a deed may open with: "yup did it", "sure did".
    static let yesLeads: WordSet = ["y", "yes", "yep", "yup", "yeah", "yea", "ya", "sure", "yh", "ye"]

    /// The most words a phrase of `didIt` has: a longer line is none of them.
    static let didItLength = didIt.map { $0.split(separator: " ").count }.max() ?? 0

    /// "Thanks!", not "thanks, I sent the note".
    static func thanksTheCoach(_ words: Words) -> Bool {
        words.tokens.count <= 4 && !words.hasAny(["sent", "wrote", "note", "notes"])
    }

    /// "Sent the thank-you notes", "dropped the cards off": a thank-you named, not a follow-up note.
    static func namesAThankYou(_ words: Words) -> Bool {
        // "I did thank them on the way out", "yes i did thank them": thanks said in the room, not a note.
        guard !words.hasAny(phrases: inTheRoom), !thanksInPerson(words) else { return false }
        return words.hasAny(["thank", "thanks", "thankyou", "thankyous", "tys", "ty"])
            || (words.hasAny(["note", "notes", "card"]) && !words.has("follow"))
    }

    /// Whether `words` thank people with the verb and nothing written: "i did thank them".
    static func thanksInPerson(_ words: Words) -> Bool {
        words.hasAny(phrases: thankedPeople) && !words.hasAny(phrases: inWriting)
            && !words.hasAny(["note", "notes", "card", "cards", "email", "emails", "message", "letter"])
    }

    /// "Thank" said to people, as a verb.
    static let thankedPeople: Phrases = [
        "thank them", "thank him", "thank her", "thank everyone", "thank everybody", "thank both", "thank all",
        "thank the panel",
    ]

    /// Words that put thanks in writing, after the interview: "by email", "dropped her a line".
    static let inWriting: Phrases = [
        "by email", "via email", "over email", "in an email", "by e mail", "by mail", "by text", "by message",
        "on linkedin", "via linkedin", "by post", "by letter", "in writing", "a line", "wrote to", "emailed",
        "an email", "a message", "texted", "messaged",
    ]

    /// Words that place what was done in the interview room.
    static let inTheRoom: Phrases = ["on the way out", "in the room", "as i left", "before i left", "when i left"]

    /// "Added it to my calendar", "reminder set".
    static func namesAReminder(_ words: Words) -> Bool {
        (words.hasAny(phrases: reminderWords) && words.hasAny(phrases: reminderVerbs))
            || words.hasAny(phrases: reminderSet)
    }

    /// What a calendar note is called: "reminder", "cal".
    static let reminderWords: Phrases = ["calendar", "reminder", "reminders", "remind", "cal", "calender", "diary"]
    /// What is done with one: "added", "put it in".
    static let reminderVerbs: Phrases = [
        "added", "put", "set", "done", "scheduled", "booked", "created", "in", "yes", "made",
    ]
    /// A note in place, said without naming it: "added it", "it is in".
    static let reminderSet: Phrases = ["added it", "put it in", "it is in", "its in", "scheduled it", "set it up"]

    /// "Thanks a lot", "thx": a line that opens with thanks, allowing a typo.
    static func startsWithThanks(_ words: Words) -> Bool {
        guard let first = words.tokens.first else { return false }
        return thanks.indices.contains { index in
            words.tokens.starts(with: thanksWords[index]) || Words.close(first, thanks[index])
        }
    }

    /// "Hi", "good morning, coach": a greeting and nothing more ("morning. emailed sam last
    /// night" reports what was done).
    static func startsWithGreeting(_ words: Words) -> Bool {
        guard let greeting = greetingWords.first(where: words.tokens.starts(with:)) else { return false }
        return words.tokens.dropFirst(greeting.count).allSatisfy(greetingCompany.contains)
    }

    /// Words that may follow a greeting without saying anything more.
    static let greetingCompany: WordSet = [
        "there", "coach", "again", "all", "friend", "buddy", "mate", "hi", "hello", "hey", "to", "you", "its", "me",
        "thanks", "thank",
    ]
}
