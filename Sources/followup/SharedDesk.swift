import FollowUpCore
import FollowUpSession
import Foundation

/// The desk behind one reference: the chat loop changes it, and Tab completion reads the same
/// live session (its people and companies) rather than a copy taken when the chat started.
final class SharedDesk: Chat {
    private var desk: Desk

    init(_ desk: Desk) {
        self.desk = desk
    }

    func open(now: Date) -> [String] { desk.open(now: now) }
    func respond(to line: String, now: Date) -> [String] { desk.respond(to: line, now: now) }
    func farewell(now: Date) -> [String] { desk.farewell(now: now) }
    var isOver: Bool { desk.isOver }
    var application: Application { desk.application }

    /// What Tab can complete `typed` to, now.
    func completions(for typed: String) -> [String] { desk.completions(for: typed) }
}
