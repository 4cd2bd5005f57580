import Foundation

/// Reads the people met and their roles: "Sarah Lee (hiring manager) and Tom from HR".
struct PeopleReader {
    /// Where the lists read for one line are kept, when the line is read by more than one reader.
    var memo: LineMemo? = nil

    static let roleWords: WordSet = [
        "manager", "recruiter", "hr", "director", "engineer", "lead", "ceo", "cto", "cfo", "coo", "founder",
        "head", "vp", "designer", "developer", "team", "interviewer", "president", "officer", "partner",
        "owner", "analyst", "specialist", "coordinator", "supervisor", "hiring", "senior", "principal",
        "staff", "talent", "people", "sales", "marketing", "product", "recruiting", "chief", "boss",
        "colleague", "peer", "architect", "scientist", "consultant", "administrator", "assistant",
        "editor", "writer", "producer", "accountant", "advisor", "associate", "executive", "representative",
        "engineering", "design", "finance", "operations", "ops", "legal", "research", "support", "data", "pm", "cmo",
        "cpo", "svp", "evp", "avp", "gm", "ux", "qa", "devops", "it", "counsel", "cofounder", "co-founder", "mgr",
    ]
    static let leadIns = [
        "i only met", "only met", "just met", "i met with", "i met", "met with", "met", "interviewed with",
        "i spoke with", "i spoke to", "spoke with", "spoke to", "i talked to", "talked to", "i talked with",
        "talked with", "i chatted with", "i chatted to", "chatted with", "chatted to", "with", "and",
        "also", "plus", "only", "just", "then", "the person was", "the person i met was", "the interviewer was",
    ]
    /// The lead-ins, each with its space.
    static let spacedLeadIns = leadIns.map { $0 + " " }
    /// Role words that are titles, never ordinary words: they mark a role in a line typed in lower case.
    static let titleWords: WordSet = [
        "manager", "recruiter", "director", "engineer", "ceo", "cto", "cfo", "coo", "founder", "vp", "designer",
        "developer", "interviewer", "president", "officer", "owner", "analyst", "specialist", "coordinator",
        "supervisor", "architect", "scientist", "consultant", "administrator", "assistant", "editor", "producer",
        "accountant", "advisor", "executive", "representative", "hr", "pm", "cofounder", "co-founder", "counsel",
        "hiring", "recruiting", "talent", "principal", "senior", "chief", "lead", "head", "mgr", "boss",
    ]

    /// Words that say who someone is before their role: "she's the recruiter".
    static let roleLeads = [
        "she's", "she is", "he's", "he is", "they're", "they are", "who's", "who is", "she was",
        "he was", "who was", "she'd be", "he'd be", "she would be", "he would be", "she'll be", "he'll be",
        "she will be", "he will be", "who'd be", "who would be", "who'll be", "who will be",
    ]
    /// The role leads, then the articles and the words of a role to come ("my future manager"), each
    /// with its space, as `cleanRole` drops them.
    static let spacedRoleLeadsAndArticles =
        roleLeads.map { $0 + " " } + [
            "the ", "their ", "our ", "a ", "an ", "his ", "her ", "my ", "future ", "would-be ",
        ]
    /// What is trimmed off a part of the list and off a role: spaces, full stops, commas and colons.
    static let edges = Trim(CharacterSet(charactersIn: " .,:"))
    /// What is trimmed off a role given after "from" or "-".
    static let roleEnds = Trim(CharacterSet(charactersIn: " .,:;!"))
    /// Words that introduce a name: "some guy called Dev".
    static let nameMarkers = [" called ", " named ", " by the name of "]

    /// The role word `word` is, allowing a typo in a longer word ("hirign" is "hiring").
    static func roleWord(_ word: String) -> String? {
        let word = word.lowercased().trimmed(.punctuation)
        if roleWords.contains(word) { return word }
        guard word.count >= 5 else { return nil }
        // "office mgr": a word that the role word only lengthens ("officer") is no typo of it.
        return longRoleWords.first { !$0.hasPrefix(word) && Words.close(word, $0) }
    }

