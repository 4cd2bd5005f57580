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
        "engineering", "design", "finance", "operations", "ops", "legal", "research", "support", "data", "pm", "cmo",
        "cpo", "svp", "evp", "avp", "gm", "ux", "qa", "devops", "it", "counsel", "cofounder", "co-founder",
    ]
    static let leadIns = ["i met with", "i met", "met with", "met", "interviewed with", "i spoke with", "i spoke to",
                          "spoke with", "spoke to", "i talked to", "talked to", "with", "and", "also", "plus"]

    /// The people in an answer to "who did you meet?", with the addresses and numbers given for them.
    func people(withDetailsIn text: String) -> [Contact] {
        var people = people(in: ContactDetails.removed(from: text))
        Self.attach(ContactDetails.find(in: text), in: text, to: &people, keepUnclaimed: false)
        return people
    }

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
        var contacts: [Contact] = []
        var roleAhead: String?
        let chunks = part.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for raw in chunks {
            let (chunk, given) = Self.roleMarked(in: raw)
            if let split = splitRoleAndName(chunk, capitalised: capitalised) {
                contacts.append(Contact(name: split.name, role: given ?? split.role ?? roleAhead))
                roleAhead = nil
            } else if !contacts.isEmpty, contacts[contacts.count - 1].role == nil {
                contacts[contacts.count - 1].role = cleanRole(raw)
            } else if contacts.isEmpty, chunks.count > 1 {
                roleAhead = cleanRole(raw)
            } else if contacts.isEmpty, chunks.count == 1 {
                contacts.append(Contact(name: cleanRole(chunk), role: given))
            }
        }
        return contacts.filter { $0.name.split(separator: " ").count <= 5 }
    }

    /// Words that end a role given after "from" or "-": "Tom from HR gave me his card".
    static let afterRole: Set<String> = ["gave", "said", "told", "is", "was", "who", "but", "will", "has", "had", "asked",
                                         "sent", "wants", "called", "emailed", "seemed", "and", "too", "also"]

    /// A chunk without the role it marks ("Tom (HR)", "Tom from HR", "Tom - HR", "Tom who is the CTO").
    static func roleMarked(in chunk: String) -> (String, String?) {
        if let open = chunk.firstIndex(of: "("), let close = chunk[open...].firstIndex(of: ")") {
            let role = String(chunk[chunk.index(after: open)..<close]).trimmingCharacters(in: .whitespaces)
            return (String(chunk[..<open]) + String(chunk[chunk.index(after: close)...]), role.isEmpty ? nil : role)
        }
        for marker in [" from ", " - ", " – ", " — ", " who is ", " who's ", " as "] {
            guard let range = chunk.range(of: marker, options: .caseInsensitive) else { continue }
            let words = chunk[range.upperBound...].split(separator: " ").map(String.init)
            let role = words.prefix { !afterRole.contains($0.lowercased()) }.prefix(5)
                .joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " .,:;!"))
            var cleaned = role
            for article in ["the ", "their ", "our ", "a ", "an "] where cleaned.lowercased().hasPrefix(article) {
                cleaned = String(cleaned.dropFirst(article.count))
            }
            return (String(chunk[..<range.lowerBound]), cleaned.isEmpty ? nil : cleaned)
        }
        return (chunk, nil)
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
        let roleWords = words[..<firstName].filter { !["the", "their", "our", "a", "an", "named", "called"].contains($0.lowercased()) }
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

extension PeopleReader {
    /// Phrases after which a line names the people met.
    static let meetingVerbs = ["i met with", "i met", "met with", "interviewed with", "i spoke with", "i spoke to",
                               "spoke with", "spoke to", "talked to", "talked with", "interviewers were",
                               "interviewer was", "i saw", "meeting with", "panel with", "i had", "met",
                               "screen with", "call with", "interview with", "chat with", "talked with"]

