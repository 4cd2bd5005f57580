import FollowUpCore
import Foundation

/// A reader of JSON text over its UTF-8 bytes, one value at a time, for `ExportReader`. It reads
/// only the plainest forms (names without escapes, whole numbers of up to 18 digits, moments laid
/// out as `YYYY-MM-DDTHH:MM:SSZ`) and refuses anything else, so that what it accepts is what
/// `JSONDecoder` would read from the same text.
struct JSONCursor {
    /// Thrown for text this reader does not read; the document is then decoded by `JSONDecoder`.
    struct Refusal: Error {}

    typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

    private let text: UnsafeBufferPointer<UInt8>
    private(set) var index: Int
    /// Whether every string value read so far was printable ASCII with no escape, at most
    /// `ImportCheck.lineLimit` bytes long, and no part was left to `JSONDecoder`: then every
    /// string of the text passes `ImportCheck`'s rules for text, as its check would find.
    private(set) var stringsArePlain = true
    /// Days already read, by their digits, and the first moment of each in UTC: an export's dates
    /// fall on few days.
    private var days: [Int: (day: Day, start: Date)] = [:]

    init(_ text: UnsafeBufferPointer<UInt8>) {
        self.text = text
        index = 0
    }

    /// Passes blanks; refuses when anything else is left.
    mutating func end() throws(Refusal) {
        skipBlanks()
        guard index == text.count else { throw Refusal() }
    }

    /// Reads `byte`, after blanks, or refuses.
    mutating func expect(_ byte: UInt8) throws(Refusal) {
        guard take(byte) else { throw Refusal() }
    }

    /// Reads `byte`, after blanks, when it comes next.
    mutating func take(_ byte: UInt8) -> Bool {
        skipBlanks()
        guard index < text.count, text[index] == byte else { return false }
        index += 1
        return true
    }

    /// Reads `null` when it comes next.
    mutating func takeNull() -> Bool {
        skipBlanks()
        guard text[index...].starts(with: Self.null) else { return false }
        index += Self.null.count
        return true
    }

    /// Reads the next member's name of an object opened with `{`, or its closing `}` (nil);
    /// `first` says whether a member was read before and is updated.
    mutating func nextName(first: inout Bool) throws(Refusal) -> Bytes? {
        if take(UInt8(ascii: "}")) { return nil }
        if !first { try expect(UInt8(ascii: ",")) }
        first = false
        let name = try rawString()
        guard !name.contains(Self.backslash) else { throw Refusal() }
        try expect(UInt8(ascii: ":"))
        return name
    }

    /// Reads the items of an array with `item`.
    mutating func array<Item>(_ item: (inout JSONCursor) throws(Refusal) -> Item) throws(Refusal) -> [Item] {
        try expect(UInt8(ascii: "["))
        var items: [Item] = []
        if take(UInt8(ascii: "]")) { return items }
        repeat { items.append(try item(&self)) } while take(UInt8(ascii: ","))
        try expect(UInt8(ascii: "]"))
        return items
    }

    mutating func string() throws(Refusal) -> String {
        let raw = try rawString()
        if stringsArePlain,
            raw.count > ImportCheck.lineLimit || !raw.allSatisfy({ (0x20...0x7E).contains($0) && $0 != Self.backslash })
        {
            stringsArePlain = false
        }
        if !raw.contains(Self.backslash), let text = String(validating: raw, as: UTF8.self) { return text }
        guard
            let text = JSONStrings.Value(raw: UnsafeBufferPointer(rebasing: raw), key: .init(start: nil, count: 0)).text
        else { throw Refusal() }
        return text
    }

    /// A string naming a case of `Value`.
    mutating func named<Value: RawRepresentable<String>>(_: Value.Type) throws(Refusal) -> Value {
        guard let value = Value(rawValue: try string()) else { throw Refusal() }
        return value
    }

