import Foundation
import Testing

/// `followup done` for steps out of order and for references sent, through the real binary,
/// checked against what `next`, `show` and the chat say.
struct StepOrderTests {
    let database = ProcessTests.scratchDatabase()

    func followup(_ arguments: [String], input: String = "") throws -> BinaryTests.Run {
        try BinaryTests.run(BinaryTests.binary, arguments, input: input, environment: ["FOLLOWUP_DB": database])
    }

    /// Acme, with a week as their time frame and the thank-you note sent.
    func acme() throws {
        let chat = "Acme\nDesigner\njust now\nSarah Lee, hiring manager\nyes\nyes, a week\nI sent the thank-you note\n"
        #expect(try followup(["--now", "2026-11-26T17:00"], input: chat).status == 0)
    }

    @Test func theSecondFollowUpIsRefusedWhileTheFirstIsOpenNamingIt() throws {
        try acme()
        let before = try followup(["export", "--now", "2026-12-10T09:00"]).output
        for step in ["second-follow-up", "schedule-second-follow-up"] {
            let run = try followup(["done", "acme", step, "--now", "2026-12-10T09:00"])
            #expect(run.status == 65)
            #expect(run.error.hasPrefix("followup: \(step) comes after first-follow-up, which is not recorded yet"))
            #expect(run.error.contains("nothing was recorded"))
        }
        #expect(try followup(["export", "--now", "2026-12-10T09:00"]).output == before)
        #expect(try followup(["done", "acme", "first-follow-up", "--now", "2026-12-10T09:00"]).status == 0)
        let second = try followup(["done", "acme", "second-follow-up", "--now", "2026-12-17T09:00"])
        #expect(second.status == 0, "\(second.error)")
    }

    @Test func referencesAreRefusedUntilAskedForThenAgreeEverywhere() throws {
        try acme()
        let early = try followup(["done", "acme", "send-references", "--now", "2026-12-02T09:00"])
        #expect(early.status == 65)
        #expect(early.error.contains("they have not asked for references"))
        #expect(try followup(["heard", "acme", "--outcome", "references", "--now", "2026-12-02T09:00"]).status == 0)
        let sent = try followup(["done", "acme", "send-references", "--on", "2026-12-03", "--now", "2026-12-04T09:00"])
        #expect(sent.status == 0, "\(sent.error)")
        #expect(sent.output.contains("recorded send-references on 2026-12-03"))
        #expect(sent.output.contains("if you've heard nothing by Thursday, Dec 10"))
        let next = try followup(["next", "--now", "2026-12-04T10:00"]).output
        #expect(next.contains("your references went out: with no word by Thursday, Dec 10"))
        #expect(
            try followup(["show", "acme", "--now", "2026-12-04T10:00"]).output.contains(
                "counting from Thursday, Dec 10"))
        let chat = try followup(["--now", "2026-12-04T10:00"], input: "what now?\n").output
        #expect(chat.contains("if you've heard nothing by Thursday, Dec 10"))
    }
}
