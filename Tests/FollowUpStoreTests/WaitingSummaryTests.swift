import FollowUpCore
import Foundation
import Testing

@testable import FollowUpStore

/// What waits is read from the applications in a waiting phase only, and no other phase has
/// anything to say of waiting: `next` over many applications reads just these.
struct WaitingSummaryTests {
    let now = try! ISOMoment.parse("2026-11-26T17:00", calendar: StoreTests.calendar)

    static let everyPhase: [Phase] =
        Stage.allCases.map(Phase.stage) + Outcome.allCases.map(Phase.answered)
        + Closure.Reason.allCases.map(Phase.closed)

    @Test(arguments: everyPhase) func onlyTheWaitingPhasesSayWhatTheyWaitFor(phase: Phase) {
        let today = Day(iso: "2026-12-01")!
        let text = DateText(calendar: StoreTests.calendar)
        let said = [nil, Day(iso: "2026-11-20"), Day(iso: "2026-12-10")].flatMap { until in
            [false, true].compactMap { phase.waitingFor(until: until, today: today, text: text, takeHome: $0) }
        }
        #expect(said.isEmpty == !Phase.waiting.contains(phase))
    }

    @Test func theWaitingSummariesAreTheOpenApplicationsInAWaitingPhase() throws {
        let store = try Store.inMemory(calendar: StoreTests.calendar)
        let day = Day(iso: "2026-11-30")!
        let quiet = try store.insert(StoreTests().conversation(company: "Quiet"), now: now)
        var round = try store.insert(StoreTests().conversation(company: "Round"), now: now)
        try round.application.apply(.employerAnswered(.nextRound), on: day)
        try round.application.apply(.nextRoundOn(Day(iso: "2026-12-04")!), on: day)
        var offer = try store.insert(StoreTests().conversation(company: "Offer"), now: now)
        try offer.application.apply(.employerAnswered(.offer), on: day)
        var rejected = try store.insert(StoreTests().conversation(company: "Rejected"), now: now)
        try rejected.application.apply(.employerAnswered(.rejected), on: day)
        for var stored in [quiet, round, offer, rejected] { try store.save(&stored, now: now) }
        let waiting = try store.summaries(inPhases: Phase.waiting)
        #expect(waiting.map(\.company) == ["Round", "Offer"])
        #expect(waiting.first?.waitUntil == Day(iso: "2026-12-04"))
        #expect(try store.summaries().count == 3)
    }
}
