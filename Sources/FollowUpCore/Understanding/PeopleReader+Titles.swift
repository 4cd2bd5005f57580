import Foundation

/// What is a job title and what is a day, beside a name: "meera shah, planning lead" is one
/// person; "Tuesday not Thursday" is nobody.
extension PeopleReader {
    /// Words that end a job title: "planning lead", "branch manager", "head of people".
    static let roleHeads: WordSet = [
        "lead", "manager", "director", "head", "coordinator", "engineer", "recruiter", "partner", "vp", "svp",
        "evp", "avp", "designer", "developer", "analyst", "specialist", "supervisor", "architect", "scientist",
        "consultant", "administrator", "assistant", "officer", "executive", "representative", "associate",
        "accountant", "advisor", "producer", "editor", "president", "founder", "cofounder", "co-founder",
        "owner", "counsel", "interviewer", "ceo", "cto", "cfo", "coo", "cmo", "cpo", "pm", "gm", "hr",
        "planner", "strategist", "technician", "writer", "nurse", "teacher", "dev", "programmer", "intern",
        "researcher", "marketer", "tester", "therapist", "pharmacist", "lawyer", "paralegal", "trainer",
        "instructor", "tutor", "librarian", "chef", "electrician", "mechanic", "operator", "buyer", "economist",
        "statistician", "psychologist", "physician", "auditor", "controller", "underwriter", "actuary",
        "copywriter", "receptionist", "hygienist", "dentist", "surveyor", "estimator", "dispatcher", "clerk",
        "cashier", "barista", "adviser", "bookkeeper", "caseworker", "carer", "translator", "interpreter",
        "journalist", "reporter", "photographer", "illustrator", "animator", "proofreader", "curator",
    ]

    /// Whether `chunk` is only a job title, said after a name: "planning lead", "Branch Manager",
    /// "head of people", "the senior product manager", "Chief Medical Officer". In lower case a
    /// title of more than two words must be all role words, so that "tom park engineer" stays a
    /// name and a role.
    static func isTitle(_ chunk: String) -> Bool {
        var words = chunk.split(separator: " ").map(String.init)
        if let first = words.first, ["the", "their", "our", "a", "an"].contains(first.lowercased()) {
            words.removeFirst()
        }
        let lowered = words.map { roleWord($0) ?? $0.lowercased() }
        guard (1...4).contains(words.count), !words.contains(where: { isDateWord($0) }) else { return false }
        // "head of people", "vp of sales": a head, then what it heads.
        if let of = lowered.firstIndex(of: "of"), of > 0, roleHeads.contains(lowered[of - 1]), of < lowered.count - 1 {
            return true
        }
        guard let head = lowered.last, roleHeads.contains(head) else { return false }
        let before = words.dropLast()
        // "Tom Park engineer": capitals that stop before the title are a name.
        let titleCase = words.last?.first?.isUppercase == true
        let sameCase = before.allSatisfy { ($0.first?.isUppercase == true) == titleCase }
        // "Chief Medical Officer" is typed as a title; in lower case a longer title is all role words.
        return sameCase && (words.count <= 2 || titleCase || before.allSatisfy { roleWord($0) != nil })
    }

    /// Words of the calendar and the clock, never a name: "sorry it was Tuesday not Thursday".
    /// April, May, June and August are names too, so they are left out.
    static func isDateWord(_ word: String) -> Bool {
        let word = word.lowercased().trimmed(.punctuation)
        return DateScan.weekdays[word] != nil || (DateScan.months[word] != nil && !monthNames.contains(word))
            || ["tues", "weds", "thur", "thurs"].contains(word) || timeWords.contains(word)
    }

    /// Months that are also first names.
    static let monthNames: WordSet = ["april", "may", "june", "august"]
    /// Words of the clock and of relative days.
    static let timeWords: WordSet = [
        "today", "tomorrow", "yesterday", "tonight", "morning", "afternoon", "evening", "night", "noon",
        "midday", "midnight", "week", "weekend", "month", "oclock",
    ]
}
