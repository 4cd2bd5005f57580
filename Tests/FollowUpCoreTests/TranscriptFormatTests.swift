import FollowUpCore
import Testing

struct TranscriptFormatTests {
    @Test func aMissingTimeZoneIsReported() {
        #expect(throws: TranscriptError.missingHeader("time zone")) {
            try Transcript.replay("# clock: 2026-11-26T17:00\nyou> Acme")
        }
    }

    @Test func anUnknownStepIsReported() {
        #expect(throws: TranscriptError.unknownStep(line: 3, "send-flowers")) {
            try Transcript.replay("# clock: 2026-11-26T17:00\n# time zone: UTC\n? send-flowers")
        }
    }

    @Test func coachLinesAreWrittenAnew() throws {
        let replayed = try Transcript.replay("# clock: 2026-11-26T17:00\n# time zone: UTC\nstale words\nyou> Acme")
        #expect(!replayed.contains("stale words"))
        #expect(replayed.contains("you> Acme\nGot it: Acme."))
    }
}
