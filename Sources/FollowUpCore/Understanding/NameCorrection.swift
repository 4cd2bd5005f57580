import Foundation

/// A person's name put right: "no wait, it's Rachel not Rochelle", "Rachel, not Rochelle",
/// "it's spelled Sarah", "her last name is Nair". Only a name the coach already knows can be
/// corrected this way.
struct NameCorrection: Equatable {
    /// The index of the contact whose name changes.
    var index: Int
    /// The whole new name.
    var name: String

    /// Words before the new name that are not part of it.
    static let leads = [
        "no wait", "wait", "sorry", "actually", "oops", "no", "it's", "its", "it is", "her name is",
        "his name is", "their name is", "the name is", "name is", "spelled", "it's spelled", "she's",
        "he's", "i meant", "i mean", "really",
    ]

    /// The correction `line` makes to one of `contacts`, if it makes one.
    static func find(in line: String, contacts: [Contact]) -> NameCorrection? {
        if let fix = lastName(in: line, contacts: contacts) ?? ownName(in: line, contacts: contacts) { return fix }
        let text = line.trimmingCharacters(in: CharacterSet(charactersIn: " .!"))
        guard
            let not = text.range(of: " not ", options: .caseInsensitive)
                ?? text.range(of: ", not ", options: .caseInsensitive)
        else { return nil }
        let wrong = text[not.upperBound...].split(separator: " ").first.map { SlotText.trimmed(String($0)) } ?? ""
        var right = text[..<not.lowerBound].trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
        var stripped = true
        while stripped {
            stripped = false
            for lead in leads where right.lowercased().hasPrefix(lead + " ") || right.lowercased().hasPrefix(lead + ",")
            {
                right = String(right.dropFirst(lead.count + 1)).trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
                stripped = true
            }
            // "actualy Meera": the word "actually", however typed.
            if let first = right.split(separator: " ").first, first.count < right.count,
                Words.close(first.lowercased(), "actually")
            {
                right = String(right.dropFirst(first.count)).trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
                stripped = true
            }
        }
        let newWords = right.split(separator: " ").map(String.init)
        guard !wrong.isEmpty, (1...3).contains(newWords.count), newWords.allSatisfy({ $0.allSatisfy(\.isLetter) }),
            let index = contacts.firstIndex(where: {
                $0.firstName.lowercased() == wrong.lowercased()
                    || $0.name.lowercased() == wrong.lowercased()
            })
        else { return nil }
        let capitalised = newWords.map { $0.prefix(1).uppercased() + $0.dropFirst() }
        var parts = contacts[index].name.split(separator: " ").map(String.init)
        // "Rachel not Rochelle" changes the first name; a full name replaces the whole.
        if capitalised.count == 1, !parts.isEmpty { parts[0] = capitalised[0] } else { parts = capitalised }
        return NameCorrection(index: index, name: parts.joined(separator: " "))
    }

    /// "mike's name is actually michael reyes": the name of the one named first, whole when
    /// two or three words are given, else the first name.
    static func ownName(in line: String, contacts: [Contact]) -> NameCorrection? {
        let text = line.trimmingCharacters(in: CharacterSet(charactersIn: " .!")).replacingOccurrences(
            of: "\u{2019}", with: "'")
        guard
            let marker = text.range(
                of: #"^[A-Za-z]+'s (full |real |proper )?name is "#, options: [.regularExpression, .caseInsensitive])
        else { return nil }
        let owner = text[..<marker.upperBound].split(separator: "'").first.map { $0.lowercased() } ?? ""
        var said = text[marker.upperBound...].split(separator: " ").map(String.init)
        while let first = said.first, lastNameFillers.contains(where: { Words.close(first.lowercased(), $0) }) {
            said.removeFirst()
        }
        guard (1...3).contains(said.count), said.allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "-" } }),
            let index = contacts.firstIndex(where: { $0.firstName.lowercased() == owner })
        else { return nil }
        let capitalised = said.map { $0.prefix(1).uppercased() + $0.dropFirst() }
        var parts = contacts[index].name.split(separator: " ").map(String.init)
        if capitalised.count == 1, !parts.isEmpty { parts[0] = capitalised[0] } else { parts = capitalised }
        return NameCorrection(index: index, name: parts.joined(separator: " "))
    }

    /// Words that lead into a last name: "her last name is Nair".
    static let lastNameMarkers = ["last name is ", "last name's ", "last names ", "surname is ", "surname's "]
    /// Words between the marker and the name: "actually Nair", "actualy Nair".
    static let lastNameFillers = ["actually", "really", "just", "spelled", "spelt"]

    /// "her last name is actualy Nair btw": the last name of the person it is about. That is
    /// the one named before it ("Priya's last name is Nair"), else the only one whose last
    /// name is an initial ("Priya N"), else the only one with no last name, else the one
    /// mentioned last.
    static func lastName(in line: String, contacts: [Contact]) -> NameCorrection? {
        let lower = line.lowercased()
        guard let marker = lastNameMarkers.lazy.compactMap({ lower.range(of: $0) }).first else { return nil }
        var said = line[marker.upperBound...].split(separator: " ").map { SlotText.trimmed(String($0)) }
        while let first = said.first, lastNameFillers.contains(where: { Words.close(first.lowercased(), $0) }) {
            said.removeFirst()
        }
        let before = Words(String(line[..<marker.lowerBound]))
        let named = contacts.indices.filter { !contacts[$0].name.isEmpty }
        let words = { (index: Int) in contacts[index].name.split(separator: " ") }
        let initialled = named.filter {
            words($0).count > 1 && words($0).last?.trimmingCharacters(in: ["."]).count == 1
        }
        let firstOnly = named.filter { words($0).count == 1 }
        // "her surname is Vogl not Vogel": the one whose last name was the old one.
        let old = said.count > 2 && said[1].lowercased() == "not" ? said[2].lowercased() : nil
        guard let name = said.first, name.count >= 2, name.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" }),
            let index = named.first(where: { index in
                old.map { words(index).count > 1 && words(index).last?.lowercased() == $0 } ?? false
            })
                ?? named.first(where: { before.has(contacts[$0].firstName.lowercased()) })
                ?? [initialled, firstOnly].first(where: { $0.count == 1 })?.first ?? named.last
        else { return nil }
        var parts = contacts[index].name.split(separator: " ").map(String.init)
        if parts.count > 1 { parts.removeLast() }
        parts.append(name.prefix(1).uppercased() + name.dropFirst())
        return NameCorrection(index: index, name: parts.joined(separator: " "))
    }
}
