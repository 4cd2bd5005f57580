import Foundation
import Testing

@testable import FollowUpCore

/// Corpus/facts.tsv: for each line, the facts of one kind it must give (or none), read as the
/// chat reads a line; lines of kind "nothing" must give no fact at all.
struct FactCorpusTests {
    struct Entry: Sendable, CustomTestStringConvertible {
        var kind: String
        var text: String
        var expected: String
        var testDescription: String { "\(kind): \(text)" }
    }

    static let entries: [Entry] = {
        let url = CorpusTests.folder.appendingPathComponent("facts.tsv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Entry(
                kind: columns[0], text: columns.count > 1 ? columns[1] : "",
                expected: columns.count > 2 ? columns[2] : "")
        }
    }()

    /// The floor for the whole file: a miss is a known weakness, not a licence to drift.
    static let floor = 0.95

    static func actual(_ entry: Entry) -> String {
        let facts = Understanding(calendar: CorpusTests.calendar).read(entry.text, now: CorpusTests.defaultNow).facts
        guard entry.kind != "nothing" else {
            return facts.map { "\($0.kind.rawValue)=\($0.value)" }.joined(separator: "; ")
        }
        let values = facts.filter { $0.kind.rawValue == entry.kind }.map(\.value)
        return values.isEmpty ? "none" : values.joined(separator: "; ")
    }

    @Test func everyKindHasTenPhrasingsAndNegatives() {
        for kind in Fact.Kind.allCases {
            let lines = Self.entries.filter { $0.kind == kind.rawValue }
            #expect(lines.count >= 10, "\(kind.rawValue) has \(lines.count) lines")
            #expect(lines.contains { $0.expected == "none" }, "\(kind.rawValue) has no line that must give none")
        }
        #expect(Self.entries.filter { $0.kind == "nothing" }.count >= 10)
        #expect(Self.entries.allSatisfy { $0.kind == "nothing" || Fact.Kind(rawValue: $0.kind) != nil })
    }

    @Test func theFactsAreReadAtLeastAsWellAsTheFloor() {
        let misses = Self.entries.filter { Self.actual($0) != $0.expected }
        let accuracy = Double(Self.entries.count - misses.count) / Double(Self.entries.count)
        #expect(
            accuracy >= Self.floor,
            "\(misses.map { "\($0.kind): \($0.text) -> \(Self.actual($0)), not \($0.expected)" })")
    }
}
