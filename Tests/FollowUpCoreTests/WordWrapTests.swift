import Testing

@testable import FollowUpCore

/// Replies wrapped to the terminal's width.
struct WordWrapTests {
    @Test func shortLinesStayAsTheyAre() {
        #expect(WordWrap.wrap("Good: you can reach everyone.", width: 80) == "Good: you can reach everyone.")
        #expect(WordWrap.wrap("one\n\ntwo", width: 3) == "one\n\ntwo")
    }

    @Test func longLinesBreakBetweenWords() {
        let text = "An answer from them at any point ends the chain. /plan shows this timeline again."
        let wrapped = WordWrap.wrap(text, width: 30)
        #expect(wrapped == "An answer from them at any\npoint ends the chain. /plan\nshows this timeline again.")
        #expect(wrapped.split(separator: "\n").allSatisfy { $0.count <= 30 })
        #expect(wrapped.replacingOccurrences(of: "\n", with: " ") == text)
    }

    @Test func indentedLinesKeepTheirIndentation() {
        let text = "Here is your plan:\n  Monday, Dec 14: follow up with Sarah Lee by email or phone."
        #expect(
            WordWrap.wrap(text, width: 32) == """
                Here is your plan:
                  Monday, Dec 14: follow up with
                  Sarah Lee by email or phone.
                """)
    }

    @Test func spacesInsideALineAreKeptWhereItIsNotBroken() {
        #expect(
            WordWrap.wrap("  /plan     the timeline: each step with its date", width: 30) == """
                  /plan     the timeline: each
                  step with its date
                """)
    }

    @Test func aWordLongerThanTheLineIsNotCut() {
        let long = "https://example.com/a/very/long/path"
        #expect(WordWrap.wrap("see \(long) now", width: 10) == "see\n\(long)\nnow")
    }
}
