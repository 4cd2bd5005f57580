import FollowUpCore

extension CommonOptions {
    /// Applies `events` in order to the application `query` names, through the same core code
    /// as the chat, saves it with `command` in its log, and prints what `message` says of the
    /// result (what the last event recorded).
    func record(
        _ events: ApplicationEvent..., in query: String, command: String, on day: Day? = nil,
        message: (Application, Application.Recorded, Day) -> String
    ) throws {
        try update(query, command: command) { app, today in
            do {
                var recorded = Application.Recorded()
                for event in events { recorded = try app.apply(event, on: day ?? today) }
                return message(app, recorded, day ?? today)
            } catch let error as RecordingError {
                throw Failure.recording(error)
            }
        }
    }
}
