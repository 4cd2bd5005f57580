import FollowUpCore

/// One line's worth of an application, for lists and completion.
public struct ApplicationSummary: Equatable, Sendable {
    public var id: Int64
    public var company: String?
    public var role: String?
    /// The phase: a stage id, or "answered:offer", "closed:withdrew".
    public var phase: String
    /// The day of the next pending step, if any.
    public var nextDay: Day?
    /// The day the employer said they need, or the next round's day (`Application.waitUntil`).
    public var waitUntil: Day?
    public var isClosed: Bool
    /// Whether the next round they asked for is a take-home (`Application.roundIsTakeHome`).
    public var roundIsTakeHome = false
    /// The minute of the day the next round starts, when they said (`Application.roundMinute`).
    public var roundMinute: Int? = nil

    /// "Product Designer at Acme".
    public var title: String {
        var app = Application()
        app.company = company
        app.role = role
        return app.title
    }
}
