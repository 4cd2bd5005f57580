/// Unclear answers: a narrower question, then choices, then moving on.
extension Exchange {
    /// Asks again, more narrowly, and after three unclear answers offers a way on.
    mutating func unclear(_ question: Question, line: String) {
        // "it finished about 3pm", typed while another question is open: the end is put right,
        // and the question is asked again.
        if app.interviewEnd != nil, Self.tellsTheEnd(line) { return correct(line, line: line) }
        state.unclearAnswers += 1
        let offTopic = line.hasSuffix("?")
        let lead =
            offTopic
            ? "That one isn't in my playbook, so I won't guess." : "I didn't quite catch that."
        switch state.unclearAnswers {
        case 1:
            say("\(lead) \(question.narrower(app))")
        case 2 where question.expectsYesNo:
            say("\(lead) Let's keep it simple: yes, no, or not sure?")
        case 2:
            say("\(lead) \(question.narrower(app))")
        default:
            giveUp(on: question)
        }
    }

    private mutating func giveUp(on question: Question) {
        checkpoint("(skipped)")
        switch question {
        case .expressInterest, .askNextStep, .sayThanks, .collectCards:
            // Each of these questions settles a room step (`Question.step`).
            let step = question.step!
            app.records[step] = StepRecord(.unknown, on: interviewDay)
            if step == .askNextStep { app.timeFrame = .unknown }
            say(
                "Let's not get stuck: I'll leave \(Self.openQuestion(step)) open, and you can correct it later with \"actually ...\". \(Self.makeUp(step, app: app))"
            )
            advance()
        case .timeFrame:
            say("Let's not get stuck on it.")
            setTimeFrame(.unknown)
            advance()
        case .interviewEnd:
            app.interviewEnd = now
            say(
                "Let's not get stuck: I'll use the time now, \(text.moment(now)). Correct it any time with \"actually it ended at ...\"."
            )
            advance()
        case .people:
            app.contacts = [Contact(name: Contact.placeholderName)]
            say("Let's not get stuck: I'll call them \"\(Contact.placeholderName)\" for now.")
            advance()
        case .whichDay:
            guard let choice = state.choice else { return advance() }
            say("Let's not get stuck: I'll go with \(text.day(choice.chosen)). Say \"actually ...\" to change it.")
            settle(choice, on: choice.chosen)
        default:
            // The role, say, can wait; the questions after it still come.
            say("Let's leave that for now.")
            state.skipped = (state.skipped ?? []) + [question]
            advance()
        }
    }

    /// Whether `line` says when the interview ended, with a time: "it finished about 3pm".
    static func tellsTheEnd(_ line: String) -> Bool {
        let words = Words(line)
        return words.hasAny(phrases: IntroReader.endedVerbs) && line.contains(where: \.isNumber)
            && !words.hasAny(["decide", "decision", "said", "hear", "back", "by"])
    }
}
