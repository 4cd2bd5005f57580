import Foundation

/// Time frames from the user's words, and the question of which day they meant.
extension Exchange {
    /// Sets the time frame read from `text`. When the words allow two days, the first is used
    /// and the choice is kept to be asked; a conventional reading ("next Friday") is said.
    mutating func takeTimeFrame(from text: String, quietly: Bool = false) {
        guard let reading = timeFrameReader.reading(of: text, interviewDay: interviewDay) else {
            return
        }
        if quietly {
            app.timeFrame = reading.frame
        } else if reading.mention == nil, reading.frame != .unknown {
            // "asap": no day was said, so what is taken for it is said.
            app.timeFrame = reading.frame
            say(
                "Noted: soon, which I'll take as \(reading.frame.spoken(with: self.text)); tell me if they named a day."
            )
        } else {
            setTimeFrame(reading.frame, as: spoken(reading))
        }
        guard let mention = reading.mention, let chosen = mention.end?.day, let other = mention.alternative?.day else {
            return
        }
        if mention.isConvention {
            sayConventionalReading(mention)
        } else {
            state.choice = DayChoice(words: mention.text, chosen: chosen, other: other, then: state.question)
        }
    }

    /// "next Friday" read as the week after this one, said in one sentence with the other day it
    /// may mean; nothing for a mention with one reading.
    mutating func sayConventionalReading(_ mention: DateMention?) {
        guard let mention, mention.isConvention, let chosen = mention.end?.day, let other = mention.alternative?.day
        else { return }
        say(
            "I took \"\(mention.text)\" as \(text.day(chosen)), in the week after this one; tell me if you meant \(text.day(other))."
        )
    }

    /// "no, this friday", "i meant this friday": after "next Friday" was taken as the week after,
    /// the same weekday a week earlier, named again, is the day they meant; nil when the line
    /// names no such day.
    func weekEarlier(in line: String, words: Words) -> Day? {
        guard let day = dayNamedLast, words.tokens.count <= 6,
            words.hasAny(["this", "coming", "meant"])
        else { return nil }
        let earlier = day.adding(days: -7, in: calendar)
        guard earlier >= today,
            DateFinder(calendar: calendar).mentions(in: line, reference: now).contains(where: {
                $0.end?.day == earlier && Words($0.text).tokens.contains { DateScan.weekdays[$0] != nil }
            })
        else { return nil }
        return earlier
    }

    /// The day a "next Friday" of theirs stands for now: the next round's (or the day to answer
    /// an offer by) once they have answered, else the time frame's.
    private var dayNamedLast: Day? {
        if awaitsTheirDay { return app.waitUntil }
        guard case let .by(day) = app.timeFrame else { return nil }
        return day
    }

    /// Whether their answer named a day of theirs (a next round's, an offer's) that stands for
    /// the time frame now.
    private var awaitsTheirDay: Bool { app.outcome == .nextRound || app.outcome == .offer }

    /// Takes `day`, the week before the day in use, as the one they meant.
    mutating func takeWeekEarlier(_ day: Day, line: String) {
        if awaitsTheirDay {
            apply(
                [(app.outcome == .offer ? .offerAnswerDue(day) : .nextRoundOn(day, minute: app.roundMinute), nil)],
                line: line)
            return say("Got it: \(text.day(day)).")
        }
        guard case let .by(chosen) = app.timeFrame else { return }
        checkpoint(line)
        settle(DayChoice(words: line, chosen: chosen, other: day, then: state.question), on: day)
    }

    /// "by thursday the 8th" when the 8th is a Friday: which of the two is meant is asked once
    /// the story is noted.
    mutating func askIfTheWeekdayDisagrees(_ mention: DateMention?) {
        guard let mention, !mention.isConvention, let chosen = mention.end?.day, let other = mention.alternative?.day,
            Words(mention.text).tokens.contains(where: { DateScan.weekdays[$0] != nil })
        else { return }
        state.choice = DayChoice(words: mention.text, chosen: chosen, other: other, then: state.question)
    }

    mutating func answerWhichDay(line: String, words: Words) {
        guard let choice = state.choice else { return ask(nextWalkthroughQuestion) }
        let named = DateFinder(calendar: calendar).mentions(in: line, reference: interviewDay.noon(in: calendar))
            .compactMap(\.end?.day)
        let numbers = words.tokens.compactMap(DateScan.dayNumber)
        let (earlier, later) =
            choice.chosen < choice.other ? (choice.chosen, choice.other) : (choice.other, choice.chosen)
        // "the thursday": the one of the two that falls on it.
        let weekdays = Set(words.tokens.compactMap { DateScan.weekdays[$0] })
        let byWeekday = [choice.chosen, choice.other].filter { weekdays.contains($0.weekday(in: calendar)) }
        let picked: Day?
        if byWeekday.count == 1 {
            picked = byWeekday.first
        } else if named.contains(choice.other)
            || (numbers.contains(choice.other.day) && !numbers.contains(choice.chosen.day))
        {
            picked = choice.other
        } else if named.contains(choice.chosen) || numbers.contains(choice.chosen.day) {
            picked = choice.chosen
        } else if words.hasAny(["first", "earlier", "sooner", "former", "this", "today", "tomorrow", "1st"]) {
            picked = earlier
        } else if words.hasAny(["second", "later", "latter", "next", "following", "2nd"]) {
            picked = later
        } else {
            picked = nil
        }
        guard let picked else { return unclear(.whichDay, line: line) }
        checkpoint(line)
        settle(choice, on: picked)
    }

    /// Uses `day` for the time frame, says so, and goes back to the question that was waiting.
    mutating func settle(_ choice: DayChoice, on day: Day) {
        let before = app
        app.timeFrame = .by(day)
        state.choice = nil
        say("Got it: \(text.day(day)).")
        announceDateChanges(from: before)
        if nextWalkthroughQuestion == nil, app.records[.scheduleFirstFollowUp] != nil || choice.then == nil {
            return ask(choice.then)
        }
        state.question = choice.then
        advance()
    }

    mutating func setTimeFrame(_ frame: TimeFrame, as spoken: String? = nil) {
        app.timeFrame = frame
        if frame == .unknown {
            say(
                "Then I'll assume \(TimeFrame.assumed.spoken(with: text)), and you can ask about their timeline in your thank-you note."
            )
        } else {
            say("Noted: \(spoken ?? frame.spoken(with: text)).")
        }
    }

    /// The time frame read, as said back: a deadline moved off a weekend says the day it was.
    func spoken(_ reading: (frame: TimeFrame, mention: DateMention?)) -> String {
        let said = reading.frame.spoken(with: text)
        guard case let .by(day) = reading.frame, let mention = reading.mention, let named = mention.end?.day,
            named != day
        else { return said }
        return "\(said) (\"\(mention.text)\" ends on \(text.day(named)), so I took the working day before)"
    }
}
