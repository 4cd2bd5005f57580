/// Where the chat loop gets its lines: a terminal with line editing, or plain input.
protocol LineReader {
    /// Shows `prompt` and waits for one line.
    mutating func readLine(prompt: String) -> LineRead
}

/// What one read gave.
enum LineRead: Equatable {
    /// A line, without its newline.
    case line(String)
    /// Ctrl-C: the partial line is dropped.
    case interrupted
    /// Ctrl-D or the end of input.
    case end
}
