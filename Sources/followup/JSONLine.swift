/// One compact JSON object built by hand, byte for byte as `JSONOutput.write(_:compact: true)`
/// prints it, without an encoder: for `understand --json -`, which prints one per line. Add the
/// keys in sorted order.
struct JSONLine {
    private(set) var bytes: [UInt8] = [UInt8(ascii: "{")]

    /// A string value; nil is written as null unless `omitNil`, as synthesised `Encodable` leaves it out.
    mutating func add(_ key: String, _ value: String?, omitNil: Bool = false) {
        guard let value else {
            if !omitNil { add(key, raw: "null") }
            return
        }
        addKey(key)
        Self.append(value, to: &bytes)
    }

    /// An array of objects.
    mutating func add(_ key: String, objects: [JSONLine]) {
        addKey(key)
        bytes.append(UInt8(ascii: "["))
        for (index, object) in objects.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(contentsOf: object.closed)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    private mutating func add(_ key: String, raw: String) {
        addKey(key)
        bytes.append(contentsOf: raw.utf8)
    }

    private mutating func addKey(_ key: String) {
        if bytes.count > 1 { bytes.append(UInt8(ascii: ",")) }
        Self.append(key, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
    }

    /// The object with its closing brace.
    var closed: [UInt8] {
        bytes + [UInt8(ascii: "}")]
    }

    /// `text` as a JSON string: quotes and backslashes escaped, control characters as the
    /// encoder writes them, and what `TerminalSafe` calls unsafe as `\uXXXX`, like `JSONOutput`.
    static func append(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        // Most text is printable ASCII with nothing to escape: copied as it is.
        var text = text
        let plain = text.withUTF8 { utf8 in
            guard utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") })
            else { return false }
            bytes.append(contentsOf: utf8)
            return true
        }
        if plain {
            bytes.append(UInt8(ascii: "\""))
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": bytes.append(contentsOf: #"\""#.utf8)
            case "\\": bytes.append(contentsOf: #"\\"#.utf8)
            case "\n": bytes.append(contentsOf: #"\n"#.utf8)
            case "\r": bytes.append(contentsOf: #"\r"#.utf8)
            case "\t": bytes.append(contentsOf: #"\t"#.utf8)
            case "\u{08}": bytes.append(contentsOf: #"\b"#.utf8)
            case "\u{0C}": bytes.append(contentsOf: #"\f"#.utf8)
            default:
                if TerminalSafe.isUnsafe(scalar) {
                    let hex = String(scalar.value, radix: 16)
                    bytes.append(contentsOf: #"\u"#.utf8)
                    bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: max(0, 4 - hex.utf8.count)))
                    bytes.append(contentsOf: hex.utf8)
                } else {
                    UTF8.encode(scalar) { bytes.append($0) }
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
