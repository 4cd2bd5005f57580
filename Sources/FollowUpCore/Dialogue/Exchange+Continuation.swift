import Foundation

/// A report finished in the next line: "sent thank yous", then "to helen n ben", then "and lucy".
extension Exchange {
    /// Words a fragment that goes on with the last report starts with.
    static let continuations: Set<String> = ["to", "and", "just", "only", "also", "plus", "n", "&"]

    /// Takes `line` as the end of the thank-you report just made, when it starts like a
    /// fragment and names people: the note went to those named (the report had named nobody,
    /// so it was taken for everyone), or to them as well. False when it is no such fragment.
    mutating func continueThanks(_ line: String, words: Words) -> Bool {
        guard let first = words.tokens.first, Self.continuations.contains(first),
            let last = state.checkpoints.last
        else { return false }
        let thanked = app.contacts.filter { person in
            person.thankedOn != nil && last.application.contacts.first { $0.id == person.id }?.thankedOn == nil
        }
        let named = app.contacts.filter { words.has($0.firstName.lowercased()) }
        guard let day = thanked.first?.thankedOn, !named.isEmpty else { return false }
        let onlyThese = ["to", "just", "only"].contains(first)
        if onlyThese {
            // "sent thank yous" then "to helen n ben": the others are still waiting.
            app = last.application
            state.checkpoints.removeLast()
        }
        let new = named.filter { person in app.contacts.first { $0.id == person.id }?.thankedOn == nil }
        guard !new.isEmpty else { return false }
        guard apply(.thankYouSent(to: new.map(\.id)), line: line, on: day) != nil else { return true }
        say("Got it: thank-you sent to \(Application.names(new)).")
        if !app.contactsAwaitingThanks.isEmpty {
            say("Still to go: \(Application.names(app.contactsAwaitingThanks)).")
        } else {
            adviseAfterReport()
        }
        return true
    }

    /// "clare + dev still to do": the notes not sent yet, said back with what is recorded of
    /// those named; false when the line names no one or says nothing is left to do.
    mutating func noteStillToThank(_ line: String, words: Words) -> Bool {
        // "emailed sam last night, still need to do priya" is a report first.
        guard words.hasAny(phrases: Self.stillToDo), !line.contains("?"), !mentionsANoteSent(line) else { return false }
        let named = app.contacts.filter { words.has($0.firstName.lowercased()) }
        guard !named.isEmpty, !app.isDone(.sendThankYou) || named.contains(where: { $0.thankedOn != nil }) else {
            return false
        }
        let waiting = app.contactsAwaitingThanks.filter { person in named.contains { $0.id == person.id } }
        var said = waiting.isEmpty ? "" : "Right: \(Application.names(waiting)) still to go, today if you can."
        for person in named {
            guard let day = person.thankedOn else { continue }
            said += " I have \(person.firstName)'s note as sent \(text.day(day))."
        }
        say(said.trimmed(.whitespaces))
        reaskOrOffer()
        return true
    }

    /// Words that say a note is still to write: "still to do", "not yet".
    static let stillToDo: Phrases = [
        "still to do", "still to go", "still need", "not done yet", "still have to", "still gotta", "still got to",
        "yet to do",
    ]
}
