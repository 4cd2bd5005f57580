import FollowUpCore
import Foundation

/// A chat that times every reply of the chat it wraps, into `samples`.
struct TimedChat<C: Chat>: Chat {
    var chat: C
    let samples: Samples

    var isOver: Bool { chat.isOver }
    var application: Application { chat.application }

    mutating func open(now: Date) -> [String] {
        chat.open(now: now)
    }

    mutating func respond(to line: String, now: Date) -> [String] {
        let start = ContinuousClock.now
        let replies = chat.respond(to: line, now: now)
        samples.add(ContinuousClock.now - start)
        return replies
    }

    mutating func farewell(now: Date) -> [String] {
        chat.farewell(now: now)
    }
}
