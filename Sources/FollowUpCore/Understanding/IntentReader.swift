/// Recognises intents by phrase, allowing typos in the words that carry them. Each table below
/// is read top to bottom and the first row that applies wins; the comments say why a row sits
/// above the ones after it, and IntentTableTests pins, with a line and the row that wins, every
/// place where a row's phrase holds a phrase of a row below, and the special cases.
struct IntentReader {
    /// What a line asks for or reports, apart from answering the question on the table.
    static let intents: [IntentRule] = [
        // A correction says an earlier answer was wrong, whatever else its words say; news after
        // the marker is the news: "wait, they offered me the job".
        IntentRule("correction marker", read: correctionAfterMarker),
        IntentRule("correction phrase", correctionPhrases, read: correctionByPhrase),
        // Questions about the coach's words, or the coach, before the words they quote: "what do
        // you mean by next step" does not ask what is next.
        IntentRule("explain", explain, .explain),
        IntentRule("bewildered", when: { $0.tokens.allSatisfy(bewildered.contains) && !$0.tokens.isEmpty }, .explain),
        IntentRule("who are you", whoAreYou, .whoAreYou),
        // Asking what to do comes before the news a question mentions: "they said no, what now?".
        IntentRule("no address", noAddress, .advice(.noAddress)),
        IntentRule("what now", whatNow, .whatNow),
        IntentRule("anything, alone", ["anything"], when: { $0.tokens.count == 1 }, .whatNow),
        IntentRule(
            "next, alone", ["next"],
            when: { $0.tokens.allSatisfy(["next", "so", "ok", "and", "then", "whats"].contains) },
            .whatNow),
        IntentRule("call or email, in short", ["or"], when: asksCallOrEmailInShort, .advice(.callOrEmail)),
        // "did i thank greg?", "have i followed up yet?": what is recorded, not what to do.
        IntentRule("what is recorded", when: asksWhatIsRecorded, .advice(.whatIsRecorded)),
        IntentRule("advice", when: asksSomething, rows: advice),
        IntentRule("where things stand", standingWords, when: asksWhatIsPending, .whatNow),
        // The candidate's own decision before the employer's word; a plain "not interested"
        // outweighs a change of mind in the same line.
        IntentRule("not interested, plainly", ["not interested", "no longer interested"], .notInterested),
        IntentRule("changed mind", changedMind, .changedMind),
        IntentRule("not interested", notInterested, .notInterested),
        IntentRule("not for me", ["for me"], when: deniesItIsForThem, .notInterested),
        IntentRule("i am out", ["i am out"], when: isOutOfTheRunning, .notInterested),
        IntentRule("not wanting the job", wantingTheJob, when: deniesWantingTheJob, .notInterested),
        // "Accepted an offer elsewhere" holds "an offer": the longer phrase wins.
        IntentRule("accepted elsewhere", acceptedElsewhere, .acceptedElsewhere),
        // "signed the oakridge contract": a job taken, this one's offer or another's.
        IntentRule(
            "signed a contract", ["contract"], when: { $0.has("signed") && !asksSomething($0) }, .acceptedElsewhere),
        // A reference check or a delay is where things stand now, whatever came before it in the
        // line: "they said no to the others and asked for my references".
        IntentRule("references", references, .employerAnswered(.references)),
        // "had round two today, decision by the 18th": a round over, told with their day, is the
        // round's news; "still deciding after the final round" is not.
        IntentRule("round over, with their day", roundOver, when: reportsARoundOver, .nextInterviewDone),
        IntentRule("still deciding", stillDeciding, .stillDeciding),
        // "The recruiter called, now it's early January": their day has moved.
        IntentRule("their new day", newDayWords, when: namesWhen, .stillDeciding),
        // "still nothing since the take home": silence after a round, not a round offered or done.
        IntentRule("silence since a round", silenceSince, when: { $0.has("since") }, .noReply),
        // "I just had the final round" reports a round over, not a round offered.
        IntentRule("next interview done", interviewOver, when: namesARound, .nextInterviewDone),
        // "submitted the take home today": the task set as a round is done, so its own chain starts.
        IntentRule(
            "take-home done", takeHome, when: { $0.hasAny(phrases: handedIn) && !asksSomething($0) },
            .nextInterviewDone),
        IntentRule("offer", offer, .employerAnswered(.offer)),
        // "They clearly went with someone else, should I email her?" is a worry, not their answer.
        IntentRule("a worry, not a no", rejected, when: speculates, .noReply),
        IntentRule("rejected", rejected, .employerAnswered(.rejected)),
        IntentRule("next round", nextRound, .employerAnswered(.nextRound)),
        IntentRule("withdrew", withdrew, .withdrew),
        // "it'll be another 2 weeks", "they need a few more days": more time, after the rounds and
        // answers above ("a second interview in another week" is a round).
        IntentRule("more time", when: tellsOfMoreTime, .stillDeciding),
        // Requests to the coach, read once no news is found.
        IntentRule("show plan", planWords, when: { $0.hasAny(phrases: showWords) }, .showPlan),
        IntentRule("draft", draftWords, when: asksForADraft, .draft),
        IntentRule("why, alone", when: { $0.tokens == ["why"] }, .why),
        IntentRule("why", whyPhrases, .why),
        // "why wait?", "why 2 days": a line that starts by asking why asks the reason.
        IntentRule("why, first", when: { $0.tokens.first == "why" }, .why),
        IntentRule("help, alone", when: { $0.tokens == ["help"] }, .help),
        IntentRule("help", helpPhrases, .help),
        IntentRule("quit", when: { quit.contains($0.tokens.joined(separator: " ")) }, .quit),
    ]

