import Foundation
import Testing

/// The subcommands, run as a user would, on a scratch database.
struct CommandTests {
    let database = ProcessTests.scratchDatabase()

    func followup(_ arguments: [String], input: String = "") throws -> BinaryTests.Run {
        try BinaryTests.run(BinaryTests.binary, arguments, input: input, environment: ["FOLLOWUP_DB": database])
    }

    /// Two applications walked through in the chat, as in the README.
    func twoApplications() throws {
        let acme =
            "Acme\nDesigner\njust now\nSarah Lee, hiring manager; Tom Park, HR\nyes\nyes, two weeks\nyes\nyes\nno\n"
        #expect(try followup(["--now", "2026-11-26T17:00"], input: acme).status == 0)
        let globex = "/new\nGlobex\nAnalyst\n2pm\nPriya Shah\nyes\nyes, by Friday the 4th\nyes\nyes\nyes\n"
        #expect(try followup(["--now", "2026-11-26T18:00"], input: globex).status == 0)
    }

    @Test func aMomentThatCannotBeReadShowsTheCommandsOwnUsage() throws {
        let run = try followup(["next", "--now", "tomorrow"])
        #expect(run.status == 64)
        #expect(run.error.contains("cannot read \"tomorrow\""))
        #expect(run.error.contains("Usage: followup next"))
    }

    @Test func aFolderGivenAsTheDatabaseIsSaidToBeOne() throws {
        let folder = database + ".d"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let run = try BinaryTests.run(BinaryTests.binary, ["list", "--db", folder])
        #expect(run.status == 74)
        #expect(run.error.contains("it is a folder; name a file"))
    }

    @Test func aNegativeCountIsRefusedByName() throws {
        let run = try followup(["next", "--upcoming", "-3"])
        #expect(run.status == 64)
        #expect(run.error.hasPrefix("Error: --upcoming takes a count of 0 or more, not -3."))
    }

    @Test func aDatabaseNamedButMissingIsSaidNotShownAsEmpty() throws {
        let missing = database + ".typo"
        let run = try BinaryTests.run(
            BinaryTests.binary, ["next", "--now", "2026-11-27T09:00"], environment: ["FOLLOWUP_DB": missing])
        #expect(run.status == 0)
        #expect(run.error.contains("no database at \(missing)"))
        #expect(!FileManager.default.fileExists(atPath: missing))
        let shown = try BinaryTests.run(BinaryTests.binary, ["show", "initech"], environment: ["FOLLOWUP_DB": missing])
        #expect(shown.status == 66)
        #expect(shown.error.contains("there are no applications yet: run `followup`"))
    }

