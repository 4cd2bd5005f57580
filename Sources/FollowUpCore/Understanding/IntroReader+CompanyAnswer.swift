import Foundation

/// A first message read as the answer to "Which company was the interview with?".
extension IntroReader {
    /// What `line` tells, where a lone "interview with Acme" names the company, not someone met;
    /// "interviewed with Sarah Lee" still names a person.
    func readAsCompanyAnswer(_ line: String, now: Date) -> Intro {
        var intro = read(line, now: now)
        guard intro.company == nil, intro.people.count == 1, let person = intro.people.first, person.role == nil,
            !person.name.contains(" ") || Self.endsLikeACompany(person.name),
            Words.range(of: " with " + person.name.lowercased(), ignoringCaseIn: " " + Self.spelledOut(line)) != nil
        else { return intro }
        intro.company = person.name
        intro.people = []
        intro.reachable = []
        return intro
    }

    /// Verbs of the story that start no company's name: "emailed sam last night".
    static let storyVerbs = Set(Tense.pastWords).subtracting(["was", "were", "did", "had"]).union([
        "need", "still", "waiting", "send", "sending", "emailing", "calling", "thanking",
    ])

    /// Whether `line` starts with a verb of the story rather than a name.
    static func startsWithAVerb(_ line: String) -> Bool {
        Words(line).tokens.first.map(storyVerbs.contains) ?? false
    }
}
