import Testing

@testable import FollowUpCore

/// The intent tables as data: no phrase listed twice, none listed where it can never decide, and
/// every place where two rows both read a line pinned by such a line and the row that wins.
struct IntentTableTests {
    static let tables: [String: [IntentRule]] = [
        "intents": IntentReader.intents, "advice": IntentReader.advice, "reports": IntentReader.reports,
        "question reports": IntentReader.questionReports,
    ]

    /// A line two rows of one table both read, and the row that wins.
    struct Decision: Sendable, CustomTestStringConvertible {
        var line: String
        var winner: String
        var loser: String
        var table = "intents"
        var testDescription: String { "\(winner) over \(loser): \(line)" }
    }

    static let decisions: [Decision] = [
        Decision(line: "actually they offered me the job", winner: "correction marker", loser: "offer"),
        Decision(line: "should i drop it or can you write them one more note", winner: "giving up", loser: "draft"),
        Decision(line: "wait, it was Tuesday, what should I do", winner: "correction marker", loser: "what now"),
        Decision(
            line: "should I write back to them, can you help with the email", winner: "should I reply", loser: "draft"),
        Decision(
            line: "i knew it, they clearly went with someone else", winner: "a worry, not a no", loser: "rejected"),
        Decision(line: "sorry I meant they turned me down", winner: "correction phrase", loser: "rejected"),
        Decision(line: "I meant Tuesday, what now", winner: "correction phrase", loser: "what now"),
        Decision(line: "what do you mean, what should I do", winner: "explain", loser: "what now"),
        Decision(line: "no card from Dev, should I just email?", winner: "no address", loser: "card or email"),
        Decision(line: "they said no, what now?", winner: "what now", loser: "rejected"),
        Decision(line: "whats next today?", winner: "what now", loser: "where things stand"),
        Decision(line: "not sure of the next step for me", winner: "what now", loser: "not for me"),
        Decision(line: "what if I follow up now?", winner: "how long", loser: "where things stand"),
        Decision(
            line: "what should I write in the thank you note, can you help?", winner: "what to write", loser: "draft"),
        Decision(
            line: "I changed my mind, I'm not interested", winner: "not interested, plainly", loser: "changed mind"),
        Decision(
            line: "I want the job after all, I was never unsure", winner: "changed mind", loser: "not wanting the job"),
        Decision(line: "I accepted an offer elsewhere", winner: "accepted elsewhere", loser: "offer"),
        Decision(line: "how long should it be?", winner: "note length", loser: "how long", table: "advice"),
        Decision(
            line: "should I tell them now where things stand or wait until they ask?", winner: "how to decline",
            loser: "where things stand"),
        Decision(line: "I do not want to withdraw", winner: "changed mind", loser: "not interested"),
        Decision(line: "they said no but asked for references", winner: "references", loser: "rejected"),
        Decision(line: "still deciding, an offer may come next week", winner: "still deciding", loser: "offer"),
        Decision(line: "I just had the second interview", winner: "next interview done", loser: "next round"),
        Decision(
            line: "anything left now that the second round is done", winner: "where things stand",
            loser: "round over, with their day"),
        Decision(line: "submitted the take home today", winner: "take-home done", loser: "next round"),
        Decision(
            line: "should i worry they ghosted me since the interview", winner: "never reply",
            loser: "silence since a round"),
        Decision(line: "hi, thanks", winner: "thanks, in short", loser: "greeting", table: "reports"),
        Decision(
            line: "im done with them, i sent the thank you note and nothing since", winner: "letting go",
            loser: "sent thank-you", table: "reports"),
        Decision(
            line: "they emailed me back after my thank you note", winner: "got in touch", loser: "sent thank-you",
            table: "reports"),
        Decision(
            line: "I followed up and then they called", winner: "got in touch", loser: "followed up", table: "reports"),
        Decision(line: "I emailed my thank you note", winner: "sent thank-you", loser: "followed up", table: "reports"),
    ]

    /// Lines whose reading hangs on a row's logic rather than on which row comes first.
    static let examples: [(String, Intent?)] = [
        ("oh and they actually said three weeks", .correction("said three weeks")),
        ("wait, they just offered me the job", .employerAnswered(.offer)),
        ("sorry, I meant Tuesday", .correction("tuesday")),
        ("the company is Initech", .correction("the company is initech")),
        ("I don't think I want this job", .notInterested),
        ("I still want the job, not sure when they decide", .changedMind),
        ("it's not for me", .notInterested),
        ("which one is for me, not sure", nil),
        // A question after the marker asks; it corrects nothing.
        ("wait, what should I do", .whatNow),
        ("wait why 2 days?", .why),
        // What became of the role is news, not its new name.
        ("the role is paused until mid january", .stillDeciding),
        ("recruiter called, position's on hold till january", .stillDeciding),
        ("I got an offer from another place and accepted it", .acceptedElsewhere),
        ("got an email back, they want a 2nd chat next wed", .employerAnswered(.nextRound)),
        ("should i just give up on it", .advice(.givingUp)),
        ("anything i should be doing", .whatNow),
        ("should i reply to it?", .advice(.shouldReply)),
        ("honestly not feeling this one anymore", .notInterested),
        ("how do i negotiate? i was hoping for 58", .advice(.offer)),
        ("its the 13th and nothing from keisha, they clearly went with someone else", .noReply),
    ]

    /// Word lists read outside the tables' phrase columns: each holds an entry once.
    static let lists: [(String, [String])] = [
        ("correctionMarkers", IntentReader.correctionMarkers), ("quit", IntentReader.quit),
        ("greetings", IntentReader.greetings), ("thanks", IntentReader.thanks), ("didIt", Array(IntentReader.didIt)),
        ("askingWords", Array(IntentReader.askingWords)), ("futureMarkers", Array(IntentReader.futureMarkers)),
        ("adviceAskingWords", Array(IntentReader.adviceAskingWords)),
    ]

