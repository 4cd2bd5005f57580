import Foundation

/// Reads what was talked about with whom, for the thank-you notes: "sam was really into my
/// dashboard project", "priya kept asking about ab testing", "talked with Dev about the rota".
struct TalkReader {
    /// Words that say a conversation was about something.
    static let talkWords: WordSet = [
        "asked", "asking", "talked", "talking", "spoke", "speaking", "discussed", "chatted", "interested", "excited",
        "curious", "keen", "grilled", "quizzed", "focused", "dug", "went", "questions", "told", "telling",
        "passionate", "wanted",
    ]
    /// Words that join the talk to its topic.
    static let joins: WordSet = ["about", "on", "in", "into", "over", "re"]
    /// Verbs whose object is the topic: "Ana loved my portfolio".
    static let direct: WordSet = ["loved", "liked", "discussed", "praised", "enjoyed"]

    /// Words that start no topic: "she liked me".
    static let pronouns: WordSet = ["me", "you", "him", "her", "them", "us", "it", "that", "this", "myself"]
    /// Words before a name that make what follows a doubt: "whether helen liked me".
    static let doubts: WordSet = ["whether", "if", "wonder", "unsure", "sure"]
    /// Dashes typed as words, which set a clause apart.
    static let dashes: WordSet = ["-", "–", "—"]
    /// The marks that end a clause of talk: , ; . !
    static let clauseEnds = Marks(",;.!")

    /// Words that say a conversation happened, for a topic shared by everyone met.
    static let conversations: WordSet = ["talked", "spoke", "chatted", "discussed", "talking"]
    /// Words that start a new clause after "and": "... with sarah and the team is moving".
    static let subjects: WordSet = ["the", "their", "they", "theyre", "we", "i", "she", "he", "it", "its"]
    /// Words that tell of meeting someone: "... about user research and met sam for coffee".
    static let meetings: WordSet = ["met", "saw"]

    /// Whether the words from `index` tell of meeting or talking to someone else: "met sam",
    /// "spoke to dana"; what comes before is a topic of its own.
    private static func meetsSomeoneElse(after index: Int, in words: [String]) -> Bool {
        guard index < words.count else { return false }
        let verb = words[index].lowercased()
        if meetings.contains(verb) { return true }
        guard conversations.contains(verb), index + 1 < words.count else { return false }
        let joining = words[index + 1].lowercased()
        return joining == "with" || joining == "to"
    }
    /// Words that join a subject to what it is doing: "the team is moving to kubernetes".
    static let beings: WordSet = ["is", "are", "theyre", "were", "was"]
    /// Words of a clause about the decision or the timing, which is no topic for a note.
    static let timingWords: WordSet = [
        "decide", "deciding", "decision", "hear", "hearing", "back", "know", "next", "week", "weeks", "days", "by",
        "until", "offer", "interview", "interviewing", "hiring", "looking", "taking", "waiting", "getting", "going",
        "reviewing", "considering", "seeing", "meeting", "talking", "thinking",
    ]
    /// The words for the employer that a shared topic starts with: "the team is moving to ...".
    static let teams: WordSet = ["team", "company", "org", "department", "group", "engineers", "product"]

    /// The topic named for each person the line speaks of, by the person's name.
    func topics(in line: String, contacts: [Contact]) -> [String: String] {
        var topics: [String: String] = [:]
        for words in clauses(of: line) {
            let lower = words.map { $0.lowercased().filter(\.isLetter) }
            for contact in contacts where !contact.firstName.isEmpty {
                let name = contact.firstName.lowercased()
                guard let at = lower.firstIndex(where: { $0 == name || $0 == name + "s" }),
                    let topic = topic(after: at, in: words, lower: lower) ?? topic(before: at, in: words, lower: lower)
                else { continue }
                topics[contact.name] = topic
            }
        }
        return topics
    }

