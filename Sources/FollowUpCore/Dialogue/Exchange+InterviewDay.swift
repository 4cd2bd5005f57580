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
        guard app.interviewEnd != nil, day.start != nil else {
            return answer(.interviewEnd, line: day.text, words: Words(day.text))
        }
        checkpoint(line)
        moveInterview(to: day)
        reaskOrOffer()
    }

    /// Moves the interview's end to the day `mention` means (see `interviewDay(in:)`), at its
    /// time or the time already known, and says what that changes.
    mutating func moveInterview(to mention: DateMention) {
        guard let end = app.interviewEnd, let moment = mention.start else { return }
        let known = calendar.dateComponents([.hour, .minute], from: end)
        let date = interviewDay(in: mention).at(
            hour: moment.hour ?? known.hour ?? 17, minute: moment.hour == nil ? known.minute ?? 0 : moment.minute ?? 0,
            in: calendar)
        let before = app
        sayInterviewEnded(min(date, now))
        announceDateChanges(from: before)
    }

    /// The day a correction of the interview means by `mention`. A weekday alone ("it was
    /// wednesday") is the nearer of its readings to the interview's day already known; when that
    /// is more than a few days off it, or after a note or follow-up went out, it is the same
    /// weekday nearest the interview's day, and never after today or those. Any other day is as said.
    func interviewDay(in mention: DateMention) -> Day {
        let readings = [mention.start?.day, mention.alternative?.day].compactMap { $0 }
        let known = interviewDay
        guard app.interviewEnd != nil, DayCorrection.namesWeekdayAlone(mention.text),
            let read = readings.min(by: {
                abs(known.days(until: $0, in: calendar)) < abs(known.days(until: $1, in: calendar))
            })
        else { return readings.first ?? known }
        let sent =
            app.records.filter { !StepID.atInterview.contains($0.key) && $0.value.status == .done }.compactMap(
                \.value.on)
            + app.contacts.compactMap(\.thankedOn)
        let latest = min(today, sent.min() ?? today)
        if read <= latest, abs(known.days(until: read, in: calendar)) <= Self.weekdaySlack { return read }
        var offset = (read.weekday(in: calendar) - known.weekday(in: calendar) + 7) % 7
        if offset > 3 { offset -= 7 }
        var nearest = known.adding(days: offset, in: calendar)
        while nearest > latest { nearest = nearest.adding(days: -7, in: calendar) }
        return nearest
    }

    /// How many days a weekday put right may fall from the interview's day known and still be read as said.
    static let weekdaySlack = 4

    /// Sets when the interview ended and says it, with the thank-you deadline that follows.
    mutating func sayInterviewEnded(_ end: Date) {
        // An interview moved after the fact takes the steps of its room along with it.
        _ = try? app.apply(.interviewMoved(to: end), on: Day(end, in: calendar))
        say(
            "Changed: the interview ended \(text.moment(end)). Thank-you deadline: \(text.moment(schedule.thankYouDeadline(interviewEnd: end)))."
        )
    }
}
