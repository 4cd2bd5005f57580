import FollowUpCore
import Foundation

/// What an imported document must hold before anything is written: numbers, counts and dates
/// in range, each application once, and text with no control characters or invisible
/// formatting (the characters the chat removes from what is typed). Nothing is cleaned
/// silently: a document that breaks a rule is refused whole, with the field named.
enum ImportCheck {
    /// Application numbers run from 1 to this, well below what SQLite can count to.
    static let idLimit: Int64 = 1_000_000_000
    static let versionLimit = 1_000_000_000
    /// People's numbers within an application run from 1 to this.
    static let contactLimit = 1_000_000
    /// Years a date may fall in, as calendars read them.
    static let years = 1900...9999
    /// The longest time frame in each unit: about ten years.
    static let countLimits: [TimeFrame.Unit: Int] = [.days: 3650, .businessDays: 2600, .weeks: 520, .months: 120]
    /// The longest single-line text (as the chat cuts typed lines), and the longest multi-line one.
    static let lineLimit = 2000
    static let textLimit = 100_000
    /// Fields that may hold line breaks: conversation lines and draft bodies.
    static let multiLineKeys: Set<String> = ["text", "body"]
    /// One address, as the chat recognises addresses in what is typed.
    nonisolated(unsafe) static let address = #/[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}/#
    /// Characters that would turn a name into more recipients in a mail header (the chat's
    /// people reader splits names on commas and semicolons, so it never keeps them).
    static let addressCharacters = Set("<>@,;")

    /// Checks `document`; its strings are read from `json` when given (the text it was read
    /// from), else from the document encoded again, unless `stringsArePlain` says the text's
    /// strings are all printable ASCII short enough (as `ExportReader` finds while reading).
    static func check(_ document: ExportDocument, json: Data? = nil, stringsArePlain: Bool = false)
        throws(TransferError)
    {
        guard document.version == ExportDocument.currentVersion else {
            throw .invalid(
                "version", "is \(document.version); this followup reads version \(ExportDocument.currentVersion)")
        }
        var seen = Set<Int64>()
        for (index, entry) in document.applications.enumerated() {
            func at() -> String { "applications[\(index)]" }
            guard (1...idLimit).contains(entry.id) else {
                throw .invalid("\(at()).id", "is \(entry.id); application numbers run from 1 to \(idLimit)")
            }
            guard seen.insert(entry.id).inserted else {
                throw .invalid("\(at()).id", "is #\(entry.id) a second time; each application may appear once")
            }
            guard (1...versionLimit).contains(entry.version) else {
                throw .invalid("\(at()).version", "is \(entry.version); versions run from 1 to \(versionLimit)")
            }
            try moment(entry.createdAt, at: "\(at()).createdAt")
            try moment(entry.updatedAt, at: "\(at()).updatedAt")
            for (number, stage) in entry.stageHistory.enumerated() {
                try moment(stage.at, at: "\(at()).stageHistory[\(number)].at")
            }
            for (number, turn) in entry.turns.enumerated() { try moment(turn.at, at: "\(at()).turns[\(number)].at") }
            try check(entry.application, at: "\(at()).application", of: entry.id)
            for (number, checkpoint) in entry.dialogue.checkpoints.enumerated() {
                try check(
                    checkpoint.application, at: "\(at()).dialogue.checkpoints[\(number)].application", of: entry.id)
            }
            if let choice = entry.dialogue.choice {
                try day(choice.chosen, at: "\(at()).dialogue.choice.chosen")
                try day(choice.other, at: "\(at()).dialogue.choice.other")
            }
        }
        guard !stringsArePlain else { return }
        let text: Data
        if let json { text = json } else { text = try document.json() }
        // The strings are read from the text in one pass; the tree that names the field is only
        // built once a string is refused.
        guard !JSONStrings.allSatisfy(text, acceptable) else { return }
        do {
            try strings(in: try JSONSerialization.jsonObject(with: text), at: "", key: "")
        } catch let error as TransferError {
            throw error
        } catch {
            throw .damaged("(\(error.localizedDescription))")
        }
    }

    /// Checks one state of application #`id`.
    private static func check(_ app: Application, at path: @autoclosure () -> String, of id: Int64)
        throws(TransferError)
    {
        if let end = app.interviewEnd { try moment(end, at: "\(path()).interviewEnd") }
        var days: [(DayField, Day?)] = [
            (.closure, app.closure?.on), (.decliningSince, app.declining?.since),
            (.decliningAskedOn, app.declining?.askedOn),
        ]
        days += app.records.map { (.record($0.key), $0.value.on) }
        days += app.contacts.enumerated().map { (.thanked($0.offset), $0.element.thankedOn) }
        var ids = Set<Contact.ID>()
        for (number, contact) in app.contacts.enumerated() {
            guard (1...contactLimit).contains(contact.id) else {
                throw .invalid(
                    "\(path()).contacts[\(number)].id",
                    "is \(contact.id); in application #\(id), people are numbered from 1 to \(contactLimit)")
            }
            guard ids.insert(contact.id).inserted else {
                throw .invalid(
                    "\(path()).contacts[\(number)].id",
                    "is \(contact.id) a second time in application #\(id); each person needs a number of their own")
            }
            if holdsAddressCharacter(contact.name) {
                throw .invalid(
                    "\(path()).contacts[\(number)].name",
                    "holds one of < > @ , ; which would add recipients to an email")
            }
            if let email = contact.email, (try? address.wholeMatch(in: email)) == nil {
                throw .invalid("\(path()).contacts[\(number)].email", "is not one well-formed email address")
            }
        }
        switch app.timeFrame {
        case let .by(deadline):
            days.append((.timeFrame, deadline))
        case let .within(count, unit):
            let limit = countLimits[unit] ?? 0
            guard (0...limit).contains(count) else {
                throw .invalid(
                    "\(path()).timeFrame.count", "is \(count); a time frame in \(unit.rawValue) runs from 0 to \(limit)"
                )
            }
        case .unknown, nil:
            break
        }
        for case let (field, found?) in days { try day(found, at: "\(path()).\(field.name)") }
    }

