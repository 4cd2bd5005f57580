/// Which clauses of a report name people still to do: "emailed dana, raj and tom still to go".
enum LeftForLater {
    /// Words that leave a clause's people for later: "tom still to go", "raj yet to get one".
    static let phrases: Phrases = [
        "to go", "to do", "yet", "pending", "remaining", "outstanding", "owe", "still waiting", "left to",
        "still left", "are left", "is left", "not done", "up next", "are next", "is next", "gotta", "got to",
        "still need", "still have to", "need to",
    ]

    /// Whether a clause says its people are still to do: a `phrases` one, or "next" at its end ("tom next").
    static func says(_ words: Words) -> Bool {
        words.tokens.last == "next" || words.hasAny(phrases: phrases)
    }

    /// The most words a clause that only names someone has: "bo", "bo chan", "mr bo chan".
    static let longestName = 3

    /// The line's clauses, as `RoomAnswerReader.clauses` splits them, each with whether it names
    /// people still to do: it says so itself, or it is only a name (`plain`, short) and the clause that
    /// settles them does: the next one joined by "and" ("raj and tom still to go"), or any at the
    /// start of a sentence ("raj, tom and sam are next").
    static func clauses(_ line: String, plain: (Words) -> Bool) -> [(text: String, later: Bool)] {
        var result: [(text: String, later: Bool)] = []
        for sentence in line.split(whereSeparator: { ".!".contains($0) }) {
            let parts = sentence.split(separator: ",").map { RoomAnswerReader.clauses(String($0)) }
            let flat = parts.enumerated().flatMap { part, clauses in
                clauses.enumerated().map { index, text in
                    (text: text, joined: index < clauses.count - 1, first: part == 0 && index == 0)
                }
            }
            for (index, clause) in flat.enumerated() {
                let words = Words(clause.text)
                guard plain(words), words.tokens.count <= Self.longestName, clause.joined || clause.first else {
                    result.append((clause.text, says(words)))
                    continue
                }
                let settling = flat[(index + 1)...].first { !plain(Words($0.text)) }
                result.append((clause.text, settling.map { says(Words($0.text)) } ?? false))
            }
        }
        return result
    }
}
