/// How a message reaches someone.
public enum Channel: String, Codable, Sendable {
    case email, phone, mail, linkedin

    /// The first channel named in `words`, if any.
    static func first(in words: Words) -> Channel? {
        let tokens = words.tokens
        for (index, token) in tokens.enumerated() {
            let next = index + 1 < tokens.count ? tokens[index + 1] : ""
            let before = index > 0 ? tokens[index - 1] : ""
            switch token {
            case "linkedin", "inmail": return .linkedin
            case "linked" where next == "in": return .linkedin
            case "email", "emailed", "emailing", "emails", "gmail", "inbox", "outlook": return .email
            case "e" where next == "mail" || next == "mailed": return .email
            case "call", "called", "calling", "phone", "phoned", "ring", "rang", "voicemail", "telephone", "calls":
                return .phone
            case "card", "cards":
                // A card sent is mail; a card received ("I got both their cards") is not a channel.
                if words.hasAny([
                    "send", "sent", "mail", "mailed", "post", "posted", "write", "wrote", "handwritten", "thank",
                ]) {
                    return .mail
                }
            case "letter", "handwritten", "postcard", "post", "posted", "snail", "stamp", "envelope", "postal":
                return .mail
            case "hand" where next == "written":
                return .mail
            case "voice" where next == "mail":
                return .phone
            case "mail", "mailed":
                return ["by", "in", "snail", "the", "regular", "postal"].contains(before) || token == "mailed"
                    ? .mail : .email
            default:
                if Words.close(token, "email") { return .email }
                if Words.close(token, "linkedin") { return .linkedin }
            }
        }
        return nil
    }
}
