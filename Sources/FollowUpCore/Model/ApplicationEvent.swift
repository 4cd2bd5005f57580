import Foundation

/// Something that happened to an application, named for what happened.
///
/// The chat and the subcommands turn what the user reports into events; `Application.apply`
/// is the one piece of code that changes an application for them, so the same event gives
/// the same state by either road.
public enum ApplicationEvent: Equatable, Sendable {
    /// Thank-you notes went out to the people with these numbers (to everyone still waiting
    /// for one when empty).
    case thankYouSent(to: [Contact.ID])
    /// The calendar note for the next follow-up is in.
    case reminderAdded
    /// The next follow-up was made, to the person with this number when the user named one:
    /// from then on the follow-ups go to them.
    case followedUp(to: Contact.ID? = nil)
    /// A step reported by its id, as `followup done` does, for the person with that number.
    case stepDone(StepID, contact: Contact.ID?)
    /// The employer answered: another round, an offer, a no, or a request for references.
    case employerAnswered(Outcome)
    /// The employer is still deciding and named a new day.
    case employerStillDeciding(until: Day)
    /// The next round, offered or moved, is on this day (the last day of a span like "early
    /// January"), at this minute of the day when they said the hour.
    case nextRoundOn(Day, minute: Int? = nil)
    /// The next round they asked for is a task to do at home: a take-home, a coding test.
    case takeHomeAsked
    /// The employer wants an answer to its offer by this day.
    case offerAnswerDue(Day)
    /// The references they asked for went out; with no word by this day, a short note asking
    /// about their timing is fine.
    case referencesSent(checkIn: Day)
    /// The employer asked about next steps; on the decline path, the moment to decline.
    case employerAskedAboutNextSteps
    /// The candidate is not interested any more: the decline path replaces the follow-ups.
    case candidateLostInterest
    /// The candidate has another offer and bows out of this one without waiting to be asked.
    case candidateHasAnotherOffer
    /// The candidate wants the job again after deciding to decline.
    case candidateCameBack
    /// The polite decline went out.
    case declineSent
    /// The candidate closed the application.
    case closed(Closure.Reason)
    /// Another round took place and ended at this moment: its own steps start, with the same
    /// company, role and people.
    case nextInterviewEnded(Date)
    /// The interview was told wrongly: it ended at this moment, and the steps taken in its room
    /// move to the day the event is applied on (that moment's day).
    case interviewMoved(to: Date)
    /// A day told wrongly is put right: every step and note recorded on the first is moved to the second.
    case dayCorrected(from: Day, to: Day)
    /// The candidate chose who the follow-ups go to: the person with this number.
    case followUpsGoTo(Contact.ID)
    /// Someone met is no one to write to: their notes and follow-ups go.
    case contactRemoved(Contact.ID)
    /// A thank-you note told as sent never went out, to the people with these numbers (to
    /// everyone when empty): it is to write again.
    case thankYouTakenBack(from: [Contact.ID])
}
