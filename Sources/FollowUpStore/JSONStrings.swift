import Foundation

/// The string values of a JSON text, read in one pass over its UTF-8 bytes, each with the name
/// of the member it sits under (for an array's items, the array's): what `ImportCheck` reads,
/// without building the document as a tree. Meant for text a JSON parser has accepted; a byte
/// it does not expect where it stands stops the pass.
struct JSONStrings {
    /// One string value: its bytes between the quotes, escapes as written, and the raw name of
    /// its member (empty at the top).
    struct Value {
        let raw: UnsafeBufferPointer<UInt8>
        let key: UnsafeBufferPointer<UInt8>

        /// Whether the value is printable ASCII with no escape: its bytes are then its text.
        var isPlain: Bool { raw.allSatisfy { (0x20...0x7E).contains($0) && $0 != backslash } }

        /// The value's text with its escapes read, or nil when one is malformed (a lone surrogate,
        /// say) or the bytes are not UTF-8.
        var text: String? {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(raw.count)
            var index = 0
            while index < raw.count {
                let byte = raw[index]
                index += 1
                guard byte == backslash else {
                    bytes.append(byte)
                    continue
                }
                guard index < raw.count else { return nil }
                let escaped = raw[index]
                index += 1
                if let simple = Self.simpleEscapes[escaped] {
                    bytes.append(simple)
                    continue
                }
                guard escaped == UInt8(ascii: "u"), var unit = hex(at: index) else { return nil }
                index += 4
                if (0xD800..<0xDC00).contains(unit) {
                    guard index + 1 < raw.count, raw[index] == backslash, raw[index + 1] == UInt8(ascii: "u"),
                        let low = hex(at: index + 2), (0xDC00..<0xE000).contains(low)
                    else { return nil }
                    index += 6
                    unit = 0x10000 + (unit - 0xD800) << 10 + (low - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(unit) else { return nil }
                bytes.append(contentsOf: String(scalar).utf8)
            }
            return String(validating: bytes, as: UTF8.self)
        }

        /// The four hex digits at `index` of `raw`, as a number.
        private func hex(at index: Int) -> UInt32? {
            guard index + 4 <= raw.count else { return nil }
            var value: UInt32 = 0
            for byte in raw[index..<index + 4] {
                guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { return nil }
                value = value << 4 + UInt32(digit)
            }
            return value
        }

        private static let simpleEscapes: [UInt8: UInt8] = [
            UInt8(ascii: "\""): UInt8(ascii: "\""), backslash: backslash, UInt8(ascii: "/"): UInt8(ascii: "/"),
            UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D,
            UInt8(ascii: "t"): 0x09,
        ]
    }

    /// An open object or array: for an object, the member being read; for an array, the member it
    /// is the value of.
    private struct Container {
        let isObject: Bool
        var key: Range<Int>
    }

    /// Whether `accept` holds for every string value of `json`; false as soon as it does not, or
    /// when the text is not laid out as JSON.
    static func allSatisfy(_ json: Data, _ accept: (Value) -> Bool) -> Bool {
        json.withUnsafeBytes { bytes in
            let text = bytes.assumingMemoryBound(to: UInt8.self)
            var open: [Container] = []
            var readingName = false
            var index = 0
            while index < text.count {
                let byte = text[index]
                switch byte {
                case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"), UInt8(ascii: ":"):
                    index += 1
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    open.append(Container(isObject: byte == UInt8(ascii: "{"), key: valueKey(open)))
                    readingName = byte == UInt8(ascii: "{")
                    index += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    guard open.popLast() != nil else { return false }
                    index += 1
                case UInt8(ascii: ","):
                    readingName = open.last?.isObject ?? false
                    index += 1
                case UInt8(ascii: "\""):
                    let start = index + 1
                    index = start
                    while index < text.count, text[index] != UInt8(ascii: "\"") {
                        index += text[index] == backslash ? 2 : 1
                    }
                    guard index < text.count else { return false }
                    if readingName, !open.isEmpty {
                        open[open.count - 1].key = start..<index
                        readingName = false
                    } else {
                        let key = valueKey(open)
                        let value = Value(
                            raw: UnsafeBufferPointer(rebasing: text[start..<index]),
                            key: UnsafeBufferPointer(rebasing: text[key]))
                        guard accept(value) else { return false }
                    }
                    index += 1
                case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                    UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "E"):
                    index += 1
                default:
                    return false
                }
            }
            return open.isEmpty
        }
    }

    /// The member name a value at this point sits under.
    private static func valueKey(_ open: [Container]) -> Range<Int> {
        open.last?.key ?? 0..<0
    }
}

private let backslash = UInt8(ascii: "\\")
