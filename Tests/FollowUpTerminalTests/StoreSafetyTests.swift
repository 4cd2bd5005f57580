import Foundation
import Testing

/// What the store promises, through the binary: looking writes nothing, a link to nothing is
/// refused, offsets are checked, and an import under an open chat is noticed.
struct StoreSafetyTests {
    let database = ProcessTests.scratchDatabase()

    func followup(_ arguments: [String], input: String = "") throws -> BinaryTests.Run {
        try BinaryTests.run(BinaryTests.binary, arguments, input: input, environment: ["FOLLOWUP_DB": database])
    }

    @Test func lookingAtAMissingDatabaseCreatesNothing() throws {
        let list = try followup(["list", "--all"])
        #expect(list.status == 0)
        #expect(list.output == "No applications yet: run followup after an interview.\n")
        #expect(try followup(["next"]).status == 0)
        let export = try followup(["export", "--now", "2026-11-26T17:00"])
        #expect(export.output.contains("\"applications\" : [\n\n  ]"))
        #expect(!FileManager.default.fileExists(atPath: (database as NSString).deletingLastPathComponent))
    }

    @Test func readOnlyCommandsLeaveTheFileAsItWas() throws {
        let walk =
            "Acme\nDesigner\njust now\nSarah Lee, hiring manager; Tom Park, HR\nyes\nyes, two weeks\nyes\nyes\nno\n"
        #expect(try followup(["--now", "2026-11-26T17:00"], input: walk).status == 0)
        let before = FileManager.default.contents(atPath: database)
        for arguments in [
            ["list"], ["show", "acme"], ["next"], ["export"], ["calendar"],
            ["draft", "acme", "thank-you", "--contact", "Sarah"],
        ] {
            #expect(try followup(arguments + ["--now", "2026-11-27T09:00"]).status == 0, "\(arguments)")
        }
        #expect(FileManager.default.contents(atPath: database) == before)
        #expect(
            !FileManager.default.fileExists(atPath: database + "-wal")
                || FileManager.default.contents(atPath: database + "-wal")?.isEmpty == true)
    }

    @Test func aLinkToAMissingDatabaseIsRefusedNotReplaced() throws {
        let folder = (database as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let target = folder + "/moved-away.sqlite"
        try FileManager.default.createSymbolicLink(atPath: database, withDestinationPath: target)
        for arguments in [["list"], ["--now", "2026-11-26T17:00"]] {
            let run = try followup(arguments, input: "Acme\n")
            #expect(run.status == 74)
            #expect(run.error.contains("is a link to \(target), which does not exist"))
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: database) == target)
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test func anOffsetBeyondEighteenHoursIsRefusedClearly() throws {
        for offset in ["+19:00", "-18:01", "+05:60"] {
            let run = try followup(["next", "--now", "2026-11-26T17:00\(offset)"])
            #expect(run.status == 64)
            #expect(run.error.contains("offsets run from -18:00 to +18:00"))
        }
        #expect(try followup(["next", "--now", "2026-11-26T17:00+18:00"]).status == 0)
    }

    @Test func anImportReplacingWhatAChatHasOpenIsReported() throws {
        #expect(try followup(["--now", "2026-11-26T17:00"], input: "Acme\nDesigner\n").status == 0)
        let backup = try followup(["export", "--now", "2026-11-26T17:00"]).output
        let chat = try LiveProcess(["--now", "2026-11-26T17:05"], database: database)
        #expect(chat.wait(for: "Welcome back: we were talking about Designer at Acme."), "\(chat.text)")
        #expect(chat.wait(for: "When did the interview end"))
        let replaced = try followup(
            ["import", "--replace", "-"], input: backup.replacingOccurrences(of: "\"Designer\"", with: "\"Lead\""))
        #expect(replaced.status == 0, "\(replaced.error)")
        chat.send("just now")
        #expect(chat.wait(for: "was just changed in another followup session"), "\(chat.text)")
        chat.finish()
        let shown = try followup(["show", "acme", "--json"])
        #expect(shown.output.contains("\"role\" : \"Lead\""))
    }
}