    /// The questions the coach answers from the playbook, read once the line asks something.
    static let advice: [IntentRule] = [
        IntentRule(
            "too late for thanks", tooLate, when: { $0.hasAny(phrases: thankWords) }, .advice(.tooLateForThanks)),
        IntentRule("card or email", cardWords, when: { $0.hasAny(phrases: emailWords) }, .advice(.cardOrEmail)),
        IntentRule("one note or each", oneNote, when: asksAboutOneNote, .advice(.oneNoteOrEach)),
        // "Can you write me a LinkedIn message?" asks for a draft, not about connecting.
        IntentRule("linkedin", ["linkedin", "linked"], when: { !asksForADraftIn($0) }, .advice(.linkedIn)),
        // "Follow up again" and "a third email" before the channel: "should I email a third time?".
        IntentRule("third follow-up", followUpAgain, .advice(.thirdFollowUp)),
        IntentRule("third time", ["third", "3rd"], when: { $0.hasAny(phrases: followWords) }, .advice(.thirdFollowUp)),
        IntentRule("call or email", callWords, when: { $0.hasAny(phrases: writeWords) }, .advice(.callOrEmail)),
        IntentRule("call instead", callInsteadWords, when: { $0.hasAny(phrases: mayWords) }, .advice(.callOrEmail)),
        IntentRule("how many follow-ups", howMany, .advice(.thirdFollowUp)),
        IntentRule("never reply", neverReply, .advice(.neverReply)),
        IntentRule("giving up", givingUp, .advice(.givingUp)),
        IntentRule("about an offer", offerQuestions, .advice(.offer)),
        IntentRule("should I reply", shouldReply, .advice(.shouldReply)),
        // "How long should it be?" asks about the note, not about waiting.
        IntentRule("note length", noteLength, .advice(.whatToWrite)),
        IntentRule("how long", howLong, .advice(.howLong)),
        IntentRule("what to write", whatToWrite, .advice(.whatToWrite)),
        IntentRule("how to decline", declining, .advice(.declining)),
    ]

    /// Reports and small talk, read when the line is not a question.
    static let reports: [IntentRule] = [
        IntentRule("letting go", lettingGo, needsDeed: true, .lettingGo),
        IntentRule("done", when: saysDone, .didIt),
        // "Thanks!" in a few words is thanks to the coach; "thanks, sent the note" is not.
        IntentRule("thanks, in short", shortThanks, when: thanksTheCoach, .thanks),
        IntentRule("got in touch", gotInTouch, .employerGotInTouch),
        // "Sent the no thanks email", "sent her my refs": the note advised, not a thank-you.
        IntentRule(
            "sent a decline or references", declineOrReferences, needsDeed: true,
            when: {
                $0.hasAny(phrases: sentWords)
            }, .didIt),
        IntentRule("sent thank-you", sentWords, needsDeed: true, when: namesAThankYou, .sentThankYou),
        // "thanked priya this morning by email": thanks in writing are the note, not the room's.
        IntentRule(
            "thanked in writing", ["thanked", "thanking"], needsDeed: true,
            when: { $0.hasAny(phrases: inWriting) && !$0.hasAny(phrases: inTheRoom) }, .sentThankYou),
        IntentRule("added reminder", needsDeed: true, when: namesAReminder, .addedReminder),
        IntentRule(
            "followed up", followedUp, needsDeed: true,
            when: { $0.hasAny(phrases: followedUpWords) && !Deed.byThem($0) }, .followedUp),
        IntentRule("no reply", noReply, .noReply),
        IntentRule("thanks", when: startsWithThanks, .thanks),
        IntentRule("greeting", when: startsWithGreeting, .greeting),
    ]

    /// Reports a question may make: "still nothing, should I worry?".
    static let questionReports: [IntentRule] = [IntentRule("no reply", noReply, .noReply)]

    /// The intent of `words`, or nil when the line is only an answer or unclear.
    func intent(of words: Words) -> Intent? {
        Self.intents.first(reading: words)
    }

    /// Whether `line` (read into `words`) asks something: a question mark, or a first word that
    /// asks ("when", "is", "tell me").
    static func asks(_ line: String, words: Words) -> Bool {
        Words.text(line, contains: "?") || words.tokens.first.map { questionWords.contains($0) || $0 == "tell" } == true
    }

    /// Whether a line denies or plans its deed: "did not send it", "will call"; a "not" said of
    /// the coach ("you didnt log it") is none.
    static func deniesOrPlans(_ words: Words) -> Bool {
        var own = words
        // Most lines say nothing of the coach: the phrases are looked for one by one only when one is there.
        if words.hasAny(phrases: coachDenied) {
            for coach in coachDenied where words.has(phrase: coach) {
                own = Words(Words.replacing(coach, with: "you", ignoringCaseIn: own.tokens.joined(separator: " ")))
            }
        }
        return own.hasAny(phrases: denials) || own.hasAny(phrases: futureMarkers)
    }

    /// A "not" said of the coach: "you didnt log it".
    static let coachDenied: Phrases = ["you did not", "you have not", "you never"]
    /// Words that deny a deed.
    static let denials: Phrases = ["not", "never"]

    /// Reports and small talk, read only when no question is on the table. A question is
    /// never a report: "is it ok to follow up now?" did not follow up.
    func report(in words: Words, asking: Bool = false) -> Intent? {
        if asking || words.tokens.first.map(Self.questionWords.contains) == true {
            return Self.questionReports.first(reading: words)
        }
        let planned = Self.deniesOrPlans(words)
        return Self.reports.first(reading: words, planned: planned)
    }
}
