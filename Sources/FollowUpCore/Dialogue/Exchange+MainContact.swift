import Foundation

/// "can the follow up go to dana instead of raj?", "who is my main contact?": who the
/// follow-ups go to, said back or chosen.
extension Exchange {
    /// Answers or records who the follow-ups go to; false when the line is about something else.
    mutating func chooseMainContact(_ line: String, words: Words) -> Bool {
        guard app.interviewEnd != nil, let main = app.mainContact, Self.speaksOfMainContact(words) else {
            return false
        }
        // "dana instead of raj": the one named before "instead of", "not" or "rather than".
        let chosen = words.before(["instead", "not", "rather"])
        let named = app.contacts.filter { !$0.name.isEmpty && chosen.has($0.firstName.lowercased()) }
        guard named.count == 1, let person = named.first, person.id != main.id else {
            say(
                "Your follow-ups go to \(main.described). To change that, say who they should go to, for example \"the follow-ups go to \(app.contacts.last?.firstName ?? "Sam")\"."
            )
            reaskOrOffer()
            return true
        }
        guard apply(.followUpsGoTo(person.id), line: line) != nil else { return true }
        var said = "Done: the follow-ups go to \(person.described) now, not \(main.spoken)"
        if let days, !app.isDone(.secondFollowUp) {
            said +=
                app.isDone(.firstFollowUp)
                ? "; the last one is on \(text.day(days.second))" : "; the first is on \(text.day(days.first))"
        }
        say(said + ".")
        reaskOrOffer()
        return true
    }

    /// Whether the line asks or says who the follow-ups go to.
    static func speaksOfMainContact(_ words: Words) -> Bool {
        if words.hasAny(phrases: ["main contact", "point of contact", "primary contact", "contact person"]) {
            return true
        }
        // "should i email priya instead of meera?": who to write to is who the follow-ups go to.
        let writes = words.hasAny(["email", "call", "contact", "message", "phone", "ring"])
        return
            (words.hasAny(phrases: ["follow up", "follow ups", "followup", "followups", "follow-up", "follow-ups"])
            && words.hasAny(phrases: ["go to", "goes to", "going to", "sent to", "instead of", "rather than"])
            || writes && words.hasAny(phrases: ["instead of", "rather than"]))
            && !words.tokens.contains(where: Self.reportWords.contains)
    }

    /// Words that report a follow-up made rather than choose who it goes to.
    static let reportWords: Set<String> = [
        "emailed", "called", "rang", "phoned", "sent", "texted", "messaged", "followed",
    ]
}
