import Foundation

/// /draft and /sent: the messages written, one person at a time.
extension Exchange {
    var drafter: Drafter { Drafter(calendar: calendar, overrides: coach.templates, sender: coach.sender) }

    /// The kind of draft the next action calls for.
    var draftKindNow: DraftKind? {
        // Declining, or closed with a last note worth sending ("you withdrew"): the decline note.
        // Declining, the plain thank-you comes first while it is pending.
        if app.declining != nil { return plan?.next?.step == .declineThank ? .thankYou : .decline }
        if app.closure?.reason.lastMessage != nil { return .decline }
        switch plan?.next?.step {
        case .sendThankYou?: return .thankYou
        case .scheduleFirstFollowUp?, .firstFollowUp?: return .firstFollowUp
        case .scheduleSecondFollowUp?, .secondFollowUp?: return .secondFollowUp
        default: return nil
        }
    }

    mutating func draft(_ arguments: String) {
        guard app.interviewEnd != nil, !app.contacts.isEmpty else {
            say("Let's finish the questions about the interview first; then I'll draft your messages.")
            return reaskOrOffer()
        }
        let words = Words(arguments)
        if words.hasAny(["third", "3rd"]) { return refuseThirdFollowUp() }
        let asked: DraftKind? =
            DraftKind.allCases.first { words.has(phrase: $0.rawValue.replacingOccurrences(of: "-", with: " ")) }
            ?? (words.hasAny(["thanks", "thank"])
                ? .thankYou
                : words.has("decline") || words.hasAny(phrases: Self.bowingOut)
                    ? .decline
                    : words.hasAny(["second", "last"])
                        ? .secondFollowUp : words.hasAny(["follow", "followup"]) ? .firstFollowUp : nil)
        guard let kind = asked ?? draftKindNow else { return nothingToDraft() }
        // "orchid is a no, can you write the email to bo": the decline path starts, then its note.
        if kind == .decline, app.declining == nil, app.isActive, words.hasAny(phrases: Self.bowingOut) {
            startDecline(line: arguments, offerElsewhere: hasOfferElsewhere)
            return draft("decline " + arguments)
        }
        let form = DraftForm.allCases.first { words.has($0.rawValue) } ?? kind.forms[0]
        let named = app.contacts.first { words.has($0.firstName.lowercased()) }
        let person =
            named ?? (kind == .thankYou ? app.contactsAwaitingThanks.first ?? app.contacts[0] : app.contacts[0])
        if kind == .thankYou, person.detail == nil {
            state.draftRequest = DraftRequest(
                kind: kind, form: form, contact: person.name, contactID: person.id, then: state.question)
            return ask(.detail)
        }
        show(kind, form: form, contact: person.name)
    }

    /// Words that ask for the message bowing out: "pinefield is a no, can you write the email".
    /// Whether `line` says the user has decided to step back, beside asking how: "im going to pull out".
    static func decidedToStepBack(_ line: String) -> Bool {
        let words = Words(line)
        return words.hasAny(phrases: IntentReader.notInterested) || words.hasAny(phrases: steppingBack)
    }

    /// Words that say the decision to step back is made.
    static let steppingBack: Phrases = [
        "going to pull out", "gonna pull out", "pulling out", "going to bow out", "gonna bow out",
        "decided to withdraw",
        "decided to pull out", "want to pull out", "want out", "going to withdraw",
    ]

    static let bowingOut: Phrases = [
        "is a no", "say no", "turn down", "turn them down", "turning down", "pull out", "bow out", "withdraw",
        "step back",
    ]

    /// /draft when the plan calls for no message: why, and what to write if anything.
    private mutating func nothingToDraft() {
        if app.outcome == .rejected || app.closure?.reason == .rejected {
            say(
                "They've given their answer, so there's nothing to follow up. A reply is optional: if you'd like to send one, two or three sentences will do, thanking them for their time and the news and saying you'd be glad to hear of future roles."
            )
            return reaskOrOffer()
        }
        if app.outcome == .offer {
            say("You have an offer: answer it directly, in your own words. There's no follow-up to draft.")
            return reaskOrOffer()
        }
        if let closure = app.closure {
            say("This one is closed (\(closure.reason.spoken)), so there's nothing to draft.")
            return reaskOrOffer()
        }
        guard app.isDone(.secondFollowUp) else {
            say(
                "Nothing needs writing right now. \(nextAdvice) \"/draft first follow-up\" shows that message early if you'd like it ready."
            )
            return reaskOrOffer()
        }
        refuseThirdFollowUp()
    }

    private mutating func refuseThirdFollowUp() {
        say("I won't draft a third follow-up. \(StepID.moveOn.reason) (move-on)")
        state.lastAdvice = .moveOn
        reaskOrOffer()
    }

