import Foundation

/// A conversation that can be driven line by line: by the terminal, or by a transcript.
public protocol Chat {
    /// What the coach says first, and again when the user comes back.
    mutating func open(now: Date) -> [String]
    /// The coach's answer to one line typed by the user.
    mutating func respond(to line: String, now: Date) -> [String]
    /// What the coach says when the input ends.
    mutating func farewell(now: Date) -> [String]
    /// True once the user has quit.
    var isOver: Bool { get }
    /// The application being talked about.
    var application: Application { get }
}
