/// A list of phrases listened for, kept with each one's first letter and first word's length so
/// that a line rules most of them out without reading them (see `Words.hasAny(phrases:)`).
struct Phrases: Sendable, ExpressibleByArrayLiteral, Sequence {
    let all: [String]

    /// A first word as the bits a line's words are tested against (see `Words.lengths`): the
    /// slot of its first letter, its length, and the lengths a typo of it may have.
    struct Lead: Sendable {
        let slot: Int
        let length: UInt32
        /// None for a word under five letters, which allows no typo.
        let typos: UInt32

        /// The lead of a word starting with `first` and `length` bytes long.
        init(first: UInt8, length: Int) {
            slot = Words.slot(first)
            self.length = Words.lengthBit(length)
            guard length >= 5 else {
                typos = 0
                return
            }
            let allowed = length >= 8 ? 2 : 1
            var band: UInt32 = 0
            for typed in length - allowed...length + allowed { band |= Words.lengthBit(typed) }
            typos = band
        }
    }

    /// The leads of the phrases, each once, ordered by slot: a line that may not hold a lead
    /// rules out all its phrases with one test, and a slot no word of the line can start
    /// rules out all its leads.
    let leads: [Lead]
    /// Where each slot's leads begin in `leads`, and where the last ends (28 entries).
    let slotStarts: [Int]
    /// The slots that have leads, as bits.
    let slots: UInt32
    /// Each slot's leads' lengths, and their typos' lengths, as one set of bits each: a slot
    /// none of whose leads a line may hold is passed over whole.
    let slotLengths: [UInt32]
    let slotTypos: [UInt32]
    /// Where each lead's phrases begin in `spans`, and where the last ends.
    let leadStarts: [Int]
    /// Each phrase as its place in `bytes`, grouped by lead.
    let spans: [Range<Int>]
    /// Each phrase's place in `laterLeads`, in the order of `spans`.
    let laterSpans: [Range<Int>]
    /// The leads of the words after each phrase's first, one phrase after another: a line must
    /// be able to hold each of them too.
    let laterLeads: [Lead]
    /// Every phrase's UTF-8, one after another, so that reading them makes no strings.
    let bytes: [UInt8]

    init(_ all: [String]) {
        self.all = all
        var grouped: [(lead: Lead, phrases: [String])] = []
        var places: [Int: Int] = [:]
        for phrase in all {
            // A phrase's first word as a test on a line's words.
            let bytes = phrase.utf8
            let length =
                bytes.firstIndex(of: UInt8(ascii: " ")).map { bytes.distance(from: bytes.startIndex, to: $0) }
                ?? bytes.count
            let lead = Lead(first: bytes.first ?? 0, length: length)
            // The typos a lead allows follow from its length: slot and length tell leads apart.
            let key = lead.slot << 32 | Int(lead.length)
            if let place = places[key] {
                grouped[place].phrases.append(phrase)
            } else {
                places[key] = grouped.count
                grouped.append((lead, [phrase]))
            }
        }
        // A stable sort: phrases keep their order within a slot.
        let sorted = grouped.enumerated().sorted {
            ($0.element.lead.slot, $0.offset) < ($1.element.lead.slot, $1.offset)
        }
        .map(\.element)
        var bytes: [UInt8] = []
        var spans: [Range<Int>] = []
        var laterSpans: [Range<Int>] = []
        var laterLeads: [Lead] = []
        var leadStarts: [Int] = []
        var slotStarts = [Int](repeating: sorted.count, count: 28)
        var slots: UInt32 = 0
        for (index, group) in sorted.enumerated().reversed() { slotStarts[group.lead.slot] = index }
        for slot in (0..<27).reversed() where slotStarts[slot] == sorted.count {
            slotStarts[slot] = slotStarts[slot + 1]
        }
        for group in sorted {
            slots |= 1 << UInt32(group.lead.slot)
            leadStarts.append(spans.count)
            for phrase in group.phrases {
                spans.append(bytes.count..<bytes.count + phrase.utf8.count)
                bytes += phrase.utf8
                let later = phrase.split(separator: " ").dropFirst().map { word in
                    Lead(first: word.utf8.first ?? 0, length: word.utf8.count)
                }
                laterSpans.append(laterLeads.count..<laterLeads.count + later.count)
                laterLeads += later
            }
        }
        leadStarts.append(spans.count)
        leads = sorted.map(\.lead)
        var slotLengths = [UInt32](repeating: 0, count: 27)
        var slotTypos = [UInt32](repeating: 0, count: 27)
        for lead in leads {
            slotLengths[lead.slot] |= lead.length
            slotTypos[lead.slot] |= lead.typos
        }
        self.slotLengths = slotLengths
        self.slotTypos = slotTypos
        self.slotStarts = slotStarts
        self.slots = slots
        self.leadStarts = leadStarts
        self.spans = spans
        self.laterSpans = laterSpans
        self.laterLeads = laterLeads
        self.bytes = bytes
    }

    init(arrayLiteral phrases: String...) {
        self.init(phrases)
    }

    var isEmpty: Bool { all.isEmpty }

    func makeIterator() -> IndexingIterator<[String]> {
        all.makeIterator()
    }
}
