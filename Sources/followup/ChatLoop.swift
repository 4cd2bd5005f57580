import FollowUpCore
import Foundation

/// Runs the conversation: reads a line, hands it to the coach, writes the replies.
struct ChatLoop<Reader: LineReader> {
    var reader: Reader
    let coach: Coach
    let clock: Clock
    let output: Output
    let prompt: String

    mutating func run() {
        let opening = coach.opening(Conversation(), now: clock.now())
        var state = opening.state
        write(opening.replies)
        while !state.ended {
            switch reader.readLine(prompt: prompt) {
            case let .line(line):
                let turn = coach.respond(to: line, in: state, now: clock.now())
                state = turn.state
                write(turn.replies)
            case .interrupted:
                output.write("\n")
            case .end:
                write(coach.farewell(state, now: clock.now()))
                return
            }
        }
    }

    private func write(_ replies: [String]) {
        output.write(replies.map { $0 + "\n" }.joined())
    }
}
