import Foundation

/// Where the items of an export's top-level `applications` array lie in its text, found in one
/// pass over its bytes, so that its halves can be decoded side by side. Nil for text laid out
/// any other way (no such member or more than one, a value that is not an array, a comma out
/// of place), which is then decoded whole, as is any text a part of which fails to decode.
struct ApplicationItems {
    /// The array, from `[` to `]`.
    let array: Range<Int>
    /// Each item, with the blanks around it.
    let items: [Range<Int>]

    init?(_ json: Data) {
        let found: (Range<Int>, [Range<Int>])? = json.withUnsafeBytes { bytes in
            Self.scan(bytes.assumingMemoryBound(to: UInt8.self))
        }
        guard let (array, items) = found else { return nil }
        self.array = array
        self.items = items
    }

    private static let name = Array("applications".utf8)

    private static func scan(_ text: UnsafeBufferPointer<UInt8>) -> (Range<Int>, [Range<Int>])? {
        var depth = 0
        var readingName = false
        var named = false
        var arrayStart: Int?
        var array: Range<Int>?
        var inArray = false
        var itemStart: Int?
        var items: [Range<Int>] = []
        var index = 0
        while index < text.count {
            let byte = text[index]
            if inArray, depth == 2, itemStart == nil, !Self.isBlank(byte), byte != UInt8(ascii: "]") {
                guard byte != UInt8(ascii: ",") else { return nil }
                itemStart = index
            }
            switch byte {
            case UInt8(ascii: "\""):
                let start = index + 1
                index = start
                while index < text.count, text[index] != UInt8(ascii: "\"") {
                    index += text[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                guard index < text.count else { return nil }
                if depth == 1, readingName {
                    named = text[start..<index].elementsEqual(name)
                    readingName = false
                }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if depth == 0, byte != UInt8(ascii: "{") { return nil }
                if depth == 1, named {
                    guard byte == UInt8(ascii: "["), arrayStart == nil else { return nil }
                    arrayStart = index
                    inArray = true
                }
                depth += 1
                readingName = depth == 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 1, inArray {
                    if let start = itemStart {
                        items.append(start..<index)
                    } else if !items.isEmpty {
                        return nil
                    }
                    itemStart = nil
                    inArray = false
                    array = (arrayStart ?? index)..<(index + 1)
                }
            case UInt8(ascii: ","):
                if depth == 1 {
                    readingName = true
                    named = false
                } else if depth == 2, inArray, let start = itemStart {
                    items.append(start..<index)
                    itemStart = nil
                }
            default:
                // A name followed by a value that is not an array or object: refused below if
                // it is the member sought.
                if depth == 1, named, !Self.isBlank(byte), byte != UInt8(ascii: ":") { return nil }
            }
            index += 1
        }
        guard depth == 0, let array else { return nil }
        return (array, items)
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
            || byte == UInt8(ascii: "\t")
    }
}

extension ApplicationItems {
    /// Documents with fewer applications are decoded whole: splitting them saves nothing.
    static let splitFrom = 200

    /// `json` decoded as the document it is, its applications in two halves side by side on
    /// two threads; nil when it has too few applications to be worth it or any part fails to
    /// decode (the whole text, decoded again, then says why). Every part is decoded by the same
    /// decoder as the whole, so a document read this way is the one read whole.
    static func decode(_ json: Data, with decoder: JSONDecoder) -> ExportDocument? {
        guard let found = ApplicationItems(json), found.items.count >= splitFrom else { return nil }
        var header = Data(json[..<found.array.lowerBound])
        header.append(contentsOf: "[]".utf8)
        header.append(json[found.array.upperBound...])
        let middle = found.items.count / 2
        let halves = [found.items[..<middle], found.items[middle...]].map { items in
            var half = Data("[".utf8)
            for (number, item) in items.enumerated() {
                if number > 0 { half.append(UInt8(ascii: ",")) }
                half.append(json[item])
            }
            half.append(UInt8(ascii: "]"))
            return half
        }
        let decoded = DecodedHalves()
        DispatchQueue.concurrentPerform(iterations: halves.count) { number in
            decoded.set(number, to: try? decoder.decode([ExportDocument.Entry].self, from: halves[number]))
        }
        guard var document = try? decoder.decode(ExportDocument.self, from: header), let first = decoded.get(0),
            let second = decoded.get(1)
        else { return nil }
        document.applications = first + second
        return document
    }
}

/// The two halves' applications, as each thread finishes decoding its own.
private final class DecodedHalves: @unchecked Sendable {
    private let lock = NSLock()
    private var halves: [Int: [ExportDocument.Entry]] = [:]

    func set(_ number: Int, to entries: [ExportDocument.Entry]?) {
        lock.withLock { halves[number] = entries }
    }

    func get(_ number: Int) -> [ExportDocument.Entry]? {
        lock.withLock { halves[number] }
    }
}
