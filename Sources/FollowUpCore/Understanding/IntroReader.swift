import Foundation

/// Reads a first message that tells the whole story: "Got out of my interview at Wayne
/// Enterprises for the data engineer job, met Lucius Fox and Rachel Dawes, they'll decide next
/// week, got Lucius's card". Each fact is taken out of the words around it; what the line
/// does not say stays nil, to be asked.
struct IntroReader {
    let calendar: Calendar
    /// Keeps the people and dates read for the line, when its other readers read them too.
    var memo: LineMemo? = nil

    /// Reads the lists of people the line names.
    var peopleReader: PeopleReader { PeopleReader(memo: memo) }

    /// What a first message says.
    struct Intro {
        var company: String?
        var role: String?
        var ended: MomentReader.Reading?
        var people: [Contact] = []
        var timeFrame: (frame: TimeFrame, mention: DateMention?)?
        /// The people the candidate can reach, by name, as the message says.
        var reachable: [String] = []
        /// What the message says of the room: "told them I want the job", "forgot to thank them".
        var room: [StepID: YesNo] = [:]
        /// Whether the message goes on to tell of another interview, which is left out.
        var tellsOfAnother = false

        /// Whether the line says more than a company's name.
        var tellsMore: Bool {
            role != nil || ended != nil || !people.isEmpty || timeFrame != nil
        }
    }

    /// Whether "email" is something they will do, not an address got: "they'd email by thursday".
    static func emailsAsTheirVerb(_ words: Words) -> Bool {
        zip(words.tokens, words.tokens.dropFirst()).contains { before, word in
            ["email", "emails"].contains(word) && emailers.contains(before)
        }
    }

    /// Words before "email" that make it a verb: "they'll email", "would email me".
    static let emailers: WordSet = [
        "theyd", "theyll", "they", "will", "would", "to", "shell", "hell", "she", "he", "might", "may", "should",
        "could", "can",
    ]

    /// Words that end a company's or a role's name in running text.
    static let stops = StopSearch([
        ",", ".", ";", "!", "?", " for ", " as ", " today", " this ", " yesterday", " and ", " where ",
        " - ", " – ", " — ", " met ", " about ", " on ", " just", " earlier", " tonight", " with ",
        " in ", " went ", " was ", " it ", " its ", " it's ", " they ", " i ", " is ", " has ", " an hour", " a few ",
        " ended", " finished", " wrapped", " at ", " ago", " over", " done ", " done.", " done,", " too ", " too,",
        " too.",
        " also ", " as well", " (",
    ])
    /// The stop read past between capitals when joining them.
    private static let andStop = Array(" and ".utf8)
    /// Words that end a company's name: "Umbrella Corp" is a company even after "with".
    static let companySuffixes: WordSet = [
        "inc", "corp", "corporation", "ltd", "llc", "gmbh", "plc", "co",
        "industries", "enterprises", "labs", "group", "systems", "technologies",
        "bank", "partners", "studio", "studios", "agency", "company", "logistics", "foods", "health",
        "solutions", "consulting", "capital", "media", "software", "insurance", "financial", "pharma",
        "motors", "analytics", "ventures", "holdings", "robotics", "airlines", "hospital", "university", "games",
        "union", "trust", "society", "council", "clinic", "school", "college", "institute", "foundation", "museum",
        "press", "network", "associates", "academy", "pharmacy", "charity", "hotel", "bakery", "brewery", "gallery",
        "limited", "llp", "pty",
    ]
    /// Words that give a span: "they said a week or so".
    static let spanWords =
        [
            "they said", "said about", "week", "weeks", "days", "month", "months", "or so", "wk", "wks", "fortnight",
            "mths", "mid", "new year", "new years", "beginning of", "start of",
        ] + monthParts
    /// "early jan", "late february": a part of a month, which alone says when.
    static let monthParts = ["early", "late"].flatMap { part in
        (DateScan.months.keys.sorted() + DottedDate.monthNames).map { "\(part) \($0)" }
    }
    /// Words that say the interview just ended.
    static let justEnded: Phrases = [
        "just got out", "got out of", "just finished", "just left", "just walked out", "just had",
        "just wrapped up", "fresh out of", "just came out", "just done with", "just did", "just now",
    ]
    /// Words that say when it ended.
    static let endedCues = Phrases(
        endedVerbs.all + ["ago", "interviewed", "panel", "round", "onsite", "screen", "had a call"])
    /// Words that say when it ended, read before the weaker cues: "interview at Acme at 14:30,
    /// finished about 15:45" ended at 15:45.
    static let endedVerbs: Phrases = ["ended", "finished", "wrapped up", "got out", "was over", "left at", "done at"]
    /// Words about the employer's timing.
    static let timingCues: Phrases = [
        "decide", "decision", "hear back", "get back", "let me know", "know by", "timeline",
        "within", "next step", "back to me", "in touch", "hear from", "deciding", "answer by",
        "respond", "reply by", "news by", "wrap up", "by the", "hear by",
    ]
    /// Words that start a clause narrowing the one before: "..., probly around the 23rd".
    static let hedges: WordSet = [
        "probably", "probly", "prob", "prolly", "likely", "maybe", "possibly", "around", "roughly", "about",
    ]
    /// Words of a lead-in before a message's list of facts: "ok, another one", "so, new one".
    static let leadIns: WordSet = [
        "ok", "okay", "so", "another", "one", "new", "right", "hi", "hey", "also", "alright", "and", "then",
        "anyway", "next", "um", "well", "here", "goes", "again", "kia", "ora", "hiya", "hello", "heya", "howdy",
        "gday", "g'day", "greetings", "morning", "evening", "yo",
        // "second one today, Soylent, ...", "my third interview this afternoon, ...".
        "second", "third", "more", "my", "interview", "today", "tonight", "this", "afternoon", "too",
    ]
    /// Words after a comma that start a new clause rather than continue a list of people.
    static let clauseStarts: WordSet = [
        "they", "they'll", "theyll", "got", "she", "he", "we", "i", "i'm", "im",
        "said", "it", "will", "should", "decision", "no", "but", "and",
        "gave", "was", "were", "both", "asked", "took", "forgot", "finished", "ended", "wrapped", "done", "left",
        "lasted", "went", "ran", "thanked", "told", "felt", "seemed", "its", "it's",
    ]

