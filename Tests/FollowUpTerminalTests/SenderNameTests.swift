import Foundation
import Testing

/// `followup config name` and the drafts signed with it, through the real binary.
struct SenderNameTests {
    let database = ProcessTests.scratchDatabase()

    func followup(_ arguments: [String], input: String = "") throws -> BinaryTests.Run {
        try BinaryTests.run(BinaryTests.binary, arguments, input: input, environment: ["FOLLOWUP_DB": database])
    }

    @Test func theNameIsShownSetTrimmedAndForgotten() throws {
        #expect(try followup(["config", "name"]).output.hasPrefix("No name is set: drafts end with [your name]."))
        let set = try followup(["config", "name", "  Sam Ortiz "])
        #expect(set.status == 0 && set.output == "Drafts are signed Sam Ortiz, as you set it.\n")
        #expect(try followup(["config", "name"]).output == "Drafts are signed Sam Ortiz, as you set it.\n")
        #expect(try followup(["config", "name", "--unset"]).output.hasPrefix("No name is set"))
    }

    @Test func anEmptyOrUnprintableNameIsRefused() throws {
        for (name, said) in [("  ", "the name is empty"), ("Sam\u{1B}[31m", "control or invisible character")] {
            let run = try followup(["config", "name", name])
            #expect(run.status == 64)
            #expect(run.error.contains(said))
        }
        #expect(try followup(["config", "name", "--unset", "Sam"]).status == 64)
        #expect(try followup(["config", "name"]).output.hasPrefix("No name is set"))
    }

    @Test func draftsInTheChatAndOutsideAreSignedWithTheName() throws {
        let chat = "Acme\nDesigner\njust now\nSarah Lee, hiring manager\nyes\nyes, a week\n"
        #expect(try followup(["--now", "2026-11-26T17:00"], input: chat).status == 0)
        let draft = ["draft", "acme", "first-follow-up", "--form", "phone", "--now", "2026-11-26T17:30"]
        #expect(try followup(draft).output.hasPrefix("Hello Sarah, this is [your name]."))
        #expect(try followup(["config", "name", "Sam Ortiz"]).status == 0)
        #expect(try followup(draft).output.hasPrefix("Hello Sarah, this is Sam Ortiz."))
        let thanks = try followup(["draft", "acme", "thank-you", "--now", "2026-11-26T17:30"]).output
        #expect(thanks.hasSuffix("With best regards,\nSam Ortiz\n"))
        let inChat = try followup(["--now", "2026-11-26T17:30"], input: "/draft\nskip\nmake it shorter\n").output
        #expect(inChat.contains("  With best regards,\n  Sam Ortiz\n"))
        #expect(inChat.contains("They are signed Sam Ortiz; followup config name changes that."))
    }

    @Test func aNameToldInTheChatIsKeptAsTheSetting() throws {
        let chat = "Acme\nDesigner\njust now\nSarah Lee, hiring manager\nyes\nyes, a week\nsign it as sam lee\n"
        let run = try followup(["--now", "2026-11-26T17:00"], input: chat)
        #expect(run.output.contains("Got it: I'll sign your drafts Sam Lee from now on."))
        #expect(try followup(["config", "name"]).output == "Drafts are signed Sam Lee, as you set it.\n")
        let draft = try followup(["draft", "acme", "thank-you", "--now", "2026-11-26T17:30"]).output
        #expect(draft.hasSuffix("With best regards,\nSam Lee\n"))
    }
}
