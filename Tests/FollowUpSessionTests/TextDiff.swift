/// A readable line diff for test failures: the differing stretch with a little context.
enum TextDiff {
    static func describe(expected: String, actual: String, context: Int = 2) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var top = 0
        while top < old.count, top < new.count, old[top] == new[top] { top += 1 }
        var bottom = 0
        while bottom < old.count - top, bottom < new.count - top,
            old[old.count - 1 - bottom] == new[new.count - 1 - bottom]
        { bottom += 1 }
        var lines = ["first difference at line \(top + 1) (- recorded, + replayed):"]
        for index in max(0, top - context)..<top { lines.append("  \(old[index])") }
        for index in top..<(old.count - bottom) { lines.append("- \(old[index])") }
        for index in top..<(new.count - bottom) { lines.append("+ \(new[index])") }
        for index in (old.count - bottom)..<min(old.count, old.count - bottom + context) {
            lines.append("  \(old[index])")
        }
        return lines.joined(separator: "\n")
    }
}
