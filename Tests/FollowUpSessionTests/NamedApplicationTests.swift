import FollowUpCore
import FollowUpSession
import Foundation
import Testing

@testable import FollowUpStore

/// A line that names another application acts on it, whichever one is being talked about.
struct NamedApplicationTests {
    let calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "America/Chicago")!
        return calendar
    }()

    /// Three applications, the desk back on Globex.
    func desk(now: Date) throws -> (Desk, Store) {
        let store = try Store.inMemory(calendar: calendar)
        var desk = Desk(store: store, coach: Coach(calendar: calendar))
        _ = desk.open(now: now)
        for interview in [
            "interview at acme corp this morning for project coordinator, with linda park (recruiter). she said 2 weeks",
            "interview at umbrella health this morning for business analyst with carla diaz (hiring manager), a week",
            "zoom with globex this morning for the ops manager role, with raj (director of ops). they said by friday",
        ] {
            _ = desk.respond(to: "/new", now: now)
            for line in [interview, "yes", "yes", "yes", "yes"] { _ = desk.respond(to: line, now: now) }
        }
        return (desk, store)
    }

    func application(_ company: String, in store: Store) throws -> Application {
        let summary = try #require(try store.summaries(includeClosed: true).first { $0.company == company })
        return try #require(try store.load(summary.id)).application
    }

    @Test func anOfferTurnedDownAndHowToSayNoGoToTheApplicationNamed() throws {
        let start = try ISOMoment.parse("2026-12-01T11:00", calendar: calendar)
        var (desk, store) = try desk(now: start)
        let now = try ISOMoment.parse("2026-12-14T12:00", calendar: calendar)
        _ = desk.respond(
            to:
                "umbrella called with an offer! they need an answer by friday. but honestly globex is my top choice and i want to turn umbrella down nicely",
            now: now)
        let asked = desk.respond(to: "how do i say no without burning the bridge", now: now)
        #expect(asked.first?.contains("Umbrella Health") == true)
        let umbrella = try application("Umbrella Health", in: store)
        #expect(umbrella.outcome == .offer)
        #expect(umbrella.declining?.isTime == true)
        let globex = try application("Globex", in: store)
        #expect(globex.declining == nil && globex.outcome == nil)
    }

    @Test func bowingOutOfACompanyNamedActsOnIt() throws {
        let start = try ISOMoment.parse("2026-12-01T11:00", calendar: calendar)
        var (desk, store) = try desk(now: start)
        let now = try ISOMoment.parse("2027-01-06T10:00", calendar: calendar)
        _ = desk.respond(to: "/switch umbrella", now: now)
        _ = desk.respond(to: "they offered me the job", now: now)
        _ = desk.respond(to: "i got an offer from another place, how do i bow out of acme", now: now)
        #expect(try application("Acme Corp", in: store).declining?.isTime == true)
        let umbrella = try application("Umbrella Health", in: store)
        #expect(umbrella.closure == nil && umbrella.declining == nil && umbrella.outcome == .offer)
    }

    @Test func aCorrectionNamingTheOtherApplicationMovesTheDeclineThere() throws {
        let start = try ISOMoment.parse("2026-12-01T11:00", calendar: calendar)
        var (desk, store) = try desk(now: start)
        let now = try ISOMoment.parse("2026-12-14T12:00", calendar: calendar)
        _ = desk.respond(to: "im not interested any more", now: now)
        #expect(try application("Globex", in: store).declining != nil)
        _ = desk.respond(to: "no wait i meant decline umbrella, NOT globex. globex is the one i want", now: now)
        #expect(try application("Globex", in: store).declining == nil)
        #expect(try application("Umbrella Health", in: store).declining != nil)
    }
}
