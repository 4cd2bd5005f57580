import Foundation

/// The answer to "Was that your first follow-up?", asked of a message told days before it.
extension Exchange {
    /// Takes "it was the note", "that was the follow up", "yes" or "no" as the answer; false
    /// when the line says something else.
    mutating func answerEarlyMessage(_ early: EarlyMessage, line: String) -> Bool {
        let words = Words(line)
        guard words.tokens.count <= Self.longestEarlyAnswer, let person = app.contact(named: early.contact),
            let first = days?.first
        else { return false }
        let answer = YesNo(words)
        if words.hasAny(phrases: Self.followUpWords) || (answer == .yes && !words.hasAny(Self.noteWords)) {
            recordFollowUp(line: line, on: early.day)
            return true
        }
        guard words.hasAny(Self.noteWords) || answer == .no else { return false }
        if person.thankedOn == nil, words.hasAny(Self.noteWords) {
            guard apply(.thankYouSent(to: [person.id]), line: line, on: early.day) != nil else { return true }
            say("Well done: thank-you sent to \(person.name).")
            adviseAfterReport()
            return true
        }
        let note =
            person.thankedOn.map { "I have \(person.firstName)'s thank-you note as sent \(text.day($0))" }
            ?? "I have no note to \(person.firstName) recorded"
        say("Then nothing changes: \(note), and your first follow-up is still on \(text.day(first)).")
        return true
    }

    /// The most words an answer to the early-message question runs to.
    static let longestEarlyAnswer = 8

    /// Words that name the thank-you note.
    static let noteWords = ["note", "thank", "thanks", "thankyou", "ty", "card"]
}
