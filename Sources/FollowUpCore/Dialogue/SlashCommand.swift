/// Every slash command, in the order /help lists them: the one table that help, Tab completion
/// and the README derive from. The coach runs most; the session runs the ones about
/// applications as a whole and the editor (`isSessionCommand`).
public enum SlashCommand: String, CaseIterable, Sendable {
    case help, plan, why, undo, draft, edit, sent, restart, new, list, `switch`, close, quit

    /// "/plan".
    public var name: String { "/\(rawValue)" }

    /// What it does, in one line of /help.
    public var help: String {
        switch self {
        case .help: "what I can do"
        case .plan: "the timeline: each step with its date and status"
        case .why: "the reason behind my last advice"
        case .undo: "take back your last answer"
        case .draft: "write a message: /draft, /draft thank-you Sarah, /draft first-follow-up phone"
        case .edit: "change the draft in your editor ($VISUAL or $EDITOR)"
        case .sent: "mark the draft as sent"
        case .restart: "start this interview over"
        case .new: "talk about another interview; this one stays saved"
        case .list: "your open applications (/list all: closed ones too)"
        case .switch: "go to another application: /switch Acme"
        case .close: "close this application: offer, rejected, withdrew, declined, moved-on or accepted-elsewhere"
        case .quit: "end the session"
        }
    }

    /// Whether the session (many applications, the terminal's editor) runs it, not the coach.
    public var isSessionCommand: Bool {
        [.new, .list, .switch, .edit].contains(self)
    }

    /// The command a typed line starts with, and the rest of the line; nil when the line names
    /// no command. "/exit" is taken as /quit.
    public static func parse(_ line: String) -> (command: SlashCommand, argument: String)? {
        let trimmed = line.trimmed(.whitespaces)
        guard trimmed.hasPrefix("/") else { return nil }
        let word = trimmed.dropFirst().prefix { $0 != " " }.lowercased()
        let argument = trimmed.dropFirst(word.count + 1).trimmed(.whitespaces)
        guard let command = word == "exit" ? .quit : SlashCommand(rawValue: word) else { return nil }
        return (command, argument)
    }
}