    /// The marks that end a clause: , ; . ! ?
    static let clauseEnds = Marks(",;.!?")
    /// The marks between the parts of a list of short clauses: , ; .
    static let partEnds = Marks(",;.")

    /// Words that say the candidate can reach someone: "got Lucius's card".
    static let cardWords = ["card", "cards", "email", "emails", "number", "numbers", "details"]
    /// The cues a clause is read for. A clause holds one only when the whole line does, so a
    /// line with none has its clauses left unread.
    static let clauseCues = Phrases(endedCues.all + timingCues.all + spanWords + cardWords)
    /// Words of the employer's timing or of a span.
    static let timingOrSpan = Phrases(timingCues.all + spanWords)

    /// What `whole` tells; `words` are its words, and `details` the addresses and numbers in it
    /// with its shorthand spelled out, when the caller has them already. The room's facts
    /// (`Intro.room`) are read only when `room` is true.
    func read(
        _ whole: String, now: Date, words wholeWords: Words? = nil, details given: [ContactDetails.Found]? = nil,
        room readsRoom: Bool = true
    ) -> Intro {
        var intro = Intro()
        let spelled = Self.spelledOut(whole)
        let spelledWords = spelled == whole ? wholeWords ?? Words(spelled) : Words(spelled)
        // A line with no words of another interview tells of one only.
        let (line, another) =
            spelledWords.hasAny(phrases: Self.anotherInterview)
            ? Self.firstInterview(in: spelled) : (spelled, false)
        intro.tellsOfAnother = another
        let words = line == spelled ? spelledWords : Words(line)
        let details = line == spelled ? given ?? ContactDetails.find(in: line) : ContactDetails.find(in: line)
        let cued = words.hasAny(phrases: Self.clauseCues)
        // Most lines hold none of the facts: with the room left out, they are not read further.
        if !readsRoom, details.isEmpty, !Self.mayTell(line, words: words, cued: cued) { return intro }
        let clauses = Self.clauseEnds.split(line).map(String.init)
        // A plain line with none of the words that name anything names no one: its timing alone is read.
        let given =
            readsRoom || !details.isEmpty || Self.mayName(line, words: words)
            ? readNames(in: line, details: details, into: &intro) : []
        // Each clause is read into words once, and only when the line holds a cue.
        let clauseWords = cued ? clauses.map(Words.init) : []
        // A clause that says when it ended wins over "just got out" ("... it ended about an hour ago").
        let moment = { (clause: (String, Words)) in
            MomentReader(calendar: calendar, memo: memo).moment(in: clause.0, now: now)
        }
        let verbEnds = zip(clauses, clauseWords).filter { $0.1.hasAny(phrases: Self.endedVerbs) }.compactMap(moment)
        // "just got out of an interview ..., it ended at like 2:30": a time said wins over "just".
        let saidEnd = verbEnds.first { $0.date != now }
        if let reading = saidEnd ?? verbEnds.first
            ?? zip(clauses, clauseWords).lazy.filter({ $0.1.hasAny(phrases: Self.endedCues) }).compactMap(moment).first
        {
            intro.ended = reading
        } else if words.hasAny(phrases: Self.justEnded) {
            intro.ended = MomentReader.Reading(date: now)
        }
        // "initech, junior dev role, had it yesterday at 2pm": in a message that names the company
        // or the role, a time of the interview with no word of its end is taken as the end, and
        // the coach says so.
        if intro.ended == nil, intro.company != nil || intro.role != nil,
            let said = timeOfTheInterview(in: clauses, now: now)
        {
            intro.ended = said
        }
        // "it was at 2pm ... went on for nearly 2 hours": the start and how long it took give the end.
        if cued, let end = endFromStartAndLength(in: line, words: words, now: now), end <= now,
            intro.ended.map({ $0.date == now }) ?? true
        {
            intro.ended = MomentReader.Reading(date: end)
        }
        // "i have an interview tomorrow at 3": nothing has ended yet ("had one today, the next is
        // coming up friday" tells of one that has).
        if intro.ended != nil, ComingInterview.says(words), !words.hasAny(phrases: Self.endedVerbs),
            !words.tokens.contains(where: ComingInterview.pastOnes.contains)
        {
            intro.ended = nil
        }
        // A clause about their decision is read before one that only holds a span: "the commute is
        // 70 min ..., they said theyd let me know by end of next week" gives the end of next week.
        // "they hope to decide before the holidays, probly around the 23rd": a hedge after it
        // narrows the day, and is read with it.
        let timed = zip(clauses.indices, clauseWords).filter { $0.1.hasAny(phrases: Self.timingCues) }.map {
            index, words in
            guard index + 1 < clauses.count, let next = clauseWords[index + 1].tokens.first,
                Self.hedges.contains(next)
            else { return (clauses[index], words) }
            let joined = clauses[index] + "," + clauses[index + 1]
            return (joined, Words(joined))
        }
        let spans = zip(clauses, clauseWords).filter { !$0.1.hasAny(phrases: Self.timingCues) }
        for (clause, words) in timed + spans where words.hasAny(phrases: Self.timingOrSpan) {
            let day = Day(intro.ended?.date ?? now, in: calendar)
            guard
                let reading = TimeFrameReader(calendar: calendar, saidOn: Day(now, in: calendar), memo: memo).reading(
                    of: clause, interviewDay: day, words: words)
            else {
                continue
            }
            // A span must lie ahead, and "not sure" counts only when it is about their decision.
            if case let .by(end) = reading.frame, end < day { continue }
            if reading.frame == .unknown, !words.hasAny(phrases: Self.timingCues) { continue }
            intro.timeFrame = reading
            break
        }
        if readsRoom {
            let said = RoomAnswerReader().read(line, asked: nil, contacts: intro.people).steps
            for step in [StepID.expressInterest, .sayThanks] { intro.room[step] = said[step] }
        }
        intro.reachable = given
        for words in clauseWords where words.hasAny(Self.cardWords) && !Self.emailsAsTheirVerb(words) {
            // "got Art's card but not Kel's": only the names before a "not" count.
            let said = words.before(["not", "except", "without"])
            guard !said.hasAny(["forgot", "no", "never", "didn't", "didnt"]) else { continue }
            let named = intro.people.filter { said.has($0.firstName.lowercased()) }
            if said.hasAny(["both", "all", "everyone", "everybody", "each", "everyone's"]) {
                intro.reachable = intro.people.map(\.name)
            } else if named.isEmpty, intro.people.count == 1 {
                intro.reachable = intro.people.map(\.name)
            } else {
                intro.reachable += named.map(\.name).filter { !intro.reachable.contains($0) }
            }
        }
        return intro
    }

