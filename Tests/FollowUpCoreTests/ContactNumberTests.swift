import Foundation
import Testing

@testable import FollowUpCore

/// People keep their number through renames, and what the user types becomes numbers in one place.
struct ContactNumberTests {
    let coach = CoachTests()

    @Test func peopleAreNumberedInTheOrderTheyWereMet() {
        var app = Application()
        app.contacts = [Contact(name: "Sarah Lee"), Contact(name: "Tom Park")]
        app.contacts.append(Contact(name: "Ana Ruiz"))
        app.contacts.remove(at: 1)
        app.contacts.append(Contact(name: "Bo Chen"))
        #expect(app.contacts.map(\.id) == [1, 3, 4])
    }

    @Test func aRenameKeepsTheNumberAndTheThankYou() throws {
        let met = coach.play(
            Array(coach.walkthrough.prefix(3)) + ["Rochelle Smith, hiring manager and Tom Park, recruiter"]
                + Array(coach.walkthrough.suffix(4)) + ["I sent Rochelle's thank-you note"])
        let before = try #require(met.state.application.contacts.first)
        #expect(before.name == "Rochelle Smith")
        #expect(before.thankedOn != nil)
        let renamed = coach.coach.respond(to: "no wait, it's Rachel not Rochelle", in: met.state, now: coach.now)
        let after = try #require(renamed.state.application.contacts.first)
        #expect(after.name == "Rachel Smith")
        #expect(after.id == before.id)
        #expect(after.thankedOn == before.thankedOn)
        #expect(renamed.state.application.contactsAwaitingThanks.map(\.name) == ["Tom Park"])
    }

    @Test func aRenameWhileTheCoachAsksForADetailKeepsTheDraftForThatPerson() throws {
        let asked = coach.play(
            Array(coach.walkthrough.prefix(3)) + ["Rochelle Smith, hiring manager and Tom Park, recruiter"]
                + Array(coach.walkthrough.suffix(4)) + ["/draft thank you for Rochelle"])
        #expect(asked.state.question == .detail)
        let renamed = coach.coach.respond(to: "no wait, it's Rachel not Rochelle", in: asked.state, now: coach.now)
        #expect(renamed.replies.last?.contains("What did you talk about with Rachel Smith") == true)
        let drafted = coach.coach.respond(to: "we talked about the onboarding flow", in: renamed.state, now: coach.now)
        #expect(drafted.state.application.contacts.map(\.detail) == ["the onboarding flow", nil])
        #expect(drafted.state.draft?.contact == "Rachel Smith")
        #expect(drafted.state.draft?.contactID == 1)
        let sent = coach.coach.respond(to: "/sent", in: drafted.state, now: coach.now)
        #expect(sent.state.application.contacts.map { $0.thankedOn != nil } == [true, false])
    }

    @Test func namesFirstNamesAndRolesBecomeNumbers() throws {
        var app = Application()
        app.contacts = [Contact(name: "Sarah Lee", role: "hiring manager"), Contact(name: "", role: "recruiter")]
        #expect(try app.contactIDs(named: ["sarah lee", "Sarah", "the recruiter", "Recruiter"]) == [1, 1, 2, 2])
        #expect(throws: RecordingError.unknownContact("Tom", known: ["Sarah Lee", ""])) {
            try app.contactIDs(named: ["Tom"])
        }
        #expect(
            RecordingError.unknownContact("Tom", known: ["Sarah Lee"]).description
                == "no contact named \"Tom\"; known: Sarah Lee")
    }

    @Test func aThankYouByNumberMarksThatPersonOnly() throws {
        var app = Application()
        app.contacts = [Contact(name: "Sarah Lee"), Contact(name: "Tom Park")]
        let day = try #require(Day(iso: "2026-11-27"))
        let recorded = try app.apply(.thankYouSent(to: [2]), on: day)
        #expect(recorded.people.map(\.name) == ["Tom Park"])
        #expect(app.contacts.map(\.thankedOn) == [nil, day])
        #expect(throws: RecordingError.noContactNumbered(7)) {
            try app.apply(.stepDone(.sendThankYou, contact: 7), on: day)
        }
    }

    @Test func contactsSavedWithoutNumbersAreNumberedInOrder() throws {
        let json =
            #"{"contacts": [{"name": "Sarah Lee"}, {"name": "Tom Park", "id": 5}, {"name": "Ana Ruiz"}], "records": {}}"#
        let app = try JSONDecoder().decode(Application.self, from: Data(json.utf8))
        #expect(app.contacts.map(\.id) == [6, 5, 7])
    }
}
