import Foundation
import Testing

/// Failed writes, `-o` targets, the editor's path and broken templates.
struct OutputFaultTests {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("followup-faults-\(UUID().uuidString)")
    var database: String { scratch.appendingPathComponent("followup.sqlite").path }

    func prepared() throws -> OutputFaultTests {
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let walkthrough =
            "Acme\nDesigner\njust now\nSarah Lee, hiring manager, sarah.lee@acme.example\nyes\nyes, two weeks\nyes\nyes\nyes\n"
        #expect(try followup(["--now", "2026-11-26T17:00"], input: walkthrough).status == 0)
        return self
    }

    func followup(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws
        -> BinaryTests.Run
    {
        try BinaryTests.run(
            BinaryTests.binary, arguments, input: input,
            environment: ["FOLLOWUP_DB": database].merging(environment) { $1 })
    }

    /// Runs `followup ARGUMENTS` under /bin/sh with `redirection` after it.
    func shell(_ arguments: String, _ redirection: String) throws -> BinaryTests.Run {
        try BinaryTests.run(
            URL(fileURLWithPath: "/bin/sh"), ["-c", "\"$0\" \(arguments) \(redirection)", BinaryTests.binary.path],
            environment: ["FOLLOWUP_DB": database])
    }

    @Test func aFailedWriteSaysSoOnceAndExits74() throws {
        let test = try prepared()
        for command in [
            "list", "show acme", "next --now 2026-12-20T09:00", "export", "calendar",
            "draft acme first-follow-up --format eml",
            "list --json",
        ] {
            let full = try test.shell(command, ">/dev/full")
            #expect(full.status == 74, "\(command): \(full.error)")
            #expect(full.error == "followup: write error: No space left on device\n", "\(command)")
            let closed = try test.shell(command, ">&-")
            #expect(closed.status == 74, "\(command): \(closed.error)")
            #expect(closed.error == "followup: write error: Bad file descriptor\n", "\(command)")
        }
        let done = try test.shell("done acme first-follow-up --on 2026-12-14 --now 2026-12-15T09:00", ">/dev/full")
        #expect(done.status == 74)
        #expect(
            try test.followup(["show", "acme", "--now", "2026-12-15T09:00"]).output.contains(
                "  first-follow-up           2026-12-14  done"))
    }