    /// The company, the people and the role `line` names, into `intro`; `details` are its
    /// addresses and numbers. Returns the people an address or number was given for.
    private func readNames(in line: String, details: [ContactDetails.Found], into intro: inout Intro) -> [String] {
        let named = company(in: line)
        let plain = ContactDetails.removed(details, from: line)
        intro.people = people(in: plain, company: plain == line ? named : company(in: plain))
        // A pasted message that names no one met: the person who signed it.
        if intro.people.isEmpty, let signer = Self.signer(in: plain) { intro.people = [signer] }
        let given = PeopleReader.attach(details, in: line, to: &intro.people, keepUnclaimed: false)
        intro.company = named.flatMap { joined in
            // "at Acme and Priya said ...": a name joined by "and" stops before someone met.
            let name = Self.name(joined, before: intro.people)
            if Self.endsLikeACompany(name) { intro.people.removeAll { $0.name.lowercased() == name.lowercased() } }
            return intro.people.contains { $0.name.lowercased() == name.lowercased() } ? nil : Self.titled(name)
        }
        intro.role = role(in: line) ?? intro.company.flatMap { Self.bracketedRole(after: $0, in: line) }
        // "Hooli, software engineer II. finished at 11am, ...": a list of short clauses.
        // "ok another one, Q-Ten Robotics, ...": a lead-in before the list is no part of it.
        let parts = Self.partEnds.split(line).map { SlotText.trimmed(String($0)) }
            .drop { part in Marks.space.split(part).allSatisfy { Self.leadIns.contains($0.lowercased()) } }
        // "Initech this afternoon too, QA lead, ...": the name stops where the time is told.
        if intro.company == nil, let first = parts.first.map(Self.beforeADay), parts.count > 1, Self.isBareName(first) {
            intro.company = Self.titled(first)
        }
        // ("met ana ruiz, head of talent, and ben" gives Ana's role, not the candidate's.)
        if intro.role == nil, parts.count > 2, let second = parts.dropFirst().first, Self.isBareName(second),
            !intro.people.contains(where: { $0.role?.lowercased() == second.lowercased() }),
            Marks.space.split(second).contains(where: {
                PeopleReader.roleWord(String($0)).map(PeopleReader.titleWords.contains) == true
                    || PeopleReader.roleHeads.contains($0.lowercased())
            })
        {
            intro.role = SlotText.role(from: second)
        }
        // "umbrella corp, lab technician role, ...": a clause that ends in "role" is one.
        if intro.role == nil,
            let clause = parts.dropFirst().first(where: { part in
                SlotText.endsInRoleNoun(part)
                    && Marks.space.split(part).count <= 6
            })
        {
            intro.role = SlotText.role(from: clause)
        }
        return given
    }

