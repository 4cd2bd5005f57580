import Foundation

/// "Actually ...": changing an earlier answer, and saying which dates moved.
extension Exchange {
    mutating func correct(_ said: String, line: String) {
        let rest = Self.original(of: said, in: line)
        let words = Words(rest)
        let before = app
        let question = state.question
        if words.isEmpty {
            return say(
                "What should I change? For example \"actually they said three weeks\" or \"actually it ended at 4pm\".")
        }
        // "no wait i meant decline umbrella": the decline, said again as the answer meant.
        if Self.turnsDown(words), app.isActive || app.outcome == .offer {
            return startDecline(line: line, offerElsewhere: hasOfferElsewhere)
        }
        if app.interviewEnd != nil, amend(rest, words: words) { return }
        // "oops i meant thursday", with the interview still ahead: its day moves, ahead.
        if interviewStillAhead, takeInterviewAhead(rest, words: words, asked: question) { return }
        checkpoint(line)
        if applyCorrection(rest, words: words) {
            announceDateChanges(from: before)
            if state.choice != nil {
                state.choice?.then = question
                return ask(.whichDay)
            }
            if question == state.question { reaskOrOffer() }
            return
        }
        // Nothing specific: "actually <answer>" replaces the last answer given, if it reads as one.
        state.checkpoints.removeLast()
        guard let last = state.checkpoints.last, let earlier = last.question else {
            return say(
                "What should I change? For example \"actually they said three weeks\" or \"actually it ended at 4pm\".")
        }
        let kept = (state, replies.count)
        state.checkpoints.removeLast()
        app = last.application
        state.question = earlier
        state.unclearAnswers = 0
        say("Changing your answer \"\(last.answer)\".")
        answer(earlier, line: rest, words: words)
        guard state.unclearAnswers == 0 else {
            // It did not read as that answer either: nothing changes.
            state = kept.0
            replies.removeLast(replies.count - kept.1)
            say(
                "I'm not sure what to change. Say what it is, for example \"actually they said three weeks\" or \"actually it ended at 4pm\"."
            )
            return reaskOrOffer()
        }
        announceDateChanges(from: before)
    }

    /// Applies a correction that names what it changes; false when it names nothing known.
    mutating func applyCorrection(_ rest: String, words: Words) -> Bool {
        // "the company is actually called Q-Ten", "that company name is wrong, its Q-Ten not Zentrix".
        if words.hasAny(["company", "employer"]),
            let value = Self.value(after: ["called", "it's", "its", "it is", "should be", "is", "was"], in: rest)
        {
            let name = SlotText.company(from: value)
            app.company = name
            say("Changed: the company is \(name).")
            return true
        }
        if let (index, person) = namedPerson(in: rest, words: words) {
            let old = app.contacts[index].described
            app.contacts[index].name = person.name
            if let role = person.role { app.contacts[index].role = role }
            say("Changed: \(app.contacts[index].described), not \(old).")
            return true
        }
        // "it was 3:30 not 3": a time of day alone can only be when it ended.
        let clock =
            rest.range(
                of: #"\b\d{1,2}(:\d{2}\s*|\s*)(am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d{2}\b"#,
                options: [.regularExpression, .caseInsensitive]) != nil
        let clockOnly =
            clock && !words.hasAny(["said", "decide", "decision", "by", "week", "weeks", "days", "tomorrow"])
            && !words.tokens.contains { DateScan.weekdays[$0] != nil || DateScan.months[$0] != nil }
        // "decision end of month" speaks of their decision, not of when the interview ended.
        let aboutTheirDecision = words.hasAny(["decision", "decide", "deciding", "hear", "news", "month", "week"])
        if let end = app.interviewEnd,
            (words.hasAny(["ended", "finished", "over", "end", "left"]) && !aboutTheirDecision) || clockOnly,
            let reading = MomentReader(calendar: calendar).moment(in: rest, now: now)
        {
            // "it ended at 3pm wednesday": the Wednesday nearest the interview day known.
            let mention = DateFinder(calendar: calendar).mentions(in: rest, reference: now, past: true).first
            let parts = calendar.dateComponents([.hour, .minute], from: reading.date)
            let read = Day(reading.date, in: calendar)
            // "actually it ended at 4pm": a time alone keeps the interview's day, put right or not.
            let day =
                Self.namesADay(words)
                ? mention.map { $0.start?.day == read ? interviewDay(in: $0) : read } ?? read : Day(end, in: calendar)
            let date = min(day.at(hour: parts.hour ?? 17, minute: parts.minute ?? 0, in: calendar), now)
            guard date != end else { return false }
            sayInterviewEnded(date)
            return true
        }
        if words.hasAny(["role", "position", "title", "job"]), let value = Self.value(after: ["is", "was"], in: rest),
            !IntentReader.statusWords.contains(value.lowercased().split(separator: " ").first.map(String.init) ?? "")
        {
            let name = SlotText.role(from: value)
            app.role = name
            say("Changed: the role is \(name).")
            return true
        }
        if app.interviewEnd != nil,
            let frame = timeFrameReader.timeFrame(in: rest, interviewDay: interviewDay)
        {
            app.records[.askNextStep] = StepRecord(frame == .unknown ? .missed : .done, on: interviewDay)
            say(
                frame == .unknown
                    ? "Changed: no time frame. I'll assume \(TimeFrame.assumed.spoken(with: text)) until you know more."
                    : "Changed: \(frame.spoken(with: text)).")
            takeTimeFrame(from: rest, quietly: true)
            return true
        }
        guard let reading = roomFacts(in: rest) else { return false }
        takeRoomFacts(reading, saying: "Changed")
        return true
    }

