/// The lists of people one line's readers have read, each read once: the people `Understanding`
/// reports and those of a first message are most often read from the very same words.
final class PeopleMemo {
    private var lists: [String: [Contact]] = [:]

    /// The people `reading` finds in `text`, read the first time only.
    func people(in text: String, reading: (String) -> [Contact]) -> [Contact] {
        if let known = lists[text] { return known }
        let people = reading(text)
        lists[text] = people
        return people
    }
}
