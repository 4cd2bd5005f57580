/// How a message reaches someone.
public enum Channel: String, Codable, Sendable {
    case email, phone, mail, linkedin

    /// The first channel named in `words`, if any.
    static func first(in words: Words) -> Channel? {
        let tokens = words.tokens
        for (index, token) in tokens.enumerated() {
            if let channel = named[token] { return channel }
            // Only words starting with a letter of the cases below are told apart by name.
            guard Self.caseStarts.contains(token.utf8.first ?? 0) else {
                if let channel = typed(token) { return channel }
                continue
            }
            let next = index + 1 < tokens.count ? tokens[index + 1] : ""
            switch token {
            case "linked" where next == "in": return .linkedin
            case "e" where next == "mail" || next == "mailed": return .email
            case "hand" where next == "written": return .mail
            case "voice" where next == "mail": return .phone
            case "mail":
                let before = index > 0 ? tokens[index - 1] : ""
                return ["by", "in", "snail", "the", "regular", "postal"].contains(before) ? .mail : .email
            case "card", "cards":
                // A card sent is mail; a card received ("I got both their cards") is not a channel.
                if words.hasAny([
                    "send", "sent", "mail", "mailed", "post", "posted", "write", "wrote", "handwritten", "thank",
                ]) {
                    return .mail
                }
            default:
                if let channel = typed(token) { return channel }
            }
        }
        return nil
    }

    /// The channel `token` names typed with a slip: "emial", "linkdin".
    private static func typed(_ token: String) -> Channel? {
        Words.close(token, "email") ? .email : Words.close(token, "linkedin") ? .linkedin : nil
    }

    /// The first letters of the words the switch in `first(in:)` names.
    private static let caseStarts = ASCIISet { "lehvmc".utf8.contains($0) }

    /// The words that name a channel by themselves, whatever stands around them.
    private static let named: [String: Channel] = [
        "linkedin": .linkedin, "inmail": .linkedin,
        "email": .email, "emailed": .email, "emailing": .email, "emails": .email, "gmail": .email, "inbox": .email,
        "outlook": .email,
        "call": .phone, "called": .phone, "calling": .phone, "phone": .phone, "phoned": .phone, "ring": .phone,
        "rang": .phone, "voicemail": .phone, "telephone": .phone, "calls": .phone,
        "letter": .mail, "handwritten": .mail, "postcard": .mail, "post": .mail, "posted": .mail, "snail": .mail,
        "stamp": .mail, "envelope": .mail, "postal": .mail, "mailed": .mail,
    ]
}
