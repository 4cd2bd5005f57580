import FollowUpSession
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Edits a text in `$VISUAL` or `$EDITOR` (else vi), through a private temporary file.
struct ExternalEditor: TextEditor {
    let environment: Environment

    /// Why editing failed.
    enum Failure: Error, CustomStringConvertible {
        case cannotStart(Int32)
        case exited(Int32)

        var description: String {
            switch self {
            case let .cannotStart(code): "the editor could not be started: \(String(cString: strerror(code)))"
            case let .exited(status): "the editor exited with status \(status)"
            }
        }
    }

    func edit(_ text: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("followup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("draft.txt")
        try Data((text + "\n").utf8).write(to: file)
        let editor =
            environment["VISUAL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["EDITOR"].flatMap {
                $0.isEmpty ? nil : $0
            } ?? "vi"
        // As git does: the editor command is the user's own shell text, so it may carry
        // arguments ("code --wait"); the file goes in as an argument ("$1"), never into the
        // shell text, so no character in its path (from TMPDIR) is read by the shell.
        let status = try Self.run(["/bin/sh", "-c", "\(editor) \"$1\"", "sh", file.path])
        guard status == 0 else { throw Failure.exited(status) }
        return try String(contentsOf: file, encoding: .utf8)
    }

    /// Runs `arguments` in our process group, so it owns the terminal as we do, and waits for
    /// it with Ctrl-C and Ctrl-\ left to it, as system() does; its exit status.
    static func run(_ arguments: [String]) throws -> Int32 {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGQUIT)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))

        let previousInterrupt = signal(SIGINT, SIG_IGN)
        let previousQuit = signal(SIGQUIT, SIG_IGN)
        defer {
            signal(SIGINT, previousInterrupt)
            signal(SIGQUIT, previousQuit)
        }
        var pid = pid_t()
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        let code = posix_spawn(&pid, arguments[0], nil, &attributes, argv, environ)
        guard code == 0 else { throw Failure.cannotStart(code) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        // The exit code when it exited, else 128 + the signal that ended it.
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}
