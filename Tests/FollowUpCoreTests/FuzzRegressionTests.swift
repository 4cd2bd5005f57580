import Foundation
import Testing

@testable import FollowUpCore

/// Inputs that crashed a fuzz target (Scripts/fuzz), kept so they never crash again.
struct FuzzRegressionTests {
    let calendar = ScheduleTests.calendar("America/New_York")
    let now = Date(timeIntervalSince1970: 1_795_730_400)

    /// A lone "t" was read as an ISO date with a time and indexed past its end.
    @Test(
        arguments: [
            [0x61, 0x1D, 0x74, 0x20, 0x39, 0x20, 0x74, 0x6F, 0x6D, 0x6F, 0x72, 0x72, 0x6F, 0x77], [0x74],
            [0x54, 0x20, 0x74],
        ] as [[UInt8]])
    func theReaderTakesAnyLine(_ bytes: [UInt8]) {
        let line = String(decoding: bytes, as: UTF8.self)
        let dates = Understanding(calendar: calendar).read(line, now: now).dates
        #expect(!dates.contains { $0.text.lowercased() == "t" })
    }

    @Test func aCoachTurnTakesAnyLine() {
        let coach = Coach(calendar: calendar)
        let state = ["Acme", "Designer", "just now"].reduce(coach.opening(Conversation(), now: now).state) {
            coach.respond(to: $1, in: $0, now: now).state
        }
        let bytes: [UInt8] =
            [0x74, 0x5B, 0x6F, 0x6D, 0x6F] + Array(repeating: 0xFF, count: 16) + [0x6E, 0x74, 0x68, 0x73]
        let turn = coach.respond(to: String(decoding: bytes, as: UTF8.self), in: state, now: now)
        #expect(!turn.replies.isEmpty)
        #expect(!coach.respond(to: "t", in: Conversation(), now: now).replies.isEmpty)
    }
}
