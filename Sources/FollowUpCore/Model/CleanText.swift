import Foundation

/// The one rule for text that may be stored and shown: no control characters and no invisible
/// formatting (escape sequences, NUL, bidirectional overrides), as the chat cleans what is typed.
public enum CleanText {
    /// Whether `scalar` is removed from typed text: a control character other than tab, an
    /// invisible format character such as a bidirectional override, or the replacement character.
    public static func isUnwanted(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\t"
            && (scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format
                || scalar == "\u{FFFD}")
    }

    /// `raw` without unwanted characters, tabs turned to spaces, trimmed and cut to `limit`
    /// characters; the flag says whether it was cut.
    public static func cleaned(_ raw: String, limit: Int) -> (String, Bool) {
        var kept = String.UnicodeScalarView()
        for scalar in raw.unicodeScalars where !isUnwanted(scalar) { kept.append(scalar == "\t" ? " " : scalar) }
        var line = String(kept).trimmed(.whitespaces)
        let cut = line.count > limit
        if cut { line = String(line.prefix(limit)) }
        return (line, cut)
    }

    /// `text` with each unwanted character written as its code, like `\u{1B}`, safe to print.
    public static func visible(_ text: String) -> String {
        text.unicodeScalars.map { isUnwanted($0) ? "\\u{\(String($0.value, radix: 16, uppercase: true))}" : String($0) }
            .joined()
    }
}
