import Foundation

/// Reads what was talked about with whom, for the thank-you notes: "sam was really into my
/// dashboard project, priya asked about ab testing", "talked with Dev about the on-call rota".
struct TalkReader {
    /// Phrases between a person's name and the topic; the longest that fits is taken.
    static let cues = [
        "was really interested in", "was really excited about", "was super interested in", "asked me a lot about",
        "was interested in", "was excited about", "was really into", "wanted to know about", "asked a lot about",
        "talked to me about", "spent ages on", "told me about", "asked me about", "really liked", "talked about",
        "spoke about", "went deep on", "was into", "asked about", "dug into", "loved", "liked", "discussed",
        "grilled me on", "quizzed me on", "focused on",
    ]

    /// The topic named for each person the line speaks of, by the person's name.
    func topics(in line: String, contacts: [Contact]) -> [String: String] {
        var topics: [String: String] = [:]
        for clause in line.split(whereSeparator: { ",;.!".contains($0) }) {
            let text = " " + clause.trimmingCharacters(in: .whitespaces) + " "
            for contact in contacts where !contact.firstName.isEmpty {
                let name = contact.firstName
                let with = text.range(of: " with \(name) ", options: .caseInsensitive)
                guard let at = with ?? text.range(of: " \(name) ", options: .caseInsensitive) else { continue }
                let after = text[at.upperBound...]
                let cues = Self.cues + (with == nil ? [] : ["about"])
                guard let cue = cues.first(where: { after.lowercased().hasPrefix($0 + " ") }) else { continue }
                let topic = after.dropFirst(cue.count).trimmingCharacters(in: .whitespaces)
                if !topic.isEmpty { topics[contact.name] = topic }
            }
        }
        return topics
    }
}