    /// A day an application holds, named only when it is refused.
    private enum DayField {
        case closure, decliningSince, decliningAskedOn, timeFrame
        case record(StepID)
        case thanked(Int)

        var name: String {
            switch self {
            case .closure: "closure.on"
            case .decliningSince: "declining.since"
            case .decliningAskedOn: "declining.askedOn"
            case .timeFrame: "timeFrame.day"
            case let .record(step): "records.\(step.rawValue).on"
            case let .thanked(number): "contacts[\(number)].thankedOn"
            }
        }
    }

    /// Whether `name` holds one of `addressCharacters`: for ASCII text, looked for among its bytes.
    private static func holdsAddressCharacter(_ name: String) -> Bool {
        guard name.utf8.allSatisfy({ $0 < 0x80 }) else { return name.contains(where: addressCharacters.contains) }
        return name.utf8.contains { addressBytes.contains($0) }
    }

    private static let addressBytes = addressCharacters.flatMap(\.utf8)

    private static func day(_ day: Day, at path: @autoclosure () -> String) throws(TransferError) {
        guard years.contains(day.year) else {
            throw .invalid(path(), "is \(day); dates run from year \(years.lowerBound) to \(years.upperBound)")
        }
    }

    /// The first moment of `years` and the first one after them, in UTC: a moment is compared
    /// with these instead of being broken into calendar parts.
    private static let momentRange: Range<Date> = {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(secondsFromGMT: 0) ?? utc.timeZone
        let start = { (year: Int) in utc.date(from: DateComponents(year: year, month: 1, day: 1)) ?? .distantPast }
        return start(years.lowerBound)..<start(years.upperBound + 1)
    }()

    private static func moment(_ date: Date, at path: @autoclosure () -> String) throws(TransferError) {
        guard momentRange.contains(date) else {
            throw .invalid(path(), "is \(date); dates run from year \(years.lowerBound) to \(years.upperBound)")
        }
    }

    /// Checks every string in the document as it will be stored, wherever it sits.
    private static func strings(in value: Any, at path: String, key: String) throws(TransferError) {
        switch value {
        case let text as String:
            try line(text, at: path, multiLine: multiLineKeys.contains(key))
        case let object as [String: Any]:
            for (name, inner) in object.sorted(by: { $0.key < $1.key }) {
                try strings(in: inner, at: path.isEmpty ? name : "\(path).\(name)", key: name)
            }
        case let array as [Any]:
            for (index, inner) in array.enumerated() { try strings(in: inner, at: "\(path)[\(index)]", key: key) }
        default:
            return
        }
    }

    /// Whether a string of the text passes `line`: printable ASCII, short enough, is the common
    /// case, read from its bytes.
    private static func acceptable(_ value: JSONStrings.Value) -> Bool {
        let multiLine = multiLineKeys.contains { value.key.elementsEqual($0.utf8) }
        if value.raw.count <= (multiLine ? textLimit : lineLimit), value.isPlain { return true }
        guard let text = value.text else { return false }
        return (try? line(text, at: "", multiLine: multiLine)) != nil
    }

    private static func line(_ text: String, at path: String, multiLine: Bool) throws(TransferError) {
        let limit = multiLine ? textLimit : lineLimit
        // Printable ASCII, short enough, is the common case: no scalar to look up.
        if text.utf8.count <= limit, text.utf8.allSatisfy({ (0x20...0x7E).contains($0) }) { return }
        if let unwanted = text.unicodeScalars.first(where: { CleanText.isUnwanted($0) && !(multiLine && $0 == "\n") }) {
            let code = "U+" + String(unwanted.value, radix: 16, uppercase: true).leftPadded(to: 4)
            let kind =
                unwanted == "\u{FFFD}"
                ? "the replacement character"
                : unwanted.properties.generalCategory == .control
                    ? "a control character" : "an invisible formatting character"
            throw .invalid(
                path, "holds \(kind) (\(code)); imported text may not hold control characters or invisible formatting")
        }
        guard text.unicodeScalars.count <= limit else {
            throw .invalid(path, "is \(text.unicodeScalars.count) characters long; at most \(limit) are allowed there")
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
