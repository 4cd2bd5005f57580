import Foundation
import Testing

@testable import FollowUpCore

/// The table of slash commands is the one source for /help, Tab and the README.
struct SlashCommandTests {
    @Test func everyCommandIsInHelpAndTheReadme() throws {
        let coach = Coach(calendar: ScheduleTests.calendar("America/New_York"))
        let help = coach.respond(to: "/help", in: Conversation.resumed, now: Date()).replies.joined(separator: "\n")
        let readme = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md"),
            encoding: .utf8)
        for command in SlashCommand.allCases {
            #expect(help.contains("  \(command.name) "), "/help lacks \(command.name)")
            #expect(readme.contains("`\(command.name)"), "the README lacks \(command.name)")
            #expect(Coach.commandNames.contains(command.name))
        }
    }

    @Test func aLineIsReadAsItsCommandAndArgument() {
        #expect(SlashCommand.parse("/close withdrew")! == (.close, "withdrew"))
        #expect(SlashCommand.parse("  /LIST all ")! == (.list, "all"))
        #expect(SlashCommand.parse("/exit")?.command == .quit)
        #expect(SlashCommand.parse("/nonsense") == nil)
        #expect(SlashCommand.parse("plan") == nil)
    }
}
