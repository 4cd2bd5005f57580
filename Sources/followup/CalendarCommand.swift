import ArgumentParser
import FollowUpCore
import Foundation

/// `followup calendar`: every reminder as an iCalendar file.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "Write your reminders as an iCalendar (.ics) file to import into a calendar.",
        discussion: """
            One event per thank-you deadline, first and second follow-up and "let go" check, and \
            one for the day of a next round or of the answer an offer asks for, each with an alarm and a description of what to do and why. Import the file again after a \
            change: events keep their identity, so they are updated rather than copied, and \
            reminders that no longer apply (done, or the application closed) are cancelled.
            """)

    @OptionGroup var options: CommonOptions

    @Option(
        name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        try Failure.reporting {
            let now = try options.clock().now()
            let store = try options.store()
            let entries = try store.all().map {
                ReminderCalendar.Entry(id: $0.id, version: $0.version, application: $0.application)
            }
            let reminders = ReminderCalendar(calendar: options.calendar, holidays: store.planner.schedule.holidays)
            try OutputFile.save(Data(reminders.document(for: entries, now: now).utf8), to: output)
        }
    }
}
