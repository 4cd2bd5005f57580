import Foundation

/// "oh and his title is office manager, not practice manager": the role of someone met, put right.
extension Exchange {
    /// Puts right the role of the person `line` means; false when it gives no one's role.
    mutating func correctTitle(_ line: String) -> Bool {
        let tokens = Words(line).tokens
        guard
            let at = tokens.indices.first(where: { index in
                Self.titleWords.contains(tokens[index]) && index > 0 && tokens.dropFirst(index + 1).first == "is"
            })
        else { return false }
        // "his job title is ...": the owner comes before "job".
        let ownerAt = tokens[at - 1] == "job" && at > 1 ? at - 2 : at - 1
        let owner = tokens[ownerAt]
        let rest = tokens.dropFirst(at + 2)
        let given = rest.prefix { !["not", "btw", "fyi", "lol", "now", "too"].contains($0) }
            .drop { ["a", "an", "the", "actually", "just"].contains($0) }
        let old = rest.drop { $0 != "not" }.dropFirst().drop { ["a", "an", "the"].contains($0) }.joined(separator: " ")
        guard (1...4).contains(given.count), !given.contains(where: Self.notARole.contains),
            let index = titleOwner(owner, before: tokens[..<ownerAt].last, old: old)
        else { return false }
        let before = app.contacts[index].described
        checkpoint(line)
        app.contacts[index].role = given.joined(separator: " ")
        say("Changed: \(app.contacts[index].described), not \(before).")
        reaskOrOffer()
        return true
    }

    /// The person whose title it is: "his", "her" or "their" is the one whose role was the old
    /// one, else the only person met; "dana's", "danas" or "dana" is Dana.
    private func titleOwner(_ owner: String, before: String?, old: String) -> Int? {
        let name = owner == "s" ? before ?? "" : owner
        if let index = app.contacts.firstIndex(where: {
            [name, String(name.dropLast())].contains($0.firstName.lowercased())
        }) {
            return index
        }
        guard ["his", "her", "their"].contains(owner) else { return nil }
        if !old.isEmpty, let index = app.contacts.firstIndex(where: { $0.role?.lowercased() == old }) { return index }
        return app.contacts.count == 1 ? 0 : nil
    }

    /// Words that name someone's role.
    static let titleWords: Set<String> = ["title", "role", "position", "job"]
}