    /// Words after "at" that tell a time, not a place: "finished at noon".
    static let timeWords: WordSet = [
        "noon", "midday", "midnight", "lunch", "lunchtime", "around", "about", "half",
        "quarter", "the", "last", "once", "least", "home", "work", "one", "two", "three",
        "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    ]

    /// Words before "interview" that say which interview, not for which job: "my second interview".
    static let notATitle: WordSet = [
        "my", "the", "a", "an", "first", "second", "third", "final", "phone", "video", "zoom", "onsite", "job",
        "this", "that", "today", "todays", "today's", "another", "one", "big", "2nd", "3rd", "panel", "technical",
    ]

    /// Words that make a clause more than a name: verbs of the story.
    static let storyWords: WordSet = [
        "met", "got", "had", "just", "interview", "interviewed", "finished", "ended",
        "left", "spoke", "talked", "said", "they", "i", "we", "hi", "hey", "hello",
        "was", "is", "went", "did", "done", "think",
    ]

    /// A short clause that can only be a name: at most four words, none of them the story's,
    /// a verb or a day ("emailed sam last night" is no company).
    static func isBareName(_ clause: String) -> Bool {
        let words = Words(clause).tokens
        // "yes, within the week": an answer's first word is no name; nor is "in the new year",
        // or "bit of a blow" (an "a" inside a name in lower case).
        return (1...4).contains(words.count) && !Self.plainAnswers.contains(words[0])
            && !Self.notAStart.contains(words[0])
            && (clause.contains(where: \.isUppercase)
                || !words.dropFirst().contains(where: { $0 == "a" || $0 == "an" }))
            && !words.contains(where: {
                storyWords.contains($0) || Tense.pastWords.contains($0) || PeopleReader.isDateWord($0)
            })
            && clause.first?.isNumber == false
    }

    /// Words that start a phrase of time or place, never a name on its own: "in the new year".
    static let notAStart: WordSet = [
        "in", "on", "by", "from", "to", "till", "until", "after", "before", "since", "around", "during",
    ]

    /// Words that answer a question, and so start no company's or person's name.
    static let plainAnswers: WordSet = [
        "yes", "yeah", "yep", "yup", "yea", "ya", "no", "nope", "nah", "ok", "okay", "sure", "maybe",
    ]

    /// The end of an interview given by its start and its length: "started at 2pm, lasted 2
    /// hours" ended at 4pm; nil unless the line gives both, the length under a day.
    private func endFromStartAndLength(in line: String, words: Words, now: Date) -> Date? {
        // Most lines say nothing of how long it took: their dates are not read again.
        guard words.hasAny(phrases: Self.lengthVerbs) else { return nil }
        let mentions = DateFinder(calendar: calendar).mentions(
            in: line, words: nil, reference: now, past: true, memo: memo)
        guard let start = mentions.first(where: { $0.kind == .point && $0.start?.hour != nil })?.start,
            let length = mentions.first(where: { $0.kind == .duration })?.length,
            length.years + length.months + length.weeks + length.days == 0, length.hours + length.minutes > 0
        else { return nil }
        let begun = start.day.at(hour: start.hour ?? 0, minute: start.minute ?? 0, in: calendar)
        return begun.addingTimeInterval(TimeInterval(length.hours * 3600 + length.minutes * 60))
    }

    /// The time a clause gives the interview when no word says it ended: "had it yesterday at
    /// 2pm" ended, as far as the coach knows, at 2 PM. Only a clock time plainly past counts: no
    /// clause about their decision, no day alone, no time still ahead today.
    private func timeOfTheInterview(in clauses: [String], now: Date) -> MomentReader.Reading? {
        for clause in clauses where clause.utf8.contains(where: { (48...57).contains($0) }) {
            let words = Words(clause)
            guard !words.hasAny(phrases: Self.timingCues),
                DateFinder(calendar: calendar).mentions(
                    in: clause, words: words, reference: now, past: true, memo: memo
                ).first.map({ $0.kind == .point && $0.start?.hour != nil && $0.end?.hour == $0.start?.hour }) == true,
                let reading = MomentReader(calendar: calendar, memo: memo).moment(in: clause, now: now),
                reading.assumed == nil, reading.date <= now
            else { continue }
            let time = DateText(calendar: calendar).time(reading.date)
            return MomentReader.Reading(
                date: reading.date,
                assumed: "You said \(time) but not when it ended, so I took \(time) as the end; "
                    + "correct me if that's off.")
        }
        return nil
    }

    /// Words that say how long the interview took: "lasted", "went on for".
    static let lengthVerbs: Phrases = ["lasted", "went on for", "ran for", "took", "ran over", "was over"]

    /// "at Wayne Enterprises", "my Acme interview", "with Acme for the ... role"; never a time
    /// ("finished at 11am").
    private func company(in line: String) -> String? {
        let text = " " + line + " "
        for lead in [" interview at ", " interviewed at ", " at "] {
            // In a long message the first "at" may be "at the end of the day": each one is tried.
            var search = text.startIndex
            while let range = Words.range(of: lead, ignoringCaseIn: text[search...]) {
                search = range.upperBound
                guard let name = span(after: lead, in: String(text[range.lowerBound...]), joiningCapitals: true),
                    name.first?.isNumber == false, !Self.timeWords.contains(Marks.space.split(name)[0].lowercased())
                else { continue }
                return Self.beforeADay(name)
            }
        }
        // "today was northgate logistics": a name after "was" when it ends like a company's.
        for lead in [" today was ", " it was ", " was at "] {
            // "it was at 2pm": a time is no company.
            if let name = span(after: lead, in: text), name.first?.isNumber == false,
                !Self.timeWords.contains(Marks.space.split(name)[0].lowercased()),
                lead == " was at " || Self.endsLikeACompany(name)
            {
                return name
            }
        }
        // "with Ruth ..., now they've asked for a take-home": what is asked for is no job.
        let forAJob = { (lead: String, after: Substring) in
            guard let found = Words.range(of: lead, ignoringCaseIn: after) else { return false }
            let before = Marks.space.split(after[..<found.lowerBound]).last?.lowercased() ?? ""
            return !Self.askingVerbs.contains(before)
        }
        if let range = Words.range(of: " with ", ignoringCaseIn: text),
            forAJob(" for the ", text[range.upperBound...]) || forAJob(" for a ", text[range.upperBound...])
                || titleAfterFor(in: text) != nil,
            let name = span(after: " with ", in: text)
        {
            return name
        }
        return Self.companyInRunningText(line)
    }

    /// Verbs before a "for" that ask for something, not name a job: "asked for a take-home".
    static let askingVerbs: WordSet = ["asked", "ask", "asks", "asking"]

    /// "for junior ux designer": a title after a bare "for".
    private func titleAfterFor(in text: String) -> String? {
        guard let title = span(after: " for ", in: text),
            let last = Marks.space.split(title).last.map(String.init),
            PeopleReader.roleHeads.contains(last.lowercased())
                || PeopleReader.roleHeads.contains(PeopleReader.roleWord(last) ?? "")
        else { return nil }
        return title
    }

    /// The words that name the kind of thing a role is, each after a space.
    static let spacedRoleNouns = SlotText.roleNouns.map { " " + $0 }

    /// "for the data engineer job", "as a product designer", "the UX lead role".
    private func role(in line: String) -> String? {
        let lower = line.lowercased()
        for noun in Self.spacedRoleNouns where Words.range(of: noun, ignoringCaseIn: lower) != nil {
            // An article starts a word: "data analyst post" holds no "a ".
            let padded = " " + line
            // "for junior dev role": a bare "for" last, after the leads with an article.
            for lead in [" for the ", " for a ", " for an ", " the ", " a ", " an ", " for "] {
                guard let start = Words.range(of: lead, ignoringCaseIn: padded),
                    let end = Words.range(of: noun, ignoringCaseIn: padded[start.upperBound...])
                else { continue }
                let candidate = String(padded[start.upperBound..<end.lowerBound])
                let count = Marks.space.split(candidate).count
                if count >= 1, count <= 6, !candidate.contains(",") { return candidate }
            }
        }
        for lead in [" as a ", " as an "] {
            if let role = span(after: lead, in: " " + line + " ") { return role }
        }
        // "staff engineer interview w/ Nordwerk": the title that opens the message, before "interview".
        if let end = Words.range(of: " interview ", ignoringCaseIn: lower)
            ?? Words.range(of: " loop ", ignoringCaseIn: lower)
        {
            let title = Marks.space.split(lower[..<end.lowerBound]).map(String.init)
            if (1...4).contains(title.count),
                !title.contains(where: { Self.storyWords.contains($0) || Self.notATitle.contains($0) })
            {
                return String(line[..<end.lowerBound])
            }
        }
        return titleAfterFor(in: " " + line + " ")
    }

    /// "Cobalt Analytics (data engineer)": a job title in brackets right after the company's name.
    static func bracketedRole(after company: String, in line: String) -> String? {
        guard let name = Words.range(of: company.lowercased() + " (", ignoringCaseIn: line),
            let close = line[name.upperBound...].firstIndex(of: ")")
        else { return nil }
        let inside = line[name.upperBound..<close].trimmingCharacters(in: .whitespaces)
        let words = Marks.space.split(inside.lowercased())
        guard (1...5).contains(words.count), !inside.contains(","),
            let last = words.last.map(String.init),
            PeopleReader.roleHeads.contains(last) || SlotText.roleNouns.contains(last)
        else { return nil }
        return inside
    }

    /// The people after "met", "spoke with", "interviewed with", or else after a plain "with":
    /// "interviewed at Northgate today with Helen Park". Up to the next clause.
    /// `company` is the company named in `line`, read only when the line names people.
    private func people(in line: String, company: @autoclosure () -> String?) -> [Contact] {
        // "Sarah Lee and Tom from HR interviewed me": the people come before the verb.
        for verb in Self.verbsAfterPeople {
            // "spoke to Meera" does not hold "spoke to me": the verb ends where a word does.
            guard let range = Words.range(of: verb, ignoringCaseIn: line),
                line[range.upperBound...].first.map({ !$0.isLetter }) ?? true
            else { continue }
            let clause = line[..<range.lowerBound].split(whereSeparator: { ".;!?".contains($0) }).last
            let found = peopleReader.people(withDetailsIn: clause.map(String.init) ?? "").filter(
                PeopleReader.isSomeone)
            if !found.isEmpty { return found }
        }
        let lower = line.lowercased()
        // Most lines hold no meeting verb at all: a search for each with its space rules it out first.
        let verbs =
            PeopleReader.spacedMeetingVerbs.strings(in: lower).filter { spaced in
                Words.range(of: " " + spaced, ignoringCaseIn: lower) != nil || lower.hasPrefix(spaced)
            }.map { String($0.dropLast()) } + (Self.namesAfterWith(in: line) ? [" with"] : [])
        // "my interview with Cobalt (data engineer). Panel was Priya Nair ...": a verb that leads
        // to the company gives way to the next one.
        for verb in verbs {
            let found = people(after: verb, in: line, lower: lower, company: company())
            if !found.isEmpty { return found }
        }
        return []
    }

    /// The people named after `verb` in `line` (`lower` is `line` in lower case), up to the next clause.
    private func people(after verb: String, in line: String, lower: String, company: String?) -> [Contact] {
        guard let range = Words.range(of: verb + " ", ignoringCaseIn: lower) else { return [] }
        // "met Dr. Hannah Cho": the title's full stop ends no list.
        var segment = Self.listOfPeople(in: PeopleReader.withoutHonorifics(String(line[range.upperBound...])))
        if let company {
            // "interview with Copperleaf for ...": the company, not a person; "call with northwind
            // games, junior producer role, with kofi mensah ...": the people may come after it.
            if segment.lowercased().hasPrefix(company.lowercased()) {
                let rest = segment.dropFirst(company.count)
                guard rest.first == "," else {
                    // "a zoom with globex for the ops manager role, with raj (director of ops)": the
                    // people come after the next one.
                    let after = String(line[range.upperBound...])
                    return people(after: verb, in: after, lower: after.lowercased(), company: nil)
                }
                segment = String(rest.dropFirst())
                // "w/ Northgate Credit Union, member services supervisor, ...": the job applied for is no one.
                let job = segment.prefix { $0 != "," }
                if let last = Marks.space.split(job).last, PeopleReader.roleHeads.contains(last.lowercased()),
                    !job.contains(where: \.isUppercase)
                {
                    segment = String(segment.dropFirst(job.count))
                }
            }
            if let at = segment.range(of: " at " + company) { segment = String(segment[..<at.lowerBound]) }
        }
        // "met Raj Patel at 11": the time after the names is no part of them.
        if let at = Words.range(of: " at ", ignoringCaseIn: segment),
            let next = segment[at.upperBound...].first,
            next.isNumber
                || Self.timeWords.contains(
                    String(segment[at.upperBound...].prefix { $0.isLetter }).lowercased())
        {
            segment = String(segment[..<at.lowerBound])
        }
        // "priya nair for the ux researcher job": the role after the names is no part of them.
        for lead in [" for the ", " for a ", " for an "] {
            if let cut = Words.range(of: lead, ignoringCaseIn: segment) { segment = String(segment[..<cut.lowerBound]) }
        }
        // "priscilla ortiz for content lead": a bare "for" before a title too.
        if let cut = Words.range(of: " for ", ignoringCaseIn: segment),
            titleAfterFor(in: String(segment[cut.lowerBound...]) + " ") != nil
        {
            segment = String(segment[..<cut.lowerBound])
        }
        // "with carla moss, the VP of finance": typed in lower case, the names are read as such
        // even when a capital comes later.
        if segment.first?.isLowercase == true { segment = segment.lowercased() }
        return peopleReader.people(withDetailsIn: segment).filter(PeopleReader.isSomeone)
    }

    /// Verbs said after the people who did the interviewing: "Sarah Lee interviewed me".
    static let verbsAfterPeople = [
        " interviewed me", " met with me", " met me", " spoke with me", " spoke to me", " talked to me",
        " talked with me", " chatted with me", " grilled me",
    ]

    /// Whether a plain "with" in `line` leads to a name: a capitalised word, a role ("with the
    /// director diane park"), or a lower-case word that starts no name ("with lots of
    /// questions" does not).
    static func namesAfterWith(in line: String) -> Bool {
        guard let with = Words.range(of: " with ", ignoringCaseIn: line) else { return false }
        let after = Marks.space.split(line[with.upperBound...]).prefix(2).map { $0.lowercased() }
        guard let next = after.first else { return false }
        if line[with.upperBound...].first?.isUppercase == true { return true }
        // A lower-case name after "with" in a line with capitals: "at Lumen today with george park".
        if ["the", "a", "an", "our", "their"].contains(next), after.count == 2,
            PeopleReader.roleWord(after[1]).map(PeopleReader.titleWords.contains) == true
        {
            return true
        }
        return !notAName.contains(next.lowercased()) && !notAPersonAfterWith.contains(next.lowercased())
    }

    /// Lower-case words after "with" that are no one: "with lots of questions", "with everyone".
    static let notAPersonAfterWith: WordSet = [
        "lots", "plenty", "questions", "everyone", "everybody", "people", "two", "three", "four", "five", "several",
        "many", "few", "coffee", "lunch", "us", "both", "each", "whoever", "someone", "somebody", "great", "good",
        "nice", "lovely", "friendly", "excellent", "little", "positive", "mixed", "confidence", "feedback",
        "enthusiasm", "interest", "real", "really", "very", "one", "more", "less", "plenty", "loads", "tons",
    ]

    /// Words of a lead that a spaced dash ends before a list of people: "it was a panel - ...".
    static let leadsToPeople: WordSet = [
        "said", "already", "told", "panel", "were", "was", "met", "people", "them", "interviewers", "they",
    ]

    /// The list of people at the start of `text`, up to the clause after it: "Lucius Fox and
    /// Rachel Dawes, they'll decide next week" is "Lucius Fox and Rachel Dawes".
    static func listOfPeople(in text: String, endsAt ends: String = ".;!?") -> String {
        var segment = text
        // The marks looked for are ASCII: a text without their bytes is not read for them character by character.
        let holds = { (marks: String) in segment.utf8.contains { marks.utf8.contains($0) } }
        // "met 3 people: Raj, Kim and Ana": the names come after the colon, not a time's ("15:45").
        if holds(":"),
            let colon = segment.indices.first(where: { index in
                segment[index] == ":" && segment[segment.index(after: index)...].first?.isNumber != true
            })
        {
            segment = String(segment[segment.index(after: colon)...])
        } else if let dash = Words.range(of: " - ", exactlyIn: segment),
            Words(String(segment[..<dash.lowerBound])).tokens.contains(where: Self.leadsToPeople.contains),
            !segment[..<dash.lowerBound].contains(",")
        {
            // "i already said - dana whitfield, raj patel": a spaced dash after a lead is a colon.
            segment = String(segment[dash.upperBound...])
        }
        var cut = segment.endIndex
        if holds(ends), let end = segment.firstIndex(where: { ends.contains($0) }) { cut = end }
        let hasComma = holds(",")
        var search = segment.startIndex
        while hasComma, let comma = segment[search..<cut].firstIndex(of: ",") {
            // Only the first two words after the comma are looked at.
            let after = segment[segment.index(after: comma)...].split(separator: " ", maxSplits: 2).prefix(2).map {
                $0.lowercased()
            }
            // ", and Tom Park" goes on with the list; ", and they said ..." starts a clause.
            let next = after.first == "and" || after.first == "but" ? after.dropFirst().first ?? "" : after.first ?? ""
            if Self.clauseStarts.contains(next) {
                cut = comma
                break
            }
            search = segment.index(after: comma)
        }
        // "Luis Romero (branch manager) - he said ...": a dash before a clause ends the list too,
        // unless a second dash closes it as an aside ("Meera Patel - we talked a lot - and Tom").
        for dash in [" - ", " – ", " — "] {
            guard let found = Words.range(of: dash, exactlyIn: segment[..<cut]),
                let next = Marks.space.split(segment[found.upperBound...]).first,
                clauseStarts.contains(next.lowercased())
            else { continue }
            if let closing = Words.range(of: dash, exactlyIn: segment[found.upperBound..<cut]) {
                return listOfPeople(
                    in: String(segment[..<found.lowerBound]) + " " + String(segment[closing.upperBound...]),
                    endsAt: ends)
            }
            cut = found.lowerBound
        }
        // "with mark i had an interview ...": a lower-case "i" starts a clause, in no one's name.
        if let pronoun = Words.range(of: " i ", exactlyIn: segment[..<cut]) { cut = pronoun.lowerBound }
        return String(segment[..<cut])
    }

    /// A name typed all in lower case, shown with capitals: "stark industries" is Stark Industries.
    static func titled(_ name: String) -> String {
        guard !name.contains(where: \.isUppercase) else { return name }
        return Marks.space.split(name).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// Words typed in lower case that start no name: "at the end of the day", "at home".
    static let notAName: WordSet = [
        "my", "the", "a", "an", "home", "work", "least", "all", "this", "that", "our", "their", "your", "some",
        "first", "last", "it", "them", "me", "you", "him", "her", "us", "which", "what", "times", "night",
        "best", "worst", "most", "any", "no",
    ]

    /// The words after `lead` in `text`, up to a stop, if they look like a name (at most five words).
    /// With `joiningCapitals`, an "and" between two capitalised words is part of the name:
    /// "at Harbour and Finch".
    private func span(after lead: String, in text: String, joiningCapitals: Bool = false) -> String? {
        guard let range = Words.range(of: lead, ignoringCaseIn: text) else { return nil }
        // A name runs to five words: the stops are looked for in the next stretch only.
        let rest = text[range.upperBound...].prefix(160)
        // "Ben and Jerry Inc": an "and" between capitals is read past when joining them, and the
        // next "and" looked for after it.
        var readOn = rest.startIndex
        let end =
            Self.stops.first(in: rest) { found, stop in
                guard joiningCapitals, stop == Self.andStop else { return false }
                guard found.lowerBound >= readOn, Self.joinsCapitals(found, in: rest) else {
                    return found.lowerBound < readOn
                }
                readOn = found.upperBound
                return true
            } ?? rest.endIndex
        let name = SlotText.trimmed(String(rest[..<end]))
        let words = Marks.space.split(name)
        // "at Acme and Priya said ...", "at Acme and Priya Nair": a name joined by "and" is
        // capitalised throughout, with one word after the "and" or two ending like a company's.
        if joiningCapitals, let and = words.lastIndex(of: "and") {
            let after = words[(and + 1)...]
            let capitalised = !words.contains { $0 != "and" && $0.first?.isLowercase == true }
            if !capitalised || !(after.count == 1 || (after.count == 2 && Self.endsLikeACompany(name))) {
                return span(after: lead, in: text)
            }
        }
        guard let first = words.first, words.count <= 5, !Self.notAName.contains(String(first)) else { return nil }
        return name
    }
}
