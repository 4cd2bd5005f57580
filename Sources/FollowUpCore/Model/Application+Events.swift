/// The one place where events change an application, for the chat and the subcommands alike.
extension Application {
    /// What an event recorded: the step it completed, and the people it concerned.
    public struct Recorded: Equatable, Sendable {
        public var step: StepID?
        public var people: [Contact] = []

        public init(step: StepID? = nil, people: [Contact] = []) {
            self.step = step
            self.people = people
        }
    }

    /// Applies `event`, which happened on `day`.
    @discardableResult
    public mutating func apply(_ event: ApplicationEvent, on day: Day) throws(RecordingError) -> Recorded {
        switch event {
        case let .thankYouSent(people):
            return try thank(people, on: day)
        case .reminderAdded:
            let step: StepID = isDone(.firstFollowUp) ? .scheduleSecondFollowUp : .scheduleFirstFollowUp
            records[step] = StepRecord(.done, on: day)
            return Recorded(step: step)
        case let .followedUp(person):
            guard let step = [StepID.firstFollowUp, .secondFollowUp].first(where: { !isDone($0) }) else {
                throw .noFollowUpLeft
            }
            if let person {
                guard let index = contacts.firstIndex(where: { $0.id == person }) else {
                    throw .noContactNumbered(person)
                }
                contacts.insert(contacts.remove(at: index), at: 0)
            }
            records[step] = StepRecord(.done, on: day)
            return Recorded(step: step, people: mainContact.map { [$0] } ?? [])
        case let .stepDone(step, contact):
            return try markDone(step, contact: contact, on: day)
        case let .employerAnswered(outcome):
            self.outcome = outcome
            // Their answer ends the wait for a decision: a day from before is no day of the answer's.
            waitUntil = nil
            roundIsTakeHome = nil
            roundMinute = nil
            if outcome == .rejected { closure = Closure(reason: .rejected, on: day) }
        case let .nextRoundOn(day, minute):
            waitUntil = day
            roundMinute = minute
        case let .employerStillDeciding(until), let .offerAnswerDue(until):
            waitUntil = until
            roundMinute = nil
        case .takeHomeAsked:
            roundIsTakeHome = true
        case let .referencesSent(until):
            // References go out once they have asked for them, on an application still open.
            guard outcome == .references, closure == nil else { throw .referencesNotAsked }
            waitUntil = until
        case .employerAskedAboutNextSteps:
            if declining != nil { declining?.askedOn = day }
        case .candidateLostInterest:
            // An offer in hand has asked already: turning it down is answered now.
            if declining == nil { declining = Declining(since: day, askedOn: outcome == .offer ? day : nil) }
        case .candidateHasAnotherOffer:
            if declining == nil { declining = Declining(since: day) }
            declining?.withOfferElsewhere = true
        case .candidateCameBack:
            declining = nil
            waitUntil = max(waitUntil ?? day, day)
        case .declineSent:
            if declining == nil { declining = Declining(since: day, askedOn: day) }
            records[.declinePolitely] = StepRecord(.done, on: day)
            // Closed already as withdrawn or another offer taken, it stays so.
            closure = closure ?? Closure(reason: .declined, on: day)
            return Recorded(step: .declinePolitely)
        case let .closed(reason):
            if let closure, closure.reason != reason { throw .alreadyClosed(closure.reason) }
            closure = Closure(reason: reason, on: day)
        case let .interviewMoved(end):
            interviewEnd = end
            for step in StepID.atInterview where records[step] != nil { records[step]?.on = day }
        case let .dayCorrected(from, to):
            for (step, record) in records where record.on == from { records[step]?.on = to }
            for index in contacts.indices where contacts[index].thankedOn == from { contacts[index].thankedOn = to }
        case let .followUpsGoTo(id):
            guard let index = contacts.firstIndex(where: { $0.id == id }) else { throw .noContactNumbered(id) }
            contacts.insert(contacts.remove(at: index), at: 0)
            return Recorded(people: [contacts[0]])
        case let .thankYouTakenBack(ids):
            let taken = contacts.indices.filter { ids.isEmpty || ids.contains(contacts[$0].id) }
            for index in taken { contacts[index].thankedOn = nil }
            if !contactsAwaitingThanks.isEmpty { records[.sendThankYou] = nil }
            return Recorded(step: .sendThankYou, people: taken.map { contacts[$0] })
        case let .contactRemoved(id):
            guard let person = contacts.first(where: { $0.id == id }) else { throw .noContactNumbered(id) }
            contacts.removeAll { $0.id == id }
            // Everyone left was thanked already: the notes are done.
            if !isDone(.sendThankYou), contactsAwaitingThanks.isEmpty, let last = contacts.compactMap(\.thankedOn).max()
            {
                records[.sendThankYou] = StepRecord(.done, on: last)
            }
            return Recorded(people: [person])
        case let .nextInterviewEnded(end):
            var next = Application()
            next.company = company
            next.role = role
            next.interviewEnd = end
            next.contacts = contacts.map { contact in
                var person = Contact(name: contact.name, role: contact.role)
                person.id = contact.id
                person.email = contact.email
                person.phone = contact.phone
                person.hasDetails = contact.hasDetails
                return person
            }
            self = next
        }
        return Recorded()
    }