    /// The role words of five letters or more, which a typo may stand for, in a fixed order.
    static let longRoleWords = roleWords.filter { $0.count >= 5 }.sorted()

    /// The people in an answer to "who did you meet?", with the addresses and numbers given for them.
    /// Titles before a name, which are not part of it: "dr. Alan Cho" is Alan Cho.
    static let honorifics: WordSet = [
        "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.", "miss",
    ]

    /// `text` without a title before a name.
    static func withoutHonorifics(_ text: String) -> String {
        let words = Marks.space.split(text, omittingEmpty: false)
        guard words.contains(where: { honorifics.contains($0.lowercased()) }) else { return text }
        return words.enumerated().filter { index, word in
            !(honorifics.contains(word.lowercased()) && index + 1 < words.count
                && words[index + 1].first?.isLetter == true)
        }.map(\.element).joined(separator: " ")
    }

    func people(withDetailsIn text: String) -> [Contact] {
        let details = ContactDetails.find(in: text)
        var people = people(in: ContactDetails.removed(details, from: text))
        Self.attach(details, in: text, to: &people, keepUnclaimed: false)
        return people
    }

    func people(in typed: String) -> [Contact] {
        memo?.people(in: typed, reading: read) ?? read(typed)
    }

    /// The people in `typed`, each once.
    private func read(_ typed: String) -> [Contact] {
        let text = Self.withoutHonorifics(typed)
        var contacts: [Contact] = []
        let capitalised = Words.hasCapital(text)
        var afterTopic = false
        for whole in split(text) {
            let (part, endsInTopic) = Self.withoutTopic(whole)
            // "talked with lee about user research and design": what follows a topic goes on with
            // it, unless it has a topic of its own ("sam for coffee and priya for lunch") or is a
            // capitalised name ("Lee about pay and Priya").
            let goesOn =
                afterTopic && part == whole
                && !(capitalised && whole.first?.isUppercase == true)
            afterTopic = endsInTopic || goesOn
            if goesOn || part.isEmpty { continue }
            // "met Ruth again and her boss Colin": a role said as someone's is that person's.
            let owner = Self.ownedRole(in: part) ? contacts.last.flatMap { $0.name.isEmpty ? nil : $0.firstName } : nil
            for var contact in read(part, capitalised: capitalised)
            where !contacts.contains(where: { $0.isSamePerson(as: contact) }) {
                // "met jo, two weeks": a span is their timing, no role.
                if let role = contact.role, Self.isSpan(role) { contact.role = nil }
                if let owner, let role = contact.role, !contact.name.isEmpty { contact.role = "\(owner)'s \(role)" }
                // Names typed in lower case are shown with capitals: "bob" is Bob.
                if !contact.name.contains(where: \.isUppercase) {
                    contact.name = capitalized(Marks.space.split(contact.name).map(String.init))
                }
                contacts.append(contact)
            }
        }
        return contacts
    }

    /// Whether a part of a list gives a role as someone's: "her boss Colin", "his partner Phyllis".
    static func ownedRole(in part: String) -> Bool {
        let lowered = withoutLeadIn(Substring(part.trimmed(edges))).lowercased()
        return lowered.hasPrefix("her ") || lowered.hasPrefix("his ")
    }

    /// Where `split(_:)` breaks a list once its joining words are made semicolons.
    private static let listBreaks = Marks(";")
    /// The marks between the words `capitalisedNames(in:)` reads.
    private static let nameBreaks = Marks(" ,;:")

    private func split(_ text: String) -> [String] {
        var text = " " + Words.replacing("\n", with: ";", ignoringCaseIn: text) + " "
        for separator in [" and ", " & ", " plus ", " also ", " then "] {
            text = Words.replacing(separator, with: ";", ignoringCaseIn: text)
        }
        return Self.listBreaks.split(text).map { $0.trimmed(.whitespaces) }.filter { !$0.isEmpty }
    }

