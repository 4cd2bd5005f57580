/// The person who signed a pasted message: "..., Best, Jen Alvarez, Talent Acquisition".
extension IntroReader {
    /// Words that close a message before the sender's name.
    static let signOffs = [
        "best regards", "kind regards", "warm regards", "many thanks", "regards", "best", "thanks", "cheers",
        "sincerely", "warmly", "thank you",
    ]

    /// The signer of a message pasted into `line`, with the role after the name when given:
    /// the words after the last sign-off and its comma, when they read as a capitalised name.
    static func signer(in line: String) -> Contact? {
        let lower = line.lowercased()
        guard
            let mark = signOffs.compactMap({ lower.range(of: $0 + ",", options: .backwards) })
                .max(by: { $0.lowerBound < $1.lowerBound }),
            mark.lowerBound == lower.startIndex || lower[lower.index(before: mark.lowerBound)] == " "
                || lower[lower.index(before: mark.lowerBound)] == "."
        else { return nil }
        let rest = line[mark.upperBound...].split(separator: ",").map { $0.trimmed(.whitespaces) }
        guard let name = rest.first, (1...3).contains(name.split(separator: " ").count),
            name.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy(\.isLetter) })
        else { return nil }
        let role = rest.dropFirst().first.flatMap { (1...5).contains($0.split(separator: " ").count) ? $0 : nil }
        return Contact(name: name, role: role?.trimmed(.punctuation))
    }
}
