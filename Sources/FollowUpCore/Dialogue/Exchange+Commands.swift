import Foundation

/// The slash commands.
extension Exchange {
    /// Every command, for /help and for Tab completion.
    static let commands: [(name: String, help: String)] = [
        ("/help", "what I can do"),
        ("/plan", "the timeline: each step with its date and status"),
        ("/why", "the reason behind my last advice"),
        ("/undo", "take back your last answer"),
        ("/draft", "write a message: /draft, /draft thank-you Sarah, /draft first-follow-up phone"),
        ("/edit", "change the draft in your editor ($VISUAL or $EDITOR)"),
        ("/sent", "mark the draft as sent"),
        ("/restart", "start this interview over"),
        ("/new", "talk about another interview; this one stays saved"),
        ("/list", "your open applications (/list all: closed ones too)"),
        ("/switch", "go to another application: /switch Acme"),
        ("/close", "close this application: offer, rejected, withdrew, declined or moved-on"),
        ("/quit", "end the session"),
    ]

    mutating func run(command line: String) {
        let name = line.split(separator: " ").first.map { String($0).lowercased() } ?? line
        switch name {
        case "/help": showHelp()
        case "/plan": showPlan()
        case "/why": explain()
        case "/undo": undo()
        case "/restart": restart()
        case "/quit", "/exit": quit()
        case "/draft": draft(String(line.dropFirst(name.count)))
        case "/close": close(String(line.dropFirst(name.count)).trimmingCharacters(in: .whitespaces), line: line)
        case "/sent": markDraftSent()
        case "/edit": say("Editing needs the terminal's editor, which this session doesn't have.")
        default:
            say("There's no \(name) command. /help lists them.")
        }
    }

    mutating func showHelp() {
        say("Answer my questions in your own words. At any point you can ask \"what should I do now?\", tell me what happened (\"I sent the thank-you notes\", \"they offered me the job\"), correct an answer (\"actually they said three weeks\"), or say you're not interested.")
        for command in Self.commands {
            say("  \(command.name.padding(toLength: 9, withPad: " ", startingAt: 0)) \(command.help)")
        }
        reaskOrOffer()
    }

    mutating func undo() {
        guard let last = state.checkpoints.popLast() else {
            say("There's nothing to undo yet.")
            return reaskOrOffer()
        }
        let before = app
        app = last.application
        state.question = last.question
        state.lastAdvice = last.lastAdvice
        state.unclearAnswers = 0
        say("Undone: \"\(last.answer)\".")
        announceDateChanges(from: before)
        reaskOrOffer()
    }

    mutating func restart() {
        checkpoint("/restart")
        let checkpoints = state.checkpoints
        state = Conversation()
        state.checkpoints = checkpoints
        say("Starting over. (/undo brings back what we had.)")
        ask(.company)
    }

    mutating func quit() {
        state.ended = true
        sayGoodbye()
    }

    mutating func sayGoodbye() {
        guard app.interviewEnd != nil, app.isActive else {
            return say("Goodbye, and good luck.")
        }
        say("Before you go, your next step:")
        say("  \(nextAdvice)")
        say("Goodbye, and good luck.")
    }
}
