import Foundation

/// What an application asks of the candidate: its pending steps as dated actions.
public struct Agenda: Sendable {
    public let timeline: Timeline

    public init(calendar: Calendar) {
        timeline = Timeline(calendar: calendar)
    }

    static let actionable: Set<PlanEntry.Status> = [.due, .overdue, .upcoming]

    /// The pending items, in playbook order. Without `all`, only the current stage's items:
    /// steps that are not yet relevant stay hidden.
    public func items(for app: Application, now: Date, all: Bool = false) -> [AgendaItem] {
        guard app.closure == nil, app.outcome == nil,
              let entries = timeline.entries(for: app, now: now) else { return [] }
        let text = DateText(calendar: timeline.calendar)
        var items: [AgendaItem] = []
        for entry in entries where Self.actionable.contains(entry.status) && entry.step.stage != .atInterview {
            guard entry.step != .declineWait, let day = entry.day else { continue }
            if entry.step == .sendThankYou {
                for person in app.contactsAwaitingThanks {
                    items.append(item(entry, day: day, contact: person.name, action: "Send a thank-you note to \(person.name)"))
                }
                if app.contacts.isEmpty { items.append(item(entry, day: day, contact: nil, action: "Send a thank-you note")) }
            } else {
                items.append(item(entry, day: day, contact: contact(for: entry.step, app),
                                  action: action(entry.step, app: app, text: text)))
            }
        }
        guard !all, let first = items.first else { return items }
        return items.filter { item in
            item.step.stage == first.step.stage && (item.step != .scheduleSecondFollowUp || app.isDone(.firstFollowUp))
        }
    }

    /// The earliest day any pending item falls on: what an index can sort applications by.
    public func nextDay(for app: Application) -> Day? {
        guard let end = app.interviewEnd else { return nil }
        return items(for: app, now: end, all: false).map(\.day).min()
    }

    private func item(_ entry: PlanEntry, day: Day, contact: String?, action: String) -> AgendaItem {
        AgendaItem(step: entry.step, contact: contact, day: day, status: entry.status, action: action,
                   reason: entry.step.reason)
    }

    private func contact(for step: StepID, _ app: Application) -> String? {
        [.firstFollowUp, .secondFollowUp].contains(step) ? app.mainContact?.name : nil
    }

    private func action(_ step: StepID, app: Application, text: DateText) -> String {
        let main = app.mainContact?.name ?? "your main contact"
        let days = timeline.followUpDays(for: app) ?? [:]
        switch step {
        case .scheduleFirstFollowUp: return "Put the first follow-up (\(days[.firstFollowUp].map(text.day) ?? "")) in your calendar"
        case .firstFollowUp: return "Follow up with \(main) by email or phone"
        case .scheduleSecondFollowUp: return "Put the second follow-up (\(days[.secondFollowUp].map(text.day) ?? "")) in your calendar"
        case .secondFollowUp: return "Follow up one last time with \(main)"
        case .moveOn: return "Let it go if there is still no answer"
        case .declineThank: return "Thank them for the meeting"
        case .declinePolitely: return "Decline politely: they asked about next steps"
        default: return step.summary
        }
    }
}
