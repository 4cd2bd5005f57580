/// Getting in touch, as a line tells it: the words for it, and who did it ("I emailed Sam",
/// "the recruiter called").
enum Deed {
    /// Past-tense words for a written message that went out: "emailed".
    static let messageVerbs = [
        "sent", "emailed", "mailed", "wrote", "messaged", "texted", "posted", "dropped", "emaild", "emialed",
        "emailled",
    ]

    /// Past-tense words for getting in touch other than by a written message: "rang".
    static let contactVerbs = ["pinged", "rang", "called", "nudged", "chased", "phoned", "followed", "checked"]

    /// Who, before the verb, did it instead of the user: "the recruiter called".
    static let theirSide: WordSet = [
        "she", "he", "they", "someone", "it", "recruiter", "hr", "the", "their", "her", "his", "manager",
    ]

    /// The verbs a subject comes before; "did" too, so "did my first follow up on the 22nd" has
    /// no subject in "the 22nd".
    private static let verbs = Set(messageVerbs + contactVerbs + ["reached", "did"])

    /// Whether someone on their side is named before the first deed word: "and cobalt: the
    /// recruiter called", "sam emailed" (with Sam among `contacts`).
    /// "omar ty sent fri" is the note to Omar: a name before a word for the note is no subject.
    static func byThem(_ words: Words, contacts: [Contact] = []) -> Bool {
        let before = Array(words.tokens.prefix { !verbs.contains($0) })
        if before.contains(where: noteWords.contains) { return false }
        // "left her a voicemail": the word after "left" is whom it was left for.
        let subjects = before.indices.filter { $0 == 0 || before[$0 - 1] != "left" }.map { before[$0] }
        return subjects.contains { word in
            theirSide.contains(word) || contacts.contains { $0.firstName.lowercased() == word }
        }
    }

    /// Words for the user's own note, which make the name before them its recipient.
    static let noteWords: WordSet = ["ty", "tys", "note", "notes", "thankyou", "thank"]
}
