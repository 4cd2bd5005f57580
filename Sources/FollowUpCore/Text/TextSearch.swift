/// Up to 64 byte strings looked for in a text in one pass: at each byte, only the strings that
/// start with it are compared.
struct TextSearch: Sendable {
    /// The strings looked for, in order.
    let strings: [String]
    /// Each string's bytes.
    private let patterns: [[UInt8]]
    /// For each byte value, the strings starting with it, as bits by place.
    private let startingWith: [UInt64]

    init(_ strings: [String]) {
        precondition(strings.count <= 64, "a search holds at most 64 strings")
        self.strings = strings
        patterns = strings.map { Array($0.utf8) }
        var startingWith = [UInt64](repeating: 0, count: 256)
        for (place, pattern) in patterns.enumerated() {
            if let first = pattern.first { startingWith[Int(first)] |= 1 << UInt64(place) }
        }
        self.startingWith = startingWith
    }

    /// The strings `text` holds, byte for byte, in their order (as `Words.text(_:contains:)` finds them).
    func strings(in text: String) -> [String] {
        let found = places(in: text)
        return strings.indices.filter { found & 1 << UInt64($0) != 0 }.map { strings[$0] }
    }

    /// The places of the strings `text` holds, as bits.
    private func places(in text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { bytes in
            var found: UInt64 = 0
            for start in bytes.indices {
                var candidates = startingWith[Int(bytes[start])] & ~found
                while candidates != 0 {
                    let place = candidates.trailingZeroBitCount
                    candidates &= candidates - 1
                    let pattern = patterns[place]
                    if start + pattern.count <= bytes.count,
                        pattern.indices.dropFirst().allSatisfy({ bytes[start + $0] == pattern[$0] })
                    {
                        found |= 1 << UInt64(place)
                    }
                }
            }
            return found
        }
    }
}
