import Foundation

/// What one line's readers have read, each read once: the people `Understanding` reports and
/// those of a first message are most often read from the very same words, and the line's dates
/// from the very same day. One memo serves one line, read in one calendar.
final class LineMemo {
    private var lists: [String: [Contact]] = [:]
    private var scans: [Scan: Scanned] = [:]

    /// What a scan for dates is read from: the text, the day it is read against, the tense and the order.
    struct Scan: Hashable {
        var text: String
        var today: Day
        var past: Bool
        var order: DateOrder
    }

    /// A scan's mentions, with the moment it read them against when a reader used more than its
    /// day ("in an hour"): then they hold for that moment only.
    private struct Scanned {
        var mentions: [DateMention]
        var moment: Date?
    }

    /// The people `reading` finds in `text`, read the first time only.
    func people(in text: String, reading: (String) -> [Contact]) -> [Contact] {
        if let known = lists[text] { return known }
        let people = reading(text)
        lists[text] = people
        return people
    }

    /// The mentions of `scan` at `reference`, read by `reading` (which gives them and whether it
    /// used the moment) unless an earlier scan of the same words holds for it.
    func mentions(
        of scan: Scan, at reference: Date, reading: () -> (mentions: [DateMention], usedMoment: Bool)
    ) -> [DateMention] {
        if let known = scans[scan], known.moment.map({ $0 == reference }) ?? true { return known.mentions }
        let read = reading()
        scans[scan] = Scanned(mentions: read.mentions, moment: read.usedMoment ? reference : nil)
        return read.mentions
    }
}
