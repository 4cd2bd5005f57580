import ArgumentParser
import FollowUpCore
import Foundation

/// `followup understand TEXT`: what the core reads in a line.
struct UnderstandCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "understand",
        abstract: "Show what the coach understands in a line: intent, yes or no, channel, people, dates.",
        discussion: """
            Dates are read against --now. With - as the text, every line of standard input is read \
            and, with --json, printed as one JSON object per line. Numeric dates like 3/4 are read \
            day first or month first by $FOLLOWUP_DATE_ORDER (day-first or month-first), else by the \
            region of LC_ALL, LC_TIME or LANG, else of the time zone TZ; --day-first and --month-first \
            override them.
            """)

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Read dates against this moment (default: $FOLLOWUP_NOW, else the clock).",
            valueName: "date-time"))
    var now: String?

    /// Taken so that a --db given to every command is not refused; the reading uses no saved data.
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Taken as by every command; understand reads no saved data and leaves it alone.", valueName: "path"))
    var db: String?

    @Flag(help: "Print JSON (documented in the README).")
    var json = false

    @Flag(help: "How to read numeric dates like 3/4 (default: by the locale's region).")
    var order: DateOrderFlag?

    /// The choice of `--day-first` or `--month-first`.
    enum DateOrderFlag: String, EnumerableFlag {
        case dayFirst, monthFirst
    }

    @Argument(help: "The text to read; - reads lines from standard input.")
    var text: [String]

    /// The JSON of one reading.
    struct Printed: Encodable {
        var text: String
        var intent: String?
        var answer: String?
        var channel: String?
        var people: [Person]
        var dates: [Mention]
        var facts: [Printed.Fact]

        /// One fact in the JSON: `{"kind": "company", "value": "Acme"}`.
        struct Fact: Encodable {
            var kind: String
            var value: String

            var line: JSONLine {
                var line = JSONLine()
                line.add("kind", kind)
                line.add("value", value)
                return line
            }
        }

        // Keys with no value are printed as null, so every key is always there.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(text, forKey: .text)
            try container.encode(intent, forKey: .intent)
            try container.encode(answer, forKey: .answer)
            try container.encode(channel, forKey: .channel)
            try container.encode(people, forKey: .people)
            try container.encode(dates, forKey: .dates)
            try container.encode(facts, forKey: .facts)
        }

        enum CodingKeys: String, CodingKey { case text, intent, answer, channel, people, dates, facts }

        /// The same JSON as `encode(to:)` gives, compact, written without an encoder.
        var line: JSONLine {
            var line = JSONLine()
            line.add("answer", answer)
            line.add("channel", channel)
            line.add("dates", objects: dates.map(\.line))
            line.add("facts", objects: facts.map(\.line))
            line.add("intent", intent)
            line.add("people", objects: people.map(\.line))
            line.add("text", text)
            return line
        }
    }

    /// A person in the JSON.
    struct Person: Encodable {
        var name: String?
        var role: String?
        var email: String?
        var phone: String?

        var line: JSONLine {
            var line = JSONLine()
            line.add("email", email, omitNil: true)
            line.add("name", name, omitNil: true)
            line.add("phone", phone, omitNil: true)
            line.add("role", role, omitNil: true)
            return line
        }
    }

    /// A date in the JSON.
    struct Mention: Encodable {
        var text: String
        var kind: String
        var start: String?
        var end: String?
        var alternative: String?
        /// ISO 8601, for a duration: "P2W", "PT15M", "P1Y2M"; left out otherwise, like `alternative`.
        var duration: String?

        var line: JSONLine {
            var line = JSONLine()
            line.add("alternative", alternative, omitNil: true)
            line.add("duration", duration, omitNil: true)
            line.add("end", end, omitNil: true)
            line.add("kind", kind)
            line.add("start", start, omitNil: true)
            line.add("text", text)
            return line
        }
    }

    func run() throws {
        var options = CommonOptions()
        options.now = now
        let clock = try options.clock()
        let chosen = order.map { $0 == .dayFirst ? DateOrder.dayFirst : .monthFirst }
        // The facts read dates through the calendar's locale: it carries the order chosen too.
        var calendar = options.calendar
        if let chosen { calendar.locale = chosen.locale }
        let understanding = Understanding(calendar: calendar, order: chosen)
        // The options are read once: each read through its property wrapper costs a look-up.
        let (json, fromInput) = (json, text == ["-"])
        let lines = fromInput ? AnyIterator { Swift.readLine() }.map { $0 } : [text.joined(separator: " ")]
        for line in lines {
            let reading = understanding.read(line, now: clock.now())
            let printed = Printed(
                text: line, intent: reading.intent?.id, answer: reading.answer?.rawValue,
                channel: reading.channel?.rawValue,
                people: reading.people.map {
                    Person(name: $0.name.isEmpty ? nil : $0.name, role: $0.role, email: $0.email, phone: $0.phone)
                },
                dates: reading.dates.map {
                    Mention(
                        text: $0.text, kind: $0.kind.rawValue, start: $0.start?.description,
                        end: $0.end?.description, alternative: $0.alternative?.description,
                        duration: $0.length?.iso)
                },
                facts: reading.facts.map { Printed.Fact(kind: $0.kind.rawValue, value: $0.value) })
            if json, fromInput {
                Output.raw(Data(printed.line.closed + [UInt8(ascii: "\n")]))
            } else if json {
                try JSONOutput.write(printed)
            } else {
                Output().write(Self.describe(printed))
            }
        }
    }

    static func describe(_ printed: Printed) -> String {
        // One string, appended to in place: the lines of a long input are many.
        var text = "intent:  " + (printed.intent ?? "-")
        text += "\nanswer:  " + (printed.answer ?? "-")
        text += "\nchannel: " + (printed.channel ?? "-")
        for person in printed.people {
            text += "\nperson:  "
            text += [person.name, person.role, person.email, person.phone].compactMap { $0 }.joined(separator: ", ")
        }
        for date in printed.dates {
            text += "\ndate:    \"" + date.text + "\" " + date.kind + " "
            if let duration = date.duration { text += duration + ", " }
            if date.start == date.end {
                text += date.start ?? "unknown"
            } else {
                text += (date.start ?? "?") + " to " + (date.end ?? "?")
            }
            if let alternative = date.alternative { text += " (or " + alternative + ")" }
        }
        for fact in printed.facts { text += "\nfact:    " + fact.kind + ": " + fact.value }
        return text + "\n"
    }
}