    /// The contact `name` means, ignoring case: their whole name, else their first name, else
    /// their role ("the recruiter", or "recruiter").
    public func contact(named name: String) -> Contact? {
        let wanted = name.lowercased().trimmingCharacters(in: .whitespaces)
        let role = wanted.hasPrefix("the ") ? String(wanted.dropFirst(4)) : wanted
        return contacts.first { $0.name.lowercased() == wanted }
            ?? contacts.first { $0.firstName.lowercased() == wanted }
            ?? contacts.first { !role.isEmpty && $0.role?.lowercased() == role }
    }

    /// The numbers of the people `names` mean (see `contact(named:)`): where what the user
    /// typed becomes people, for the chat and the subcommands alike.
    public func contactIDs(named names: [String]) throws(RecordingError) -> [Contact.ID] {
        var ids: [Contact.ID] = []
        for name in names {
            guard let known = contact(named: name) else { throw .unknownContact(name, known: contacts.map(\.name)) }
            ids.append(known.id)
        }
        return ids
    }

    /// Marks notes to the people numbered `ids` as sent (everyone waiting when empty); the
    /// step is done once every person has had one.
    private mutating func thank(_ ids: [Contact.ID], on day: Day) throws(RecordingError) -> Recorded {
        var chosen: [Contact] = []
        for id in ids {
            guard let known = contacts.first(where: { $0.id == id }) else { throw .noContactNumbered(id) }
            chosen.append(known)
        }
        let sent = ids.isEmpty ? contactsAwaitingThanks : chosen.filter { $0.thankedOn == nil }
        for index in contacts.indices where sent.contains(where: { $0.id == contacts[index].id }) {
            contacts[index].thankedOn = day
        }
        guard contactsAwaitingThanks.isEmpty else { return Recorded(people: sent) }
        records[.sendThankYou] = StepRecord(.done, on: contacts.compactMap(\.thankedOn).max() ?? day)
        return Recorded(step: .sendThankYou, people: sent)
    }

    /// Records `step` by its id, as `followup done` does.
    private mutating func markDone(_ step: StepID, contact: Contact.ID?, on day: Day) throws(RecordingError) -> Recorded
    {
        // A follow-up told without saying which (the chat's "I followed up") is the first one
        // still open; one named whose earlier step is open is refused, never guessed.
        if let earlier = step.comesAfter, !isDone(earlier) { throw .earlierStepOpen(step, earlier) }
        switch step {
        case .sendThankYou:
            return try thank(contact.map { [$0] } ?? [], on: day)
        case .declineThank, .declineWait:
            guard declining != nil else { throw .notDeclining(step) }
            if step == .declineWait { declining?.askedOn = day } else { records[step] = StepRecord(.done, on: day) }
        case .declinePolitely:
            return try apply(.declineSent, on: day)
        case .moveOn:
            return try apply(.closed(.movedOn), on: day)
        default:
            records[step] = StepRecord(.done, on: day)
        }
        return Recorded(step: step)
    }
}

/// Why an event could not be recorded.
public enum RecordingError: Error, Equatable, CustomStringConvertible {
    case unknownContact(String, known: [String])
    case noContactNumbered(Contact.ID)
    case notDeclining(StepID)
    case noFollowUpLeft
    case alreadyClosed(Closure.Reason)
    case earlierStepOpen(StepID, StepID)
    case referencesNotAsked

    public var description: String {
        switch self {
        case let .unknownContact(name, known):
            known.isEmpty
                ? "no contact named \"\(name)\": nobody is recorded for this application"
                : "no contact named \"\(name)\"; known: \(known.joined(separator: ", "))"
        case let .noContactNumbered(id):
            "no contact has number \(id) in this application"
        case let .notDeclining(step):
            "\(step.rawValue) belongs to the decline path, and this application is not on it"
        case .noFollowUpLeft:
            "both follow-ups are already recorded; the playbook stops at two"
        case let .alreadyClosed(reason):
            "it is already closed (\(reason.spoken)); a closed application keeps its reason"
        case .referencesNotAsked:
            "they have not asked for references, so nothing was recorded; when they do, record their request first with followup heard APP --outcome references"
        case let .earlierStepOpen(step, earlier):
            "\(step.rawValue) comes after \(earlier.rawValue), which is not recorded yet, so nothing was recorded. Record \(earlier.rawValue) first (with --on for the day it went out)\(step == .secondFollowUp ? "; if only one follow-up went out, it is \(earlier.rawValue)" : ", then this one")"
        }
    }
}
