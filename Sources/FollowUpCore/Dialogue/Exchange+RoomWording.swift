/// What the coach says about the steps taken, or missed, in the interview room.
extension Exchange {
    /// Said when the step asked about was done.
    static func praise(_ step: StepID, app: Application, text: DateText) -> String {
        switch step {
        case .expressInterest: "Good: they know you want it."
        case .askNextStep: app.timeFrame.map { "Good: \($0.spoken(with: text))." } ?? "Good."
        case .sayThanks: "Good."
        case .collectCards: app.contacts.count > 1 ? "Good: you can reach everyone." : "Good: you can reach them."
        default: "Good."
        }
    }

    /// Names a step that an answer settled along the way.
    /// What is left open about a room step when the answer is unsure: "whether you thanked them".
    static func openQuestion(_ step: StepID) -> String {
        switch step {
        case .expressInterest: "whether you told them you want the job"
        case .askNextStep: "whether you asked about the next step"
        case .sayThanks: "whether you thanked them"
        default: "whether you have their contact details"
        }
    }

    static func doneNote(_ step: StepID, app: Application) -> String {
        switch step {
        case .expressInterest: return "you told them you want the job"
        case .askNextStep: return "you asked about the next step"
        case .sayThanks: return "you thanked them"
        default:
            let reachable = app.contacts.filter { $0.hasDetails == true }
            guard !reachable.isEmpty, reachable.count < app.contacts.count else {
                return "you have their contact details"
            }
            let others = app.contacts.filter { $0.hasDetails != true }
            return "you can reach \(Application.names(reachable)), not \(Application.names(others))"
        }
    }

    /// Names a step that an answer said was missed, plainly.
    static func missedNote(_ step: StepID, app: Application) -> String {
        switch step {
        case .expressInterest: return "you didn't get to say you want the job"
        case .askNextStep: return "you didn't ask about their timeline"
        case .sayThanks: return "you didn't thank them in the room"
        default:
            return app.contacts.contains { $0.hasDetails == true } ? doneNote(step, app: app) : "no contact details yet"
        }
    }

    /// How to make up for a step missed in the room; never a reproach.
    static func makeUp(_ step: StepID, app: Application, unsure: Bool = false) -> String {
        switch step {
        case .expressInterest:
            return
                "\(unsure ? "Either way, say" : "No harm done: say") it plainly in your thank-you notes, that you want the job and look forward to the next step."
        case .askNextStep:
            return
                "\(unsure ? "Either way, ask" : "That's easy to fix: ask") about their timeline in your thank-you note or your first follow-up. Until then I'll assume two weeks."
        case .sayThanks:
            return
                "Your thank-you notes will cover it\(unsure ? " either way" : ""), and a written thank-you carries more weight anyway."
        default:
            let missing = app.contacts.filter { $0.hasDetails != true }
            let who = missing.isEmpty || missing.count == app.contacts.count ? "" : " for \(Application.names(missing))"
            return
                "You can still find the details\(who): the company's website, LinkedIn, or the recruiter who set up the interview."
        }
    }
}
