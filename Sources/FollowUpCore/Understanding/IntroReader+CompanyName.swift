import Foundation

/// Where a company's name read after "at" ends: "Harbour and Finch", not "Acme last friday".
extension IntroReader {
    /// Whether the word before `and` in `text` and the word after it both start with a capital:
    /// "Harbour and Finch", not "Harbour and the team".
    static func joinsCapitals(_ and: Range<Substring.Index>, in text: Substring) -> Bool {
        let before = Marks.space.split(text[..<and.lowerBound]).last
        let after = Marks.space.split(text[and.upperBound...]).first
        return before?.first?.isUppercase == true && after?.first?.isUppercase == true
    }

    /// `name` up to an "and" that comes before one of `people`'s first names.
    static func name(_ name: String, before people: [Contact]) -> String {
        let parts = name.components(separatedBy: " and ")
        let firstNames = Set(people.map { $0.firstName.lowercased() })
        guard
            let at = parts.indices.dropFirst().first(where: { index in
                Marks.space.split(parts[index]).first.map { firstNames.contains($0.lowercased()) } == true
            })
        else { return name }
        return parts[..<at].joined(separator: " and ")
    }

    /// `name` up to a day named after it: "Acme last friday" is Acme.
    static func beforeADay(_ name: String) -> String {
        let words = Marks.space.split(name)
        guard let at = words.indices.dropFirst().first(where: { PeopleReader.isDateWord(String(words[$0])) })
        else { return name }
        let end = at > 1 && ["last", "next", "this", "on"].contains(words[at - 1].lowercased()) ? at - 1 : at
        return words[..<end].joined(separator: " ")
    }
}
