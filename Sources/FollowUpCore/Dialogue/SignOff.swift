import Foundation

/// The user's own name, told in the chat: "sign it as sam ortiz", "my name is Sam Ortiz".
enum SignOff {
    /// Ways of asking for a signature, anywhere in the line, before the name.
    static let signing = [
        "sign it as ", "sign them as ", "sign off as ", "sign as ", "sign it with ", "sign off with ",
    ]
    /// Ways of giving one's name, leading the line.
    static let naming = ["my name is ", "my name's "]
    /// Words after "sign it as" that name no one: "sign it as myself".
    static let noName: Set<String> = ["me", "myself", "my", "usual", "before", "normal", "such", "well", "above"]
    /// Words that end the name rather than belong to it.
    static let politeEnds: Set<String> = ["please", "pls", "thanks", "thx", "thank"]

    /// The name the line gives, each word capitalized when typed all lowercase; nil when the
    /// line gives none, or the rest of the line is no plain name of one to four words.
    static func name(in line: String) -> String? {
        let lowered = line.lowercased()
        let start =
            naming.first { lowered.hasPrefix($0) }.map { lowered.index(lowered.startIndex, offsetBy: $0.count) }
            ?? signing.lazy.compactMap { lowered.range(of: $0)?.upperBound }.first
        guard let start else { return nil }
        let offset = lowered.distance(from: lowered.startIndex, to: start)
        // The name is all that follows: "my name is Jane, the recruiter at Acme" opens a pasted email.
        let rest = line.dropFirst(offset).trimmingCharacters(in: CharacterSet(charactersIn: " .!"))
        var words = rest.split(separator: " ").map(String.init)
        while let last = words.last, politeEnds.contains(last.lowercased()) { words.removeLast() }
        guard (1...4).contains(words.count), !noName.contains(words[0].lowercased()),
            words.allSatisfy({ word in
                word.first?.isLetter == true && word.allSatisfy { $0.isLetter || "'-.".contains($0) }
            })
        else { return nil }
        return words.map { $0 == $0.lowercased() ? $0.prefix(1).uppercased() + $0.dropFirst() : $0 }.joined(
            separator: " ")
    }
}
