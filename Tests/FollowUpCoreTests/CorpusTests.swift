import Foundation
import Testing
@testable import FollowUpCore

/// Every phrasing in Corpus/phrasings.tsv, read at a fixed moment and compared with its
/// expected reading. `Scripts/understanding-accuracy` prints the accuracy per category.
struct CorpusTests {
    struct Entry: Sendable, CustomTestStringConvertible {
        var line: Int
        var category: String
        var text: String
        var expected: String
        var testDescription: String { "\(category): \(text)" }
    }

    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Corpus/phrasings.tsv")

    static let entries: [Entry] = {
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            guard !line.hasPrefix("#"), !line.isEmpty else { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return fields.count == 3 ? Entry(line: index + 1, category: fields[0], text: fields[1], expected: fields[2]) : nil
        }
    }()

    static let calendar = ScheduleTests.calendar("America/New_York")
    static let now = try! ISOMoment.parse("2026-11-26T17:00", calendar: calendar)

    /// The reading of `text`, written the way the corpus writes expectations for `category`.
    static func actual(_ category: String, _ text: String) -> String {
        let reading = Understanding(calendar: calendar).read(text, now: now)
        switch category {
        case "dates", "negative":
            let dates = reading.dates.map { mention -> String in
                guard let start = mention.start, let end = mention.end else { return "unknown" }
                return start == end ? start.description : "\(start)..\(end)"
            }
            return dates.isEmpty ? "none" : dates.joined(separator: " | ")
        case "answers": return reading.answer?.rawValue ?? "none"
        case "channels": return reading.channel?.rawValue ?? "none"
        case "intents": return reading.intent ?? "none"
        case "people":
            let people = reading.people.map { person in
                [person.name.isEmpty ? nil : person.name, person.role.map { "(\($0))" }, person.email.map { "<\($0)>" },
                 person.phone.map { "[\($0)]" }].compactMap { $0 }.joined(separator: " ")
            }
            return people.isEmpty ? "none" : people.joined(separator: "; ")
        default: return "unknown category \(category)"
        }
    }

    @Test func theCorpusIsLargeEnough() {
        #expect(Self.entries.count >= 300)
        #expect(Set(Self.entries.map(\.category)) == ["dates", "negative", "answers", "channels", "people", "intents"])
    }

    @Test(arguments: entries)
    func reads(_ entry: Entry) {
        #expect(Self.actual(entry.category, entry.text) == entry.expected, "line \(entry.line)")
    }

    /// Prints accuracy per category when FOLLOWUP_CORPUS_REPORT is set (used by the script).
    @Test func reportsAccuracyPerCategory() {
        guard ProcessInfo.processInfo.environment["FOLLOWUP_CORPUS_REPORT"] != nil else { return }
        var lines: [String] = []
        for category in Set(Self.entries.map(\.category)).sorted() {
            let entries = Self.entries.filter { $0.category == category }
            let right = entries.filter { Self.actual($0.category, $0.text) == $0.expected }.count
            lines.append(String(format: "accuracy %-9@ %3d/%3d  %5.1f%%", category as NSString, right, entries.count,
                                100 * Double(right) / Double(entries.count)))
        }
        print(lines.joined(separator: "\n"))
        #expect(lines.count == 6)
    }
}
