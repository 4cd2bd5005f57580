import Foundation
import Testing

/// Stored text that tries to command the terminal or add mail recipients stays plain text.
struct HostileTextTests {
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("followup-hostile-\(UUID().uuidString)")

    func followup(_ arguments: [String], database: String, input: String = "") throws -> BinaryTests.Run {
        try BinaryTests.run(BinaryTests.binary, arguments, input: input, environment: ["FOLLOWUP_DB": database])
    }

    /// A database holding Acme, then one made by importing its export with `replacements`
    /// applied to the JSON strings; the import's run and the new database.
    func imported(_ replacements: [String: String]) throws -> (run: BinaryTests.Run, database: String) {
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let original = scratch.appendingPathComponent("original.sqlite").path
        let walkthrough =
            "Acme\nDesigner\njust now\nSarah Lee, hiring manager, sarah.lee@acme.example\nyes\nyes, two weeks\nyes\nno\nyes\n"
        _ = try followup(["--now", "2026-11-26T17:00"], database: original, input: walkthrough)
        var json = try followup(["export", "--now", "2026-11-26T17:30"], database: original).output
        for (plain, hostile) in replacements {
            let encoded = String(decoding: try JSONEncoder().encode(hostile), as: UTF8.self)
            json = json.replacingOccurrences(of: "\"\(plain)\"", with: encoded)
        }
        let file = scratch.appendingPathComponent("hostile.json")
        try json.write(to: file, atomically: true, encoding: .utf8)
        let database = scratch.appendingPathComponent("\(UUID().uuidString).sqlite").path
        return (try followup(["import", file.path], database: database), database)
    }

    static let unsafe: [Unicode.Scalar] = ["\u{1B}", "\u{7}", "\u{9B}", "\u{202E}", "\u{2066}", "\u{7F}"]

    @Test func escapeSequencesReachNoPrintingPathRaw() throws {
        let company = "Acme\u{1B}]0;pwned\u{7}\u{1B}[2J\u{9B}31m\u{202E}\u{2066}\u{7F}"
        let (run, database) = try imported(["Acme": company, "Sarah Lee": "Sarah\u{1B}[8m Lee"])
        // The import may refuse such text or clean it; either way nothing raw is printed.
        #expect(run.status == 0 || run.status == 65, "\(run.error)")
        guard run.status == 0 else { return }
        let outputs = [
            try followup(["list"], database: database), try followup(["show", "1"], database: database),
            try followup(["next", "--now", "2026-12-20T09:00"], database: database),
            try followup(["draft", "1", "first-follow-up"], database: database),
            try followup(["--now", "2026-12-20T09:00"], database: database, input: "/list\n/plan\n"),
        ]
        for output in outputs {
            #expect(output.status == 0, "\(output.error)")
            #expect(
                !(output.output + output.error).unicodeScalars.contains(where: Self.unsafe.contains), "\(output.output)"
            )
            #expect(output.output.contains("Acme"))
        }
    }

    @Test func aTypedLineIsEchoedWithItsControlCharactersShown() throws {
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let run = try followup(
            ["--now", "2026-11-26T17:00"], database: scratch.appendingPathComponent("echo.sqlite").path,
            input: "Ac\u{1B}]0;pwned\u{7}me\u{202E}\u{9B}\u{7F}\n")
        #expect(run.output.contains("you> Ac^[]0;pwned^Gme<U+202E><U+009B>^?\n"), "\(run.output)")
        #expect(!run.output.unicodeScalars.contains(where: Self.unsafe.contains))
    }

    @Test func aContactCannotAddRecipientsToTheMessage() throws {
        let cases: [(name: String, email: String, expected: [String])] = [
            ("Sarah\r\nBcc: x@evil.example", "sarah.lee@acme.example", ["sarah.lee@acme.example"]),
            ("Eve <x@evil.example>, Sarah", "sarah.lee@acme.example", ["sarah.lee@acme.example"]),
            ("Sarah \"Lee\" \\ Zoë", "sarah.lee@acme.example", ["sarah.lee@acme.example"]),
            ("Sarah Lee", "a@b.example, x@evil.example", []),
        ]
        let check = """
            import email, email.utils, sys
            message = email.message_from_bytes(sys.stdin.buffer.read())
            recipients = [h for k in ("To", "Cc", "Bcc") for h in message.get_all(k, [])]
            print("|".join(address for _, address in email.utils.getaddresses(recipients)))
            """
        for (name, address, expected) in cases {
            let (run, database) = try imported(["Sarah Lee": name, "sarah.lee@acme.example": address])
            #expect(run.status == 0 || run.status == 65, "\(run.error)")
            guard run.status == 0 else { continue }
            let eml = try followup(["draft", "1", "first-follow-up", "--format", "eml"], database: database)
            #expect(eml.status == 0, "\(eml.error)")
            let parsed = try BinaryTests.run(
                URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", check], input: eml.output)
            #expect(
                parsed.output == expected.joined(separator: "|") + "\n",
                "\(name) \(address): \(eml.output) \(parsed.error)")
            if expected.isEmpty { #expect(eml.error.contains("is not one plain address")) }
        }
    }
}
