import Foundation
import Testing

@testable import FollowUpCore

/// The quick test that lets most lines skip the first-message reader (`IntroReader.mayTell`)
/// never skips one with a fact: over every corpus line, and the lines of every transcript,
/// the reader gives the same with the test as without it (reading the room turns it off).
struct IntroGateTests {
    static let lines: [(text: String, now: Date)] = {
        let corpora =
            (CorpusTests.main + CorpusTests.heldBack).map { ($0.text, $0.now) }
            + FactCorpusTests.entries.map { ($0.text, CorpusTests.defaultNow) }
        let folder = CorpusTests.folder.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Transcripts")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let typed = names.flatMap { name in
            ((try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? "")
                .split(separator: "\n").filter { $0.hasPrefix("you> ") }.map {
                    (String($0.dropFirst(5)), CorpusTests.defaultNow)
                }
        }
        return corpora + typed
    }()

    /// What a first message's reading gives, the room's facts left out.
    static func summary(_ intro: IntroReader.Intro) -> String {
        [
            intro.company ?? "-", intro.role ?? "-", intro.ended.map { "\($0.date)" } ?? "-",
            intro.people.map(\.described).joined(separator: "; "), intro.timeFrame.map { "\($0.frame)" } ?? "-",
            intro.reachable.joined(separator: "; "), "\(intro.tellsOfAnother)",
        ].joined(separator: " | ")
    }

    @Test func theQuickTestSkipsNoLineWithAFact() {
        #expect(Self.lines.count > 1_500)
        let reader = IntroReader(calendar: CorpusTests.calendar)
        var skipped = 0
        for (text, now) in Self.lines {
            let gated = reader.read(text, now: now, room: false)
            let whole = reader.read(text, now: now, room: true)
            #expect(Self.summary(gated) == Self.summary(whole), "\(text)")
            if Self.summary(gated) == Self.summary(IntroReader.Intro()) { skipped += 1 }
        }
        // Most lines tell nothing of a first message: the test is worth having.
        #expect(skipped > Self.lines.count / 3)
    }
}
