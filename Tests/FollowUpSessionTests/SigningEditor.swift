import FollowUpSession

/// Stands in for the user's editor in transcripts: signs the draft with a name, as a user would.
struct SigningEditor: TextEditor {
    func edit(_ text: String) throws -> String {
        text.replacingOccurrences(of: "[your name]", with: "Alex Kim")
    }
}
