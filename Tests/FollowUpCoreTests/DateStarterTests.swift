import Foundation
import Testing

@testable import FollowUpCore

/// The date scanner skips words that no reader listens for: its lists must hold every word
/// the readers' sources name.
struct DateStarterTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/FollowUpCore").standardized

    /// The lowercase words in the string literals of `file`, comments left out.
    static func literalWords(in file: URL) throws -> Set<String> {
        let code = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
            .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
        var words = Set<String>()
        for line in code {
            for (index, literal) in line.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
            where index % 2 == 1 {
                for word in literal.split(separator: " ") where word.allSatisfy({ ("a"..."z").contains($0) }) {
                    words.insert(String(word))
                }
            }
        }
        return words
    }

    @Test func everyLongReaderWordMayStartAMention() throws {
        let folder = Self.sources.appendingPathComponent("Understanding")
        let files =
            try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { ($0.hasPrefix("DateScan") && $0 != "DateScan+Starters.swift") || $0 == "DateFinder.swift" }
            .map { folder.appendingPathComponent($0) } + [
                Self.sources.appendingPathComponent("Dates/NumberWords.swift")
            ]
        #expect(files.count >= 9)
        var words = Set<String>()
        for file in files { words.formUnion(try Self.literalWords(in: file)) }
        #expect(words.isSuperset(of: ["thanksgiving", "days", "the"]))
        #expect(words.filter { $0.utf8.count >= 5 }.subtracting(DateScan.longStarters).sorted() == [])
        #expect(
            words.subtracting(DateScan.longStarters).subtracting(DateScan.shortCarriers)
                .subtracting(DateScan.genericStarters).sorted() == [])
    }

    @Test func aGenericWordAfterTheLastDateWordStartsNothing() {
        #expect(DateScan.carriesDate("days") && DateScan.carriesDate("tomorow") && DateScan.carriesDate("3pm"))
        #expect(!DateScan.carriesDate("the") && !DateScan.carriesDate("company"))
    }

    @Test(arguments: ["tomorrow", "tommorow", "thursdays", "decmber", "x2026", "décembre"])
    func longWordsThatMayStartAMention(word: String) {
        #expect(DateScan.mayStart(word))
    }

    @Test(arguments: ["interested", "company", "recruiter", "thanks", "hiring"])
    func longWordsThatStartNone(word: String) {
        #expect(!DateScan.mayStart(word))
    }
}

/// A mention that starts with generic words reaches a word that carries a date within `genericReach`.
struct GenericReachTests {
    let calendar = ScheduleTests.calendar("America/New_York")

    @Test(arguments: [
        ("honestly they were not sure when", DateMention.Kind.unknown),
        ("i think they did not say", .unknown),
        ("by the end of the month", .point),
        ("sometime in the first week of january", .range),
    ])
    func genericWordsBeforeTheDateWord(text: String, kind: DateMention.Kind) throws {
        let now = try ISOMoment.parse("2026-12-01T09:00", calendar: calendar)
        let found = DateFinder(calendar: calendar).mentions(in: text, reference: now)
        #expect(found.map(\.kind) == [kind])
    }
}

/// A typo close to two names reads as the first in the calendar's order, in every run.
struct TypoOrderTests {
    @Test func aTypoCloseToTwoMonthsReadsTheFirst() throws {
        let calendar = ScheduleTests.calendar("America/New_York")
        let now = try ISOMoment.parse("2026-06-01T09:00", calendar: calendar)
        // "nevember" is one letter from November and two from December.
        let found = DateFinder(calendar: calendar).mentions(in: "by nevember 3", reference: now)
        #expect(found.first?.end?.day == Day(iso: "2026-11-03"))
        #expect(DateScan.monthsInOrder.map(\.value) == Array(1...12))
    }
}
