/// Lets the user change a text in an editor of their choice.
public protocol TextEditor: Sendable {
    /// The text as the user left it.
    func edit(_ text: String) throws -> String
}
