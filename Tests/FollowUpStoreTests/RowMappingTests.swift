import FollowUpCore
import Foundation
import Testing

@testable import FollowUpStore

/// The store reads its JSON columns with `ExportReader` where it can: always what `JSONDecoder`
/// reads from the same text.
struct RowMappingTests {
    /// The dialogue column after each line of a conversation that leaves checkpoints, a draft,
    /// skipped questions and text needing escapes behind.
    func dialogues() throws -> [String] {
        let coach = Coach(calendar: StoreTests.calendar)
        var now = try ISOMoment.parse("2026-11-26T17:00", calendar: StoreTests.calendar)
        var conversation = coach.opening(Conversation(), now: now).state
        var dialogues: [String] = []
        let lines = [
            #"interviewed at Café "Acme" today with Sarah Lee and Tom Baker, for the designer role 🙂"#,
            "yes", "not sure", "skip", "they said two weeks", "yes", "no", "/draft thank-you Sarah",
            "I sent Sarah's note\tjust now", "why?", "/undo", "thanked Tom too",
        ]
        for line in lines {
            conversation = coach.respond(to: line, in: conversation, now: now).state
            dialogues.append(try #require(try RowMapping.dialogue(of: conversation)))
            now += 3600
        }
        return dialogues
    }

    @Test func storedDialoguesReadAsJSONDecoderReadsThem() throws {
        var readDirectly = 0
        for json in try dialogues() {
            let decoded = try RowMapping.decoder.decode(Conversation.self, from: Data(json.utf8))
            #expect(try RowMapping.value(Conversation.self, from: json, read: ExportReader.dialogue) == decoded)
            var copy = json
            let direct = copy.withUTF8 { bytes in
                var cursor = JSONCursor(bytes)
                return try? ExportReader.dialogue(&cursor)
            }
            if let direct {
                #expect(direct == decoded, "\(json)")
                readDirectly += 1
            }
        }
        // Checkpoints and escaped text are read directly; only a draft is left to JSONDecoder.
        #expect(readDirectly >= 8)
    }

    @Test func aColumnIsReadWithBlanksOrRefusedAsBefore() throws {
        let frame = #"{"count" : 2, "kind": "within", "unit": "weeks"}"#
        #expect(
            try RowMapping.value(TimeFrame.self, from: frame, read: ExportReader.timeFrame)
                == TimeFrame.within(2, .weeks))
        #expect(try RowMapping.value(TimeFrame.self, from: nil, read: ExportReader.timeFrame) == nil)
        #expect(throws: (any Error).self) {
            try RowMapping.value(TimeFrame.self, from: #"{"kind": "soon"}"#, read: ExportReader.timeFrame)
        }
    }
}
