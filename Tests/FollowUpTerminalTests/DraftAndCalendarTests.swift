import Foundation
import Testing

/// Drafts and the calendar, through the real binary and independent readers of their formats.
struct DraftAndCalendarTests {
    let database = ProcessTests.scratchDatabase()
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("followup-files-\(UUID().uuidString)")

    func followup(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws
        -> BinaryTests.Run
    {
        try BinaryTests.run(
            BinaryTests.binary, arguments, input: input,
            environment: ["FOLLOWUP_DB": database].merging(environment) { $1 })
    }

    func python(_ arguments: [String]) throws -> BinaryTests.Run {
        try BinaryTests.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3"] + arguments)
    }

    func walkthrough() throws {
        let acme =
            "Acme\nDesigner\njust now\nSarah Lee, hiring manager, sarah.lee@acme.example; Tom Park, HR\nyes\nyes, two weeks\nyes\nyes\nyes\n"
        #expect(try followup(["--now", "2026-11-26T17:00"], input: acme).status == 0)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    @Test func theCalendarParsesImportsAndKeepsItsIdentities() throws {
        try walkthrough()
        let first = scratch.appendingPathComponent("first.ics").path
        #expect(try followup(["calendar", "--now", "2026-11-26T18:00", "--output", first]).status == 0)
        let script = BinaryTests.packageRoot.appendingPathComponent("Tests/FollowUpTerminalTests/check_calendar.py")
            .path
        let parsed = try python([script, first])
        #expect(parsed.status == 0, "\(parsed.error)")
        let events = parsed.output.split(separator: "\n").map { $0.split(separator: "|").map(String.init) }
        #expect(
            events.map { $0[0] } == [
                "followup-1-send-thank-you@followup.local", "followup-1-first-follow-up@followup.local",
                "followup-1-second-follow-up@followup.local", "followup-1-move-on@followup.local",
            ])
        #expect(events.map { $0[2] } == ["2026-11-27 14:00:00+00:00", "2026-12-14", "2026-12-21", "2026-12-28"])
        #expect(events.allSatisfy { $0[1] == "CONFIRMED" && $0[3] == "1" })

        let home = scratch.appendingPathComponent("calcurse").path
        let imported = try BinaryTests.run(URL(fileURLWithPath: "/usr/bin/env"), ["calcurse", "-D", home, "-i", first])
        #expect(imported.status == 0, "\(imported.output)\(imported.error)")
        #expect(imported.output.contains("0 skipped"), "\(imported.output)")

        // A change, then a new export: the same identities, new dates; a closed application cancels.
        #expect(try followup(["--now", "2026-11-27T09:00"], input: "actually they said three weeks\n").status == 0)
        let second = scratch.appendingPathComponent("second.ics").path
        #expect(try followup(["calendar", "--now", "2026-11-27T10:00", "-o", second]).status == 0)
        let reparsed = try python([script, second]).output.split(separator: "\n").map {
            $0.split(separator: "|").map(String.init)
        }
        #expect(reparsed.map { $0[0] } == events.map { $0[0] })
        #expect(reparsed[1][2] == "2026-12-21")
        #expect(try followup(["--now", "2026-11-27T11:00"], input: "/close withdrew\n").status == 0)
        let third = scratch.appendingPathComponent("third.ics").path
        #expect(try followup(["calendar", "--now", "2026-11-27T12:00", "-o", third]).status == 0)
        #expect(try python([script, third]).output.split(separator: "\n").allSatisfy { $0.contains("|CANCELLED|") })
    }

    @Test func theEmlOpensAsAMessage() throws {
        try walkthrough()
        let eml = try followup([
            "draft", "acme", "thank-you", "--contact", "Sarah", "--format", "eml", "--now", "2026-11-26T18:00",
        ])
        #expect(eml.status == 0)
        let file = scratch.appendingPathComponent("note.eml")
        try eml.output.write(to: file, atomically: true, encoding: .utf8)
        let check = """
            import email, email.policy, sys
            message = email.message_from_binary_file(open(sys.argv[1], "rb"), policy=email.policy.default)
            print(message["To"]); print(message["Subject"]); print(message["X-Unsent"])
            print(message.get_content_type(), message.get_content_charset())
            print(message.get_content().splitlines()[0])
            """
        let parsed = try python(["-c", check, file.path])
        #expect(
            parsed.output == """
                Sarah Lee <sarah.lee@acme.example>
                Thank you, Sarah, for meeting with me about the Designer role at Acme
                1
                text/plain utf-8
                Dear Sarah,

                """, "\(parsed.error)")
        let several = try followup(["draft", "acme", "thank-you", "--format", "eml"])
        #expect(several.status == 64)
        let third = try followup(["draft", "acme", "third-follow-up"])
        #expect(third.status == 65)
        #expect(third.error.contains("there is no third follow-up to draft"))
    }

    @Test func editOpensTheUsersEditorAndKeepsTheText() throws {
        try walkthrough()
        let editor = scratch.appendingPathComponent("sign.sh")
        try "#!/bin/sh\nsed -i 's/\\[your name\\]/Alex Kim/' \"$1\"\n".write(
            to: editor, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: editor.path)
        let run = try followup(
            ["--now", "2026-11-26T18:00"], input: "/draft\nthe onboarding flow\n/edit\n",
            environment: ["EDITOR": editor.path, "VISUAL": ""])
        #expect(run.output.contains("Kept your edit:\n"))
        #expect(run.output.contains("  Alex Kim\n/sent once it's on its way."))
        let again = try followup(["--now", "2026-11-26T18:05"], input: "/sent\n")
        #expect(again.output.contains("Marked as sent: your thank-you to Sarah Lee."))
    }

    @Test func aTemplateOfTheUsersReplacesTheBuiltInOne() throws {
        try walkthrough()
        let config = scratch.appendingPathComponent("config")
        let folder = config.appendingPathComponent("followup/templates")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "Subject: Thanks from me\nHi {first_name},\nIt was great to talk about {detail}.\nCheers\n"
            .write(to: folder.appendingPathComponent("thank-you-email.txt"), atomically: true, encoding: .utf8)
        let mine = try followup(
            ["draft", "acme", "thank-you", "--contact", "tom"], environment: ["XDG_CONFIG_HOME": config.path])
        #expect(
            mine.output
                == "Subject: Thanks from me\n\nHi Tom,\nIt was great to talk about [what you talked about with Tom].\nCheers\n"
        )
        #expect(mine.error == "followup: Tom Park's note has no specific detail; it is stronger with one.\n")
        try "Subject: {oops}\nHi\n".write(
            to: folder.appendingPathComponent("thank-you-email.txt"), atomically: true, encoding: .utf8)
        let broken = try followup(
            ["draft", "acme", "thank-you", "--contact", "tom"], environment: ["XDG_CONFIG_HOME": config.path])
        #expect(
            broken.error.contains(
                "Your template thank-you-email.txt names unknown field {oops}, so I used the built-in one."))
        #expect(broken.output.hasPrefix("Subject: Thank you, Tom, for meeting with me about the Designer role"))
    }
}
