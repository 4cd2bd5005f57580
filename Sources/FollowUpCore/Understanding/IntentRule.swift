/// One row of an intent table: the phrases a line must hold for the row to apply, what else the
/// row checks, and the intent it gives. Like swift-parsing's `OneOf`, a table is read top to
/// bottom and the first row that gives an intent wins, so a row's place is its priority.
final class IntentRule: Sendable {
    /// A short name, for the tests that pin which row wins over which.
    let name: String
    /// The line must hold one of these for the row to apply; empty when only `read` decides.
    let phrases: Phrases
    /// The one intent the row gives, if it gives only one.
    let intent: Intent?
    /// Whether the row gives `intent` whenever the line holds one of `phrases`, checking nothing else.
    let isPlain: Bool
    /// Whether the row is skipped for a line that denies or plans the deed: "I will follow up".
    let needsDeed: Bool
    /// The rows read in place of this one, when it stands for a whole table (see `init(_:when:rows:)`).
    let rows: [IntentRule]
    private let reading: @Sendable (Words) -> Intent?

    /// A row that gives `intent` when the line holds one of `phrases` and `condition` holds.
    convenience init(
        _ name: String, _ phrases: Phrases = [], needsDeed: Bool = false,
        when condition: (@Sendable (Words) -> Bool)? = nil, _ intent: Intent
    ) {
        self.init(name, phrases, needsDeed: needsDeed, intent: intent, isPlain: condition == nil) { words in
            condition?(words) == false ? nil : intent
        }
    }

    /// A row that holds logic: once the line holds one of `phrases`, `read` gives the intent, or
    /// nil to leave the line to the rows below.
    convenience init(_ name: String, _ phrases: Phrases = [], read: @escaping @Sendable (Words) -> Intent?) {
        self.init(name, phrases, reading: read)
    }

    /// A row that reads the table `rows` when `condition` holds: "should I...?" opens the advice.
    convenience init(_ name: String, when condition: @escaping @Sendable (Words) -> Bool, rows: [IntentRule]) {
        self.init(name, [], rows: rows) { words in condition(words) ? rows.first(reading: words) : nil }
    }

    private init(
        _ name: String, _ phrases: Phrases, needsDeed: Bool = false, intent: Intent? = nil, isPlain: Bool = false,
        rows: [IntentRule] = [], reading: @escaping @Sendable (Words) -> Intent?
    ) {
        self.name = name
        self.phrases = phrases
        self.intent = intent
        self.isPlain = isPlain
        self.needsDeed = needsDeed
        self.rows = rows
        self.reading = reading
    }

    /// The row's intent for `words`, or nil when the row does not apply.
    func read(_ words: Words) -> Intent? {
        if !phrases.isEmpty, !words.hasAny(phrases: phrases) { return nil }
        return reading(words)
    }
}

extension [IntentRule] {
    /// The intent of the first row that reads `words`; `planned` skips the rows that need a deed.
    func first(reading words: Words, planned: Bool = false) -> Intent? {
        for rule in self where !(planned && rule.needsDeed) {
            if let intent = rule.read(words) { return intent }
        }
        return nil
    }
}
