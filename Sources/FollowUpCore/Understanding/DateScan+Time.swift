/// Times of day: "at 3pm", "15:30", "noon", "tomorrow afternoon", "end of day", "at ten in the
/// morning", "half past two", "thursday night around 9", "after lunch".
extension DateScan {
    /// A clock time or a part of the day: the hour and minute it starts at, and the hour a part of the day ends.
    struct Clock: Equatable, Sendable {
        var hour: Int
        var minute: Int
        var untilHour: Int?
        var untilMinute = 0
        /// The part of the day's own word ("morning"), for "early on Thursday morning".
        var part: String?
    }

    static func part(_ name: String, _ hour: Int, _ until: Int, untilMinute: Int = 0) -> Clock {
        Clock(hour: hour, minute: 0, untilHour: until, untilMinute: untilMinute, part: name)
    }

    static func at(_ hour: Int, _ minute: Int = 0) -> Clock { Clock(hour: hour, minute: minute) }

    /// Parts of the day and named times. One-word parts ("night") need a cue: a day before
    /// them, or "this", "in the", "at". Early and late parts take the first or last hours.
    static let partsOfDay = PhraseTable<Clock>([
        ("morning", part("morning", 9, 12)), ("afternoon", part("afternoon", 12, 17)),
        ("evening", part("evening", 17, 21)), ("night", part("night", 19, 22)),
        ("early morning", part("morning", 6, 9)), ("early in the morning", part("morning", 6, 9)),
        ("late morning", part("morning", 10, 12)), ("late in the morning", part("morning", 10, 12)),
        ("early afternoon", part("afternoon", 12, 14)), ("early in the afternoon", part("afternoon", 12, 14)),
        ("late afternoon", part("afternoon", 15, 17)), ("late in the afternoon", part("afternoon", 15, 17)),
        ("early evening", part("evening", 17, 19)), ("early in the evening", part("evening", 17, 19)),
        ("late evening", part("evening", 20, 22)), ("late in the evening", part("evening", 20, 22)),
        ("late at night", part("night", 22, 23, untilMinute: 59)),
        ("late night", part("night", 22, 23, untilMinute: 59)),
        ("noon", at(12)), ("midday", at(12)), ("lunchtime", at(12)), ("lunch time", at(12)), ("midnight", at(23, 59)),
        ("eod", at(17)), ("cob", at(17)), ("end of day", at(17)), ("end of the day", at(17)), ("close of day", at(17)),
        ("close of business", at(17)), ("end of business", at(17)), ("end of the business day", at(17)),
        ("first thing", at(9)), ("first thing in the morning", at(9)),
        ("after lunch", at(13)), ("before lunch", at(11)), ("after work", at(18)), ("before work", at(8)),
    ])

    /// One-word parts that need a cue.
    static let cuedParts: WordSet = ["morning", "afternoon", "evening", "night"]

    /// Words after a bare "at 4" that show it is a time ("at 4 tomorrow"), not a count ("at 4 companies").
    static let afterClock: WordSet = [
        "today", "tomorrow", "tonight", "then", "and", "or", "sharp", "latest", "so",
        "on", "this", "next", "in", "please", "works", "is", "would", "if", "at", "with", "but", "yesterday",
    ]

    /// Words before a clock time; "um" is the German "at" ("um 14:30").
    static let clockLeads = ["at", "around", "about", "by", "@", "before", "after", "um"]

    /// A part of the day or a named time at the current word: "noon", "after lunch", "in the
    /// evening", "late in the afternoon"; a bare part needs `attached` or a cue.
    mutating func partOfDay(attached: Bool) -> Clock? {
        let start = index
        if let named = Self.partsOfDay.match(&self), named.part == nil || index - start > 1 { return named }
        index = start
        let lead = takeAny(Self.clockLeads)
        let inThe = take("in") || take("during")
        let the = take("the")
        let cue = attached || lead != nil || inThe || the || peek(-1) == "this"
        let afterLead = index
        if let part = Self.partsOfDay.match(&self), cue || index - afterLead > 1 || part.part == nil { return part }
        index = start
        return nil
    }

    /// A time at the current word: "at 3pm", "3:30 pm", "15:00", "at 4", "at ten in the morning",
    /// "in the afternoon", "end of day", "half past two", "night around 9".
    mutating func clock(attached: Bool = false) -> Clock? {
        let start = index
        if let part = partOfDay(attached: attached) {
            // "night around 9", "morning at ten": the time within the part.
            if part.untilHour != nil, let time = clockNumber(needsLead: true) {
                return time.meridiem ? time.clock : Self.place(time.clock, in: part)
            }
            return part
        }
        index = start
        guard let time = clockNumber(needsLead: false) else {
            index = start
            return nil
        }
        if !time.meridiem {
            // "2 in the afternoon", "9 at night", "ten in the morning", "8 tonight".
            let afterTime = index
            if take("tonight") { return Self.place(time.clock, in: Self.part("night", 19, 22)) }
            if takeAny(["in", "at", "this"]) != nil, let part = partOfDay(attached: true), part.untilHour != nil {
                return Self.place(time.clock, in: part)
            }
            index = afterTime
        }
        return time.clock
    }

