import Foundation
import Testing

/// Runs the built `followup` binary, piped and in a real terminal.
struct BinaryTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary next to this test bundle, as `swift build` leaves it.
    static var binary: URL {
        let products =
            Bundle.main.bundleURL.pathExtension == "xctest"
            ? Bundle.main.bundleURL.deletingLastPathComponent() : Bundle.main.bundleURL
        return products.appendingPathComponent("followup")
    }

    struct Run {
        var status: Int32
        var output: String
        var error: String
    }

    static func run(
        _ executable: URL, _ arguments: [String], input: String = "",
        environment: [String: String] = [:]
    ) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["TZ"] = "America/New_York"
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "followup-tests-\(UUID().uuidString)")
        env["XDG_DATA_HOME"] = scratch.path
        env["FOLLOWUP_DB"] = scratch.appendingPathComponent("test.sqlite").path
        env.merge(environment) { $1 }
        process.environment = env
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let error = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
            error: String(decoding: error, as: UTF8.self))
    }

    @Test func aPipedSessionWithAFixedClockGivesThePlansDates() throws {
        let input =
            "Acme\nDesigner\njust now\nSarah Lee, hiring manager; Tom Park, HR\nyes\nyes, two weeks\nyes\nyes\nno\n/plan\n"
        let run = try Self.run(Self.binary, ["--now", "2026-11-26T17:00"], input: input)
        #expect(run.status == 0)
        #expect(
            run.output.contains("  send-thank-you            2026-11-27  due        by 5:00 PM: Sarah Lee, Tom Park"))
        #expect(run.output.contains("  first-follow-up           2026-12-14  upcoming   to Sarah Lee"))
        #expect(run.output.contains("  second-follow-up          2026-12-21  upcoming   to Sarah Lee"))
        #expect(run.output.hasSuffix("Goodbye, and good luck.\n"))
    }

    @Test func theClockCanComeFromTheEnvironment() throws {
        let run = try Self.run(
            Self.binary, [], input: "Acme\nDesigner\n\n",
            environment: ["FOLLOWUP_NOW": "2026-12-24T09:15"])
        #expect(run.output.contains("Noted: it ended Thursday, Dec 24 at 9:15 AM."))
    }

    @Test func invalidUTF8AndControlCharactersGetACalmAnswer() throws {
        var input = Data("Ac\u{1B}me\n".utf8)
        input.append(contentsOf: [0xFF, 0xFE, 0x0A])
        let process = try Self.run(
            Self.binary, ["--now", "2026-11-26T17:00"],
            input: String(decoding: input, as: UTF8.self))
        #expect(process.status == 0)
        #expect(process.output.contains("Got it: Acme."))
        #expect(process.output.contains("Part of that line didn't come through as text, so I've changed nothing."))
        #expect(process.output.hasSuffix("What role did you interview for?\nyou> \nGoodbye, and good luck.\n"))
    }

    @Test func anUnreadableNowIsRefusedClearly() throws {
        let run = try Self.run(Self.binary, ["--now", "next tuesday"])
        #expect(run.status == 64)
        #expect(run.error.contains("cannot read \"next tuesday\" as a date and time"))
    }

    @Test func helpExplainsTheTool() throws {
        let run = try Self.run(Self.binary, ["--help"])
        #expect(run.status == 0)
        #expect(run.output.contains("A coach for the days after a job interview."))
        #expect(run.output.contains("chat (default)"))
        let chat = try Self.run(Self.binary, ["chat", "--help"])
        #expect(chat.output.contains("--now <date-time>"))
        #expect(chat.output.contains("--db <path>"))
    }

    @Test func anInteractiveSessionEditsCompletesAndKeepsHistory() throws {
        let script = Self.packageRoot.appendingPathComponent("Tests/FollowUpTerminalTests/interactive_session.py")
        let run = try Self.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", script.path, Self.binary.path])
        #expect(run.status == 0, "\(run.output)\n\(run.error)")
        #expect(run.output.contains("interactive session: all checks passed"))
    }
}