    private func read(_ part: String, capitalised: Bool) -> [Contact] {
        var part = part.trimmed(Self.edges)
        var lowered = part.lowercased()
        for leadIn in Self.spacedLeadIns where lowered.hasPrefix(leadIn) {
            part = String(part.dropFirst(leadIn.count))
            lowered = part.lowercased()
        }
        var contacts: [Contact] = []
        var roleAhead: String?
        // "northwind games, junior producer role, w kofi mensah": the role applied for is no one,
        // and a "with" starts no name.
        let chunks = Marks.comma.split(part).map { Self.withoutTrailingWords(Self.withoutLeadIn($0)) }
            .filter { chunk in
                !chunk.isEmpty && !Self.fillers.contains(chunk.lowercased())
                    && !SlotText.endsInRoleNoun(chunk)
            }
        for raw in chunks {
            // "meera shah, planning lead": a title after a name is that person's role.
            if let last = contacts.indices.last, contacts[last].role == nil, !contacts[last].name.isEmpty,
                Self.isTitle(raw)
            {
                contacts[last].role = cleanRole(raw)
                continue
            }
            if let named = Self.named(in: raw) {
                contacts.append(named)
                continue
            }
            // "the recruiter called about next steps": a marker with no name after it names no one.
            if Self.nameMarkers.contains(where: { Words.range(of: $0, ignoringCaseIn: raw) != nil }) { continue }
            let (chunk, given) = Self.roleMarked(in: raw)
            // "a lady from hr, jen something": someone described before their name.
            if Self.describesSomeone(chunk) {
                roleAhead = given ?? roleAhead
                continue
            }
            if let split = splitRoleAndName(chunk, capitalised: capitalised) {
                contacts.append(Contact(name: split.name, role: given ?? split.role ?? roleAhead))
                roleAhead = nil
            } else if !contacts.isEmpty, contacts[contacts.count - 1].role == nil,
                !Marks.space.split(raw).contains(where: { Self.isDateWord(String($0)) })
            {
                contacts[contacts.count - 1].role = cleanRole(raw)
            } else if contacts.isEmpty, chunks.count > 1, !Self.notNames.contains(raw.lowercased()) {
                roleAhead = cleanRole(raw)
            } else if contacts.isEmpty, chunks.count == 1 {
                // "a recruiter": someone known only by their role.
                let role = cleanRole(chunk)
                let words = Marks.space.split(role).map { $0.lowercased() }
                let onlyRole = words.allSatisfy { Self.roleWord($0) != nil || NumberWords.value(of: $0) != nil }
                // "nobody new today", "their deadline": no one to write to.
                if !onlyRole,
                    words.contains(where: {
                        Self.nobody.contains($0) || Self.notNames.contains($0) || Self.isDateWord($0)
                    })
                {
                    continue
                }
                contacts.append(onlyRole ? Contact(name: "", role: role) : Contact(name: role, role: given))
            }
        }
        return contacts.filter { Marks.space.split($0.name).count <= 5 && !($0.name.isEmpty && $0.role == nil) }
    }

    /// `chunk` trimmed, without a lead-in such as "with" before a name.
    static func withoutLeadIn(_ chunk: Substring) -> String {
        let chunk = chunk.trimmed(.whitespaces)
        let lowered = chunk.lowercased()
        guard let leadIn = spacedLeadIns.first(where: lowered.hasPrefix) else { return chunk }
        return String(chunk.dropFirst(leadIn.count))
    }

