import FollowUpCore

extension CommonOptions {
    /// Applies `events` in order to the application `query` names, through the same core code
    /// as the chat, saves it with `command` in its log, and prints what `message` says of the
    /// result (what the last event recorded).
    func record(
        _ events: ApplicationEvent..., in query: String, command: String, on day: Day? = nil,
        message: (Application, Application.Recorded, Day) -> String
    ) throws {
        try record(in: query, command: command, on: day, events: { _ in events }, message: message)
    }

    /// Applies the events `events` makes of the application as it stands (where a name typed
    /// becomes a person's number), as `record(_:in:command:on:message:)` does.
    func record(
        in query: String, command: String, on day: Day? = nil,
        events: (Application) throws(RecordingError) -> [ApplicationEvent],
        message: (Application, Application.Recorded, Day) -> String
    ) throws {
        try update(query, command: command) { app, today in
            do {
                var recorded = Application.Recorded()
                for event in try events(app) { recorded = try app.apply(event, on: day ?? today) }
                return message(app, recorded, day ?? today)
            } catch let error as RecordingError {
                throw Failure.recording(error)
            }
        }
    }
}
