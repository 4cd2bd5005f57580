import FollowUpSession
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Edits a text in `$VISUAL` or `$EDITOR` (else vi), through a private temporary file.
struct ExternalEditor: TextEditor {
    let environment: [String: String]

    /// Why editing failed.
    enum Failure: Error, CustomStringConvertible {
        case exited(Int32)

        var description: String {
            switch self {
            case let .exited(status): "the editor exited with status \(status)"
            }
        }
    }

    func edit(_ text: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("followup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("draft.txt")
        try Data((text + "\n").utf8).write(to: file)
        let editor = environment["VISUAL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["EDITOR"].flatMap { $0.isEmpty ? nil : $0 } ?? "vi"
        // system() keeps the editor in the terminal's foreground process group, so it can read
        // the keyboard. The command may carry its own arguments ("code --wait"); the file, a
        // path of our own with no quotes in it, comes last.
        let status = system("\(editor) '\(file.path)'")
        guard status == 0 else { throw Failure.exited(status) }
        return try String(contentsOf: file, encoding: .utf8)
    }
}
