/// Makes stored text harmless on a terminal: control characters are shown, never obeyed.
///
/// C0 controls (but tab and newline) and DEL are shown in caret notation, as `cat -v` does:
/// ESC as `^[`, CR as `^M`, DEL as `^?`. C1 controls and the bidirectional embeddings,
/// overrides and isolates (U+202A to U+202E, U+2066 to U+2069) are shown as `<U+202E>`.
enum TerminalSafe {
    /// The text with every control character written out.
    static func escaped(_ text: String) -> String {
        // Printable ASCII, tabs and newlines (most text) hold nothing to show: their bytes say so quickly.
        var bytes = text
        guard !bytes.withUTF8({ $0.allSatisfy { (0x20...0x7E).contains($0) || $0 == 0x09 || $0 == 0x0A } }),
            text.unicodeScalars.contains(where: isUnsafe)
        else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isUnsafe(scalar) else {
                result.append(scalar)
                continue
            }
            result.append(contentsOf: shown(scalar).unicodeScalars)
        }
        return String(result)
    }

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    private static func shown(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x7F: "^?"
        case 0x00...0x1F: "^" + String(Character(Unicode.Scalar(UInt8(scalar.value) + 0x40)))
        default: "<U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4) + ">"
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