    /// The people named in free text, with any email or phone given for them. A name counts
    /// when something marks it as a person: "I met ...", a role, an address or a number.
    func mentions(in text: String) -> [Contact] {
        let details = ContactDetails.find(in: text)
        let plain = ContactDetails.removed(from: text)
        let words = Words(plain)
        var people: [Contact] = []
        let lowered = plain.lowercased()
        if let verb = Self.meetingVerbs.first(where: { Words.text(lowered, contains: $0 + " ") }),
           let range = plain.range(of: verb + " ", options: .caseInsensitive) {
            people = self.people(in: String(plain[range.upperBound...])).filter(Self.looksLikeAName)
        } else if words.tokens.contains(where: Self.roleWords.contains) {
            people = self.people(in: plain).filter(Self.looksLikeAName)
        } else if !details.isEmpty {
            people = Self.capitalisedNames(in: plain).map { Contact(name: $0) }
        }
        Self.attach(details, in: text, to: &people, keepUnclaimed: true)
        // "the CEO and the CTO": roles with no names.
        return people.map { person in
            guard !person.name.isEmpty, person.role == nil,
                  person.name.split(separator: " ").allSatisfy({ Self.roleWords.contains($0.lowercased()) }) else { return person }
            var unnamed = Contact(name: "", role: person.name)
            unnamed.email = person.email
            unnamed.phone = person.phone
            return unnamed
        }
    }

    /// Gives each address or number to the person named closest before it (else the only or
    /// first person); with `keepUnclaimed`, one nobody claims becomes a person with no name.
    /// Returns the people who got something.
    @discardableResult
    static func attach(_ details: [ContactDetails.Found], in text: String, to people: inout [Contact],
                       keepUnclaimed: Bool) -> [String] {
        var changed: [String] = []
        for found in details {
            let before = String(text.prefix(found.offset)).lowercased()
            let named = people.indices.compactMap { index -> (Int, String.Index)? in
                guard !people[index].name.isEmpty,
                      let at = before.range(of: people[index].firstName.lowercased(), options: .backwards) else { return nil }
                return (index, at.lowerBound)
            }
            guard let index = named.max(by: { $0.1 < $1.1 })?.0 ?? (people.count == 1 ? 0 : nil)
            else {
                guard keepUnclaimed else { continue }
                var someone = Contact(name: "")
                if found.isEmail { someone.email = found.value } else { someone.phone = found.value }
                people.append(someone)
                continue
            }
            if found.isEmail { people[index].email = found.value } else { people[index].phone = found.value }
            changed.append(people[index].name)
        }
        return changed
    }

    /// Capitalised words that start sentences or name things rather than people.
    static let notNames: Set<String> = ["i", "yes", "no", "they", "she", "he", "we", "the", "my", "her", "his",
                                        "their", "it", "hr", "email", "phone", "call", "thanks", "ok", "sure",
                                        "and", "also", "but", "so", "then", "her cell", "his cell", "cell", "mobile"]

    static func looksLikeAName(_ person: Contact) -> Bool {
        let words = person.name.split(separator: " ").map { $0.lowercased() }
        return person.name.first?.isUppercase == true && !notNames.contains(person.name.lowercased())
            && !words.contains { DateScan.weekdays[$0] != nil || DateScan.months[$0] != nil }
    }

    /// Runs of one to three capitalised words that could be a name ("Sarah", "Sarah Lee").
    static func capitalisedNames(in text: String) -> [String] {
        var names: [String] = [], current: [String] = []
        func close() {
            let name = current.joined(separator: " ")
            if !current.isEmpty, current.count <= 3, looksLikeAName(Contact(name: name)) { names.append(name) }
            current = []
        }
        for raw in text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == ":" }) {
            let word = raw.replacingOccurrences(of: "'s", with: "").replacingOccurrences(of: "’s", with: "")
                .trimmingCharacters(in: .punctuationCharacters)
            if word.first?.isUppercase == true, !notNames.contains(word.lowercased()) { current.append(word) } else { close() }
        }
        close()
        return names
    }
}
