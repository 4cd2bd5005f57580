import Foundation

/// Reads an answer about the interview room, which may settle more than the step asked:
/// "yes, and I got both their cards", "I thanked them but forgot to ask about timing".
struct RoomAnswerReader {
    /// What one answer says.
    struct Reading {
        var steps: [StepID: YesNo] = [:]
        /// Whether the candidate can reach each person, by the person's name.
        var details: [String: Bool] = [:]
    }

    static let topics: [StepID: [String]] = [
        .expressInterest: ["interest", "interested", "want the job", "excited", "keen", "enthusiastic", "want it",
                           "want this job", "look forward", "looking forward"],
        .askNextStep: ["next step", "next steps", "timeline", "time frame", "timeframe", "when they", "decide",
                       "decision", "hear back", "what happens next", "timing"],
        .sayThanks: ["thank", "thanked", "thanks", "grateful", "appreciation", "appreciated"],
        .collectCards: ["card", "cards", "contact", "contacts", "details", "email address", "email", "emails", "number",
                        "numbers", "linkedin", "phone", "gave me"],
    ]

    func read(_ line: String, asked: StepID?, contacts: [Contact]) -> Reading {
        var reading = Reading()
        let clauses = Self.clauses(line)
        let only = Words(line).has("only")
        for clause in clauses {
            let words = Words(clause)
            let topics = StepID.atInterview.filter { step in
                Self.topics[step]!.contains { $0.contains(" ") ? words.has(phrase: $0) : words.has($0) }
            }
            let named = contacts.filter { words.has($0.firstName.lowercased()) }
            var answer = YesNo(words) ?? (topics.isEmpty && named.isEmpty ? nil : .yes)
            if only, !named.isEmpty { answer = .yes }
            guard let answer else { continue }
            let aboutCards = topics.contains(.collectCards) || (asked == .collectCards && topics.isEmpty)
            if aboutCards, answer != .unsure {
                for person in named { reading.details[person.name] = answer == .yes }
            }
            let settled = topics.isEmpty ? asked.map { [$0] } ?? [] : topics
            for step in settled where reading.steps[step] == nil {
                reading.steps[step] = answer
            }
        }
        guard let cards = reading.steps[.collectCards], !reading.details.isEmpty else { return reading }
        let rest = only ? false : cards == .yes
        for person in contacts where reading.details[person.name] == nil {
            reading.details[person.name] = rest
        }
        let all = reading.details.values
        reading.steps[.collectCards] = all.allSatisfy { $0 } ? .yes : .no
        return reading
    }

    static func clauses(_ line: String) -> [String] {
        var text = " " + line + " "
        for separator in [" and ", " but ", " also ", " plus ", " though ", " although "] {
            text = text.replacingOccurrences(of: separator, with: ";", options: .caseInsensitive)
        }
        return text.split(whereSeparator: { ";,.!".contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}
