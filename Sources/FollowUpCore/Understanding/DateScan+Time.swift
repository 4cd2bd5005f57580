/// Times of day: "at 3pm", "15:30", "noon", "tomorrow afternoon", "end of day".
extension DateScan {
    /// A clock time or a part of the day: the hour and minute it starts at, and the hour a part of the day ends.
    struct Clock {
        var hour: Int
        var minute: Int
        var untilHour: Int?
    }

    static let partsOfDay: [String: Clock] = [
        "morning": Clock(hour: 9, minute: 0, untilHour: 12), "afternoon": Clock(hour: 12, minute: 0, untilHour: 17),
        "evening": Clock(hour: 17, minute: 0, untilHour: 21), "night": Clock(hour: 19, minute: 0, untilHour: 22),
        "noon": Clock(hour: 12, minute: 0), "midday": Clock(hour: 12, minute: 0), "lunchtime": Clock(hour: 12, minute: 0),
        "midnight": Clock(hour: 23, minute: 59),
        "eod": Clock(hour: 17, minute: 0), "cob": Clock(hour: 17, minute: 0),
    ]

    /// Words after a bare "at 4" that show it is a time ("at 4 tomorrow"), not a count ("at 4 companies").
    static let afterClock: Set<String> = ["today", "tomorrow", "tonight", "then", "and", "or", "sharp", "latest", "so",
                                          "on", "this", "next", "in", "please", "works", "is", "would", "if"]

    /// A time at the current word: "at 3pm", "3:30 pm", "15:00", "at 4", "in the afternoon", "end of day".
    /// A part of the day on its own ("night") counts only `attached` to a day or after "this", "in the", "at".
    mutating func clock(attached: Bool = false) -> Clock? {
        let start = index
        let lead = takeAny(["at", "around", "about", "by", "@", "before", "after"])
        let inThe = take("in")
        let the = take("the")
        if let word, let part = Self.partsOfDay[word], attached || lead != nil || inThe || the || peek(-1) == "this"
            || ["noon", "midday", "eod", "cob", "lunchtime", "midnight"].contains(word) {
            index += 1
            return part
        }
        if take(phrase: "end of day") || take(phrase: "end of the day") || take(phrase: "close of business")
            || take(phrase: "end of business") {
            return Clock(hour: 17, minute: 0)
        }
        if take(phrase: "first thing") { return Clock(hour: 9, minute: 0) }
        index = start
        _ = takeAny(["at", "around", "about", "by", "@", "before", "after"])
        guard let word else { index = start; return nil }
        var text = Substring(word)
        var meridiem: String?
        for suffix in ["am", "pm"] where text.hasSuffix(suffix) && text.count > 2 {
            meridiem = suffix
            text = text.dropLast(2)
        }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.count <= 2, let hour = parts[0], parts.allSatisfy({ $0 != nil }) else { index = start; return nil }
        let minute = parts.count == 2 ? parts[1]! : 0
        index += 1
        if meridiem == nil, let next = self.word, ["am", "pm"].contains(next) {
            meridiem = next
            index += 1
        } else if meridiem == nil, self.word == "a" || self.word == "p", peek(1) == "m" {
            meridiem = self.word! + "m"
            index += 2
        }
        _ = take("oclock")
        guard (0...59).contains(minute), meridiem != nil || parts.count == 2 || lead != nil else { index = start; return nil }
        if meridiem == nil, parts.count == 1, let next = self.word,
           !Self.afterClock.contains(next), DateScan.weekdays[next] == nil, DateScan.months[next] == nil {
            index = start
            return nil
        }
        switch meridiem {
        case "am"?: guard (1...12).contains(hour) else { index = start; return nil }
            return Clock(hour: hour % 12, minute: minute)
        case "pm"?: guard (1...12).contains(hour) else { index = start; return nil }
            return Clock(hour: hour % 12 + 12, minute: minute)
        default:
            guard (0...23).contains(hour) else { index = start; return nil }
            // A bare "at 3" during working hours means the afternoon.
            return Clock(hour: (1...7).contains(hour) ? hour + 12 : hour, minute: minute)
        }
    }

    func at(_ clock: Clock, on day: Day) -> DateMention {
        let start = Moment(day, hour: clock.hour, minute: clock.minute)
        let end = Moment(day, hour: clock.untilHour ?? clock.hour, minute: clock.untilHour == nil ? clock.minute : 0)
        return DateMention(.point, text: "", start: start, end: end)
    }

    /// Adds a time that follows a day: "tomorrow afternoon", "Friday at 3pm".
    mutating func attachTime(to mention: inout DateMention) {
        guard mention.kind == .point, mention.start?.hour == nil, let day = mention.start?.day else { return }
        let start = index
        guard let clock = clock(attached: true) else { index = start; return }
        let alternative = mention.alternative
        mention = at(clock, on: day)
        mention.alternative = alternative
    }

    /// A time with no day, which may be followed by one: "at 3pm", "this afternoon", "3pm tomorrow".
    mutating func timeAlone() -> DateMention? {
        let start = index
        _ = take("this")
        guard let clock = clock() else { index = start; return nil }
        let afterClock = index
        _ = takeAny(["on", "this", "next"])
        if let day = first(of: Self.pointReaders)?.end?.day {
            return at(clock, on: day)
        }
        index = afterClock
        return at(clock, on: today)
    }
}
