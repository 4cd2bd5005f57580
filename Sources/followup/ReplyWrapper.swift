import FollowUpCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Wraps the coach's replies to the terminal's width; output to a pipe or a file is left as it is.
struct ReplyWrapper {
    let environment: Environment

    /// Used when the terminal tells no size and COLUMNS is not set.
    static let defaultWidth = 80

    /// `text` wrapped to the current width, or as it is when standard output is not a terminal.
    func wrap(_ text: String) -> String {
        guard let width else { return text }
        return WordWrap.wrap(text, width: width)
    }

    /// The terminal's width, read again before every reply so that a resize (SIGWINCH) is
    /// followed at once: TIOCGWINSZ, else COLUMNS, else 80; nil when output is not a terminal.
    var width: Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            return columns
        }
        return Self.defaultWidth
    }
}
