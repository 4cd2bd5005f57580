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
        changeRole(of: index, to: given.joined(separator: " "), line: line)
        return true
    }

    /// Puts right the role of someone met said wrong before: "oliver is the recruiter not hr",
    /// "oliver isn't hr, he's the recruiter"; false when `line` puts no one's role right.
    mutating func correctRole(_ line: String) -> Bool {
        guard let fix = RoleCorrection.find(in: line, contacts: app.contacts) else { return false }
        changeRole(of: fix.index, to: fix.role, line: line)
        return true
    }

    /// Gives the contact at `index` the role `role`, says so in one line, and asks again what was asked.
    private mutating func changeRole(of index: Int, to role: String, line: String) {
        let before = app.contacts[index]
        checkpoint(line)
        app.contacts[index].role = role
        let now = app.contacts[index].described
        let same = before.role.map { $0.lowercased() == role.lowercased() } ?? true
        say(same ? "Noted: \(now)." : "Changed: \(now), not \(before.described).")
        reaskOrOffer()
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
