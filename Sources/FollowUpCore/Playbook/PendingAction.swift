import Foundation

/// One thing to do for one application: a step, for whom, by when, and why.
public struct PendingAction: Equatable, Sendable {
    public var step: StepID
    /// The day it falls on: today or later while due, the day it was due when overdue.
    public var day: Day
    /// The exact moment it is due, for steps with an hour (the thank-you notes).
    public var deadline: Date?
    /// `due`, `overdue` or `upcoming`.
    public var status: PlanStep.Status
    /// The people it concerns, by name.
    public var people: [String]
    /// What to do, in one short line.
    public var action: String

    /// Why the step matters, here.
    public var reason: String

    public init(
        step: StepID, day: Day, deadline: Date?, status: PlanStep.Status, people: [String], action: String,
        reason: String? = nil
    ) {
        self.step = step
        self.day = day
        self.deadline = deadline
        self.status = status
        self.people = people
        self.action = action
        self.reason = reason ?? step.reason
    }

    /// Why to let go of a chain whose day to let go came with a follow-up never reported.
    public static let lapsedReason =
        "Weeks have passed without word from them: your time is better spent on other openings, and a late answer is still welcome."

    /// Overdue first, then due, then upcoming, each by the day it is due (oldest first); on one
    /// day a message before a calendar note, which is advice; ties keep playbook order.
    public static func precedes(_ a: PendingAction, _ b: PendingAction) -> Bool {
        (a.rank, a.day, a.step.isCalendarNote ? 1 : 0, a.order) < (
            b.rank, b.day, b.step.isCalendarNote ? 1 : 0, b.order
        )
    }

    private var rank: Int {
        switch status {
        case .overdue: 0
        case .due: 1
        default: 2
        }
    }

    private var order: Int {
        StepID.allCases.firstIndex(of: step) ?? 0
    }
}
