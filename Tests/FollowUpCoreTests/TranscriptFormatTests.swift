import FollowUpCore
import Foundation
import Testing

/// The transcript format, replayed through the coach alone.
struct TranscriptFormatTests {
    /// A chat with one conversation and no memory.
    struct CoachChat: Chat {
        let coach: Coach
        var state = Conversation()

        mutating func open(now: Date) -> [String] { coach.opening(state, now: now).replies }
        mutating func respond(to line: String, now: Date) -> [String] {
            let turn = coach.respond(to: line, in: state, now: now)
            state = turn.state
            return turn.replies
        }
        mutating func farewell(now: Date) -> [String] { coach.farewell(state, now: now) }
        var isOver: Bool { state.ended }
        var application: Application { state.application }
    }

    func replay(_ text: String) throws(TranscriptError) -> String {
        try Transcript.replay(text) { CoachChat(coach: Coach(calendar: $0)) }
    }

    @Test func aMissingTimeZoneIsReported() {
        #expect(throws: TranscriptError.missingHeader("time zone")) {
            try replay("# clock: 2026-11-26T17:00\nyou> Acme")
        }
    }

    @Test func anUnknownStepIsReported() {
        #expect(throws: TranscriptError.unknownStep(line: 3, "send-flowers")) {
            try replay("# clock: 2026-11-26T17:00\n# time zone: UTC\n? send-flowers")
        }
    }

    @Test func coachLinesAreWrittenAnew() throws {
        let replayed = try replay("# clock: 2026-11-26T17:00\n# time zone: UTC\nstale words\nyou> Acme")
        #expect(!replayed.contains("stale words"))
        #expect(replayed.contains("you> Acme\nGot it: Acme."))
    }
}
