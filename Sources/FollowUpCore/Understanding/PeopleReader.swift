import Foundation

/// Reads the people met and their roles: "Sarah Lee (hiring manager) and Tom from HR".
struct PeopleReader {
    static let roleWords: Set<String> = [
        "manager", "recruiter", "hr", "director", "engineer", "lead", "ceo", "cto", "cfo", "coo", "founder",
        "head", "vp", "designer", "developer", "team", "interviewer", "president", "officer", "partner",
        "owner", "analyst", "specialist", "coordinator", "supervisor", "hiring", "senior", "principal",
        "staff", "talent", "people", "sales", "marketing", "product", "recruiting", "chief", "boss",
        "colleague", "peer", "architect", "scientist", "consultant", "administrator", "assistant",
        "editor", "writer", "producer", "accountant", "advisor", "associate", "executive", "representative",
    ]
    static let leadIns = ["i met with", "i met", "met with", "interviewed with", "i spoke with", "i spoke to",
                          "spoke with", "spoke to", "i talked to", "talked to", "with", "and", "also", "plus"]

    func people(in text: String) -> [Contact] {
        var contacts: [Contact] = []
        let capitalised = text.contains { $0.isUppercase }
        for part in split(text) {
            for contact in read(part, capitalised: capitalised) where !contacts.contains(where: { $0.name.lowercased() == contact.name.lowercased() }) {
                contacts.append(contact)
            }
        }
        return contacts
    }

    private func split(_ text: String) -> [String] {
        var text = " " + text.replacingOccurrences(of: "\n", with: ";") + " "
        for separator in [" and ", " & ", " plus ", " also "] {
            text = text.replacingOccurrences(of: separator, with: ";", options: .caseInsensitive)
        }
        return text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private func read(_ part: String, capitalised: Bool) -> [Contact] {
        var part = part.trimmingCharacters(in: CharacterSet(charactersIn: " .,:"))
        for leadIn in Self.leadIns where part.lowercased().hasPrefix(leadIn + " ") {
            part = String(part.dropFirst(leadIn.count + 1))
        }
        var role: String?
        if let open = part.firstIndex(of: "("), let close = part[open...].firstIndex(of: ")") {
            role = String(part[part.index(after: open)..<close])
            part = String(part[..<open]) + String(part[part.index(after: close)...])
        }
        for marker in [" from ", " - ", " – ", " — ", " who is ", " who's ", " as "]
        where role == nil && part.lowercased().contains(marker) {
            let range = part.range(of: marker, options: .caseInsensitive)!
            role = String(part[range.upperBound...])
            part = String(part[..<range.lowerBound])
        }
        var contacts: [Contact] = []
        let chunks = part.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for chunk in chunks {
            if let split = splitRoleAndName(chunk, capitalised: capitalised) {
                var contact = Contact(name: split.name, role: split.role)
                if contact.role == nil, chunk == chunks.last { contact.role = role.map(cleanRole) }
                contacts.append(contact)
            } else if !contacts.isEmpty, contacts[contacts.count - 1].role == nil {
                contacts[contacts.count - 1].role = cleanRole(chunk)
            } else if contacts.isEmpty, chunks.count == 1 {
                contacts.append(Contact(name: cleanRole(chunk), role: nil))
            }
        }
        if let role, contacts.count == 1, contacts[0].role == nil { contacts[0].role = cleanRole(role) }
        return contacts.filter { $0.name.split(separator: " ").count <= 5 }
    }

    /// "Sarah Lee" → name; "hiring manager Sarah Lee" → role and name; "hiring manager" → nil.
    /// In a `capitalised` answer, a chunk with no capital letter is a role.
    private func splitRoleAndName(_ chunk: String, capitalised: Bool) -> (name: String, role: String?)? {
        let words = chunk.split(separator: " ").map(String.init)
        let isRoleWord = { (word: String) in Self.roleWords.contains(word.lowercased().trimmingCharacters(in: .punctuationCharacters)) }
        let isNameWord = { (word: String) in word.first?.isUppercase == true && !isRoleWord(word) }
        guard let firstName = words.firstIndex(where: isNameWord) else {
            if capitalised || words.contains(where: isRoleWord) { return nil }
            return words.count <= 3 ? (capitalized(words), nil) : nil
        }
        let nameWords = words[firstName...].prefix(while: isNameWord)
        let roleWords = words[..<firstName].filter { !["the", "their", "our", "a", "an"].contains($0.lowercased()) }
        let after = words[(firstName + nameWords.count)...]
        if !after.isEmpty, roleWords.isEmpty, !after.contains(where: isRoleWord) { return nil }
        let role = (roleWords + after).joined(separator: " ")
        return (nameWords.joined(separator: " "), role.isEmpty ? nil : cleanRole(role))
    }

    private func capitalized(_ words: [String]) -> String {
        words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    private func cleanRole(_ role: String) -> String {
        var role = role.trimmingCharacters(in: CharacterSet(charactersIn: " .,:"))
        for article in ["the ", "their ", "our ", "a ", "an "] where role.lowercased().hasPrefix(article) {
            role = String(role.dropFirst(article.count))
        }
        return role
    }
}
