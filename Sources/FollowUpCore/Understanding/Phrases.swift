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

    /// The phrases whose first words share a lead, each lead once: a line that may not hold
    /// the lead rules out all of them with one test.
    let groups: [Group]

    /// Phrases with the same lead.
    struct Group: Sendable {
        let lead: Lead
        let phrases: [String]
    }

    init(_ all: [String]) {
        self.all = all
        // Each phrase's first word as a test on a line's words.
        let leads = all.map { phrase in
            let bytes = phrase.utf8
            let length =
                bytes.firstIndex(of: UInt8(ascii: " ")).map { bytes.distance(from: bytes.startIndex, to: $0) }
                ?? bytes.count
            return Lead(first: bytes.first ?? 0, length: length)
        }
        var groups: [Group] = []
        var places: [Int: Int] = [:]
        for (lead, phrase) in zip(leads, all) {
            // The typos a lead allows follow from its length: slot and length tell leads apart.
            let key = lead.slot << 32 | Int(lead.length)
            if let place = places[key] {
                groups[place] = Group(lead: lead, phrases: groups[place].phrases + [phrase])
            } else {
                places[key] = groups.count
                groups.append(Group(lead: lead, phrases: [phrase]))
            }
        }
        self.groups = groups
    }

    init(arrayLiteral phrases: String...) {
        self.init(phrases)
    }

    var isEmpty: Bool { all.isEmpty }

    func makeIterator() -> IndexingIterator<[String]> {
        all.makeIterator()
    }
}
