import Foundation

/// Reads an answer about the interview room, which may settle more than the step asked:
/// "yes, and I got both their cards", "I thanked them but forgot to ask about timing".
struct RoomAnswerReader {
    /// What one answer says.
    struct Reading {
        var steps: [StepID: YesNo] = [:]
        /// Whether the candidate can reach each person, by the person's number.
        var details: [Contact.ID: Bool] = [:]
    }

    static let topics: [StepID: [String]] = [
        .expressInterest: [
            "interest", "interested", "want the job", "excited", "keen", "enthusiastic", "want it",
            "want this job", "look forward", "looking forward", "want this", "really want", "want the role",
            "want the position",
        ],
        .askNextStep: [
            "next step", "next steps", "timeline", "time frame", "timeframe", "when they", "decide",
            "decision", "hear back", "what happens next", "timing", "get back", "back to me", "let me know",
        ],
        .sayThanks: ["thank", "thanked", "thanks", "grateful", "appreciation", "appreciated"],
        .collectCards: [
            "card", "cards", "contact", "contacts", "details", "email address", "email", "emails", "number",
            "numbers", "linkedin", "phone", "gave me", "mail id", "mail ids", "mail address", "email id", "email ids",
        ],
    ]

    /// Words for the thank-you note sent after the interview, which is no answer about the room:
    /// "priya hasnt had her thank you yet".
    static let noteWords: Phrases = [
        "thank you note", "thank you notes", "thank you email", "thank you card", "her thank you", "his thank you",
        "their thank you", "a thank you", "the thank you", "thank you needed", "ty note",
        // An employer's own thanks, in a pasted message: "Thank you for coming in today".
        "thank you for coming", "thanks for coming", "thank you for your interest", "thanks for your interest",
        "thank you for taking the time", "thanks for taking the time", "for interviewing with us",
        "for meeting with us", "thank you for applying", "thanks for applying",
    ]

    /// Words that leave people out: "cards from all of them but Denise".
    static let exceptions = [" but not ", " except ", " apart from ", " other than ", " besides ", " but "]

    /// The marks that end a sentence: . ! ? ;
    static let sentenceEnds = Marks(".!?;")

    func read(_ line: String, asked: StepID?, contacts: [Contact]) -> Reading {
        // "who is my main contact? should be dana": a question answers nothing.
        let line = Self.withoutQuestions(line)
        // "Cards from all of them but Denise" settles the cards; the other sentences still count.
        let sentences = line.split(whereSeparator: Self.sentenceEnds.contains).map(String.init)
        for (index, sentence) in sentences.enumerated()
        where Self.exceptions.contains(where: { Words.range(of: $0, ignoringCaseIn: sentence) != nil }) {
            guard var reading = allBut(sentence, asked: asked, contacts: contacts) else { continue }
            let others = sentences.enumerated().filter { $0.offset != index }.map(\.element)
            if !others.isEmpty {
                let rest = read(others.joined(separator: ". "), asked: nil, contacts: contacts)
                for (step, answer) in rest.steps where step != .collectCards { reading.steps[step] = answer }
            }
            return reading
        }
        var reading = Reading()
        let clauses = Self.clauses(line)
        let only = Words(line).has("only")
        var previousTopics: [StepID] = []
        for clause in clauses {
            let words = Words(clause)
            if words.hasAny(phrases: Self.noteWords) { continue }
            var topics = StepID.atInterview.filter { step in
                Self.topics[step, default: []].contains { words.has(phrase: $0) }
            }
            // "only the manager gave me a card": people named by their role count too.
            let named = contacts.filter { contact in
                // "anas card": a possessive typed without its apostrophe.
                words.names(contact)
                    || (only
                        && (contact.role ?? "").lowercased().split(separator: " ").contains { words.has(String($0)) })
            }
            // "bill gave me his card, milton did not": a clause naming only people is about the last topic.
            if topics.isEmpty, !named.isEmpty { topics = previousTopics }
            previousTopics = topics
            // "ana's card" when asked about cards: naming someone is a yes about them, but not
            // for another question ("can the follow up go to dana?").
            var answer = YesNo(words) ?? (topics.isEmpty && (named.isEmpty || asked != .collectCards) ? nil : .yes)
            if only, !named.isEmpty { answer = .yes }
            guard let answer else { continue }
            let aboutCards = topics.contains(.collectCards) || (asked == .collectCards && topics.isEmpty)
            if aboutCards, answer != .unsure {
                for person in named { reading.details[person.id] = answer == .yes }
            }
            let settled = topics.isEmpty ? asked.map { [$0] } ?? [] : topics
            for step in settled where reading.steps[step] == nil {
                reading.steps[step] = answer
            }
        }
        guard let cards = reading.steps[.collectCards], !reading.details.isEmpty else { return reading }
        // "i have jons email": the people it does not name stay as they were, unless it says
        // "all" or "both" of them ("yes both, and ana's email too") or "only".
        let everyone = Words(line).hasAny(["all", "everyone", "everybody", "both", "each", "every"])
        for person in contacts where reading.details[person.id] == nil {
            reading.details[person.id] = only ? false : everyone ? cards == .yes : person.hasDetails
        }
        let all = reading.details.values
        reading.steps[.collectCards] =
            all.contains(false) ? .no : reading.details.count < contacts.count ? nil : .yes
        return reading
    }

    /// "Cards from all of them but Denise": everyone can be reached except the people named
    /// after the exception; nil when the line is not of that shape.
    private func allBut(_ line: String, asked: StepID?, contacts: [Contact]) -> Reading? {
        let lower = " " + line.lowercased() + " "
        guard asked == .collectCards || Words(line).hasAny(["card", "cards", "details", "emails"]),
            let range = Self.exceptions.lazy.compactMap({ Words.range(of: $0, ignoringCaseIn: lower) }).first,
            Words(String(lower[..<range.lowerBound])).hasAny(["all", "everyone", "everybody", "both", "them", "each"])
        else { return nil }
        let after = Words(String(lower[range.upperBound...]))
        let left = contacts.filter { after.has($0.firstName.lowercased()) }
        guard !left.isEmpty else { return nil }
        var reading = Reading()
        for contact in contacts { reading.details[contact.id] = !left.contains { $0.id == contact.id } }
        reading.steps[.collectCards] = .no
        return reading
    }

    /// `line` without its questions: each sentence that ends in "?" is left out.
    static func withoutQuestions(_ line: String) -> String {
        guard line.contains("?") else { return line }
        var kept = ""
        var sentence = ""
        for character in line {
            sentence.append(character)
            if character == "?" {
                // "i think so?", "sort of?": a hedged answer, not a question.
                if YesNo(Words(sentence)) != nil { kept += sentence }
                sentence = ""
            } else if ".!;".contains(character) {
                kept += sentence
                sentence = ""
            }
        }
        return kept + sentence
    }

    static func clauses(_ line: String) -> [String] {
        var text = " " + line + " "
        for separator in [" and ", " but ", " also ", " plus ", " though ", " although "] {
            text = Words.replacing(separator, with: ";", ignoringCaseIn: text)
        }
        return text.split(whereSeparator: TalkReader.clauseEnds.contains)
            .map { $0.trimmed(.whitespaces) }
            .filter { !$0.isEmpty }
    }
}
