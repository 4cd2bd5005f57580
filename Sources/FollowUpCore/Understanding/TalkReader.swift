import Foundation

/// Reads what was talked about with whom, for the thank-you notes: "sam was really into my
/// dashboard project", "priya kept asking about ab testing", "talked with Dev about the rota".
struct TalkReader {
    /// Words that say a conversation was about something.
    static let talkWords: Set<String> = [
        "asked", "asking", "talked", "talking", "spoke", "speaking", "discussed", "chatted", "interested", "excited",
        "curious", "keen", "grilled", "quizzed", "focused", "dug", "went", "questions", "told", "telling",
        "passionate", "wanted",
    ]
    /// Words that join the talk to its topic.
    static let joins: Set<String> = ["about", "on", "in", "into", "over", "re"]
    /// Verbs whose object is the topic: "Ana loved my portfolio".
    static let direct: Set<String> = ["loved", "liked", "discussed", "praised", "enjoyed"]

    /// Words that start no topic: "she liked me".
    static let pronouns: Set<String> = ["me", "you", "him", "her", "them", "us", "it", "that", "this", "myself"]
    /// Words before a name that make what follows a doubt: "whether helen liked me".
    static let doubts: Set<String> = ["whether", "if", "wonder", "unsure", "sure"]
    /// The marks that end a clause of talk: , ; . !
    static let clauseEnds = Marks(",;.!")

    /// The topic named for each person the line speaks of, by the person's name.
    func topics(in line: String, contacts: [Contact]) -> [String: String] {
        var topics: [String: String] = [:]
        for clause in line.split(whereSeparator: Self.clauseEnds.contains) {
            let words = clause.split(separator: " ").map(String.init)
            let lower = words.map { $0.lowercased().filter(\.isLetter) }
            for contact in contacts where !contact.firstName.isEmpty {
                let name = contact.firstName.lowercased()
                guard let at = lower.firstIndex(where: { $0 == name || $0 == name + "s" }),
                    let topic = topic(after: at, in: words, lower: lower)
                else { continue }
                topics[contact.name] = topic
            }
        }
        return topics
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
