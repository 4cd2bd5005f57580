import Foundation
import Testing

@testable import FollowUpCore

/// A reader the table skips at a word finds nothing there: the start words leave none out.
struct DateReaderTableTests {
    let calendar = ScheduleTests.calendar("America/New_York")

    /// The corpus lines, and typos of the words that start mentions.
    static let lines =
        (CorpusTests.main + CorpusTests.heldBack).map(\.text) + [
            "tommorow at 3", "wensday morning", "frday", "decmber 3rd", "witihn two weeks", "teh end of the month",
            "nxt week", "duirng the weekend", "thanksgving", "christmass eve", "arond noon", "beggining of june",
            "qstart of next year", "the secnd week of march", "a cuple of days", "thirteeen days from now",
        ]

    @Test func skippedReadersFindNothing() throws {
        let now = try ISOMoment.parse("2026-12-01T09:00", calendar: calendar)
        for line in Self.lines {
            let tokens = Words(line).tokens
            for index in tokens.indices {
                for table in [DateScan.readers, DateScan.pointReaders] {
                    let candidates = table.candidates(at: tokens[index])
                    for (place, reader) in table.readers.enumerated() where candidates & 1 << place == 0 {
                        var scan = DateScan(
                            tokens: tokens, today: Day(now, in: calendar), calendar: calendar, past: false,
                            reference: now, order: .monthFirst)
                        scan.index = index
                        #expect(reader.read(&scan) == nil, "\(line): reader \(place) at \(tokens[index])")
                    }
                }
            }
        }
    }

    @Test func aWordNoReaderStartsWithSkipsThemAll() {
        #expect(DateScan.readers.candidates(at: "company") == 0)
        #expect(DateScan.readers.candidates(at: "by").nonzeroBitCount == 1)
        #expect(DateScan.readers.candidates(at: "3pm") == (1 << DateScan.readers.readers.count) - 1)
    }
}
