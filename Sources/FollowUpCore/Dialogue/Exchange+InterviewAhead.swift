import Foundation

/// An interview told of before it happens ("i have an interview tomorrow at 3"): its day is kept
/// ahead, what the line tells of the company, the role and the people is taken, and the
/// follow-up is planned once it is over.
extension Exchange {
    /// Whether an interview still to come is known and not over at this moment.
    var interviewStillAhead: Bool {
        guard app.interviewEnd == nil, let ahead = state.interviewAhead else { return false }
        return now < ahead.over(in: calendar)
    }

    /// Takes the interview ahead that `line` tells of while the walkthrough asks about the
    /// interview; false when the line tells of none. Once one is known, any day ahead moves it:
    /// "oops i meant thursday" keeps the time said before.
    mutating func takeInterviewAhead(_ line: String, words: Words, asked: Question?) -> Bool {
        guard app.interviewEnd == nil else { return false }
        guard
            let start = ComingInterview.moment(
                in: line, words: words, calendar: calendar, now: now,
                cued: !interviewStillAhead && state.interviewAheadUndated != true)
        else {
            // "it hasnt happened yet", with no day: nothing is recorded, and its day is asked.
            guard state.interviewAhead == nil, asked == .interviewEnd, ComingInterview.says(words) else { return false }
            state.interviewAheadUndated = true
            say(
                "No problem: nothing has ended yet, so I won't record a time. When is it? For example \"thursday at 3\"; I'll plan the follow-up once it's over."
            )
            return true
        }
        checkpoint(line)
        state.interviewAheadUndated = nil
        let before = state.interviewAhead
        let keepsTime = start.hour == nil && before.map { $0.day != start.day } == true
        state.interviewAhead = InterviewAhead(
            day: start.day, hour: keepsTime ? before?.hour : start.hour,
            minute: keepsTime ? before?.minute : start.minute)
        var noted: [String] = []
        let intro =
            asked == .company
            ? IntroReader(calendar: calendar).readAsCompanyAnswer(line, now: now)
            : IntroReader(calendar: calendar).read(line, now: now)
        if app.company == nil, let company = intro.company {
            app.company = company
            noted.append(company)
        }
        if app.role == nil, let role = intro.role {
            app.role = role
            noted.append(role)
        }
        if app.contacts.isEmpty, !intro.people.isEmpty {
            app.meet(intro.people)
            noted.append(Application.joined(intro.people.map(\.described)))
        }
        if !noted.isEmpty { say("Noted: \(noted.joined(separator: ", ")).") }
        let when = state.interviewAhead.map { $0.spoken(text) } ?? ""
        // Said again, the day stands: the question after it says it.
        if let before, before != state.interviewAhead {
            say("Changed: \(when), not \(before.spoken(text)).")
        } else if before == nil {
            say(
                "So the interview is still to come, \(when): good luck! I'll plan the thank-you notes and follow-ups once it's over."
            )
        }
        state.question = nil
        advance()
        return true
    }

    /// Said while the interview is still ahead, for "what now" and the like.
    var aheadAdvice: String? {
        guard interviewStillAhead, let ahead = state.interviewAhead else { return nil }
        return
            "Nothing to send yet: your interview is \(ahead.spoken(text)). Come back once it's over and tell me when it ended; I'll plan the thank-you notes and follow-ups from there."
    }
}
