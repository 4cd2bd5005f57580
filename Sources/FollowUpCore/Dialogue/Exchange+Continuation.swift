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
}
