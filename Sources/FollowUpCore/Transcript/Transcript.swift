import Foundation

/// A whole session in plain text, replayed through the coach to produce the same text again.
///
/// Lines starting with `#` are kept as they are; two of them form the header,
/// `# clock: 2026-11-26T17:00` and `# time zone: America/New_York`. `you> ...` is what the
/// user types (`you> ^D` ends the input; a clock move after it opens the chat again, as a
/// user coming back does), `@ 2026-11-27T09:00` moves the clock, and
/// `? step-id` asks for that step's status and date, written back as `? step-id: due 2026-11-27`.
/// Every other line is the coach's, and is written anew on replay.
public enum Transcript {
    public static let userPrefix = "you>"
    public static let endOfInput = "^D"

    /// Replays `text` through the chat that `makeChat` builds for the header's time zone, and
    /// returns the transcript as the coach says it today.
    public static func replay<C: Chat>(_ text: String, makeChat: (Calendar) throws -> C) throws(TranscriptError)
        -> String
    {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = Dictionary(lines.prefix { $0.hasPrefix("#") }.compactMap(headerField), uniquingKeysWith: { $1 })
        guard let zoneName = header["time zone"] else { throw .missingHeader("time zone") }
        guard let zone = TimeZone(identifier: zoneName) else { throw .badHeader("time zone", zoneName) }
        guard let clock = header["clock"] else { throw .missingHeader("clock") }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        // As the executable does with no region in the locale: dates and times as written where TZ lies.
        calendar.locale = (DateOrder(timeZone: zoneName) ?? .monthFirst).locale
        var now = try moment(clock, calendar: calendar, line: 0)
        var chat: C
        do {
            chat = try makeChat(calendar)
        } catch {
            throw .cannotStart("\(error)")
        }

        var output: [String] = []
        var opened = false
        var ended = false
        for (index, line) in lines.enumerated() {
            if line.hasPrefix("#") {
                output.append(line)
                continue
            }
            if !opened {
                output += chat.open(now: now)
                opened = true
            }
            if line.hasPrefix("@ ") {
                now = try moment(String(line.dropFirst(2)), calendar: calendar, line: index + 1)
                output.append(line)
                if ended || chat.isOver {
                    output += chat.open(now: now)
                    ended = false
                }
            } else if line.hasPrefix("? ") {
                output.append(
                    try check(line, application: chat.application, calendar: calendar, now: now, line: index + 1))
            } else if line.hasPrefix(userPrefix) {
                guard !ended, !chat.isOver else { throw .inputAfterEnd(line: index + 1) }
                output.append(line)
                let typed = line.dropFirst(userPrefix.count).drop { $0 == " " }
                if typed == endOfInput {
                    output += chat.farewell(now: now)
                    ended = true
                } else {
                    output += chat.respond(to: String(typed), now: now)
                }
            } else if line.isEmpty {
                output.append(line)
            }
        }
        return output.joined(separator: "\n")
    }

    private static func headerField(_ line: String) -> (String, String)? {
        let body = line.dropFirst().trimmingCharacters(in: .whitespaces)
        guard let colon = body.firstIndex(of: ":") else { return nil }
        return (String(body[..<colon]), body[body.index(after: colon)...].trimmingCharacters(in: .whitespaces))
    }

    private static func moment(_ text: String, calendar: Calendar, line: Int) throws(TranscriptError) -> Date {
        do {
            return try ISOMoment.parse(text, calendar: calendar)
        } catch {
            throw .badClock(line: line, error.description)
        }
    }

    private static func check(_ line: String, application: Application, calendar: Calendar, now: Date, line number: Int)
        throws(TranscriptError) -> String
    {
        let name = line.dropFirst(2).prefix { $0 != ":" }.trimmingCharacters(in: .whitespaces)
        guard let step = StepID(rawValue: name) else { throw .unknownStep(line: number, name) }
        let entry = Planner(calendar: calendar).plan(for: application, at: now)?.step(step)
        let value = entry.map { "\($0.status.rawValue) \($0.day?.description ?? "when asked")" } ?? "no plan yet"
        return "? \(step.rawValue): \(value)"
    }
}

/// Why a transcript could not be replayed.
public enum TranscriptError: Error, Equatable, CustomStringConvertible {
    case missingHeader(String)
    case badHeader(String, String)
    case badClock(line: Int, String)
    case unknownStep(line: Int, String)
    case inputAfterEnd(line: Int)
    case cannotStart(String)

    public var description: String {
        switch self {
        case let .missingHeader(field): "the header has no \"# \(field): ...\" line"
        case let .badHeader(field, value): "the header's \(field) \"\(value)\" is not known"
        case let .badClock(line, reason): "line \(line): \(reason)"
        case let .unknownStep(line, name): "line \(line): \"\(name)\" is not a playbook step id"
        case let .inputAfterEnd(line): "line \(line): input after the session ended"
        case let .cannotStart(reason): "the chat could not start: \(reason)"
        }
    }
}