    @Test func aClosedPipeEndsQuietly() throws {
        let test = try prepared()
        // SIGPIPE ignored, as under systemd, and the reader gone before the first write.
        let check = """
            import os, subprocess, sys
            read, write = os.pipe()
            os.close(read)
            run = subprocess.run(sys.argv[1:], stdout=write, stderr=subprocess.PIPE, restore_signals=False)
            print(run.returncode, repr(run.stderr.decode()))
            """
        let run = try BinaryTests.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", check, BinaryTests.binary.path, "export"],
            environment: ["FOLLOWUP_DB": test.database])
        #expect(run.output == "-13 ''\n", "\(run.output)\(run.error)")
    }

    @Test func dashOIsStandardOutputAndFilesAreReplacedOnlyWhenRegular() throws {
        let test = try prepared()
        let dash = try test.followup(["export", "-o", "-"])
        #expect(dash.output.hasPrefix("{"))
        #expect(!FileManager.default.fileExists(atPath: "-"))

        let folder = test.scratch.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let new = folder.appendingPathComponent("new.ics").path
        #expect(try test.followup(["calendar", "-o", new]).status == 0)
        #expect(try mode(new) & 0o7777 == 0o600)
        let kept = folder.appendingPathComponent("kept.json").path
        _ = FileManager.default.createFile(
            atPath: kept, contents: Data("old".utf8), attributes: [.posixPermissions: 0o640])
        #expect(try test.followup(["export", "-o", kept]).status == 0)
        #expect(try mode(kept) & 0o7777 == 0o640)
        #expect(try String(contentsOfFile: kept, encoding: .utf8).hasPrefix("{"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["kept.json", "new.ics"])

        let device = try test.followup(["export", "-o", "/dev/full"])
        #expect(device.status == 74)
        #expect(device.error == "followup: cannot write /dev/full: No space left on device\n")
        #expect(
            try FileManager.default.attributesOfItem(atPath: "/dev/full")[.type] as? FileAttributeType
                == .typeCharacterSpecial)

        let fifo = folder.appendingPathComponent("fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = try BinaryTests.run(
            URL(fileURLWithPath: "/bin/sh"),
            ["-c", "cat \"$1\" & \"$0\" calendar -o \"$1\"; wait", BinaryTests.binary.path, fifo],
            environment: ["FOLLOWUP_DB": test.database])
        #expect(reader.output.hasPrefix("BEGIN:VCALENDAR"))
        #expect(try mode(fifo) & S_IFMT == S_IFIFO)
    }

    @Test func anInterruptedWriteLeavesNoTemporaryFile() throws {
        let test = try prepared()
        let folder = test.scratch.appendingPathComponent("interrupted")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // strace holds followup for 3 s in fsync, its temporary file written; SIGTERM comes then.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "strace", "-qq", "-o", "/dev/null", "-e", "trace=fsync", "-e", "inject=fsync:delay_enter=3000000",
            BinaryTests.binary.path, "export", "-o", folder.appendingPathComponent("out.json").path,
        ]
        process.environment = ProcessInfo.processInfo.environment.merging(["FOLLOWUP_DB": test.database]) { $1 }
        try process.run()
        var written: [String] = []
        for _ in 0..<1000 where written.isEmpty && process.isRunning {
            Thread.sleep(forTimeInterval: 0.02)
            written = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        }
        #expect(written.count == 1 && written[0].hasPrefix(".out.json."), "\(written)")
        let children = "/proc/\(process.processIdentifier)/task/\(process.processIdentifier)/children"
        let child = try String(contentsOfFile: children, encoding: .utf8).split(separator: " ").first.flatMap {
            Int32($0)
        }
        #expect(child.map { kill($0, SIGTERM) } == 0)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGTERM)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    /// The file's type and mode bits, as lstat gives them.
    func mode(_ path: String) throws -> mode_t {
        var status = stat()
        guard lstat(path, &status) == 0 else { throw CocoaError(.fileNoSuchFile) }
        return status.st_mode
    }

    @Test func theEditorGetsItsFileAsAnArgumentWhateverTMPDIRHolds() throws {
        let test = try prepared()
        let tmp = test.scratch.appendingPathComponent("it's \"$(touch PWNED)\"; touch PWNED2 '")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        let editor = test.scratch.appendingPathComponent("sign.sh")
        try "#!/bin/sh\nsed -i \"s/\\[your name\\]/Alex Kim $1/\" \"$2\"\n".write(
            to: editor, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: editor.path)
        let run = try test.followup(
            ["--now", "2026-11-26T18:00"], input: "/draft\nthe onboarding flow\n/edit\n",
            environment: ["TMPDIR": tmp.path, "EDITOR": "\(editor.path) --with-args", "VISUAL": ""])
        #expect(run.output.contains("Kept your edit:\n"), "\(run.output)\(run.error)")
        #expect(run.output.contains("  Alex Kim --with-args\n"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: FileManager.default.currentDirectoryPath)
        #expect(!leftovers.contains("PWNED") && !leftovers.contains("PWNED2"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path).isEmpty)
    }

    @Test func aBrokenTemplateIsReportedAndTheBuiltInOneUsed() throws {
        let test = try prepared()
        let config = test.scratch.appendingPathComponent("config")
        let folder = config.appendingPathComponent("followup/templates")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("first-follow-up-email.txt")
        let environment = ["XDG_CONFIG_HOME": config.path]
        try Data("Subject: Hi\r\n\r\nDear {first_name},\r\nStill keen.\r\n".utf8).write(to: file)
        #expect(
            try test.followup(["draft", "acme", "first-follow-up"], environment: environment).output
                == "To: sarah.lee@acme.example\nSubject: Hi\n\nDear Sarah,\nStill keen.\n")
        try Data([0x53, 0x75, 0x62, 0x00, 0xFF, 0x0A]).write(to: file)
        let binary = try test.followup(["draft", "acme", "first-follow-up"], environment: environment)
        #expect(
            binary.error
                == "followup: your template first-follow-up-email.txt is not plain UTF-8 text, so I use the built-in one.\n"
        )
        #expect(binary.output.contains("Subject: Following up on my interview for the Designer role at Acme"))
        try Data(String(repeating: "{first_name} ", count: 500_000).utf8).write(to: file)
        let huge = try test.followup(["draft", "acme", "first-follow-up"], environment: environment)
        #expect(
            huge.error
                == "followup: your template first-follow-up-email.txt is larger than 64 KB, so I use the built-in one.\n"
        )
        #expect(huge.status == 0)
    }

    @Test func anUnknownTimeZoneIsSaidOnce() throws {
        let test = try prepared()
        let run = try test.followup(
            ["--now", "2026-11-26T18:00"], input: "/list\n/plan\n", environment: ["TZ": "garbage"])
        #expect(run.error == "followup: unknown time zone 'garbage', using UTC\n")
        #expect(try test.followup(["list"], environment: ["TZ": ":Europe/Paris"]).error.isEmpty)
    }
}
