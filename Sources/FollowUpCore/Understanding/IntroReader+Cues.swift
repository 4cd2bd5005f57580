/// The quick test that lets a line with none of a first message's facts skip `IntroReader.read`.
extension IntroReader {
    /// Words one of which is a token of every line `read` takes a company, a role or people
    /// from: the leads of `company(in:)` ("at", "with", "was"), of `role(in:)` ("as", "for",
    /// "interview", "loop"), one word of each meeting verb and of each verb said after the
    /// people (each such word stands between spaces, so it is a token), and the last words of a
    /// company's name (`companyInRunningText`). Keep it in step with them.
    static let factWords = Set(
        ["at", "with", "was", "as", "for", "interview", "loop"]
            + PeopleReader.meetingVerbs.map { longestWord(of: $0) }
            + verbsAfterPeople.map { longestWord(of: $0, droppingLast: true) }
    ).union(companySuffixes)

    /// The longest word of `phrase`, leaving out its last word when `droppingLast` ("me" of
    /// "interviewed me", which may run on into a longer word).
    private static func longestWord(of phrase: String, droppingLast: Bool = false) -> String {
        let words: [Substring] = Marks.space.split(phrase)
        let kept = droppingLast ? words.dropLast() : words[...]
        return kept.max { $0.count < $1.count }.map(String.init) ?? phrase
    }

    /// Whether `line`, plain ASCII with no address nor number in it and read into `words`, can
    /// hold a fact `read` takes (with `room` false): `false` only when it has none of the marks
    /// between a list's parts (, ; .), none of `factWords`, no word that starts with a role's
    /// noun, and none of the cues of when it ended or of timing. `cued` is whether the words
    /// hold one of `clauseCues`.
    static func mayTell(_ line: String, words: Words, cued: Bool) -> Bool {
        cued || mayName(line, words: words) || words.hasAny(phrases: justEnded)
    }

    /// Whether `line`, read into `words`, can name a company, a person or a role: `false` only
    /// when it is plain ASCII with none of the marks between a list's parts (, ; .), none of
    /// `factWords`, and no word that starts with a role's noun.
    static func mayName(_ line: String, words: Words) -> Bool {
        let isPlain = line.utf8.allSatisfy { byte in
            byte < 128 && byte != UInt8(ascii: ",") && byte != UInt8(ascii: ";") && byte != UInt8(ascii: ".")
        }
        return !isPlain
            || words.tokens.contains { token in
                factWords.contains(token) || isCompanyWord(token)
                    || (roleNounStarts.contains(token.utf8.first ?? 0)
                        && SlotText.roleNouns.contains { token.utf8.starts(with: $0.utf8) })
            }
    }

    /// The first letters of the nouns a role ends in.
    private static let roleNounStarts = ASCIISet { byte in SlotText.roleNouns.contains { $0.utf8.first == byte } }

    /// Whether `token` holds a colon or a slash and is a company's last word once those around
    /// it are dropped, as `companyInRunningText` drops punctuation ("labs:" is "labs").
    private static func isCompanyWord(_ token: String) -> Bool {
        guard token.utf8.contains(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "/") }) else { return false }
        let inner = token.drop { $0 == ":" || $0 == "/" }
        guard let last = inner.lastIndex(where: { $0 != ":" && $0 != "/" }) else { return false }
        return companySuffixes.contains(String(inner[...last]))
    }
}
