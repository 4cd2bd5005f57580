import FollowUpCore
import FollowUpStore
import Foundation

/// /new, /list, /switch and /edit.
extension Desk {
    mutating func run(_ command: DeskCommand, now: Date) -> [String] {
        switch command {
        case .new:
            guard let current = stored else {
                return ["You're on a new interview already."] + coach.pendingQuestion(conversation, now: now)
            }
            return ["Starting a new interview. \(current.application.title) is saved; /switch brings it back."]
                + startNew(now: now)
        case let .list(all):
            return list(includeClosed: all, now: now) + coach.pendingQuestion(conversation, now: now)
        case let .switchTo(query):
            return switchTo(query, now: now)
        case .edit:
            return editDraft(now: now)
        }
    }

    private mutating func editDraft(now: Date) -> [String] {
        guard var draft = conversation.draft else { return ["There's no draft to edit yet. /draft writes one."] }
        guard let editor else {
            return ["I can't open an editor here: set VISUAL or EDITOR and run followup in a terminal."]
        }
        let edited: String
        do {
            edited = try editor.edit(draft.text)
        } catch {
            return ["The editor didn't finish (\(error)), so the draft is as it was."]
        }
        guard !edited.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return ["The edited text was empty, so I kept the draft as it was."]
        }
        draft.replaceText(with: edited)
        var state = conversation
        state.draft = draft
        let reply =
            ["Kept your edit:"] + draft.text.split(separator: "\n", omittingEmptySubsequences: false).map { "  \($0)" }
            + ["/sent once it's on its way."]
        let said = [Store.Line(speaker: "you", text: "/edit")] + reply.map { Store.Line(speaker: "coach", text: $0) }
        return persist(state, lines: said, now: now) ?? reply
    }

    private func list(includeClosed: Bool, now: Date) -> [String] {
        let summaries: [ApplicationSummary]
        do {
            summaries = try store.summaries(includeClosed: includeClosed, now: now)
        } catch {
            return ["I couldn't read your applications: \(error)."]
        }
        guard !summaries.isEmpty else {
            return [
                includeClosed
                    ? "There are no applications yet."
                    : "There are no open applications. (/list all shows closed ones.)"
            ]
        }
        return ["Your applications:"]
            + summaries.map { summary in
                let marker = summary.id == stored?.id ? "*" : " "
                let next = summary.nextDay.map { ", next step \($0)" } ?? ""
                return "\(marker) #\(summary.id) \(summary.title): \(RecordedPhase(summary.phase).spoken)\(next)"
            }
    }

    private mutating func switchTo(_ query: String, now: Date) -> [String] {
        guard !query.isEmpty else { return ["Which one? For example /switch Acme, or /switch 2. /list shows them."] }
        do {
            let found = try store.find(query)
            try store.makeCurrent(found.id)
            resume(found)
            return ["Now on #\(found.id) \(found.application.title)."] + coach.briefing(conversation, now: now)
        } catch {
            return ["\(error)."]
        }
    }

}