    /// What the line says was talked about with no one named, or what the team is doing:
    /// "we talked about their roadmap", "the team is moving to kubernetes" (as "how the team is
    /// moving to kubernetes"); nil when it says neither.
    func sharedTopic(in line: String, contacts: [Contact]) -> String? {
        let names = Set(contacts.map { $0.firstName.lowercased() })
        for words in clauses(of: line) {
            let lower = words.map { $0.lowercased().filter(\.isLetter) }
            guard !lower.contains(where: { names.contains($0) || names.contains(String($0.dropLast())) }),
                !lower.contains(where: Self.timingWords.contains)
            else { continue }
            if let talk = lower.firstIndex(where: Self.conversations.contains) {
                // "we talked a lot about X": the "about" may come a few words on.
                let about = lower[(talk + 1)..<min(talk + 5, lower.count)].firstIndex(of: "about")
                let start = lower[talk] == "discussed" ? talk + 1 : (about ?? talk + 1) + 1
                guard start < words.count, lower[start - 1] == "discussed" || lower[start - 1] == "about",
                    !Self.pronouns.contains(lower[start])
                else { continue }
                return words[start...].joined(separator: " ").trimmed(.punctuation)
            }
            guard let first = lower.firstIndex(where: { ["the", "their", "they", "theyre"].contains($0) }),
                lower[first].hasPrefix("they") || (first + 1 < lower.count && Self.teams.contains(lower[first + 1])),
                let being = lower[first...].prefix(3).firstIndex(where: Self.beings.contains),
                being + 1 < words.count, lower[being + 1].hasSuffix("ing")
            else { continue }
            return "how " + words[first...].joined(separator: " ").trimmed(.punctuation)
        }
        return nil
    }

    /// The line's clauses as words: cut at , ; . ! and at an "and" or "but" that starts a new
    /// subject ("... with sarah and the team is moving").
    private func clauses(of line: String) -> [[String]] {
        var clauses: [[String]] = []
        for clause in line.split(whereSeparator: Self.clauseEnds.contains) {
            var current: [String] = []
            // "Meera Patel - we talked about the migration - and Tom": a spaced dash ends a clause too.
            let words = clause.split(separator: " ").map(String.init)
            for (index, word) in words.enumerated() {
                let next = index + 1 < words.count ? words[index + 1].lowercased().filter(\.isLetter) : ""
                if Self.dashes.contains(word) {
                    if !current.isEmpty { clauses.append(current) }
                    current = []
                } else if ["and", "but"].contains(word.lowercased()), !current.isEmpty,
                    Self.subjects.contains(next) || Self.meetsSomeoneElse(after: index + 1, in: words)
                {
                    clauses.append(current)
                    current = []
                } else {
                    current.append(word)
                }
            }
            if !current.isEmpty { clauses.append(current) }
        }
        return clauses
    }

    /// "we talked about their dashboard migration with sarah": the words between the join after
    /// a talk word and the "with" before the name.
    private func topic(before name: Int, in words: [String], lower: [String]) -> String? {
        guard name >= 2, ["with", "to"].contains(lower[name - 1]),
            let talk = lower[..<name].firstIndex(where: Self.talkWords.contains),
            let join = lower[talk..<name].firstIndex(where: Self.joins.contains), join < talk + 3,
            join + 1 < name - 1, !Self.pronouns.contains(lower[join + 1])
        else { return nil }
        let topic = words[(join + 1)..<(name - 1)].joined(separator: " ").trimmed(.punctuation)
        return topic.contains(where: \.isLetter) ? topic : nil
    }

    /// The words after the first join that follows a talk word within six words of the name
    /// ("kept asking about X"), or after a direct verb ("loved X"); a topic with letters only.
    private func topic(after name: Int, in words: [String], lower: [String]) -> String? {
        var talked = false
        // "talked with priya about X": the talk word came before the name.
        if name >= 1,
            (name >= 2 && Self.talkWords.contains(lower[name - 2])) || Self.talkWords.contains(lower[name - 1])
        {
            talked = true
        }
        for index in (name + 1)..<min(words.count, name + 7) {
            let word = lower[index]
            // "was really into X": being into something is talking about it.
            let into = word == "into" && ["was", "really", "super", "very", "so", "totally"].contains(lower[index - 1])
            let joined = (talked && Self.joins.contains(word)) || into || Self.direct.contains(word)
            let starts = joined ? index + 1 : nil
            if let starts, starts < words.count {
                // "whether helen liked me": a worry, and a person, are no topic.
                guard !Self.pronouns.contains(lower[starts]), name == 0 || !Self.doubts.contains(lower[name - 1]) else {
                    return nil
                }
                let topic = words[starts...].joined(separator: " ").trimmed(.punctuation)
                return topic.contains(where: \.isLetter) ? topic : nil
            }
            if Self.talkWords.contains(word) { talked = true }
        }
        return nil
    }
}
