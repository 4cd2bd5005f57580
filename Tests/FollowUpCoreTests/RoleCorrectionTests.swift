import Testing

@testable import FollowUpCore

/// A role said wrong, put right: "oliver is the recruiter not hr".
struct RoleCorrectionTests {
    static let people = [Contact(name: "Oliver Grant", role: "hr"), Contact(name: "Nina Patel", role: "team lead")]

    @Test(arguments: [
        ("oliver is the recruiter not hr", 0, "recruiter"),
        ("actually oliver's the recruiter", 0, "recruiter"),
        ("oliver isn't hr, he's the recruiter", 0, "recruiter"),
        ("Oliver Grant is actually the recruiter", 0, "recruiter"),
        ("oliver is recruiter, not HR", 0, "recruiter"),
        ("no, nina's the hiring manager not the team lead", 1, "hiring manager"),
        ("he's the recruiter, not hr", 0, "recruiter"),
        ("nina is not the team lead, she is the head of design", 1, "head of design"),
    ])
    func aRoleSaidWrongIsPutRight(line: String, index: Int, role: String) {
        #expect(RoleCorrection.find(in: line, contacts: Self.people) == RoleCorrection(index: index, role: role))
    }

    @Test(arguments: [
        "oliver is the recruiter", "oliver is not available till monday", "nina isn't in the office, she's away",
        "oliver is not the one who decides, she's the hiring manager", "sam is the recruiter not hr",
        "oliver is great, not scary at all", "actually it ended at 4pm",
    ])
    func noRoleIsPutRightByALineThatSaysNoneWasWrong(line: String) {
        #expect(RoleCorrection.find(in: line, contacts: Self.people) == nil)
    }
}