    /// What a line says about the interview room outside its questions ("bill gave me his card,
    /// milton did not"); nil when it says nothing about it or the interview is not known yet.
    func roomFacts(in line: String) -> RoomAnswerReader.Reading? {
        let words = Words(line)
        // A question ("should I connect with Jen on LinkedIn?") or a word like "email" alone says nothing of the room.
        guard app.interviewEnd != nil, !line.contains("?"),
            words.tokens.first.map(IntentReader.questionWords.contains) != true,
            words.hasAny(phrases: Self.roomWords)
                || app.contacts.contains(where: { words.has($0.firstName.lowercased()) })
        else { return nil }
        let reading = RoomAnswerReader().read(line, asked: nil, contacts: app.contacts)
        return reading.steps.isEmpty ? nil : reading
    }

    /// "oh and it was 3:30 not 3", "it was Tuesday not Thursday": a value put right by naming the
    /// old one after a "not"; a line that starts with a yes or no answers a question instead.
    static func putsRight(_ words: Words) -> Bool {
        let tokens = words.tokens
        guard let not = tokens.firstIndex(of: "not"), not > 0, not + 1 < tokens.count,
            YesNo(Words(tokens[0])) == nil, tokens[..<not].contains(where: { ["was", "is", "it"].contains($0) })
        else { return false }
        let old = tokens[not + 1]
        return old.first?.isNumber == true || DateScan.weekdays[old] != nil || DateScan.months[old] != nil
    }

    /// Words that speak of the interview room itself.
    static let roomWords: Phrases = [
        "card", "cards", "thanked", "thank them", "in person", "in the room", "on the way out", "as i left",
        "before i left", "told them", "said i", "asked them", "asked about the timeline", "asked when",
    ]

    /// Records what `reading` says about the room and says what changed, after `lead`.
    mutating func takeRoomFacts(_ reading: RoomAnswerReader.Reading, saying lead: String) {
        for (person, reachable) in reading.details {
            if let index = app.contacts.firstIndex(where: { $0.id == person }) {
                app.contacts[index].hasDetails = reachable
            }
        }
        if let cards = reading.steps[.collectCards], cards != .unsure, reading.details.isEmpty {
            for index in app.contacts.indices { app.contacts[index].hasDetails = cards == .yes }
        }
        var lines: [String] = []
        for step in StepID.atInterview {
            guard let answer = reading.steps[step] else { continue }
            app.records[step] = StepRecord(StepRecord.Status(answer), on: interviewDay)
            switch answer {
            case .yes: lines.append("\(Self.doneNote(step, app: app)).")
            case .no: lines.append("\(Self.missedNote(step, app: app)). \(Self.makeUp(step, app: app))")
            case .unsure:
                lines.append("unknown whether \(Self.doneNote(step, app: app)). \(Self.makeUp(step, app: app))")
            }
        }
        let first = lines.removeFirst()
        say("\(lead): \(first) \(lines.joined(separator: " "))".trimmingCharacters(in: .whitespaces))
    }

