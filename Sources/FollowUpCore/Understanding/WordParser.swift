/// A small parser over a line's words, in the style of pointfreeco/swift-parsing: a parser
/// consumes words from the scan and gives a value, or gives nil and consumes nothing, so
/// parsers compose with `map`, `then`, `optional` and `oneOf` without hand-written backtracking.
struct WordParser<Output> {
    let run: (inout DateScan) -> Output?

    init(_ run: @escaping (inout DateScan) -> Output?) {
        self.run = run
    }

    /// Runs the parser; on failure the scan is back where it started.
    func parse(_ scan: inout DateScan) -> Output? {
        let start = scan.index
        guard let output = run(&scan) else {
            scan.index = start
            return nil
        }
        return output
    }

    func map<New>(_ transform: @escaping (Output) -> New?) -> WordParser<New> {
        WordParser<New> { scan in parse(&scan).flatMap(transform) }
    }

    /// This parser, then `next`; both must succeed.
    func then<Next>(_ next: WordParser<Next>) -> WordParser<(Output, Next)> {
        WordParser<(Output, Next)> { scan in
            guard let first = parse(&scan), let second = next.parse(&scan) else { return nil }
            return (first, second)
        }
    }

    /// This parser, then `next`, keeping only this parser's output.
    func skip<Next>(_ next: WordParser<Next>) -> WordParser<Output> {
        then(next).map { $0.0 }
    }

    /// Always succeeds: the output, or nil when the parser did not match.
    var optional: WordParser<Output?> {
        WordParser<Output?> { scan in .some(parse(&scan)) }
    }

    /// The first of `parsers` that matches.
    static func oneOf(_ parsers: [WordParser<Output>]) -> WordParser<Output> {
        WordParser { scan in
            for parser in parsers {
                if let output = parser.parse(&scan) { return output }
            }
            return nil
        }
    }
}

extension WordParser where Output == Void {
    /// Matches one of `words` (typo-tolerant, like `DateScan.take`).
    static func word(_ words: String...) -> WordParser<Void> {
        WordParser { scan in scan.takeAny(words).map { _ in () } }
    }
}

extension WordParser where Output: Sendable {
    /// The longest phrase of `table` that starts at the current word.
    static func table(_ table: PhraseTable<Output>) -> WordParser<Output> {
        WordParser { scan in table.match(&scan) }
    }
}
