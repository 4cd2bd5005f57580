import Foundation

/// Reading a first message that runs long: shorthand, a second interview told in the same
/// breath, a company named in passing.
extension IntroReader {
    /// Shorthand spelled out: "w/ Acme" is "with Acme".
    static func spelledOut(_ line: String) -> String {
        // With no "/" nor "+" nor a lone "w" there is nothing to spell out; the line is read whole
        // when its ends are ASCII (else a space put around it may join the character at its end).
        if !Self.mayShorten(line) { return line }
        let spaced = Words.replacing(" w/o ", with: " without ", ignoringCaseIn: " " + line + " ")
        // "Anke Weber + Jonas Kraft": a plus joins people as "and" does.
        let joined = Words.replacing(" + ", with: " and ", ignoringCaseIn: spaced)
        let with = Words.replacing(" w/ ", with: " with ", ignoringCaseIn: joined)
        // "met w the hr lady": a lone "w" is "with" too.
        return String(Words.replacing(" w ", with: " with ", ignoringCaseIn: with).dropFirst().dropLast())
    }

    /// Whether `line` may hold shorthand: a "/" or a "+", a "w" standing alone between spaces,
    /// or a character outside ASCII at either end. One pass over its bytes.
    static func mayShorten(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last else { return false }
            if first >= 128 || last >= 128 { return true }
            var previous: (UInt8, UInt8) = (0, 0)
            for byte in bytes {
                if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "+") { return true }
                if byte == UInt8(ascii: " "), previous.1 | 0x20 == UInt8(ascii: "w"), previous.0 == UInt8(ascii: " ") {
                    return true
                }
                previous = (previous.1, byte)
            }
            return false
        }
    }

    /// Words that start telling of another interview: "monday i also had one at kestrel foods".
    static let anotherInterview: Phrases = [
        "also had one", "also had an interview", "also had another", "also interviewed", "another interview",
        "another one", "also did one", "had one at", "had one with", "second one", "also have one",
        "also have an interview",
    ]

    /// The marks that end a clause, and a new line.
    static let cutMarks = Marks(",;.!?\n")

    /// The part of `line` about the first interview it tells of, and whether a clause after it
    /// ("... and monday i also had one at kestrel foods") starts on another one at a named place.
    static func firstInterview(in line: String) -> (String, Bool) {
        var cuts = line.indices.filter { cutMarks.contains(line[$0]) }.map {
            $0..<line.index(after: $0)
        }
        for joiner in [" and ", " then ", " but ", " plus "] {
            var search = line.startIndex
            while let range = Words.range(of: joiner, ignoringCaseIn: line[search...]) {
                cuts.append(range)
                search = range.upperBound
            }
        }
        var start = line.startIndex
        var end = line.startIndex
        for cut in cuts.sorted(by: { $0.lowerBound < $1.lowerBound }) + [line.endIndex..<line.endIndex]
        where cut.lowerBound >= start {
            let clause = String(line[start..<cut.lowerBound])
            if start > line.startIndex, Words(clause).hasAny(phrases: anotherInterview), namesAPlace(clause) {
                return (String(line[..<end]), true)
            }
            (start, end) = (cut.upperBound, cut.lowerBound)
        }
        return (line, false)
    }

    /// Whether `name` ends in a word that only a company's name ends in.
    static func endsLikeACompany(_ name: String) -> Bool {
        Marks.space.split(name).last.map { companySuffixes.contains($0.lowercased()) } ?? false
    }

    /// Whether `clause` names a place after "at" or "with": "at kestrel foods", not "at the desk"
    /// or "at 3".
    static func namesAPlace(_ clause: String) -> Bool {
        let words = Marks.space.split(clause).map { $0.lowercased() }
        return zip(words, words.dropFirst()).contains { lead, next in
            ["at", "with"].contains(lead) && !notAName.contains(next) && !timeWords.contains(next)
                && next.first?.isLetter == true
        }
    }

    /// Company words too common to name one on their own: "a great company".
    static let commonSuffixes: WordSet = ["company", "co", "group", "agency", "partners", "studio"]
    /// Words that start no company's name in running text.
    static let notCompanyWords: WordSet = [
        "the", "a", "an", "at", "with", "for", "to", "into", "in", "on", "of", "my", "their", "our", "your",
        "and", "or", "from", "that", "this", "by", "as", "like", "about", "big", "small", "local", "new", "good",
        "great", "other", "same", "any", "some", "every", "another", "huge", "nice",
    ]

    /// In a long paste, one or two words before a company word: "...always wanted to work at
    /// harbour bank..." is Harbour Bank.
    static func companyInRunningText(_ line: String) -> String? {
        let words = Marks.space.split(line).map(String.init)
        for (index, word) in words.enumerated() where index > 0 {
            let suffix = word.lowercased().trimmed(.punctuation)
            guard companySuffixes.contains(suffix), !commonSuffixes.contains(suffix) else { continue }
            let name = words[..<index].suffix(2).reversed().prefix {
                $0.allSatisfy(\.isLetter) && !notCompanyWords.contains($0.lowercased())
                    && !storyWords.contains($0.lowercased()) && !Tense.pastWords.contains($0.lowercased())
                    && !companySuffixes.contains($0.lowercased())
            }
            guard !name.isEmpty else { continue }
            return (name.reversed() + [word.trimmed(.punctuation)]).joined(separator: " ")
        }
        return nil
    }
}
