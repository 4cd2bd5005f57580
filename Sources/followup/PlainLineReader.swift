/// Reads standard input line by line with no editor, echoing each line after the prompt so
/// a piped session reads like a transcript.
struct PlainLineReader: LineReader {
    let output: Output

    mutating func readLine(prompt: String) -> LineRead {
        output.write(prompt)
        guard let line = Swift.readLine(strippingNewline: true) else {
            output.write("\n")
            return .end
        }
        output.write(line + "\n")
        return .line(line)
    }
}
