import Foundation

/// "Did I thank Greg?": what is recorded, said back from the application and its plan.
extension Exchange {
    /// Says what is recorded for the people `line` names (everyone when it names nobody): their
    /// thank-you notes, then the follow-ups.
    mutating func recall(line: String) {
        guard let plan, let days else {
            say("Nothing is recorded yet: first a few facts about the interview.")
            return reaskOrOffer()
        }
        let words = Words(line)
        // "did i already put the reminder in?": the calendar note for the next follow-up alone.
        if words.hasAny(["reminder", "calendar", "cal"]) {
            let note: StepID = app.isDone(.firstFollowUp) ? .scheduleSecondFollowUp : .scheduleFirstFollowUp
            let day = note == .scheduleFirstFollowUp ? days.first : days.second
            say(
                app.records[note].flatMap(\.on).map { "Yes: \(text.day(day)) went into your calendar \(text.day($0))." }
                    ?? "Not that I have: no calendar note for \(text.day(day)) is recorded. Tell me once it's in.")
            return reaskOrOffer()
        }
        let named = app.contacts.filter { words.has($0.firstName.lowercased()) }
        var lines: [String] = []
        for person in named.isEmpty ? app.contacts : named {
            lines.append(
                person.thankedOn.map { "your thank-you to \(person.spoken) went out \(text.day($0))" }
                    ?? "no thank-you to \(person.spoken) is recorded")
        }
        for step in [StepID.firstFollowUp, .secondFollowUp] {
            guard let planned = plan.step(step), planned.status != .cancelled, let day = planned.day else { continue }
            let name = step == .firstFollowUp ? "the first follow-up" : "the second follow-up"
            switch planned.status {
            case .done: lines.append("\(name) was done \(text.day(day))")
            case .upcoming: lines.append("\(name) is still to come, on \(text.day(day))")
            default: lines.append("\(name) is not recorded (its day: \(text.day(day)))")
            }
            if planned.status != .done { break }
        }
        guard let first = lines.first else { return reaskOrOffer() }
        let rest = lines.dropFirst()
        say(
            "Here's what I have: \(first)\(rest.isEmpty ? "" : "; " + rest.joined(separator: "; ")). If something went out that I don't have, tell me (\"sent the thank-you on Friday\")."
        )
        reaskOrOffer()
    }
}
