import FollowUpSession
import Foundation

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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // The editor command may carry its own arguments ("code --wait"); the file comes last.
        process.arguments = ["-c", "\(editor) \"$1\"", "followup-editor", file.path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failure.exited(process.terminationStatus) }
        return try String(contentsOf: file, encoding: .utf8)
    }
}
