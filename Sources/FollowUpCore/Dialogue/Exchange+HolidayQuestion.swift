extension Exchange {
    /// Words that ask whether a day is a day off.
    static let holidayWords: Phrases = [
        "holiday", "holidays", "public holiday", "bank holiday", "stat holiday", "day off", "days off",
    ]

    /// Answers "why the 28th, isnt that a public holiday": whether the day named is a holiday
    /// in the user's region, and what the plan does about it; false when the line asks no such thing.
    mutating func answerHolidayQuestion(_ line: String) -> Bool {
        let words = Words(line)
        let named =
            words.hasAny(phrases: Self.holidayWords)
            ? DateFinder(calendar: calendar).mentions(in: line, reference: now).compactMap { $0.start?.day } : []
        // "why the 29th? isnt monday the 28th a public holiday": the day asked about is the holiday.
        guard let day = named.first(where: { coach.holidays.holiday(on: $0) != nil }) ?? named.last else {
            return false
        }
        let region = coach.holidays.region
        guard region != .none else {
            say(
                "I don't know your region's holidays yet, so only weekends move a follow-up. Set it with followup config region (for example AU or GB) and I'll move follow-ups off its public holidays."
            )
            reaskOrOffer()
            return true
        }
        let onIt = plan?.steps.first { $0.day == day && $0.status.isPending }
        if let holiday = coach.holidays.holiday(on: day) {
            let after = plan?.steps.first {
                ($0.day.map { $0 > day } ?? false) && $0.status.isPending
                    && [.firstFollowUp, .secondFollowUp, .moveOn].contains($0.step)
            }
            let done =
                onIt == nil
                ? "Follow-ups move off public holidays, so nothing of your plan is on it"
                    + (after?.day.map { "; the next step is on \(text.day($0))." } ?? ".")
                : "That day is in your plan, so move it to the next working day if you prefer."
            say("Yes: \(text.day(day)) is \(holiday.name) in \(region.name). \(done)")
        } else {
            say(
                "No: \(text.day(day)) isn't a public holiday in \(region.name), so \(onIt == nil ? "nothing moves" : "it stays as it is")."
            )
        }
        reaskOrOffer()
        return true
    }
}
