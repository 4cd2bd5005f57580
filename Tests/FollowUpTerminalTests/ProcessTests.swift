import Foundation
import Testing

/// Real processes on one database: killed mid-way, and two at once.
struct ProcessTests {
    static func scratchDatabase() -> String {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("followup-process-\(UUID().uuidString)/followup.sqlite").path
    }

    @Test func aKilledSessionResumesWithEveryAnsweredLine() throws {
        let database = Self.scratchDatabase()
        let first = try LiveProcess(["--now", "2026-11-26T17:00"], database: database)
        let answers = [
            ("Acme", "What role"), ("Designer", "When did the interview end"),
            ("just now", "Who did you meet"), ("Sarah Lee, hiring manager; Tom Park, HR", "Before you left"),
            ("yes", "Did you ask what happens next"),
        ]
        for (answer, reply) in answers {
            first.send(answer)
            #expect(first.wait(for: reply), "no reply to \(answer): \(first.text)")
        }
        first.kill()
        #expect(first.process.terminationReason == .uncaughtSignal)

        let second = try LiveProcess(["--now", "2026-11-26T17:05"], database: database)
        #expect(second.wait(for: "Welcome back: we were talking about Designer at Acme."), "\(second.text)")
        #expect(second.wait(for: "Did you ask what happens next, and when they expect to decide?"))
        second.send("yes, two weeks")
        #expect(second.wait(for: "Good: two weeks."))
        second.finish()

        let shown = try BinaryTests.run(
            BinaryTests.binary, ["show", "acme", "--json", "--now", "2026-11-26T17:10"],
            environment: ["FOLLOWUP_DB": database])
        #expect(shown.status == 0, "\(shown.error)")
        #expect(shown.output.contains("\"name\" : \"Tom Park\""))
        #expect(shown.output.contains("\"express-interest\" : {"))
        #expect(shown.output.contains("\"kind\" : \"within\""))
    }

    @Test func twoSessionsAtOnceLoseNothing() throws {
        let database = Self.scratchDatabase()
        let setup = try BinaryTests.run(
            BinaryTests.binary, ["--now", "2026-11-26T17:00"], input: "Acme\n",
            environment: ["FOLLOWUP_DB": database])
        #expect(setup.status == 0)
        let one = try LiveProcess(["--now", "2026-11-26T17:00"], database: database)
        let two = try LiveProcess(["--now", "2026-11-26T17:00"], database: database)
        #expect(one.wait(for: "Welcome back") && two.wait(for: "Welcome back"))
        // Both are on Acme. Each starts its own application, then both write at full speed.
        one.send("/new")
        two.send("/new")
        #expect(one.wait(for: "Which company") && two.wait(for: "Which company"))
        one.send("Globex")
        two.send("Initech")
        #expect(one.wait(for: "Got it: Globex.") && two.wait(for: "Got it: Initech."))
        for round in 1...30 {
            one.send("/plan")
            two.send("what should I do now?")
            #expect(
                one.wait(for: "There's no plan yet", count: round)
                    && two.wait(for: "First I need a few facts", count: round))
        }
        one.finish()
        two.finish()
        let list = try BinaryTests.run(BinaryTests.binary, ["list", "--json"], environment: ["FOLLOWUP_DB": database])
        #expect(list.output.contains("Globex") && list.output.contains("Initech") && list.output.contains("Acme"))
        let export = try BinaryTests.run(
            BinaryTests.binary, ["export", "--now", "2026-11-26T18:00"],
            environment: ["FOLLOWUP_DB": database])
        // Every line of both sessions was logged: 1 + 30 questions each, with their answers.
        #expect(export.output.components(separatedBy: "\"text\" : \"/plan\"").count - 1 == 30)
        #expect(export.output.components(separatedBy: "\"text\" : \"what should I do now?\"").count - 1 == 30)
    }

    @Test func aChangeFromAnotherSessionIsReportedNotOverwritten() throws {
        let database = Self.scratchDatabase()
        _ = try BinaryTests.run(
            BinaryTests.binary, ["--now", "2026-11-26T17:00"], input: "Acme\n",
            environment: ["FOLLOWUP_DB": database])
        let one = try LiveProcess(["--now", "2026-11-26T17:00"], database: database)
        let two = try LiveProcess(["--now", "2026-11-26T17:00"], database: database)
        #expect(one.wait(for: "What role") && two.wait(for: "What role"))
        one.send("Designer")
        #expect(one.wait(for: "When did the interview end"))
        two.send("Engineer")
        #expect(
            two.wait(for: "Designer at Acme was just changed in another followup session, so I reloaded it"),
            "\(two.text)")
        #expect(two.wait(for: "When did the interview end"))
        one.finish()
        two.finish()
        let shown = try BinaryTests.run(BinaryTests.binary, ["list"], environment: ["FOLLOWUP_DB": database])
        #expect(shown.output.contains("#1  Designer at Acme"))
    }
}
