import FollowUpCore
import Foundation

/// Runs a conversation: reads a line, hands it to the chat, writes the replies.
struct ChatLoop<C: Chat, Reader: LineReader> {
    var chat: C
    var reader: Reader
    let clock: Clock
    let output: Output
    /// Fits the replies to the terminal's width.
    let wrapper: ReplyWrapper

    mutating func run(prompt: String) {
        write(chat.open(now: clock.now()))
        while !chat.isOver {
            switch reader.readLine(prompt: prompt) {
            case let .line(line):
                write(chat.respond(to: line, now: clock.now()))
            case .interrupted:
                output.write("\n")
            case .end:
                write(chat.farewell(now: clock.now()))
                return
            }
        }
    }

    private func write(_ replies: [String]) {
        output.write(replies.map { wrapper.wrap($0) + "\n" }.joined())
    }
}