    /// "some guy called Dev": the name after "called" or "named", with a role before it if one is given.
    static func named(in chunk: String) -> Contact? {
        for marker in nameMarkers {
            guard let range = Words.range(of: marker, ignoringCaseIn: chunk) else { continue }
            // "a guy named tom reyes (hiring mgr)": the name ends where a role in brackets starts.
            // "a guy named marcus oyelaran from the data team": it ends at "from", which marks a role.
            let after = chunk[range.upperBound...]
            let bracket = after.firstIndex(of: "(")
            let (bare, marked) = roleMarked(in: String(after[..<(bracket ?? after.endIndex)]))
            // "a guy called tom okafor who runs the warehouse": the name ends before "who", and
            // "a guy named raj i totally blanked" before "i"; "recruiter called about next steps" names no one.
            let words = Marks.space.split(bare)
            guard let first = words.first, !notANameAfterMarker.contains(first.lowercased()) else { return nil }
            let name = words.prefix {
                !afterRole.contains($0.lowercased()) && !clauseSubjects.contains($0.lowercased())
            }.prefix(3).map { $0.prefix(1).uppercased() + $0.dropFirst() }
            guard !name.isEmpty else { return nil }
            let before = Marks.space.split(chunk[..<range.lowerBound]).compactMap { roleWord(String($0)) }
            let bracketed = bracket.map { after[after.index(after: $0)...].prefix { $0 != ")" }.trimmed(.whitespaces) }
            let role =
                bracketed.flatMap { $0.isEmpty ? nil : $0 } ?? marked
                ?? (before.isEmpty ? nil : before.joined(separator: " "))
            return Contact(name: name.joined(separator: " "), role: role)
        }
        return nil
    }

    /// Whether `text` is only a span of time: "two weeks", "a fortnight", "3 wks or so".
    static func isSpan(_ text: String) -> Bool {
        let words = Words(text).tokens
        return words.contains(where: spanUnits.contains)
            && words.allSatisfy {
                spanUnits.contains($0) || spanFillers.contains($0) || NumberWords.value(of: $0) != nil
            }
    }

    /// The units of a span of time.
    static let spanUnits: WordSet = [
        "day", "days", "week", "weeks", "wk", "wks", "month", "months", "mths", "fortnight", "fortnights",
    ]
    /// The small words of a span: "a couple of weeks or so".
    static let spanFillers: WordSet = [
        "a", "an", "few", "couple", "of", "or", "so", "business", "working", "about",
        // "two weeks he said", "10 days they told me": who gave the span.
        "he", "she", "they", "said", "says", "told", "me", "us", "reckons", "thinks",
    ]

    /// Words that start a new clause after a name: "a guy named raj i totally blanked on".
    static let clauseSubjects: WordSet = ["i", "im", "i'm", "he", "she", "they", "we", "it", "you", "but", "so"]
    /// Words after "called" or "named" that start no name: "the recruiter called about next steps".
    static let notANameAfterMarker: WordSet = [
        "about", "back", "me", "to", "in", "on", "at", "the", "a", "an", "yesterday", "today", "again", "this",
        "that", "my", "her", "him", "them", "us", "up", "off", "out", "over", "and", "but", "so", "it", "for", "with",
        "twice", "earlier", "later", "tonight", "just",
    ]

    /// Words that end a role given after "from" or "-": "Tom from HR gave me his card".
    static let afterRole: WordSet = [
        "gave", "said", "told", "is", "was", "who", "but", "will", "has", "had", "asked",
        "sent", "wants", "called", "emailed", "seemed", "and", "too", "also", "if",
    ]

