/// Breaks text into lines at most `width` characters wide, between words.
public enum WordWrap {
    /// Each line of `text` wrapped at spaces; the continuation lines of an indented line ("  By
    /// Friday...") keep its indentation. A word longer than the line stays whole.
    public static func wrap(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { wrapLine(String($0), width: width) }
            .joined(separator: "\n")
    }

    private static func wrapLine(_ line: String, width: Int) -> String {
        guard line.count > width else { return line }
        let indent = String(line.prefix { $0 == " " })
        var lines: [String] = []
        var current = indent
        for (gap, word) in words(of: line.dropFirst(indent.count)) {
            if current.count > indent.count && current.count + gap.count + word.count > width {
                lines.append(current)
                current = indent + word
            } else {
                current += (current.count > indent.count ? gap : "") + word
            }
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }

    /// Each word with the spaces before it, so that a line that is not broken keeps its spacing.
    private static func words(of text: Substring) -> [(gap: Substring, word: Substring)] {
        var result: [(gap: Substring, word: Substring)] = []
        var rest = text
        while !rest.isEmpty {
            let gap = rest.prefix { $0 == " " }
            rest = rest.dropFirst(gap.count)
            let word = rest.prefix { $0 != " " }
            rest = rest.dropFirst(word.count)
            if !word.isEmpty { result.append((gap, word)) }
        }
        return result
    }
}