    mutating func answerDetail(line: String, words: Words) {
        guard let request = state.draftRequest,
            let person = request.person(in: app),
            let index = app.contacts.firstIndex(where: { $0.id == person.id })
        else {
            // The note it was for is gone (sent, or its person removed): the line is read as news.
            state.draftRequest = nil
            ask(nil)
            return handle(line)
        }
        state.draftRequest = nil
        state.question = request.then
        // "ok so i sent priya hers last night": a report, not what they talked about.
        if mentionsANoteSent(line) || IntentReader().report(in: words)?.isReportOfWhatHappened == true {
            return handle(line)
        }
        // "make it shorter": a change of style, not a topic; the question stays.
        if Self.asksToRestyle(words) {
            state.draftRequest = request
            state.question = .detail
            return say(restyleReply + " What did you talk about with \(person.firstName)? (Or say skip.)")
        }
        // "thx", "idk": thanks or a shrug is no topic for the note.
        let skipped =
            words.hasAny(["skip", "nothing", "none", "pass"]) || words.tokens == ["no"]
            || words.tokens.allSatisfy { IntentReader.smallTalk.contains($0) || Self.noTopic.contains($0) }
        checkpoint(line)
        // An empty detail records that the user chose to go without one.
        app.contacts[index].detail = skipped ? "" : Self.detail(from: line)
        if skipped { say("Fine; I'll leave it out.") }
        show(request.kind, form: request.form, contact: person.name)
    }

    /// Whether `words` ask for a draft's wording to change: "make it shorter", "sign it as Sam".
    static func asksToRestyle(_ words: Words) -> Bool {
        words.hasAny(phrases: restyleWords)
    }

    /// The ways of asking for other wording.
    static let restyleWords: Phrases = [
        "make it", "shorter", "longer", "warmer", "more formal", "less formal", "more casual", "friendlier",
        "sign it", "sign off as", "rewrite", "reword", "change the wording", "too long", "too formal",
    ]

    /// What the coach says to a request for other wording, with how the drafts are signed.
    var restyleReply: String {
        let plain =
            "I keep the notes short and plain so they suit most people. /edit opens the last draft in your editor to change any words you like"
        guard let sender = coach.sender else {
            return plain
                + "; your name goes where it says [your name] until you tell me it, like \"sign it as Sam Ortiz\"."
        }
        return plain + ". They are signed \(sender); followup config name changes that."
    }

    /// Words that name no topic when a line holds nothing else.
    static let noTopic: Set<String> = [
        "thx", "thanks", "thank", "you", "ty", "ok", "okay", "k", "idk", "dunno", "sure", "not", "know", "i", "do",
    ]

    /// "We talked about their move to Kotlin." → "their move to Kotlin".
    static func detail(from line: String) -> String {
        var text = line.trimmingCharacters(in: CharacterSet(charactersIn: " .!"))
        for lead in [
            "we talked about ", "we discussed ", "we spoke about ", "talked about ", "discussed ", "about ", "mostly ",
            "mention ", "include ", "add ",
        ]
        where text.lowercased().hasPrefix(lead) {
            text = String(text.dropFirst(lead.count))
        }
        return text
    }

    private mutating func show(_ kind: DraftKind, form: DraftForm, contact: String) {
        let result: (drafts: [Draft], notes: [DraftNote])
        do {
            let late = plan.map { Planner.thanksFolded(app, steps: $0.steps) } ?? false
            result = try drafter.drafts(kind, form: form, for: app, contact: contact, lateThanks: late)
        } catch .notDeclining {
            // In the chat, saying so is how the decline path starts.
            say(
                "The decline note comes once you've told me this one isn't for you (\"I'm not interested any more\"); then /draft decline writes it."
            )
            return reaskOrOffer()
        } catch {
            say("I can't draft that: \(error).")
            return reaskOrOffer()
        }
        guard let draft = result.drafts.first else { return }
        state.draft = draft
        let to = draft.contact.map { " to \($0)" } ?? ""
        say("\(Self.title(kind))\(to), \(Self.formName(form)):")
        if let address = draft.to { say("  To: \(address)") }
        for line in draft.text.split(separator: "\n", omittingEmptySubsequences: false) { say("  \(line)") }
        for note in result.notes { say(note.description) }
        say("/edit changes it; /sent once it's on its way.")
        state.lastAdvice = kind.step
        reaskOrOffer()
    }

    static func title(_ kind: DraftKind) -> String {
        switch kind {
        case .thankYou: "Thank-you note"
        case .firstFollowUp: "First follow-up"
        case .secondFollowUp: "Second follow-up"
        case .decline: "Decline"
        }
    }

    static func formName(_ form: DraftForm) -> String {
        switch form {
        case .email: "by email"
        case .card: "as a handwritten card"
        case .phone: "as a phone script"
        case .linkedin: "as a LinkedIn message"
        }
    }

    mutating func markDraftSent() {
        guard let draft = state.draft else {
            say("There's no draft on the table. /draft writes one.")
            return reaskOrOffer()
        }
        let event: ApplicationEvent =
            switch draft.kind {
            case .thankYou:
                .thankYouSent(
                    to: (draft.contactID ?? draft.contact.flatMap { app.contact(named: $0)?.id }).map { [$0] } ?? [])
            case .firstFollowUp, .secondFollowUp: .followedUp()
            case .decline: .declineSent
            }
        guard let recorded = apply(event, line: "/sent") else { return }
        state.draft = nil
        switch draft.kind {
        case .thankYou:
            say("Marked as sent: your thank-you to \(draft.contact ?? "them").")
            if let next = app.contactsAwaitingThanks.first {
                return say("Next: /draft for \(next.spoken)'s note.")
            }
        case .firstFollowUp, .secondFollowUp:
            say("Marked as sent: your \(recorded.step == .secondFollowUp ? "second" : "first") follow-up.")
        case .decline:
            return say(
                app.closure?.reason == .declined
                    ? "Marked as sent: you've declined politely, and that closes this one."
                    : "Marked as sent: they know you've stepped back. This one stays closed (\(app.closure.map(\.reason.spoken) ?? "closed"))."
            )
        }
        adviseAfterReport()
    }
}
