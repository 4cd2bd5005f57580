import Foundation

/// Takes a company or a role out of the words around it: "it was with Acme" is Acme, "the
/// senior backend engineer role" is senior backend engineer. The user's own spelling is kept.
public enum SlotText {
    /// Words that lead into a company's name.
    static let companyLeads = [
        "the company name is", "company name is", "the company's name is", "the name is",
        "my interview was with", "the interview was with", "the interview was at",
        "i interviewed with", "i interviewed at", "interviewed with", "interviewed at",
        "interview with", "interview at", "the company is", "company is", "the company was",
        "it was with", "it was at", "it was", "it is", "it's", "was with", "was at", "with", "at", "for",
    ]
    /// Words that lead into a role.
    static let roleLeads = [
        "i interviewed for", "i applied for", "interviewed for", "applied for", "it was for",
        "it's for", "it is for", "it was", "it's", "it is", "the role is", "the job is",
        "the position is", "role is", "job is", "position is", "for the", "for a", "for an",
        "as a", "as an", "as", "for", "the", "a", "an",
    ]
    /// Words that name the kind of thing a role is.
    static let roleNouns = ["role", "position", "job", "opening", "post", "gig", "vacancy", "opportunity", "spot"]
    /// `roleNouns` as a set: the job applied for, which no one met holds.
    static let roleNounSet = WordSet(roleNouns)

    /// Whether `text`'s last word, after a space, names the kind of thing a role is: "lab technician role".
    static func endsInRoleNoun(_ text: some StringProtocol) -> Bool {
        guard let space = text.lastIndex(of: " ") else { return false }
        return roleNounSet.contains(text[text.index(after: space)...].lowercased())
    }

    /// The company named in an answer to "which company?".
    public static func company(from answer: String) -> String {
        IntroReader.titled(trimmed(strip(leads: companyLeads, from: trimmed(answer))))
    }

    /// The role named in an answer to "which role?".
    public static func role(from answer: String) -> String {
        var role = trimmed(answer)
        var changed = true
        while changed {
            let before = role
            role = strip(leads: roleLeads, from: role)
            for noun in roleNouns {
                if role.lowercased().hasSuffix(" " + noun) { role = String(role.dropLast(noun.count + 1)) }
            }
            role = trimmed(role)
            changed = role != before && !role.isEmpty
        }
        return role.isEmpty ? trimmed(answer) : role
    }

    /// `text` without the first of `leads` it starts with (whole words, any case).
    static func strip(leads: [String], from text: String) -> String {
        let lower = text.lowercased()
        for lead in leads where lower.hasPrefix(lead + " ") {
            return String(text.dropFirst(lead.count + 1))
        }
        return text
    }

    static func trimmed(_ text: String) -> String {
        var text = stripped(Substring(text))
        // "brightwave lol": chat filler is not part of a name.
        let lower = text.lowercased()
        for filler in [" lol", " haha", " btw", " tho", " though", " lmao"] where lower.hasSuffix(filler) {
            text = stripped(text.dropLast(filler.count))
        }
        return String(text)
    }

    /// The punctuation taken off a name's ends.
    private static let edgeMarks = Marks(" .,!;:\"'")

    /// `text` without the spaces and punctuation around it.
    private static func stripped(_ text: Substring) -> Substring {
        // "🍕 Pizza Co 🍕": pictures around a name are no part of it.
        let edge: (Character) -> Bool = {
            $0.isWhitespace || edgeMarks.contains($0)
                || $0.unicodeScalars.contains {
                    $0.properties.isEmojiPresentation || $0.properties.generalCategory == .otherSymbol
                }
        }
        guard let first = text.firstIndex(where: { !edge($0) }), let last = text.lastIndex(where: { !edge($0) })
        else { return "" }
        return text[first...last]
    }
}