    /// "Her name is Priya Shah, she's the engineering manager": the person meant (the one whose
    /// first or last name matches, else the only one) and the name and role given.
    private func namedPerson(in rest: String, words: Words) -> (Int, Contact)? {
        guard !app.contacts.isEmpty, words.hasAny(phrases: ["name is", "name s", "names", "called", "spelled"]),
            let marker = ["name is ", "name's ", "names ", "called ", "spelled "].compactMap({
                rest.lowercased().range(of: $0)
            }).first
        else { return nil }
        var said = String(
            rest[
                rest.index(
                    rest.startIndex,
                    offsetBy: rest.lowercased().distance(from: rest.lowercased().startIndex, to: marker.upperBound))...]
        )
        // "actualy Keysha with a y": the word "actually", however typed, and a spelling hint are no part of it.
        if let first = said.split(separator: " ").first, Words.close(first.lowercased(), "actually") {
            said = String(said.dropFirst(first.count)).trimmingCharacters(in: .whitespaces)
        }
        // "his name is just george": that name and no other.
        let exactly =
            said.split(separator: " ").first.map { ["just", "only", "simply"].contains($0.lowercased()) } ?? false
        if exactly { said = String(said.drop { $0 != " " }).trimmingCharacters(in: .whitespaces) }
        if let hint = Words.range(of: " with a", ignoringCaseIn: said) { said = String(said[..<hint.lowerBound]) }
        // "just george, "only" isn't his surname lol": a remark after the name is no role;
        // "Meera not Meara": the old name after "not" is no part of the new one.
        let chunks = said.split(separator: ",")
        said =
            (chunks.prefix(1) + chunks.dropFirst().prefix { !Words(String($0)).hasAny(["not", "isnt", "lol", "haha"]) })
            .joined(separator: ",")
        if let not = Words.range(of: " not ", ignoringCaseIn: said) { said = String(said[..<not.lowerBound]) }
        guard var person = PeopleReader().people(in: said).first(where: { !$0.name.isEmpty }) else { return nil }
        let parts = Set(person.name.lowercased().split(separator: " ").map(String.init))
        let index =
            app.contacts.firstIndex { contact in
                !Set(contact.name.lowercased().split(separator: " ").map(String.init)).isDisjoint(with: parts)
            }
            ?? app.contacts.firstIndex { Words.close($0.firstName.lowercased(), person.firstName.lowercased()) }
            ?? (app.contacts.count == 1 ? 0 : nil)
        // "Her name is Keysha": a first name alone keeps the last name known.
        if let index, !exactly, !person.name.contains(" ") {
            let known = app.contacts[index].name.split(separator: " ").dropFirst()
            if !known.isEmpty { person.name = ([person.name] + known.map(String.init)).joined(separator: " ") }
        }
        return index.map { ($0, person) }
    }

    /// The part of `line` that `rest` (lower-cased words) was read from, in the user's own spelling.
    static func original(of rest: String, in line: String) -> String {
        guard let first = rest.split(separator: " ").first else { return rest }
        var text = Substring(line)
        while !text.isEmpty, !text.lowercased().hasPrefix(first) {
            text = text.drop { !$0.isWhitespace && $0 != "," }.drop { $0.isWhitespace || $0 == "," }
        }
        return text.isEmpty ? rest : String(text)
    }

    /// Words that say an old value was wrong rather than give the new one.
    static let judgements: Set<String> = ["wrong", "incorrect", "misspelled", "off", "not", "a", "mistake", "typo"]

    /// The words after the first of `markers` that gives a value, in the user's own spelling.
    private static func value(after markers: [String], in text: String) -> String? {
        for marker in markers {
            guard let range = text.range(of: " \(marker) ", options: .caseInsensitive) else { continue }
            var value = String(text[range.upperBound...])
            // "Hooli, not 11am lol": the value ends where the old one is named.
            for end in [", not ", " not ", " lol", " haha", ",", ";", ". ", "! ", "? "] {
                if let cut = value.range(of: end, options: .caseInsensitive) {
                    value = String(value[..<cut.lowerBound])
                }
            }
            value = SlotText.strip(leads: ["just", "simply", "actually"], from: SlotText.trimmed(value))
            // "the company name is wrong, its ...": a word that judges the old value is no value.
            let judged = value.split(separator: " ").first.map { Self.judgements.contains($0.lowercased()) } ?? false
            if !value.isEmpty, !judged { return SlotText.trimmed(value) }
        }
        return nil
    }

    /// Says which follow-up dates moved between `before` and now.
    mutating func announceDateChanges(from before: Application) {
        guard let old = planner.days(for: before, at: now), let new = days else { return }
        let oldDeadline = Day(old.thankYouDeadline, in: calendar)
        let newDeadline = Day(new.thankYouDeadline, in: calendar)
        let pairs: [(String, Day, Day)] = [
            ("the thank-you deadline", oldDeadline, newDeadline),
            ("the first follow-up", old.first, new.first),
            ("the second follow-up", old.second, new.second),
            ("letting go", old.letGo, new.letGo),
        ]
        let changes = pairs.filter { $0.1 != $0.2 }.map { "\($0.0) moves from \(text.day($0.1)) to \(text.day($0.2))" }
        guard !changes.isEmpty else { return }
        say("That changes the dates: \(changes.joined(separator: "; ")).")
        if app.isDone(.scheduleFirstFollowUp), !app.isDone(.firstFollowUp), old.first != new.first {
            say("Move the reminder in your calendar to \(text.day(new.first)).")
        }
    }

    /// Whether `words` name a day, not only a time: a weekday, a month, "yesterday", "the 2nd", "12/3".
    static func namesADay(_ words: Words) -> Bool {
        words.tokens.contains { token in
            DateScan.weekdays[token] != nil || DateScan.months[token] != nil
                || ["today", "yesterday", "tonight", "tomorrow"].contains(token) || token.contains("/")
                || (token.first?.isNumber == true && ["st", "nd", "rd", "th"].contains(String(token.suffix(2))))
        }
    }
}
