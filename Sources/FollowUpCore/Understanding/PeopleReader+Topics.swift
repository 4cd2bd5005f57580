import Foundation

/// Where a name ends and the talk goes on: "lee about user research" is Lee, "sam for coffee" is
/// Sam, "Dana over zoom" is Dana, "priya re the roadmap" is Priya. What follows is what was talked
/// about, or how and where the talk was held: never part of a name.
extension PeopleReader {
    /// Words after a name that always start what the talk was about, never a name nor a role.
    static let topicWords: WordSet = [
        "about", "regarding", "re", "re:", "concerning", "wrt", "touching",
    ]
    /// Words after a name that start how, when or where the talk was held ("over zoom", "for
    /// coffee", "on tuesday"), unless a role follows: "Ana on the data team", "Sam in HR".
    static let settingWords: WordSet = ["over", "for", "on", "via", "during", "at", "in", "by", "after", "before"]

    /// The words `topicWords` and `settingWords` between spaces, found in one pass before any
    /// word is looked at: most chunks hold none.
    private static let spacedTopicAndSettingWords = TextSearch(
        (topicWords.map { $0 } + settingWords.map { $0 }).sorted().map { " \($0) " })

    /// `part` without what the talk was about or how it was held, each up to the end of its
    /// clause (a comma), and whether such a span ran to its end. The first word of a clause is
    /// never cut: "on Monday with Lee Ward" keeps its day.
    static func withoutTopic(_ part: String) -> (part: String, endsInTopic: Bool) {
        let lowered = part.lowercased() + " "
        guard !spacedTopicAndSettingWords.strings(in: lowered).isEmpty else { return (part, false) }
        let words = Marks.space.split(part)
        let lower = Marks.space.split(lowered)
        guard words.count == lower.count else { return (part, false) }
        var kept: [Substring] = []
        var index = words.startIndex
        var endsInTopic = false
        while index < words.endIndex {
            let word = words[index]
            let startsClause = index == words.startIndex || words[index - 1].hasSuffix(",")
            guard !startsClause, isTopicStart(at: index, in: lower) else {
                kept.append(word)
                index += 1
                continue
            }
            // The span runs to the end of its clause; the comma that ends it stays.
            let end = lower[index...].firstIndex { $0.hasSuffix(",") || $0.hasSuffix(";") }
            if let end, let last = kept.last, !last.hasSuffix(",") { kept[kept.count - 1] = last + "," }
            endsInTopic = end == nil
            index = end.map { $0 + 1 } ?? words.endIndex
        }
        return (kept.joined(separator: " ").trimmed(edges), endsInTopic)
    }

    /// Whether the word at `index` of `lower` starts what the talk was about or how it was held.
    private static func isTopicStart(at index: Int, in lower: [Substring]) -> Bool {
        let word = String(lower[index])
        if topicWords.contains(word) { return true }
        guard settingWords.contains(word) else { return false }
        // "Ana on the data team": a role after the word, in its clause, is that person's role.
        let clause = lower[(index + 1)...].prefix { !$0.hasSuffix(",") && !$0.hasSuffix(";") }
        let last = lower[(index + 1)...].dropFirst(clause.count).first.map { [$0] } ?? []
        let words = (clause + last).map { String($0).trimmed(.punctuation) }
        // "Kate for the analyst role": the job applied for is no one's role.
        if words.contains(where: SlotText.roleNounSet.contains) { return true }
        return !words.contains(where: roleWords.contains)
    }
}
