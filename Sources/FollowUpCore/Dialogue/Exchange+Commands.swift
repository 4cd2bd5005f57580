import Foundation

/// The slash commands.
extension Exchange {
    mutating func run(command line: String) {
        guard let (command, argument) = SlashCommand.parse(line) else {
            let name = line.split(separator: " ").first.map(String.init) ?? line
            return say("There's no \(name) command. /help lists them.")
        }
        switch command {
        case .help: showHelp()
        case .plan: showPlan()
        case .why: explain()
        case .undo: undo()
        case .restart: restart()
        case .quit: quit()
        case .draft: draft(argument)
        case .close: close(argument, line: line)
        case .sent: markDraftSent()
        case .new, .list, .switch, .edit:
            say(
                "\(command.name) works in the followup chat, which keeps your applications; here I can only talk about this one."
            )
        }
    }

    mutating func showHelp() {
        say(
            "Answer my questions in your own words. At any point you can ask \"what should I do now?\", tell me what happened (\"I sent the thank-you notes\", \"they offered me the job\"), correct an answer (\"actually they said three weeks\"), or say you're not interested."
        )
        for command in SlashCommand.allCases {
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
