import Foundation

/// The role of someone met, put right: "oliver is the recruiter not hr", "actually oliver's the
/// recruiter", "oliver isn't hr, he's the recruiter". Only a person the coach already knows, and
/// only a line that says the role was wrong ("not", "isn't", "actually").
struct RoleCorrection: Equatable {
    /// The index of the contact whose role changes.
    var index: Int
    /// The new role, in lower case.
    var role: String

    /// The correction `line` makes to the role of one of `contacts`, if it makes one.
    static func find(in line: String, contacts: [Contact]) -> RoleCorrection? {
        // "oliver's the recruiter": the "'s" that `Words` drops is "is" here.
        let said = line.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
            .replacingOccurrences(of: "'s ", with: " is ")
        var tokens = Words(said).tokens
        var marked = false
        while let first = tokens.first, leads.contains(where: { Words.close(first, $0) }) {
            marked = marked || markers.contains { Words.close(first, $0) }
            tokens.removeFirst()
        }
        guard let subject = tokens.first else { return nil }
        let named = contacts.firstIndex { !$0.name.isEmpty && $0.firstName.lowercased() == subject }
        guard named != nil || pronouns.contains(subject) else { return nil }
        tokens.removeFirst()
        // "oliver grant is ...": the last name known is no part of the role.
        if let named, let last = Marks.space.split(contacts[named].name).dropFirst().last?.lowercased(),
            tokens.first == last
        {
            tokens.removeFirst()
        }
        guard let verb = tokens.first, verbs.contains(verb) else { return nil }
        tokens.removeFirst()
        marked = marked || tokens.first == "actually"
        tokens = Array(tokens.drop { fillers.contains($0) })
        let new: [String]
        let old: [String]
        if tokens.first == "not" {
            // "oliver isn't hr, he's the recruiter": the old role, then who has which.
            let rest = tokens.dropFirst()
            guard
                let said = rest.indices.first(where: { at in
                    at + 1 < rest.endIndex && (pronouns.contains(rest[at]) || rest[at] == subject)
                        && verbs.contains(rest[at + 1])
                })
            else { return nil }
            old = title(rest[..<said])
            // "oliver isn't the one who decides, she's ...": someone else's role follows.
            guard isRole(old) else { return nil }
            new = title(rest[(said + 2)...].drop { fillers.contains($0) })
        } else {
            // "oliver is the recruiter not hr", "actually oliver's the recruiter".
            let not = tokens.firstIndex(of: "not") ?? tokens.endIndex
            guard marked || not < tokens.endIndex else { return nil }
            new = title(tokens[..<not])
            old = title(tokens[min(not + 1, tokens.endIndex)...])
        }
        // "actually oliver's title is recruiter" is a title put right another way.
        guard (1...4).contains(new.count), isRole(new), new != old, !new.contains(where: verbs.contains),
            let index = named ?? owner(of: old, among: contacts)
        else { return nil }
        return RoleCorrection(index: index, role: new.joined(separator: " "))
    }

    /// The one whose role was `old` when a pronoun says who it is, else the only person met.
    private static func owner(of old: [String], among contacts: [Contact]) -> Int? {
        let had = contacts.indices.filter { contacts[$0].role?.lowercased() == old.joined(separator: " ") }
        if !old.isEmpty, had.count == 1 { return had[0] }
        return contacts.count == 1 ? 0 : nil
    }

    /// The words of a title: no article before it, nothing said after it.
    private static func title(_ words: ArraySlice<String>) -> [String] {
        Array(words.drop { articles.contains($0) }.prefix { !ends.contains($0) })
    }

    /// Whether `words` name a job: a title's own word ("recruiter", "hr") or the head of one ("head of people").
    private static func isRole(_ words: [String]) -> Bool {
        words.contains { PeopleReader.roleWord($0) != nil || PeopleReader.roleHeads.contains($0) }
    }

    /// Words before the name, read past: "oh", "actually".
    static let leads = ["actually", "no", "sorry", "oh", "wait", "oops", "correction", "nope", "ah", "ok", "okay"]
    /// The leads that say an earlier answer is put right.
    static let markers = ["actually", "no", "sorry", "wait", "oops", "correction", "nope"]
    /// "is", "'re", "are" between the name and the role.
    static let verbs: WordSet = ["is", "re", "are"]
    /// Who the role is said of when the name is not said again.
    static let pronouns: WordSet = ["he", "she", "they"]
    /// Words between "is" and the role that add nothing: "oliver is actually the recruiter".
    static let fillers: WordSet = ["actually", "really", "just", "in", "fact"]
    /// Articles before a role.
    static let articles: WordSet = ["the", "a", "an", "our", "their", "my"]
    /// Words that end a role: what is said after it.
    static let ends: WordSet = [
        "not", "btw", "fyi", "lol", "haha", "now", "too", "there", "at", "by", "and", "but", "sorry", "he", "she",
        "they", "so", "my", "i", "rather", "instead",
    ]
}
