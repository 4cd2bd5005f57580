import Testing

@testable import FollowUpCore

/// The user's name, told in the chat for the drafts' signature.
struct SignOffTests {
    @Test(arguments: [
        ("sign it as sam ortiz please", "Sam Ortiz"),
        ("can you sign it as Sam", "Sam"),
        ("my name is Maya Chen-Li.", "Maya Chen-Li"),
        ("My name's Sam O'Neil", "Sam O'Neil"),
        ("sign off with DJ McKay", "DJ McKay"),
    ])
    func aNameGivenIsRead(line: String, name: String) {
        #expect(SignOff.name(in: line) == name)
    }

    @Test(arguments: [
        "sign it differently please now",
        "sign it as myself",
        "my name is Jane, the recruiter at Acme, and I wanted to follow up",
        "make it shorter",
        "hi, my name is sam",
        "sign it as sam ortiz the third of his name",
        "my name is 42",
    ])
    func aLineWithNoPlainNameGivesNone(line: String) {
        #expect(SignOff.name(in: line) == nil)
    }
}
