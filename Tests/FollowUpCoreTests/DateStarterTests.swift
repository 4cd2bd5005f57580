import Foundation
import Testing
@testable import FollowUpCore

/// The date scanner skips longer words that no reader listens for: its list of them must hold
/// every longer word the readers' sources name.
struct DateStarterTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/FollowUpCore").standardized

    /// The lowercase words of five letters or more in the string literals of `file`, comments left out.
    static func literalWords(in file: URL) throws -> Set<String> {
        let code = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
            .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
        var words = Set<String>()
        for line in code {
            for (index, literal) in line.split(separator: "\"", omittingEmptySubsequences: false).enumerated() where index % 2 == 1 {
                for word in literal.split(separator: " ") where word.utf8.count >= 5 && word.allSatisfy({ ("a"..."z").contains($0) }) {
                    words.insert(String(word))
                }
            }
        }
        return words
    }

    @Test func everyLongReaderWordMayStartAMention() throws {
        let folder = Self.sources.appendingPathComponent("Understanding")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { ($0.hasPrefix("DateScan") && $0 != "DateScan+Starters.swift") || $0 == "DateFinder.swift" }
            .map { folder.appendingPathComponent($0) } + [Self.sources.appendingPathComponent("Dates/NumberWords.swift")]
        #expect(files.count >= 9)
        var words = Set<String>()
        for file in files { words.formUnion(try Self.literalWords(in: file)) }
        #expect(words.contains("thanksgiving"))
        #expect(words.subtracting(DateScan.longStarters).sorted() == [])
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