    /// A chunk without the role it marks ("Tom (HR)", "Tom from HR", "Tom - HR", "Tom who is the CTO").
    static func roleMarked(in chunk: String) -> (String, String?) {
        if let open = chunk.firstIndex(of: "("), let close = chunk[open...].firstIndex(of: ")") {
            let role = String(chunk[chunk.index(after: open)..<close]).trimmed(.whitespaces)
            return (String(chunk[..<open]) + String(chunk[chunk.index(after: close)...]), role.isEmpty ? nil : role)
        }
        for marker in roleMarkers {
            guard let range = Words.range(of: marker, ignoringCaseIn: chunk) else { continue }
            let words = Marks.space.split(chunk[range.upperBound...]).map(String.init)
            // "Callum Reid from HR. callum said ...": a full stop ends the role too.
            let clause = words.prefix { !afterRole.contains($0.lowercased()) }.prefix(5)
            let end = clause.firstIndex { $0.hasSuffix(".") }.map { $0 + 1 } ?? clause.endIndex
            let role = clause[..<end].joined(separator: " ").trimmed(Self.roleEnds)
            var cleaned = role
            for lead in Self.spacedRoleLeadsAndArticles where cleaned.lowercased().hasPrefix(lead) {
                cleaned = String(cleaned.dropFirst(lead.count))
            }
            // "priya nair who would be managing me": someone still, with no title said.
            let titled = Marks.space.split(cleaned).contains { roleWord(String($0)) != nil }
            let kept = cleaned.isEmpty || (futureMarkers.contains(marker) && !titled) ? nil : cleaned
            return (String(chunk[..<range.lowerBound]), kept)
        }
        return (chunk, nil)
    }

    /// What marks the role someone has or will have, after their name: "Tom from HR", "Tom who is the CTO",
    /// "Priya who'd be my manager".
    static let roleMarkers =
        [" from ", " - ", " – ", " — "] + futureMarkers + [" who is ", " who's ", " as "]
    /// What marks the role someone will have if the job is got: "priya nair who would be my manager".
    static let futureMarkers = [
        " who would be ", " who'd be ", " who will be ", " who'll be ", " who is going to be ",
        " who's going to be ",
    ]

    /// "Sarah Lee" → name; "hiring manager Sarah Lee" → role and name; "hiring manager" → nil.
    /// In a `capitalised` answer, a chunk with no capital letter is a role.
    private func splitRoleAndName(_ chunk: String, capitalised: Bool) -> (name: String, role: String?)? {
        let words = Marks.space.split(chunk).map(String.init)
        let isRoleWord = { (word: String) in
            Self.roleWords.contains(word.lowercased().trimmed(.punctuation))
        }
        let isNameWord = { (word: String) in
            word.first?.isUppercase == true && !isRoleWord(word) && !Self.isDateWord(word)
        }
        guard let firstName = words.firstIndex(where: isNameWord) else {
            if capitalised { return nil }
            return lowerCase(words)
        }
        let nameWords = words[firstName...].prefix(while: isNameWord)
        // "Monday with Lee Ward": a day and a "with" before a name are no role.
        let roleWords = words[..<firstName].filter {
            !["the", "their", "our", "a", "an", "named", "called", "with", "on"].contains($0.lowercased())
                && !Self.isDateWord($0)
        }
        let after = words[(firstName + nameWords.count)...]
        if !after.isEmpty, roleWords.isEmpty, !after.contains(where: isRoleWord) { return nil }
        let role = (roleWords + after).joined(separator: " ")
        return (nameWords.joined(separator: " "), role.isEmpty ? nil : cleanRole(role))
    }

    /// A chunk typed in lower case: the words before the first role word are the name (shown
    /// capitalised), the rest the role with its typos mended: "dana white the hirign manager".
    /// Words before a role that are no part of a name: "the director diane park".
    private static let articles: WordSet = ["the", "their", "our", "a", "an", "my", "her", "his"]

