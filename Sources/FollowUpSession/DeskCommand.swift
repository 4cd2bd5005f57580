import Foundation

/// The commands about applications as a whole, handled by the desk rather than the coach.
enum DeskCommand: Equatable {
    case new
    case list(all: Bool)
    case switchTo(String)
    case edit

    init?(_ line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        let name = trimmed.prefix { $0 != " " }.lowercased()
        let argument = trimmed.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        switch name {
        case "/new": self = .new
        case "/list": self = .list(all: argument.lowercased() == "all")
        case "/switch": self = .switchTo(argument)
        case "/edit": self = .edit
        default: return nil
        }
    }
}
