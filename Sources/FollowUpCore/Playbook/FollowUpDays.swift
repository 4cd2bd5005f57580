import Foundation

/// The days an application's chain falls on, as seen at one moment.
///
/// A follow-up that is done keeps the day it happened; one still to come keeps the day of the
/// chain followed on time until a report moves it: the clock alone never does.
public struct FollowUpDays: Equatable, Sendable {
    /// Exactly 24 hours after the interview ended.
    public var thankYouDeadline: Date
    /// The last day of the employer's time frame (or of the one assumed).
    public var timeFrameEnd: Day
    /// The first follow-up: its day, or the day it happened.
    public var first: Day
    /// The second follow-up: a week after the first happened (or was due), never before the first was due.
    public var second: Day
    /// The day to let go if nothing has come.
    public var letGo: Day
    /// The last day a late thank-you note is still worth sending on its own.
    public var lastDayForThanks: Day
    /// Whether the chain has lapsed: its day to let go has come with a follow-up never reported.
    /// The follow-ups are no longer asked for, and letting go is due.
    public var hasLapsed = false
}
