/// Recording what the candidate did, shared by the chat and the `done` command.
extension Application {
    /// The contact whose name or first name is `name`, ignoring case.
    public func contact(named name: String) -> Contact? {
        let wanted = name.lowercased().trimmingCharacters(in: .whitespaces)
        return contacts.first { $0.name.lowercased() == wanted }
            ?? contacts.first { $0.firstName.lowercased() == wanted }
    }

    /// Marks thank-you notes to `names` as sent (everyone waiting when empty); the step is done
    /// once every person has had one. Returns who was marked.
    @discardableResult
    public mutating func recordThankYou(to names: [String], on day: Day) -> [Contact] {
        let sent = names.isEmpty ? contactsAwaitingThanks : contactsAwaitingThanks.filter { names.contains($0.name) }
        for index in contacts.indices where sent.contains(where: { $0.name == contacts[index].name }) {
            contacts[index].thankedOn = day
        }
        if contactsAwaitingThanks.isEmpty {
            records[.sendThankYou] = StepRecord(.done, on: contacts.compactMap(\.thankedOn).max() ?? day)
        }
        return sent
    }

    /// Marks the next follow-up as made; returns which one, or nil when both already are.
    public mutating func recordFollowUp(on day: Day) -> StepID? {
        for step in [StepID.firstFollowUp, .secondFollowUp] where !isDone(step) {
            records[step] = StepRecord(.done, on: day)
            return step
        }
        return nil
    }

    /// Marks the reminder for the next follow-up as set; returns which one.
    @discardableResult
    public mutating func recordReminder(on day: Day) -> StepID {
        let step: StepID = isDone(.firstFollowUp) ? .scheduleSecondFollowUp : .scheduleFirstFollowUp
        records[step] = StepRecord(.done, on: day)
        return step
    }

    /// Switches to the decline path, if not on it already.
    public mutating func decline(on day: Day) {
        if declining == nil { declining = Declining(since: day) }
    }

    /// Records `step` as done on `day`; for `send-thank-you`, for one `contact` or for everyone.
    public mutating func markDone(_ step: StepID, contact: String?, on day: Day) throws(RecordingError) {
        var chosen: Contact?
        if let contact {
            guard let known = self.contact(named: contact) else {
                throw .unknownContact(contact, known: contacts.map(\.name))
            }
            chosen = known
        }
        switch step {
        case .sendThankYou:
            recordThankYou(to: chosen.map { [$0.name] } ?? [], on: day)
        case .declinePolitely, .declineThank, .declineWait:
            guard declining != nil else { throw .notDeclining(step) }
            if step == .declineWait { declining?.askedOn = day } else { records[step] = StepRecord(.done, on: day) }
        default:
            records[step] = StepRecord(.done, on: day)
        }
    }
}

/// Why a step could not be recorded.
public enum RecordingError: Error, Equatable, CustomStringConvertible {
    case unknownContact(String, known: [String])
    case notDeclining(StepID)

    public var description: String {
        switch self {
        case let .unknownContact(name, known):
            known.isEmpty ? "no contact named \"\(name)\": nobody is recorded for this application"
                : "no contact named \"\(name)\"; known: \(known.joined(separator: ", "))"
        case let .notDeclining(step):
            "\(step.rawValue) belongs to the decline path, and this application is not on it"
        }
    }
}
