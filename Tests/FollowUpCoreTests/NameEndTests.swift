import Testing

@testable import FollowUpCore

/// A name ends where the talk goes on: what it was about, or how and where it was held, is no
/// part of anyone's name; names with small words of their own keep them.
struct NameEndTests {
    static func people(_ line: String) -> [String] {
        PeopleReader().mentions(in: line).map { person in
            person.role.map { "\(person.name) (\($0))" } ?? person.name
        }
    }

    @Test(arguments: [
        ("I talked with lee about user research", ["Lee"]),
        ("met sam for coffee", ["Sam"]),
        ("spoke to Dana over zoom", ["Dana"]),
        ("chatted with priya re the roadmap", ["Priya"]),
        ("talked to lee regarding the role", ["Lee"]),
        ("spoke with lee concerning pay", ["Lee"]),
        ("spoke with Dick Van Dyke about design", ["Dick Van Dyke"]),
        ("talked with lee about user research and design", ["Lee"]),
        ("met sam for coffee and priya for lunch", ["Sam", "Priya"]),
        ("met Sam about the job, Priya (HR)", ["Sam", "Priya (HR)"]),
        ("interviewed with Kate for the analyst role", ["Kate"]),
        ("had a call with Mo Chen over Teams", ["Mo Chen"]),
    ])
    func aNameStopsWhereTheTalkGoesOn(line: String, names: [String]) {
        #expect(Self.people(line) == names)
    }

    @Test func namesWithSmallWordsAndRolesAfterThemAreKept() {
        #expect(Self.people("I met Mary-Kate O'Neil and Juan de la Cruz") == ["Mary-Kate O'Neil", "Juan de la Cruz"])
        #expect(Self.people("spoke with Dick Van Dyke") == ["Dick Van Dyke"])
        #expect(Self.people("I met Ana on the data team") == ["Ana (on the data team)"])
    }

    @Test func theAnswerToWhoYouMetStopsThereToo() {
        let names = PeopleReader().people(withDetailsIn: "I talked with lee about user research").map(\.name)
        #expect(names == ["Lee"])
    }

    @Test func aTopicEndsWhereSomeoneElseIsMet() {
        let people = [Contact(name: "Lee"), Contact(name: "Sam")]
        let line = "I talked with lee about user research and met sam for coffee"
        #expect(TalkReader().topics(in: line, contacts: people) == ["Lee": "user research"])
    }
}
