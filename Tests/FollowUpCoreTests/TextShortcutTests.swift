import Testing

@testable import FollowUpCore

/// The byte-level shortcuts the reader takes give what the plain library calls give.
@Suite struct TextShortcutTests {
    static let texts = [
        "", " ", "  ", "a", "met sam,  priya ", ",leading, and trailing,", "two\r\nlines here", "café au lait, ok",
        "e\u{301} accent", " \u{301}combining after a space", "tab\there", "a,,b", ";", "ünïcödé; and, more",
    ]

    @Test(arguments: texts)
    func splittingAtMarksIsTheLibrarySplit(text: String) {
        let marks = Marks(" ,;")
        for omitting in [true, false] {
            let expected = text.split(omittingEmptySubsequences: omitting, whereSeparator: marks.contains)
            #expect(marks.split(text, omittingEmpty: omitting) == expected)
            let inner = text.dropFirst()
            #expect(
                marks.split(inner, omittingEmpty: omitting)
                    == inner.split(omittingEmptySubsequences: omitting, whereSeparator: marks.contains))
        }
    }

    @Test func aWordSetHoldsItsWordsOnly() {
        let words: [String] = [
            "a", "an", "and", "role", "roles", "position", "spot", "x" + String(repeating: "y", count: 40),
        ]
        let set = WordSet(words)
        for word in words { #expect(set.contains(word)) }
        for other in ["", "b", "ann", "rol", "rolex", "spots", "x", "x" + String(repeating: "y", count: 41), "Role"] {
            #expect(!set.contains(other))
        }
        #expect(set.sorted() == words.sorted())
    }

    @Test func aSearchIgnoringCaseFindsTheFirstPlace() throws {
        let text = "Met Sam AT Acme, then at Initech"
        let found = try #require(Words.range(of: " at ", ignoringCaseIn: text))
        #expect(text[found] == " AT ")
        #expect(Words.range(of: " at ", exactlyIn: text).map { text[$0] } == " at ")
        #expect(Words.range(of: "initech!", ignoringCaseIn: text) == nil)
        #expect(Words.range(of: "x", ignoringCaseIn: "") == nil)
    }
}

extension TextShortcutTests {
    @Test(arguments: [(2026, 12, 3), (1, 1, 1), (999, 10, 31), (9999, 12, 31), (10000, 1, 2), (-5, 3, 4), (2026, 0, 0)])
    func aDayIsWrittenAsThePaddedNumbersGiveIt(year: Int, month: Int, day: Int) {
        let written = Day(year: year, month: month, day: day).description
        #expect(written == Day.padded(year, 4) + "-" + Day.padded(month, 2) + "-" + Day.padded(day, 2))
    }
}