    @Test func understandTakesDbLikeEveryCommandAndLeavesItAlone() throws {
        let missing = database + ".unused"
        let run = try followup(["understand", "--db", missing, "--now", "2026-11-26T17:00", "--json", "yes"])
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output.contains("\"answer\" : \"yes\""))
        #expect(run.error.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test func listAndShowNameWhereEachStandsInPlainWords() throws {
        try twoApplications()
        #expect(try followup(["close", "globex", "rejected", "--now", "2026-11-27T09:00"]).status == 0)
        let list = try followup(["list", "--all", "--now", "2026-11-27T09:00"]).output
        #expect(list.contains("#1  Designer at Acme  [thank-you notes]  next 2026-11-27\n"), "\(list)")
        #expect(list.contains("#2  Analyst at Globex  [closed: they said no]"), "\(list)")
        let shown = try followup(["show", "acme", "--now", "2026-11-27T09:00"]).output
        #expect(shown.hasPrefix("#1 Designer at Acme  [thank-you notes]\n"))
        #expect(shown.hasSuffix("  thank-you notes\n"))
    }

    @Test func anImportThatCannotBeReadSaysWhyInTheSystemsWords() throws {
        let missing = database + ".missing.json"
        let run = try followup(["import", missing])
        #expect(run.status == 66)
        #expect(run.error == "followup: cannot read \(missing): No such file or directory\n")
        let folder = FileManager.default.temporaryDirectory.path
        #expect(try followup(["import", folder]).error == "followup: cannot read \(folder): Is a directory\n")
    }

    @Test func nextShowsEveryOpenApplicationMostUrgentFirst() throws {
        try twoApplications()
        let next = try followup(["next", "--now", "2026-11-27T16:00", "--json"])
        #expect(next.status == 0)
        let items = try JSONSerialization.jsonObject(with: Data(next.output.utf8)) as! [[String: Any]]
        #expect(
            items.map { "\($0["application"]!) \($0["step"]!) \($0["contact"] ?? "-") \($0["status"]!)" } == [
                "2 send-thank-you Priya Shah overdue", "1 send-thank-you Sarah Lee due",
                "1 schedule-first-follow-up Sarah Lee due",
            ])
        #expect(items[1]["people"] as? [String] == ["Sarah Lee", "Tom Park"])
        #expect(items[1]["deadline"] as? String == "2026-11-27T22:00:00Z")
        let text = try followup(["next", "--now", "2026-11-27T16:00"])
        #expect(text.output.hasPrefix("overdue   2026-11-27  #2 Analyst at Globex\n"))
    }

    @Test func doneHeardAndDeclineChangeThePlan() throws {
        try twoApplications()
        #expect(
            try followup(["done", "acme", "send-thank-you", "--contact", "sarah", "--now", "2026-11-27T09:00"]).output
                == "#1 Designer at Acme: recorded send-thank-you for Sarah Lee as done on 2026-11-27.\n")
        #expect(
            try followup(["done", "acme", "send-thank-you", "--contact", "sarah", "--now", "2026-11-27T09:00"]).output
                == "#1 Designer at Acme: send-thank-you for Sarah Lee was already recorded; nothing changed.\n")
        let typo = try followup(["nxt"])
        #expect(typo.status == 64)
        #expect(
            typo.error
                == "followup: there is no command \"nxt\". Did you mean `followup next`? `followup --help` lists them.\n"
        )
        let ahead = try followup(["done", "acme", "say-thanks", "--on", "2026-12-25", "--now", "2026-11-27T09:00"])
        #expect(ahead.status == 64)
        #expect(ahead.error.hasPrefix("Error: --on 2026-12-25 is after today (2026-11-27)"))
        let unknown = try followup(["done", "acme", "send-thank-you", "--contact", "Bob"])
        #expect(unknown.status == 65)
        #expect(unknown.error == "followup: no contact named \"Bob\"; known: Sarah Lee, Tom Park\n")
        #expect(try followup(["heard", "globex", "--outcome", "offer"]).status == 0)
        #expect(try shown("globex", now: "2026-11-28T09:00")["phase"] as? String == "answered:offer")
        #expect(try followup(["decline", "1", "--now", "2026-11-28T09:00"]).status == 0)
        #expect(try shown("acme", now: "2026-11-28T09:00")["phase"] as? String == "decline")
        let acme = try #require(try shown("acme", now: "2026-11-28T09:00")["application"] as? [String: Any])
        let thanked = (acme["contacts"] as? [[String: Any]])?.filter { $0["thankedOn"] != nil }.compactMap {
            $0["name"] as? String
        }
        #expect(thanked == ["Sarah Lee"])
        let shown = try followup(["show", "acme", "--now", "2026-11-28T09:00"])
        #expect(
            shown.output.contains("  decline-wait              2026-11-28  waiting    until they ask about next steps"))
        #expect(
            try followup(["next", "--now", "2026-11-28T09:00", "--json"]).output.contains("\"decline-thank\"") == false)
        let missing = try followup(["show", "initech"])
        #expect(missing.status == 66)
        #expect(missing.error.contains("no application matches \"initech\""))
    }

    @Test func importOfAnExportGivesTheSameExport() throws {
        try twoApplications()
        let exported = try followup(["export", "--now", "2026-11-30T09:00"])
        #expect(exported.status == 0)
        let copy = ProcessTests.scratchDatabase()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "followup-export-\(UUID().uuidString).json")
        try exported.output.write(to: file, atomically: true, encoding: .utf8)
        let imported = try BinaryTests.run(
            BinaryTests.binary, ["import", file.path], environment: ["FOLLOWUP_DB": copy])
        #expect(imported.output == "Imported 2 applications.\n")
        let again = try BinaryTests.run(
            BinaryTests.binary, ["export", "--now", "2026-11-30T09:00"], environment: ["FOLLOWUP_DB": copy])
        #expect(again.output == exported.output)
        let twice = try BinaryTests.run(BinaryTests.binary, ["import", file.path], environment: ["FOLLOWUP_DB": copy])
        #expect(twice.status == 65)
        #expect(twice.error.contains("applications #1, #2 are already in the database"))
        // The chat on the imported database goes on with an application instead of asking for a new one.
        let chat = try BinaryTests.run(
            BinaryTests.binary, ["--now", "2026-11-30T09:00"], input: "/quit\n", environment: ["FOLLOWUP_DB": copy])
        #expect(chat.output.contains("Welcome back: we were talking about"))
        #expect(!chat.output.contains("Which company was the interview with?"))
    }

    @Test func aDocumentThatIsNotAnExportChangesNothing() throws {
        try twoApplications()
        let before = try followup(["export", "--now", "2026-11-30T09:00"]).output
        let refused = try followup(["import", "-"], input: #"{"hello": "world"}"#)
        #expect(refused.status == 65)
        #expect(refused.error == "followup: this is not a followup export (no \"format\": \"followup-export\")\n")
        #expect(try followup(["export", "--now", "2026-11-30T09:00"]).output == before)
    }

    @Test func aFileThatIsNotADatabaseIsRefusedUntouched() throws {
        let folder = (database as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "shopping list\n".write(toFile: database, atomically: true, encoding: .utf8)
        for arguments in [["list"], ["next"], ["--now", "2026-11-26T17:00"]] {
            let run = try followup(arguments, input: "Acme\n")
            #expect(run.status == 74)
            #expect(
                run.error.hasPrefix(
                    "followup: \(database) is damaged, or is not a followup database; nothing in it was changed."))
        }
        #expect(try String(contentsOfFile: database, encoding: .utf8) == "shopping list\n")
    }

    /// One application's state as `show --json` prints it.
    func shown(_ app: String, now: String) throws -> [String: Any] {
        let run = try followup(["show", app, "--json", "--now", now])
        #expect(run.status == 0, "\(run.error)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    }

    @Test func anEventMeansTheSameFromTheChatAndFromACommand() throws {
        try twoApplications()
        let now = "2026-12-01T10:00"
        #expect(try followup(["--now", now], input: "/switch acme\nthey turned me down this morning\n").status == 0)
        #expect(try followup(["heard", "globex", "--outcome", "rejected", "--now", now]).status == 0)
        for app in ["acme", "globex"] {
            let state = try shown(app, now: now)
            #expect(state["phase"] as? String == "closed:rejected", "\(app)")
            let plan = try #require(state["plan"] as? [[String: Any]])
            #expect(
                plan.allSatisfy { !["due", "overdue", "upcoming"].contains($0["status"] as? String ?? "") }, "\(app)")
        }
        let list = try followup(["list", "--json", "--now", now])
        let open = try JSONSerialization.jsonObject(with: Data(list.output.utf8)) as? [Any]
        #expect(open?.isEmpty == true, "closed applications are listed as open: \(list.output)")
    }

    @Test func aSentDeclineClosesTheApplicationByEitherRoad() throws {
        try twoApplications()
        let now = "2026-12-01T10:00"
        let chat = "/switch acme\nI'm not interested in this job\nthey emailed asking about next steps\nno\nsent it\n"
        #expect(try followup(["--now", now], input: chat).status == 0)
        #expect(try followup(["decline", "globex", "--sent", "--now", now]).status == 0)
        for app in ["acme", "globex"] {
            #expect(try shown(app, now: now)["phase"] as? String == "closed:declined", "\(app)")
        }
    }

    @Test func nextStaysReadableWithManyApplications() throws {
        try twoApplications()
        let exported = try followup(["export", "--now", "2026-11-30T09:00"])
        var document = try #require(
            try JSONSerialization.jsonObject(with: Data(exported.output.utf8)) as? [String: Any])
        let first = try #require((document["applications"] as? [[String: Any]])?.first)
        document["applications"] = (1...30).map { id -> [String: Any] in
            var copy = first
            copy["id"] = id
            return copy
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "followup-many-\(UUID().uuidString).json")
        try JSONSerialization.data(withJSONObject: document).write(to: file)
        let copy = ProcessTests.scratchDatabase()
        let imported = try BinaryTests.run(
            BinaryTests.binary, ["import", file.path], environment: ["FOLLOWUP_DB": copy])
        #expect(imported.status == 0, "\(imported.error)")
        let next = try BinaryTests.run(
            BinaryTests.binary, ["next", "--now", "2026-11-27T09:00"], environment: ["FOLLOWUP_DB": copy])
        let items = next.output.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.hasPrefix("...") }
        #expect(items.count == 20)
        #expect(next.output.hasSuffix("... and 40 more: `followup next --all` lists them all.\n"))
        let all = try BinaryTests.run(
            BinaryTests.binary, ["next", "--all", "--now", "2026-11-27T09:00"], environment: ["FOLLOWUP_DB": copy])
        #expect(!all.output.contains("... and"))
    }
}