    static func words(_ phrase: String) -> [String] {
        phrase.split(separator: " ").map(String.init)
    }

    /// Whether the words of `inner` come in a row in `outer`: any line holding `outer` holds `inner`.
    static func holds(_ outer: String, _ inner: String) -> Bool {
        let outer = words(outer)
        let inner = words(inner)
        guard inner.count <= outer.count else { return false }
        return (0...outer.count - inner.count).contains { Array(outer[$0..<$0 + inner.count]) == inner }
    }

    /// Every row with its rows in place of it, in reading order.
    static func flattened(_ rules: [IntentRule]) -> [IntentRule] {
        rules.flatMap { [$0] + flattened($0.rows) }
    }

    @Test(arguments: lists.map(\.0))
    func aListHoldsEachEntryOnce(name: String) {
        let list = Self.lists.first { $0.0 == name }?.1 ?? []
        let repeated = Dictionary(grouping: list, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(repeated.isEmpty, "\(name) repeats \(repeated)")
    }

    /// The decisions name rows, so a name stands for one row.
    @Test(arguments: tables.keys.sorted())
    func eachRowHasItsOwnName(table: String) {
        let names = Self.flattened(Self.tables[table] ?? []).map(\.name)
        #expect(Set(names).count == names.count, "\(table): \(names)")
    }

    /// A phrase listed twice in a row, or in two rows that decide on the phrase alone, leaves
    /// the reader to guess which place decides.
    @Test(arguments: tables.keys.sorted())
    func noPhraseIsListedTwice(table: String) {
        let rules = Self.flattened(Self.tables[table] ?? [])
        let repeatedInARow = rules.flatMap { rule in
            Dictionary(grouping: rule.phrases, by: { $0 }).filter { $0.value.count > 1 }.keys.map {
                "\($0) in \(rule.name)"
            }
        }
        let plain = rules.filter(\.isPlain).flatMap { rule in rule.phrases.map { ($0, rule.name) } }
        let repeatedAcross = Dictionary(grouping: plain, by: \.0).filter { $0.value.count > 1 }
            .map { "\($0.key) in \($0.value.map(\.1))" }
        #expect((repeatedInARow + repeatedAcross).isEmpty, "\(table) repeats \(repeatedInARow + repeatedAcross)")
    }

    /// A phrase that holds another phrase of its row, or a phrase of a row above that decides on
    /// the phrase alone, can never decide anything.
    @Test(arguments: tables.keys.sorted())
    func noPhraseIsShadowed(table: String) {
        let rules = Self.tables[table] ?? []
        var shadowed: [String] = []
        for (index, top) in rules.enumerated() {
            let above = rules[..<index].filter { $0.isPlain && !$0.needsDeed }
            for rule in Self.flattened([top]) {
                for phrase in rule.phrases {
                    for other in above {
                        for inner in other.phrases where Self.holds(phrase, inner) {
                            shadowed.append("\(rule.name): \"\(phrase)\" holds \"\(inner)\" of \(other.name)")
                        }
                    }
                    for inner in rule.phrases where inner != phrase && Self.holds(phrase, inner) {
                        shadowed.append("\(rule.name): \"\(phrase)\" holds \"\(inner)\"")
                    }
                }
            }
        }
        #expect(shadowed.isEmpty, "\(shadowed)")
    }

    /// Where a phrase of one row holds a phrase of a row below that may give another intent, the
    /// two overlap, and a pinned decision says which wins.
    @Test(arguments: tables.keys.sorted())
    func everyOverlapIsPinned(table: String) {
        let rules = Self.flattened(Self.tables[table] ?? [])
        var unpinned: [String] = []
        for (index, rule) in rules.enumerated() {
            for below in rules[(index + 1)...] where below.intent == nil || below.intent != rule.intent {
                let overlaps = rule.phrases.contains { outer in below.phrases.contains { Self.holds(outer, $0) } }
                let pinned = Self.decisions.contains { $0.winner == rule.name && $0.loser == below.name }
                if overlaps, !pinned { unpinned.append("\(rule.name) over \(below.name)") }
            }
        }
        #expect(unpinned.isEmpty, "\(table): \(unpinned)")
    }

    @Test(arguments: decisions)
    func aPinnedDecisionHolds(_ decision: Decision) throws {
        let rules = Self.flattened(Self.tables[decision.table] ?? [])
        let winner = try #require(rules.firstIndex { $0.name == decision.winner })
        let loser = try #require(rules.firstIndex { $0.name == decision.loser })
        let words = Words(decision.line)
        #expect(winner < loser)
        #expect(rules[loser].read(words) != nil, "\(decision.loser) does not read the line")
        let won = try #require(rules[winner].read(words), "\(decision.winner) does not read the line")
        #expect((Self.tables[decision.table] ?? []).first(reading: words) == won)
    }

    @Test(arguments: examples)
    func aSpecialCaseReadsAsPinned(line: String, expected: Intent?) {
        #expect(IntentReader().intent(of: Words(line)) == expected)
    }

    @Test func aQuestionIsNeverAReport() {
        #expect(IntentReader().report(in: Words("is it ok to follow up now")) == nil)
        #expect(IntentReader().report(in: Words("I followed up"), asking: true) == nil)
        #expect(IntentReader().report(in: Words("still nothing, should I worry"), asking: true) == .noReply)
        #expect(IntentReader().report(in: Words("I followed up")) == .followedUp)
        #expect(IntentReader().report(in: Words("I will follow up tomorrow")) == nil)
    }
}