    private func lowerCase(_ words: [String]) -> (name: String, role: String?)? {
        let articles = Self.articles
        guard let roleStart = words.firstIndex(where: { Self.roleWord($0).map(Self.titleWords.contains) == true })
        else {
            if words.contains(where: { Self.roleWord($0) != nil }) { return nil }
            // "yes, asked, they said 11/12": a verb in the past tense names no one.
            let names = words.filter {
                Self.mayBeName($0) && !Self.nobody.contains($0.lowercased())
                    && !Tense.pastWords.contains($0.lowercased())
            }
            return words.count <= 3 && names.count == words.count ? (capitalized(words), nil) : nil
        }
        // "the director diane park", "the hr lady jen": the role first, then the name.
        if words[..<roleStart].allSatisfy({ articles.contains($0.lowercased()) }) {
            let roleEnd = words[roleStart...].firstIndex { Self.roleWord($0) == nil } ?? words.endIndex
            let nameWords = Array(words[roleEnd...].drop { Self.someoneWords.contains($0.lowercased()) })
            guard !nameWords.isEmpty, nameWords.count <= 3, nameWords.allSatisfy(Self.mayBeName) else { return nil }
            let role = words[roleStart..<roleEnd].map { Self.roleWord($0) ?? $0 }.joined(separator: " ")
            return (capitalized(nameWords), role)
        }
        // "priya shah the eng manager": the name ends at the article, the role starts after it.
        let article = words[..<roleStart].firstIndex { articles.contains($0.lowercased()) }
        // "marcus wells branch manager": a name runs to two words; the third starts the title.
        let nameEnd = article ?? (roleStart == 3 ? 2 : roleStart)
        let nameWords = words[..<nameEnd]
        guard !nameWords.isEmpty, nameWords.count <= 3, nameWords.allSatisfy(Self.mayBeName) else { return nil }
        // "tom bélanger the branch mgr 🙂 they said ...": the role ends where a clause starts.
        let role = words[((article.map { $0 + 1 }) ?? nameEnd)...]
            .prefix { !IntroReader.clauseStarts.contains($0.lowercased()) && $0.contains(where: \.isLetter) }
            .map { Self.roleWord($0) ?? $0 }.joined(separator: " ")
        return (capitalized(Array(nameWords)), role)
    }

    /// Words for a person between a role and a name: "the hr lady jen".
    static let someoneWords: WordSet = ["lady", "guy", "woman", "man", "person", "girl", "dude", "fellow", "chap"]
    /// Words that may go with one of `someoneWords` when someone is described, not named.
    static let describingWords: WordSet = [
        "a", "an", "the", "this", "that", "some", "one", "nice", "young", "older",
    ]

    /// Whether `chunk` only describes someone: "a lady", "this young guy".
    static func describesSomeone(_ chunk: String) -> Bool {
        let words = Marks.space.split(chunk.lowercased()).map(String.init)
        return words.contains(where: someoneWords.contains)
            && words.allSatisfy { someoneWords.contains($0) || describingWords.contains($0) }
    }

    /// Whether a word typed in lower case may be part of a name: not a pronoun, question word,
    /// day or number.
    static func mayBeName(_ word: String) -> Bool {
        let stem = String(word.lowercased().prefix { $0 != "'" && $0 != "’" })
        return !notNames.contains(stem) && !IntentReader.questionWords.contains(stem) && !isDateWord(word)
            && NumberWords.value(of: stem) == nil && !word.contains(where: \.isNumber)
    }

    /// "nair-okafor" is Nair-Okafor.
    private func capitalized(_ words: [String]) -> String {
        words.map { word in
            word.split(separator: "-", omittingEmptySubsequences: false).map {
                $0.prefix(1).uppercased() + $0.dropFirst()
            }
            .joined(separator: "-")
        }.joined(separator: " ")
    }

    private func cleanRole(_ role: String) -> String {
        // "store manager 😀": a smiley after the role is no part of it.
        var words = Marks.space.split(role)
        while let last = words.last, !last.contains(where: { $0.isLetter || $0.isNumber }) { words.removeLast() }
        var role = words.joined(separator: " ").trimmed(Self.edges)
        var lowered = role.lowercased()
        for lead in Self.spacedRoleLeadsAndArticles where lowered.hasPrefix(lead) {
            role = String(role.dropFirst(lead.count))
            lowered = role.lowercased()
        }
        return role
    }
}

