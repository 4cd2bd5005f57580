/// One thing to do for one application: a step, for whom, by when, and why.
public struct AgendaItem: Equatable, Sendable {
    public var step: StepID
    /// The person it concerns, when it concerns one.
    public var contact: String?
    public var day: Day
    public var status: PlanEntry.Status
    /// What to do, in one short line.
    public var action: String
    public var reason: String

    /// Overdue first (oldest first), then due, then upcoming (soonest first).
    public static func precedes(_ a: AgendaItem, _ b: AgendaItem) -> Bool {
        func rank(_ status: PlanEntry.Status) -> Int { status == .overdue ? 0 : status == .due ? 1 : 2 }
        return (rank(a.status), a.day) < (rank(b.status), b.day)
    }
}
