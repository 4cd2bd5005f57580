import Foundation

/// "Sorry, it was Tuesday not Thursday" during the walkthrough: the interview's day moved.
extension Exchange {
    /// The day `line` puts right: while the walkthrough is on and not asking for a day, or at
    /// any time when the day it says it was not is the interview's ("Tuesday not Thursday").
    func interviewDayCorrection(in line: String) -> DateMention? {
        guard ![Question.whichDay, .interviewEnd, .timeFrame].contains(where: { $0 == state.question }) else {
            return nil
        }
        let reader = DayCorrection(calendar: calendar)
        guard
            nextWalkthroughQuestion != nil
                || (app.interviewEnd != nil && reader.daysDenied(in: line, now: now).contains(interviewDay))
        else { return nil }
        return reader.day(in: line, now: now)
    }

    /// Moves the interview's end to the day said, at the time given or the time already known;
    /// with no end known yet, the day answers that question.
    mutating func moveInterviewDay(to day: DateMention, line: String) {
        guard let end = app.interviewEnd, let moment = day.start else {
            return answer(.interviewEnd, line: day.text, words: Words(day.text))
        }
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