extension PeopleReader {
    /// Phrases after which a line names the people met.
    static let meetingVerbs = [
        "i met with", "i met", "met with", "interviewed with", "i spoke with", "i spoke to",
        "spoke with", "spoke to", "talked to", "talked with", "chatted with", "chatted to", "interviewers were",
        "interviewer was", "i saw", "meeting with", "panel with", "i had", "met",
        "screen with", "call with", "interview with", "chat with", "role with", "position with",
        "panel was", "panel were", "interviewed by", "panel -", "first was",
    ]

    /// The meeting verbs followed by a space, as they are searched for.
    static let spacedMeetingVerbs = TextSearch(meetingVerbs.map { $0 + " " })

    /// The people named in free text, with any email or phone given for them. A name counts
    /// when something marks it as a person: "I met ...", a role, an address or a number.
    /// `words` are the text's words, and `details` the addresses and numbers in it with its
    /// shorthand spelled out, when the caller has them already.
    func mentions(
        in typed: String, words typedWords: Words? = nil, details given: [ContactDetails.Found]? = nil
    ) -> [Contact] {
        let text = IntroReader.spelledOut(typed)
        let textWords = text == typed ? typedWords : nil
        let details = given ?? ContactDetails.find(in: text)
        let plain = ContactDetails.removed(details, from: text)
        let words = details.isEmpty ? textWords ?? Words(plain) : Words(plain)
        var people: [Contact] = []
        let lowered = plain.lowercased()
        let verbs = Self.spacedMeetingVerbs.strings(in: lowered)
        if !verbs.isEmpty {
            // The list after the verb, up to the next clause; a verb that names no one ("my
            // interview with Cobalt. Panel was ...") gives way to the next.
            for verb in verbs {
                guard let range = Words.range(of: verb, ignoringCaseIn: plain) else { continue }
                people = self.people(in: IntroReader.listOfPeople(in: String(plain[range.upperBound...])))
                    .filter { Self.isSomeone($0) && !IntroReader.endsLikeACompany($0.name) }
                if !people.isEmpty { break }
            }
        } else if words.tokens.contains(where: Self.roleWords.contains) {
            people = self.people(in: plain).filter(Self.isSomeone)
        } else if !details.isEmpty {
            people = Self.capitalisedNames(in: plain).map { Contact(name: $0) }
        }
        // "interviewed at Lumen Health": a company is not someone met.
        people.removeAll { IntroReader.endsLikeACompany($0.name) }
        Self.attach(details, in: text, to: &people, keepUnclaimed: true)
        // "the CEO and the CTO": roles with no names.
        return people.map { person in
            guard !person.name.isEmpty, person.role == nil,
                Marks.space.split(person.name).allSatisfy({ Self.roleWords.contains($0.lowercased()) })
            else { return person }
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
    static func attach(
        _ details: [ContactDetails.Found], in text: String, to people: inout [Contact],
        keepUnclaimed: Bool
    ) -> [String] {
        var changed: [String] = []
        for found in details {
            // An address that carries someone's first name is theirs: "priya.shah@..." is Priya's.
            let local = found.isEmail ? String(found.value.lowercased().prefix { $0 != "@" }) : ""
            if let owner = people.indices.first(where: { index in
                let first = people[index].firstName.lowercased()
                return !first.isEmpty && first.count >= 3 && local.contains(first)
            }) {
                people[owner].email = found.value
                changed.append(people[owner].name)
                continue
            }
            let before = String(text.prefix(found.offset)).lowercased()
            let named = people.indices.compactMap { index -> (Int, String.Index)? in
                guard !people[index].name.isEmpty,
                    let at = before.range(of: people[index].firstName.lowercased(), options: .backwards)
                else { return nil }
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

    /// Words that end a clause after a name, never part of it: "met with george only".
    static let afterName: WordSet = [
        "only", "too", "again", "today", "yesterday", "though", "btw", "later", "afterwards", "briefly", "alone",
        "first", "last", "as", "well", "also", "just", "now", "something", "whatever", "whatshername",
        "whatshisname", "somebody",
    ]

    /// `chunk` with words that only follow a name taken off its end: "George only" is George.
    static func withoutTrailingWords(_ chunk: String) -> String {
        var words = Marks.space.split(chunk)
        guard words.count > 1, let last = words.last, afterName.contains(last.lowercased()) else { return chunk }
        while words.count > 1, let last = words.last, afterName.contains(last.lowercased()) { words.removeLast() }
        return words.joined(separator: " ")
    }

    /// Words that say nobody in particular: "I met nobody new".
    static let nobody: WordSet = [
        "nobody", "noone", "anyone", "someone", "everyone", "everybody", "people",
        "deadline", "goal", "target", "new", "today", "yesterday", "there",
    ]

    /// Capitalised words that start sentences or name things rather than people.
    static let notNames: WordSet = [
        "i", "yes", "no", "they", "she", "he", "we", "the", "my", "her", "his", "them", "him", "everyone",
        "everybody",
        "their", "it", "hr", "email", "phone", "call", "thanks", "ok", "sure",
        "and", "also", "but", "so", "then", "her cell", "his cell", "cell", "mobile", "yeah", "yep", "nope", "nah",
        "asked", "said", "told", "agreed", "at",
    ]

    /// Sounds said while thinking, never a name: "Um, 3 people were there".
    static let fillers: WordSet = ["um", "umm", "uh", "uhh", "uhm", "er", "erm", "hmm", "hm", "well", "oh"]

    /// Words that make a name no one's: "other candidates", "Interview".
    static let nobodyWords: WordSet = [
        "other", "others", "candidate", "candidates", "applicants", "interview", "interviews",
    ]

    /// A named person, or someone known only by their role ("the CEO").
    static func isSomeone(_ person: Contact) -> Bool {
        looksLikeAName(person) || (person.name.isEmpty && person.role != nil)
    }

    static func looksLikeAName(_ person: Contact) -> Bool {
        let words = Marks.space.split(person.name).map { $0.lowercased() }
        return person.name.first?.isUppercase == true && !notNames.contains(person.name.lowercased())
            && !words.contains { DateScan.weekdays[$0] != nil || DateScan.months[$0] != nil }
            && !verdicts.contains(words.first ?? "") && !words.contains(where: nobodyWords.contains)
    }

    /// Words that say how it went, never a name: "the panel was great", "panel was really tough".
    static let verdicts: WordSet = [
        "great", "good", "fine", "tough", "hard", "long", "short", "nice", "friendly", "brutal", "intense",
        "relaxed", "fun", "awful", "rough", "alright", "amazing", "scary", "stressful", "easy", "tricky", "really",
        "very", "pretty", "quite", "kind", "super", "lovely", "chill", "grueling", "gruelling", "not",
    ]

    /// Runs of one to three capitalised words that could be a name ("Sarah", "Sarah Lee").
    static func capitalisedNames(in text: String) -> [String] {
        var names: [String] = []
        var current: [String] = []
        func close() {
            let name = current.joined(separator: " ")
            if !current.isEmpty, current.count <= 3, looksLikeAName(Contact(name: name)) { names.append(name) }
            current = []
        }
        for raw in Self.nameBreaks.split(text) {
            // An apostrophe is "'" or the last byte of "’" (0x99, never a byte of its own).
            let possessive = raw.utf8.contains { $0 == UInt8(ascii: "'") || $0 == 0x99 }
            let word =
                possessive
                ? raw.replacingOccurrences(of: "'s", with: "").replacingOccurrences(of: "’s", with: "")
                    .trimmed(.punctuation) : raw.trimmed(.punctuation)
            if word.first?.isUppercase == true, !notNames.contains(word.lowercased()) {
                current.append(word)
            } else {
                close()
            }
        }
        close()
        return names
    }
}
