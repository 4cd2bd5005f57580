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

    /// Why to let go of a chain left unreported: no follow-up is known to have gone out.
    public static let lapsedReason =
        "Weeks have passed without word from them and no follow-up was reported: your time is better spent on other openings, and a late answer is still welcome."

    /// Overdue first (oldest first), then due (by its day), then upcoming (soonest first); ties keep
    /// playbook order.
    public static func precedes(_ a: PendingAction, _ b: PendingAction) -> Bool {
        (a.rank, a.day, a.order) < (b.rank, b.day, b.order)
    }

    /// Overdue first, then due; a calendar note (due today, being advice) after any message that is due.
    private var rank: Int {
        switch status {
        case .overdue: 0
        case .due where [.scheduleFirstFollowUp, .scheduleSecondFollowUp].contains(step): 2
        case .due: 1
        default: 3
        }
    }

    private var order: Int {
        StepID.allCases.firstIndex(of: step) ?? 0
    }
}
