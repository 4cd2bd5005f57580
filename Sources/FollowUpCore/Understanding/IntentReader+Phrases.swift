/// The phrase lists of the intent table (`IntentReader.intents`), each listened for as a whole.
extension IntentReader {
    static let whatNow: Phrases = [
        "what should i do", "what do i do", "what now", "now what", "what next", "what is next",
        "what to do", "what do i need to do", "what should i be doing", "anything to do",
        "anything i should do", "where am i", "whats next", "what shall i do", "what can i do now",
        "my next step", "next step for me", "should i do now", "when is my next", "what is due",
        "anything due", "remind me", "is today the day", "is it time", "is it today",
        "am i supposed to", "what am i waiting for", "where was i", "where were we", "catch me up",
        "fill me in", "anything i should be doing", "status", "how are things with",
        "anything for", "where are we with", "where do things stand with", "how is it going with",
        "hows it going with", "update on", "anything today", "follow up day", "when do i check back",
        "when should i check back", "when do i check in", "should i chase", "do i chase",
    ]
    static let notInterested: Phrases = [
        "lost interest", "do not want this job", "do not want the job", "do not want it", "not for me",
        "not want to work there", "not the job for me", "not want this role", "going to pass",
        "want to pass", "decided against", "not keen", "rather not work", "not a good fit",
        "not the right fit", "not a fit", "want to withdraw", "going to withdraw",
        "not going to take it", "not think it a good fit", "not think it is a good fit",
        "not think i am a good fit", "not a great fit", "not the best fit", "not feeling this",
        "not feeling it", "not feeling the", "not into it", "not into this", "gone off", "cold feet",
        "pass on this", "pass on it", "pass on the job", "pass on the role", "say no to them",
        "say no to the job", "turn them down", "not applying there again", "decline this offer",
        "decline the offer", "decline their offer", "turn down the offer", "turn down this offer",
        "turn the offer down", "turn this offer down",
        "not want it anymore", "not want it any more", "going to bow out", "gonna bow out", "bowing out",
        "decided to bow out",
    ]
    static let acceptedElsewhere: Phrases = [
        "offer somewhere else", "offer elsewhere", "job somewhere else", "job elsewhere",
        "accepted another offer", "took another job", "took another offer", "took a job at",
        "took a job with", "signed with another", "signed an offer", "going with another company",
        "accepted a position", "accepted a role", "accepted a job", "said yes to another",
        "offer from another", "offer from a different", "offer from somewhere", "offer from the other", "i took the",
        "another company offered", "took another position",
    ]
    static let references: Phrases = [
        "asked for references", "asked for my references", "asked me for references",
        "want my references", "wants my references", "want references", "wanted references",
        "requested references", "need references", "needs references", "asked for referees",
        "reference check", "references check", "contact my references", "call my references",
        "people i used to work for", "people i worked for", "people i have worked for", "former managers",
        "former bosses", "old managers", "old bosses", "want refs", "wants refs", "asked for refs", "need refs",
        "needs refs", "asked for my refs",
    ]
    /// Hiring paused rather than a decision on its way: "on hold", "hiring freeze".
    static let pauses: Phrases = [
        "on hold", "paused", "hiring freeze", "freeze on hiring", "frozen the role", "froze the role",
    ]
    static let stillDeciding = Phrases(
        pauses.all + [
            "news by", "hear by", "decision by the", "still deciding", "not decided yet", "no decision yet",
            "have not decided", "has not decided", "still interviewing", "still making a decision",
            "still reviewing", "need more time", "needs more time", "need a bit more time", "new date is",
            "pushed back", "been delayed",
            "is delayed", "are delayed", "still considering", "still evaluating", "not made a decision",
            "no decision has been made", "still talking to other", "decision end of", "decision by end",
            "expect to make a decision", "make a decision by", "decide by the end",
            "pushed the decision back", "pushed their decision back", "pushed it back", "put the decision back",
            "decision has been pushed", "decision is pushed", "delayed the decision", "delayed their decision",
            "still seeing", "still meeting",
            "seeing other candidates", "should know by", "will know by", "should know more by",
            "need till", "needs till", "need until", "needs until",
        ])
    /// Their day, moved: "now it's early January", "pushed it to March".
    static let newDayWords: Phrases = [
        "now its", "now it's", "now it is", "now says", "now say", "now saying", "pushed to", "pushed it to",
        "moved to", "moved it to", "changed to", "now early", "now mid", "now late", "now end", "now next",
        "now the end", "now thinking", "now they are saying", "now theyre saying", "now they re saying", "now they say",
    ]
    static let changedMind: Phrases = [
        "changed my mind", "want the job after all", "want it after all", "interested again",
        "do want the job", "do want it", "still want the job", "want this job after all",
        "reconsidered", "not declining", "i am back on", "back on board", "i am interested after all", "still want it",
        "am still interested", "m still interested", "im still interested", "do not want to withdraw",
        "not withdrawing", "want to stay in",
    ]
    /// "want this job", said with a not: "I don't think I want this job".
    static let wantingTheJob: Phrases = [
        "want this job", "want the job", "want this role", "want the role", "want this position",
        "want the position", "want to work there", "want to work for them", "want this one",
    ]
    static let offer: Phrases = [
        "offered me", "got the offer", "job offer", "got the job", "an offer", "they want to hire me",
        "hired me", "to offer me",
    ]
    static let rejected: Phrases = [
        "rejected", "rejection", "turned me down", "did not get the job", "did not get it",
        "went with another", "went with someone", "not moving forward", "not selected", "chose another",
        "position was filled", "not going forward", "filled the role", "chose someone", "someone else",
        "another candidate", "other candidate", "said no", "got a no", "was a no", "a no from",
        "not going ahead", "not proceeding", "turned down", "no longer considering", "not a match",
    ]
    static let nextRound = Phrases(
        [
            "second round", "next round", "another interview", "second interview", "final round",
            "third round", "invited me back", "meet again", "another round", "onsite", "final interview",
            "2nd round", "2nd interview", "second chat", "2nd chat", "another chat", "next stage",
            "final stage", "come back in", "come in again", "panel round", "panel interview", "round with the",
            "round w the", "want me back", "wants me back", "me back in", "last interview", "last round",
        ] + takeHome.all)
    /// No word since something: "nothing at all since i sent the coding test".
    static let silenceSince = Phrases(noReply.all + ["nothing since", "nothing at all"])
    /// A task set to do at home, a stage of its own: "they want a take-home by friday".
    static let takeHome: Phrases = [
        "take home", "takehome", "home task", "home assignment", "home test", "coding test", "technical test",
        "coding challenge", "coding exercise", "case study",
    ]
    /// Words that hand a task in: "submitted the take home today".
    static let handedIn: Phrases = [
        "submitted", "handed in", "turned in", "sent in", "sent off", "sent back", "finished", "completed",
        "did the", "done the", "sent the", "sent my", "handed it in",
    ]
    static let explain: Phrases = [
        "what do you mean", "what does that mean", "what is meant by", "what does it mean",
        "what do u mean", "meaning of", "explain that", "explain what", "can you explain",
        "could you explain", "i do not understand the question", "i do not get it", "what is that mean",
        "what you mean", "what u mean", "do not follow", "not following you", "you lost me",
    ]
    /// A line of only these asks what was meant: "what?", "huh?", "sorry, come again?".
    static let bewildered: WordSet = ["what", "huh", "pardon", "sorry", "come", "again", "eh"]
    static let whoAreYou: Phrases = [
        "who are you", "what are you", "who is this", "what is this thing", "what is this app",
        "what do you do", "are you a bot", "are you human", "are you a person",
    ]
    /// "No address for Dev, what now?", "I don't have her email".
    static let noAddress: Phrases = [
        "no address for", "no email for", "no contact for", "no details for", "do not have her email",
        "do not have his email", "do not have their email", "do not have an email",
        "do not have contact details", "do not have her details", "do not have his details",
        "how do i reach", "how can i reach", "how do i contact", "no way to reach", "can not reach",
        "no card from", "did not get her card", "did not get his card", "no email address",
        "could not find an email", "could not find her email", "could not find his email",
        "can not find an email", "can not find her email", "can not find his email",
    ]
    static let quit = ["quit", "exit", "bye", "goodbye", "good bye", "see you", "that is all"]
    /// Words that ask for something: "what", "anything", "where"...
    static let askingWords: Phrases = ["what", "whats", "anything", "where", "which", "any", "is there", "tell me"]
    /// Words about where things stand or what is to do: "today", "plate", "pending"...
    static let standingWords: Phrases = [
        "today", "tonight", "now", "next", "plate", "stand", "standing", "agenda", "todo",
        "pending", "due", "left", "outstanding", "update", "this week", "to do", "get done",
        "should i do", "must i do",
    ]
    static let questionWords: WordSet = [
        "is", "are", "should", "can", "could", "when", "how", "what", "do", "does", "would", "will",
        "shall", "may", "which", "where", "who", "why", "whats", "hows", "wheres", "whos", "whens",
    ]
    static let withdrew: Phrases = [
        "withdrew my application", "i withdrew", "pulled my application", "i have withdrawn",
    ]
    /// Words that make a round the one just had: "I just had the final round".
    static let interviewOver: Phrases = [
        "just had", "just did", "just finished", "got out of", "is done", "is over", "went well",
        "just left", "just got out", "had my", "did my", "finished my", "was today", "wrapped up",
        "had the", "did the", "went to the", "was yesterday",
    ]
    /// A round told as over, in more words: "second interview done", "just wrapped round two".
    static let roundOver = Phrases(
        interviewOver.all.filter { !["is done", "wrapped up"].contains($0) } + [
            "done", "wrapped", "had round", "did round",
        ])
    static let roundWords: Phrases = [
        "second", "third", "final", "next", "another", "2nd", "3rd", "last", "onsite", "panel", "round 2",
        "round two", "round 3",
    ]
    static let interviewWords: Phrases = ["interview", "round", "onsite", "panel"]
    static let planWords: Phrases = [
        "the plan", "my plan", "the timeline", "my timeline", "my schedule", "me what you have", "what you have so far",
        "what have you got", "what you have got", "what do you have on", "what do you have so far",
        "what you know so far", "what do you know so far", "on file", "have down for me", "what do you have down",
    ]
    static let showWords: Phrases = ["show", "what", "see", "view", "display", "is"]
    static let draftWords: Phrases = ["write", "draft", "compose"]
    static let draftedWords: Phrases = [
        "note", "email", "message", "follow", "thank", "letter", "decline", "it", "that", "one",
    ]
    static let requestWords: Phrases = ["can", "could", "help", "please", "me", "would"]
    static let whyPhrases: Phrases = [
        "why that", "why this", "why is that", "how come", "why so", "what is the reason", "why then",
        "why the",
    ]
    static let helpPhrases: Phrases = ["what can you do", "how does this work", "what are the commands"]
}