    /// `clock`'s hour moved into `part`: 9 at night is 21:00, 12 in the morning is midnight.
    static func place(_ clock: Clock, in part: Clock) -> Clock {
        var clock = clock
        let hour = clock.hour % 12
        clock.hour = part.hour >= 12 || (part.part == "night" && hour < 5) ? hour + 12 : hour
        if part.part == "night", hour == 0 { clock.hour = 0 }
        if part.part == "morning", clock.hour >= 12 { clock.hour -= 12 }
        return clock
    }

    /// Hour words a time can be said in: "at ten", "half past two".
    static let hourWords = PhraseTable<Int>((1...12).map { (NumberWords.words[$0], $0) })
    /// Minutes said before the hour: "half past", "quarter to", and the British "half 3" (3:30).
    static let minuteWords = PhraseTable<Int>([
        ("half past", 30), ("half", 30), ("quarter past", 15), ("a quarter past", 15),
        ("quarter to", -15), ("a quarter to", -15), ("quarter of", -15),
        ("ten past", 10), ("twenty past", 20), ("ten to", -10), ("twenty to", -20),
        ("five past", 5), ("five to", -5),
    ])

    /// A clock number: "3pm", "15:30", "at 4", "at ten", "half past two"; whether am or pm was said.
    mutating func clockNumber(needsLead: Bool) -> (clock: Clock, meridiem: Bool)? {
        let start = index
        let lead = takeAny(Self.clockLeads)
        if needsLead, lead == nil {
            index = start
            return nil
        }
        let minutesBefore = Self.minuteWords.match(&self)
        guard let word else {
            index = start
            return nil
        }
        var (parts, meridiem) = Self.clockParts(word)
        let spelt = parts.count == 1 && parts[0] == nil ? Self.hourWords.match(&self) : nil
        guard parts.count <= 2, let hour = spelt ?? parts[0], spelt != nil || parts.allSatisfy({ $0 != nil }) else {
            index = start
            return nil
        }
        var minute = parts.count == 2 ? parts[1] ?? 0 : 0
        if spelt == nil { index += 1 }
        if meridiem == nil, let next = self.word, ["am", "pm"].contains(next) {
            meridiem = next
            index += 1
        } else if meridiem == nil, self.word == "a" || self.word == "p", peek(1) == "m", let letter = self.word {
            meridiem = letter + "m"
            index += 2
        }
        _ = take("oclock")
        // Spelt hours and "half past" need a lead or a following cue: "at ten", not "ten people".
        guard (0...59).contains(minute), meridiem != nil || parts.count == 2 || lead != nil || minutesBefore != nil
        else {
            index = start
            return nil
        }
        if meridiem == nil, parts.count < 2, minutesBefore == nil, let next = self.word,
            !Self.afterClock.contains(next), DateScan.weekdays[next] == nil, DateScan.months[next] == nil
        {
            index = start
            return nil
        }
        var hour24: Int
        switch meridiem {
        case "am"?, "pm"?:
            guard (1...12).contains(hour) else {
                index = start
                return nil
            }
            hour24 = hour % 12 + (meridiem == "pm" ? 12 : 0)
        default:
            guard (0...23).contains(hour) else {
                index = start
                return nil
            }
            // A bare "at 3" during working hours means the afternoon.
            hour24 = (1...7).contains(hour) ? hour + 12 : hour
        }
        if let before = minutesBefore {
            minute = before >= 0 ? before : 60 + before
            if before < 0 { hour24 = (hour24 + 23) % 24 }
        }
        return (Clock(hour: hour24, minute: minute), meridiem != nil)
    }

    func at(_ clock: Clock, on day: Day) -> DateMention {
        let start = Moment(day, hour: clock.hour, minute: clock.minute)
        let end = Moment(
            day, hour: clock.untilHour ?? clock.hour, minute: clock.untilHour == nil ? clock.minute : clock.untilMinute)
        return DateMention(.point, text: "", start: start, end: end)
    }

    /// Adds a time that follows a day: "tomorrow afternoon", "Friday at 3pm"; `modifier` is
    /// "early" or "late" said before the day ("early on Thursday morning").
    mutating func attachTime(to mention: inout DateMention, modifier: String? = nil) {
        guard mention.kind == .point, mention.start?.hour == nil, let day = mention.start?.day else { return }
        let start = index
        guard var clock = clock(attached: true) else {
            index = start
            return
        }
        if let modifier, let part = clock.part {
            var scan = DateScan(
                tokens: [modifier, part], today: today, calendar: calendar, past: past, reference: reference,
                order: order)
            if let narrowed = Self.partsOfDay.match(&scan) { clock = narrowed }
        }
        let alternative = mention.alternative
        mention = at(clock, on: day)
        mention.alternative = alternative
    }

    /// A time with no day, which may be followed by one: "at 3pm", "this afternoon", "3pm tomorrow".
    mutating func timeAlone() -> DateMention? {
        let start = index
        _ = take("this")
        guard let clock = clock() else {
            index = start
            return nil
        }
        let afterClock = index
        _ = takeAny(["on", "this", "next", "of"])
        // "COB friday the 2nd" keeps the other reading of its day.
        if let dated = first(of: Self.pointReaders), let day = dated.end?.day {
            var mention = at(clock, on: day)
            mention.alternative = dated.alternative
            return mention
        }
        index = afterClock
        return at(clock, on: today)
    }
}
