import FollowUpCore
import FollowUpSession
import FollowUpStore
import Foundation
import Testing

/// Replays every file in Transcripts/ through the desk the terminal uses, on a fresh in-memory
/// database; `FOLLOWUP_RECORD=1` writes them anew.
struct TranscriptTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Transcripts")

    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted()
    }()

    @Test func theTranscriptsAreThere() {
        #expect(Self.files.count >= 6)
    }

    @Test(arguments: files)
    func replays(_ name: String) throws {
        let url = Self.folder.appendingPathComponent(name)
        let recorded = try String(contentsOf: url, encoding: .utf8)
        // "# region: US" gives the coach that region's public holidays; none by default.
        let region =
            recorded.split(separator: "\n").first { $0.hasPrefix("# region:") }
            .flatMap { Region(code: $0.dropFirst("# region:".count).trimmingCharacters(in: .whitespaces)) }
            ?? Region.none
        let holidays = HolidayCalendar(region: region)
        let replayed = try Transcript.replay(recorded) { calendar in
            Desk(
                store: try Store.inMemory(calendar: calendar).planning(with: holidays),
                coach: Coach(calendar: calendar, holidays: holidays), editor: SigningEditor())
        }
        if ProcessInfo.processInfo.environment["FOLLOWUP_RECORD"] == "1" {
            try replayed.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        #expect(
            replayed == recorded,
            "\(name) no longer replays; FOLLOWUP_RECORD=1 swift test re-records it.\n\(TextDiff.describe(expected: recorded, actual: replayed))"
        )
    }
}

/// What Tab offers in the chat.
struct CompletionTests {
    @Test func draftsCompleteToKindsFormsAndPeople() throws {
        let calendar = Calendar(identifier: .gregorian)
        var desk = Desk(store: try Store.inMemory(calendar: calendar), coach: Coach(calendar: calendar))
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        _ = desk.open(now: now)
        for line in ["Acme", "Designer", "just now", "Sarah Lee; Tom Park"] { _ = desk.respond(to: line, now: now) }
        #expect(
            desk.completions(for: "/draft thank-you ") == [
                "/draft thank-you card", "/draft thank-you linkedin", "/draft thank-you Sarah", "/draft thank-you Tom",
            ])
        #expect(
            desk.completions(for: "/dr") == [
                "/draft", "/draft thank-you", "/draft thank-you card", "/draft thank-you linkedin",
                "/draft thank-you Sarah", "/draft thank-you Tom", "/draft first-follow-up",
                "/draft first-follow-up phone", "/draft first-follow-up linkedin", "/draft second-follow-up",
                "/draft second-follow-up phone", "/draft second-follow-up linkedin", "/draft decline",
            ])
        #expect(desk.completions(for: "/switch a") == ["/switch Acme"])
    }
}

/// The README shows a real excerpt of a transcript.
struct ReadmeExcerptTests {
    @Test func everyLineOfTheExcerptIsInTheTranscript() throws {
        let root = TranscriptTests.folder.deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let excerpt = try #require(
            readme.components(separatedBy: "```text\n").dropFirst().first?.components(separatedBy: "```").first)
        let transcript = try String(
            contentsOf: TranscriptTests.folder.appendingPathComponent("1-guided-walkthrough.txt"), encoding: .utf8)
        let lines = Set(transcript.components(separatedBy: "\n"))
        let shown = excerpt.components(separatedBy: "\n").filter {
            !$0.isEmpty && $0.trimmingCharacters(in: .whitespaces) != "..."
        }
        #expect(shown.count > 10)
        #expect(shown.filter { !lines.contains($0) } == [])
    }
}
