/// The person who signed a pasted message: "..., Best, Jen Alvarez, Talent Acquisition".
extension IntroReader {
    /// Words that close a message before the sender's name.
    static let signOffs = [
        "best regards", "kind regards", "warm regards", "many thanks", "regards", "best", "thanks", "cheers",
        "sincerely", "warmly", "thank you",
    ]

    /// The signer of a message pasted into `line`, with the role after the name when given: the
    /// part after the last comma that follows a sign-off, when it reads as a capitalised name.
    /// The line's comma-separated parts are walked from the end, their bytes compared: the
    /// reader runs this on every line with a comma that names no one.
    static func signer(in line: String) -> Contact? {
        let parts = Marks.comma.split(line, omittingEmpty: false)
        guard parts.count > 1 else { return nil }
        for index in parts.indices.dropLast().reversed() where endsWithSignOff(parts[index]) {
            let name = parts[index + 1].trimmed(.whitespaces)
            let words = Marks.space.split(name)
            guard (1...3).contains(words.count),
                words.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy(\.isLetter) })
            else { return nil }
            let role = parts.dropFirst(index + 2).first.map { $0.trimmed(.whitespaces) }
                .flatMap { (1...5).contains(Marks.space.split($0).count) ? $0.trimmed(.punctuation) : nil }
            return Contact(name: name, role: role)
        }
        return nil
    }

    /// Whether `part` ends with a sign-off that starts it or follows a space or a full stop.
    private static func endsWithSignOff(_ part: Substring) -> Bool {
        let bytes = part.utf8
        return signOffs.contains { signOff in
            let wanted = signOff.utf8
            guard bytes.count >= wanted.count else { return false }
            let start = bytes.index(bytes.endIndex, offsetBy: -wanted.count)
            guard zip(bytes[start...], wanted).allSatisfy({ Words.lowered($0) == $1 }) else { return false }
            return start == bytes.startIndex
                || [UInt8(ascii: " "), UInt8(ascii: ".")].contains(bytes[bytes.index(before: start)])
        }
    }
}