    mutating func integer() throws(Refusal) -> Int {
        skipBlanks()
        let negative = index < text.count && text[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        let start = index
        var value = 0
        while index < text.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(text[index]) {
            guard index - start < 18 else { throw Refusal() }
            value = value * 10 + Int(text[index] - UInt8(ascii: "0"))
            index += 1
        }
        let digits = index - start
        guard digits > 0, digits == 1 || text[start] != UInt8(ascii: "0"), !(negative && value == 0) else {
            throw Refusal()
        }
        if index < text.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(text[index]) {
            throw Refusal()
        }
        return negative ? -value : value
    }

    mutating func bool() throws(Refusal) -> Bool {
        skipBlanks()
        for (literal, value) in [(Self.true, true), (Self.false, false)] where text[index...].starts(with: literal) {
            index += literal.count
            return value
        }
        throw Refusal()
    }

    /// A day laid out as `YYYY-MM-DD`.
    mutating func day() throws(Refusal) -> Day {
        try dayOf(try rawString()).day
    }

    /// A moment laid out as `YYYY-MM-DDTHH:MM:SSZ`, in a year from 1900 on.
    mutating func date() throws(Refusal) -> Date {
        let raw = try rawString()
        let start = raw.startIndex
        guard raw.count == 20, raw[start + 10] == UInt8(ascii: "T"), raw[start + 13] == UInt8(ascii: ":"),
            raw[start + 16] == UInt8(ascii: ":"), raw[start + 19] == UInt8(ascii: "Z"),
            let hour = Self.number(raw[(start + 11)..<(start + 13)]), hour < 24,
            let minute = Self.number(raw[(start + 14)..<(start + 16)]), minute < 60,
            let second = Self.number(raw[(start + 17)..<(start + 19)]), second < 60
        else { throw Refusal() }
        let day = try dayOf(raw[start..<(start + 10)])
        guard day.day.year >= 1900 else { throw Refusal() }
        return day.start + TimeInterval(hour * 3600 + minute * 60 + second)
    }

    /// The value that comes next, decoded by `ExportDocument.decoder` from its text alone: for
    /// the parts of a document this reader leaves to `JSONDecoder`.
    mutating func decoded<Value: Decodable>(_: Value.Type) throws(Refusal) -> Value {
        skipBlanks()
        let start = index
        try skipValue()
        stringsArePlain = false
        do {
            return try ExportDocument.decoder.decode(Value.self, from: Data(text[start..<index]))
        } catch {
            throw Refusal()
        }
    }

    /// The value if it is not null.
    mutating func optional<Value>(_ value: (inout JSONCursor) throws(Refusal) -> Value) throws(Refusal) -> Value? {
        takeNull() ? nil : try value(&self)
    }

    /// A value JSONDecoder reads, or null.
    mutating func optionalDecoded<Value: Decodable>(_ type: Value.Type) throws(Refusal) -> Value? {
        takeNull() ? nil : try decoded(type)
    }

    /// A value named by its raw text, or null.
    mutating func optionalNamed<Value: RawRepresentable<String>>(_ type: Value.Type) throws(Refusal) -> Value? {
        takeNull() ? nil : try named(type)
    }

    /// Passes one value, whatever it holds; `JSONDecoder` checks it afterwards.
    private mutating func skipValue() throws(Refusal) {
        var depth = 0
        repeat {
            skipBlanks()
            guard index < text.count else { throw Refusal() }
            switch text[index] {
            case UInt8(ascii: "\""): _ = try rawString()
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                index += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                index += 1
            default: index += 1
            }
        } while depth > 0 && index < text.count
        guard depth == 0 else { throw Refusal() }
    }

    /// The bytes between a string's quotes, escapes as written; refuses raw control characters.
    private mutating func rawString() throws(Refusal) -> Bytes {
        try expect(UInt8(ascii: "\""))
        let start = index
        while index < text.count, text[index] != UInt8(ascii: "\"") {
            guard text[index] >= 0x20 else { throw Refusal() }
            index += text[index] == Self.backslash ? 2 : 1
        }
        guard index < text.count else { throw Refusal() }
        index += 1
        return text[start..<(index - 1)]
    }

    /// The day of `raw`, laid out as `YYYY-MM-DD`, with its first moment in UTC.
    private mutating func dayOf(_ raw: Bytes) throws(Refusal) -> (day: Day, start: Date) {
        let start = raw.startIndex
        guard raw.count == 10, raw[start + 4] == UInt8(ascii: "-"), raw[start + 7] == UInt8(ascii: "-"),
            let year = Self.number(raw[start..<(start + 4)]), let month = Self.number(raw[(start + 5)..<(start + 7)]),
            let dayOfMonth = Self.number(raw[(start + 8)..<(start + 10)])
        else { throw Refusal() }
        let key = year * 10_000 + month * 100 + dayOfMonth
        if let known = days[key] { return known }
        guard let day = Day(iso: String(decoding: raw, as: UTF8.self)),
            let first = Self.utc.date(from: DateComponents(year: year, month: month, day: dayOfMonth))
        else { throw Refusal() }
        days[key] = (day, first)
        return (day, first)
    }

    private mutating func skipBlanks() {
        while index < text.count, [0x20, 0x0A, 0x0D, 0x09].contains(text[index]) { index += 1 }
    }

    /// The decimal number `digits` spell, or nil when one is not a digit.
    private static func number(_ digits: Bytes) -> Int? {
        var value = 0
        for byte in digits {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar
    }()
    private static let backslash = UInt8(ascii: "\\")
    private static let null = Array("null".utf8)
    private static let `true` = Array("true".utf8)
    private static let `false` = Array("false".utf8)
}
