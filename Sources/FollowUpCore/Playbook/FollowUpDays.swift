import Foundation

/// The days an application's chain falls on, as seen at one moment.
///
/// A follow-up that is done keeps the day it happened; one still to come is never placed
/// before today, so a late step pushes the ones after it instead of leaving them in the past.
public struct FollowUpDays: Equatable, Sendable {
    /// Exactly 24 hours after the interview ended.
    public var thankYouDeadline: Date
    /// The last day of the employer's time frame (or of the one assumed).
    public var timeFrameEnd: Day
    /// The first follow-up: its day, or the day it happened.
    public var first: Day
    /// The second follow-up: a week after the first happened (or from today while the first is late).
    public var second: Day
    /// The day to let go if nothing has come.
    public var letGo: Day
    /// The last day a late thank-you note is still worth sending on its own.
    public var lastDayForThanks: Day
    /// Whether the chain has lapsed: weeks past the day to let go, with a follow-up never
    /// reported. Its days stop moving, the follow-ups are no longer asked for, and letting go is due.
    public var hasLapsed = false
}
