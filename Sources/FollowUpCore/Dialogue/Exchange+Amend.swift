import Foundation

/// Things said wrongly earlier, put right in plain words: a day ("no i sent it on the 3rd not
/// the 4th"), a full name given after it ("mira shah is her full name"), someone who needs no
/// note ("remove dave, he just walked me out").
extension Exchange {
    /// Puts right what `line` amends; false when it amends nothing this way.
    mutating func amend(_ line: String, words: Words) -> Bool {
        correctRecordedDay(line) || removeContact(line, words: words) || completeName(line)
    }

    /// "no i sent it on the 3rd not the 4th": a day of a step or note recorded, put right.
    private mutating func correctRecordedDay(_ line: String) -> Bool {
        let padded = " " + line + " "
        guard let not = Words.range(of: " not ", ignoringCaseIn: padded) else { return false }
        let finder = DateFinder(calendar: calendar)
        let said = finder.mentions(in: String(padded[..<not.lowerBound]), reference: now, past: true)
        let wrong = finder.mentions(in: String(padded[not.upperBound...]), reference: now, past: true)
        guard let new = said.last?.start?.day, let old = wrong.first?.start?.day, new != old, new <= today else {
            return false
        }
        // The interview's day, said again once it is put right: it stands.
        if new == interviewDay, let end = app.interviewEnd, Words(line).has("interview") {
            say("That's what I have: the interview ended \(text.moment(end)).")
            return true
        }
        guard
            app.records.values.contains(where: { $0.on == old })
                || app.contacts.contains(where: { $0.thankedOn == old })
        else { return false }
        // "the interview was yesterday (wed 9th) not tuesday": the interview itself moves.
        if old == interviewDay, Words(line).has("interview") || !Self.recordedBeyondTheRoom(on: old, in: app),
            let mention = said.last
        {
            checkpoint(line)
            moveInterview(to: mention)
            return true
        }
        let before = app
        guard apply(.dayCorrected(from: old, to: new), line: line) != nil else { return true }
        say("Changed: \(text.day(new)), not \(text.day(old)).")
        announceDateChanges(from: before)
        return true
    }

    /// Whether anything besides the room's steps (a note, a follow-up, a calendar entry) is recorded on `day`.
    private static func recordedBeyondTheRoom(on day: Day, in app: Application) -> Bool {
        app.records.contains { !StepID.atInterview.contains($0.key) && $0.value.on == day }
            || app.contacts.contains { $0.thankedOn == day }
    }

    /// "remove dave, he just walked me out", "no note for dave": someone to write to no more.
    /// The last one taken off leaves no one to follow up with: the coach asks who it is.
    /// "i never actually sent raj a thank you": a note told as sent goes back on the list, for
    /// the people named, else for everyone thanked.
    mutating func takeBackThanks(_ line: String, words: Words) -> Bool {
        let thanked = app.contacts.filter { $0.thankedOn != nil }
        guard !thanked.isEmpty, words.hasAny(phrases: Self.neverSent),
            words.hasAny(["thank", "thanks", "thankyou", "note", "notes"])
        else { return false }
        let named = thanked.filter { words.has($0.firstName.lowercased()) }
        let taken = named.isEmpty ? thanked : named
        guard apply(.thankYouTakenBack(from: taken.map(\.id)), line: line) != nil else { return true }
        say("Thanks for telling me: the note to \(Application.joined(taken.map(\.spoken))) is back on your list.")
        adviseNextAction()
        return true
    }

    /// Words that say a note told as sent never went.
    static let neverSent: Phrases = [
        "never actually sent", "never sent", "did not actually send", "did not send", "have not actually sent",
        "never got round to", "never got around to", "never did send",
    ]

    mutating func removeContact(_ line: String, words: Words) -> Bool {
        guard words.hasAny(phrases: Self.removalWords) else { return false }
        let named = app.contacts.filter { words.has($0.firstName.lowercased()) }
        guard named.count == 1, let person = named.first, !Self.isWritingTo(person, words: words) else { return false }
        let main = app.mainContact?.id
        let awaited = !app.isDone(.sendThankYou)
        guard apply(.contactRemoved(person.id), line: line) != nil else { return true }
        var said = "Done: \(person.spoken) is off the list, so no note or follow-up goes to them."
        if awaited, app.isDone(.sendThankYou) { said += " That makes every thank-you note sent." }
        // "the person was Luis Romero, branch manager. northgate is the company": the one meant comes on.
        let meant = peopleNamed(besides: person, in: line)
        if !meant.isEmpty {
            app.meet(meant)
            said += " Added \(Application.joined(meant.map(\.described)))."
        }
        if main == person.id, let next = app.mainContact { said += " The follow-ups go to \(next.spoken) now." }
        guard app.contacts.isEmpty else {
            say(said + " /undo brings them back.")
            reaskOrOffer()
            return true
        }
        say(said + " That leaves no one to write to (/undo brings them back).")
        ask(.people)
        return true
    }

    /// The people a line taking `removed` off names instead, in the sentences that do not speak
    /// of them, and not known yet.
    private func peopleNamed(besides removed: Contact, in line: String) -> [Contact] {
        // "oops, the person was ...": a chunk that is only a marker or small talk names nobody.
        let filler = Set(IntentReader.smallTalk).union(IntentReader.correctionMarkers)
        let sentences = line.split(whereSeparator: { ".;!?".contains($0) }).map(String.init).filter {
            !Words($0).has(removed.firstName.lowercased())
        }.map { sentence in
            sentence.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .drop { Words($0).tokens.allSatisfy(filler.contains) }.joined(separator: ", ")
        }
        return sentences.flatMap { PeopleReader().people(in: IntroReader.listOfPeople(in: $0)) }.filter { person in
            !person.name.isEmpty && PeopleReader.isSomeone(person)
                && !app.contacts.contains { $0.isSamePerson(as: person) }
        }
    }

