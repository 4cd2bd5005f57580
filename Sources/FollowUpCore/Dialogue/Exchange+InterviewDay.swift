import Foundation

/// "Sorry, it was Tuesday not Thursday" during the walkthrough: the interview's day moved.
extension Exchange {
    /// The day `line` puts right, when the interview's end is known and the walkthrough is on.
    func interviewDayCorrection(in line: String) -> DateMention.Moment? {
        guard app.interviewEnd != nil, nextWalkthroughQuestion != nil, state.question != .whichDay else { return nil }
        return DayCorrection(calendar: calendar).moment(in: line, now: now)
    }

    /// Moves the interview's end to `moment`'s day, at the time given or the time already known.
    mutating func moveInterviewDay(to moment: DateMention.Moment, line: String) {
        guard let end = app.interviewEnd else { return }
        let known = calendar.dateComponents([.hour, .minute], from: end)
        let date = moment.day.at(
            hour: moment.hour ?? known.hour ?? 17, minute: moment.hour == nil ? known.minute ?? 0 : moment.minute ?? 0,
            in: calendar)
        checkpoint(line)
        let before = app
        sayInterviewEnded(min(date, now))
        announceDateChanges(from: before)
        reaskOrOffer()
    }

    /// Sets when the interview ended and says it, with the thank-you deadline that follows.
    mutating func sayInterviewEnded(_ end: Date) {
        app.interviewEnd = end
        say(
            "Changed: the interview ended \(text.moment(end)). Thank-you deadline: \(text.moment(schedule.thankYouDeadline(interviewEnd: end)))."
        )
    }
}
