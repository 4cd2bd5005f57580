/// The readers a mention is tried with, in order, each with the words it may start with: a
/// word no reader starts with skips them all, and "by" tries only the time reader.
extension DateScan {
    /// A reader and the words it may take first; a word of five letters or more stands for its
    /// typos too (see `Words.close`). A word with other than a to z in it tries every reader.
    struct Reader: Sendable {
        let starts: [String]
        let read: @Sendable (inout DateScan) -> DateMention?

        init(_ starts: [String], _ read: @escaping @Sendable (inout DateScan) -> DateMention?) {
            self.starts = starts
            self.read = read
        }
    }

    /// Readers tried in order, with which of them each start word may begin, worked out once.
    struct ReaderTable: Sendable {
        let readers: [Reader]
        /// The readers (as bits, by place) each reader's start word may begin.
        private let byWord: [String: UInt32]
        /// The start words that allow typos.
        private let typoStarts: [TypoStart]
        /// Every reader, as bits.
        private let all: UInt32

        /// A start word that allows typos, with its length and first letter, and the readers it begins.
        typealias TypoStart = (word: String, length: Int, first: UInt8, readers: UInt32)

        init(_ readers: [Reader]) {
            self.readers = readers
            // The readers each start word is listed for, as bits.
            var starting: [String: UInt32] = [:]
            for (place, reader) in readers.enumerated() {
                for word in reader.starts { starting[word, default: 0] |= 1 << place }
            }
            let typoStarts: [TypoStart] = starting.filter { $0.key.utf8.count >= 5 }.sorted { $0.key < $1.key }.map {
                word, bits in
                (word, word.utf8.count, word.utf8.first ?? 0, bits)
            }
            self.typoStarts = typoStarts
            // A start word may also be a typo of another.
            byWord = starting.reduce(into: [:]) { byWord, start in
                byWord[start.key] = start.value | Self.readers(typing: start.key, among: typoStarts)
            }
            all = (1 << readers.count) - 1
        }

        /// The readers (as bits, by place) that may find a mention starting at `token`.
        func candidates(at token: String?) -> UInt32 {
            guard let token, token.utf8.allSatisfy({ (97...122).contains($0) }) else { return all }
            return byWord[token] ?? Self.readers(typing: token, among: typoStarts)
        }

        /// The readers (as bits) of the start words in `starts` that `token` is a typo of.
        private static func readers(
            typing token: String, among starts: [TypoStart]
        ) -> UInt32 {
            // A typo keeps the first letter, or has it second, and is at most two letters longer or shorter.
            let length = token.utf8.count
            let first = token.utf8.first
            let second = token.utf8.dropFirst().first
            return starts.reduce(0) { bits, start in
                abs(start.length - length) <= 2 && (first == start.first || second == start.first)
                    && Words.close(token, start.word) ? bits | start.readers : bits
            }
        }
    }

    /// The readers of one end of a range: a relative day, a date, a weekday.
    static let pointReaders = ReaderTable(pointReaderList)

    /// `pointReaders`, as a list to build the tables from.
    static let pointReaderList = [
        Reader(["the", "day", "yesterday", "today", "tonight"] + tomorrowWords) { $0.relativeDay() },
        Reader(["the"] + ordinalWords.keys + months.keys + monthAbbreviations.keys) { $0.calendarDate() },
        Reader(weekdayQualifiers + weekdays.keys + weekdayAbbreviations.keys) { $0.weekday() },
    ]

    /// Every reader, in the order tried: a longer reading before a shorter one it holds, and a
    /// time alone last.
    static let readers = ReaderTable(
        [
            Reader(["the", "week"]) { $0.weekContaining() },
            Reader(lengthLeads + leadingFractions.firstWords + amountWords) { $0.compoundLength() },
            Reader(hoursLeads + amountWords) { $0.hoursFromNow() },
            Reader(spanLeads + amountWords) { $0.span() },
            Reader(["eow", "eom", "within", "the", "next", "week"] + periodParts.firstWords + periodWhich.firstWords) {
                $0.weekOrMonth()
            },
            Reader(["over", "on", "during", "next", "last", "previous", "past", "this", "the"]) { $0.weekend() },
            Reader(["the", "first", "second", "third", "fourth", "last"]) { $0.weekOfMonth() },
            Reader(["the", "first", "last"] + weekdayOrdinals.firstWords + amountWords) { $0.countedWeekday() },
            Reader(yearOrQuarterStarts) { $0.yearOrQuarter() },
            Reader(["the"] + monthParts + months.keys + monthAbbreviations.keys) { $0.partOfMonth() },
            Reader(holidayStarts) { $0.holiday() },
        ] + pointReaderList + [
            Reader(
                ["this", "in", "during", "the"] + partsOfDay.firstWords + clockLeads + minuteWords.firstWords
                    + hourWords.firstWords
            ) { $0.timeAlone() }
        ])
}