    /// "I'll drop dave a line": a message to them, not taking them off.
    private static func isWritingTo(_ person: Contact, words: Words) -> Bool {
        guard let at = words.tokens.firstIndex(of: person.firstName.lowercased()) else { return false }
        return words.tokens.dropFirst(at + 1).first.map { ["a", "an"].contains($0) } ?? false
    }

    /// Words that take someone off the list.
    static let removalWords: Phrases = [
        "remove", "delete", "take off", "cross off", "drop", "no note for", "not sending", "no need to thank",
        "doesnt need one", "does not need one", "wasnt in the interview", "was not in the interview",
        "wasnt in the room", "wasnt even in the room", "was not in the room", "was not even in the room",
        "wasnt at the interview", "wasnt even at the interview", "was not at the interview",
        "thank you needed", "note needed", "not thanking", "leave out", "not a person", "no person",
        "not someone i met", "is the company", "part of the company",
    ]

    /// "olu is the studio director btw", "dana is the hiring manager, raj is finance, tom runs
    /// the warehouse": the roles of people met, whatever question is open (it stays open); false
    /// when the line says anything else ("olu is the one to follow up with"). A name not among
    /// the people met is asked about, not added.
    mutating func noteRole(_ line: String) -> Bool {
        let clauses = RoomAnswerReader.clauses(line)
        let roles = clauses.compactMap { role(in: $0, bare: clauses.count > 1) }
        let known = roles.compactMap { said in said.index.map { ($0, said.role) } }
        guard !known.isEmpty, roles.count == clauses.count else { return false }
        checkpoint(line)
        for (index, role) in known { app.contacts[index].role = role }
        say("Noted: \(Application.joined(known.map { app.contacts[$0.0].described })).")
        let unknown = roles.filter { $0.index == nil }.map { $0.name.prefix(1).uppercased() + $0.name.dropFirst() }
        if !unknown.isEmpty {
            let them = unknown.count == 1 ? "isn't" : "aren't"
            say(
                "\(Application.joined(unknown)) \(them) among the people you met: tell me the full name and I'll add them."
            )
        }
        reaskOrOffer()
        return true
    }

    /// The person a clause gives a role to (their number among the contacts, nil for a name not
    /// among them), and the role: "dana is the hiring manager", "tom runs the warehouse", "raj
    /// is from finance"; "raj is finance" only when `bare` (beside others).
    private func role(in clause: String, bare: Bool) -> (index: Int?, name: String, role: String)? {
        var tokens = clause.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        guard let name = tokens.first, !Self.notAName.contains(name) else { return nil }
        let index = app.contacts.firstIndex { $0.firstName.lowercased() == name }
        tokens.removeFirst()
        let last = index.flatMap { app.contacts[$0].name.split(separator: " ").dropFirst().last?.lowercased() }
        if let last, tokens.first == last { tokens.removeFirst() }
        // "kofi's the team lead".
        if tokens.first == "s" { tokens[0] = "is" }
        guard tokens.count >= 2 else { return nil }
        var role: ArraySlice<String>
        switch (tokens[0], tokens[1]) {
        case ("is", "the"), ("is", "a"), ("is", "an"), ("is", "our"), ("is", "their"), ("is", "from"):
            role = tokens[2...]
        case ("is", _) where bare: role = tokens[1...]
        case ("runs", _), ("leads", _), ("heads", _), ("manages", _): role = tokens[0...]
        default: return nil
        }
        role = role.prefix { !["btw", "fyi", "by", "too", "there", "at"].contains($0) }
        guard (1...4).contains(role.count), !role.contains(where: Self.notARole.contains) else { return nil }
        return (index, name, role.joined(separator: " "))
    }

    /// Words that open a sentence like a name but are none: "it is the hiring manager's call".
    static let notAName: Set<String> = [
        "it", "this", "that", "she", "he", "they", "there", "here", "what", "which", "who", "mine", "the", "i",
        "we", "you", "my", "her", "his", "their", "our", "everyone", "everything", "job", "role", "company",
    ]

    /// Words that say something of a person other than a role: "the one", "the main contact".
    static let notARole: Set<String> = [
        "one", "person", "company", "same", "only", "main", "contact", "guy", "lady", "woman", "man", "best",
        "worst", "nicest", "reason", "who", "that", "name", "nice", "great", "lovely", "kind", "friendly", "cool",
        "awesome", "helpful", "funny", "sweet", "tough", "strict", "intense", "quiet", "busy", "smart", "amazing",
        "rude", "fine", "ok", "okay", "good", "not", "also", "still", "away", "off", "out", "leaving", "on",
    ]

    /// "mira shah is her full name": the name put first, the correction after it.
    private mutating func completeName(_ line: String) -> Bool {
        let lower = line.lowercased()
        guard
            let marker = [
                " is her full name", " is his full name", " is their full name", " is her name",
                " is his name", " is the full name",
            ].compactMap({ lower.range(of: $0) }).first
        else { return false }
        let name = String(line[..<marker.lowerBound]).trimmed(.whitespaces)
        let said = "their name is \(name)"
        checkpoint(line)
        guard applyCorrection(said, words: Words(said)) else {
            state.checkpoints.removeLast()
            return false
        }
        reaskOrOffer()
        return true
    }
}
