import Foundation
import Testing

/// The README's command table says what the binary's help says.
struct ReadmeTests {
    /// A command named in the README's table: its subcommand path and the flags it names.
    struct Named: CustomStringConvertible {
        var path: [String]
        var flags: [String]
        var description: String { (["followup"] + path).joined(separator: " ") }
    }

    /// Every `followup ...` in backticks on a row of a table.
    static func namedCommands() throws -> [Named] {
        let readme = try String(
            contentsOf: BinaryTests.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let rows = readme.split(separator: "\n").filter { $0.hasPrefix("| `followup") }
        let spans = rows.flatMap { row in
            row.split(separator: "`", omittingEmptySubsequences: false).enumerated()
                .filter { $0.offset % 2 == 1 && $0.element.hasPrefix("followup") }.map(\.element)
        }
        return spans.map { span in
            let words = span.replacingOccurrences(of: "\\|", with: "|").split(separator: " ").dropFirst()
            let path = words.prefix { $0.allSatisfy { $0.isLowercase || $0 == "-" } && !$0.hasPrefix("-") }
            let flags = words.compactMap { word in
                word.firstMatch(of: /-{1,2}[a-z][a-z-]*/).map { String($0.output) }
            }
            return Named(path: path.map(String.init), flags: flags)
        }
    }

    func help(_ path: [String]) throws -> String {
        let run = try BinaryTests.run(BinaryTests.binary, path + ["--help"])
        #expect(run.status == 0, "followup \(path.joined(separator: " ")) --help: \(run.error)")
        return run.output
    }

    @Test func everyCommandAndFlagInTheTableExists() throws {
        let named = try Self.namedCommands()
        #expect(named.count >= 14, "the table was not found: \(named)")
        let top = try help([])
        for command in named {
            if let first = command.path.first {
                #expect(top.contains("  \(first)"), "\(first) is not in followup --help")
            }
            let text = try help(command.path)
            #expect(text.contains("USAGE: \(command)"), "\(command): \(text.prefix(200))")
            for flag in command.flags {
                #expect(text.contains(flag + " ") || text.contains(flag + ","), "\(command) has no \(flag)")
            }
        }
    }

    @Test func everyCommandTakesDbAndNow() throws {
        for command in try Self.namedCommands() where !command.path.isEmpty {
            let text = try help(command.path)
            #expect(text.contains("--now"), "\(command) has no --now")
            #expect(text.contains("--db"), "\(command) has no --db")
        }
    }

    /// The codes listed after "Exit codes:" up to the next blank line, with words on one line.
    static func exitCodes(in text: String) -> [String] {
        guard let start = text.range(of: "Exit codes:") else { return [] }
        let paragraph = text[start.upperBound...].components(separatedBy: "\n\n")[0]
        let flat = paragraph.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return flat.matches(of: #/(?:^|; )(\d+) /#).map { String($0.output.1) }
    }

    @Test func helpListsEveryExitCodeTheReadmeDoes() throws {
        let readme = try String(
            contentsOf: BinaryTests.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let documented = Self.exitCodes(in: readme)
        #expect(documented == ["0", "64", "65", "66", "73", "74", "75"])
        #expect(Self.exitCodes(in: try help([])) == documented)
    }
}
