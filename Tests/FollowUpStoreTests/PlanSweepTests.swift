import FollowUpCore
import Foundation
import Testing

@testable import FollowUpStore

/// Generated applications, with random answers and random events on random days, looked at on
/// every day from the interview to 60 days later: the chat's advice, the plan's first action,
/// the first `next` item and the `/plan` statuses must agree, nothing past is offered as a
/// future date, and a day given for a step still to come moves only when something is reported.
struct PlanSweepTests {
    static let calendar = StoreTests.calendar
    static let days = 60

    /// A small deterministic random generator (SplitMix64), so a failure can be replayed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// A walked-through application with random answers.
    static func application(_ random: inout Generator) throws -> Application {
        var app = Application()
        app.company = "Company"
        app.role = "Role"
        let hour = Int.random(in: 8...19, using: &random)
        let start = Day(iso: "2026-11-23")!.adding(days: Int.random(in: 0...6, using: &random), in: calendar)
        app.interviewEnd = start.at(hour: hour, minute: 30, in: calendar)
        let names = ["Ana Ruiz", "Ben Okafor", "Chen Wei"].prefix(Int.random(in: 1...3, using: &random))
        app.contacts = names.map { Contact(name: $0) }
        for step in StepID.atInterview {
            app.records[step] = StepRecord([.done, .missed, .unknown].randomElement(using: &random)!, on: start)
        }
        let frames: [TimeFrame] = [
            .unknown, .within(1, .weeks), .within(2, .weeks), .within(5, .businessDays), .within(10, .days),
            .within(1, .months), .by(start.adding(days: Int.random(in: 3...20, using: &random), in: calendar)),
        ]
        app.timeFrame = frames.randomElement(using: &random)!
        return app
    }

    /// A random event the user might report on `day`, as the chat or a subcommand would apply it.
    static func event(_ app: Application, day: Day, _ random: inout Generator) -> ApplicationEvent {
        switch Int.random(in: 0..<100, using: &random) {
        case 0..<25: .thankYouSent(to: app.contacts.filter { _ in Bool.random(using: &random) }.map(\.id))
        case 25..<40: .reminderAdded
        case 40..<70: .followedUp()
        case 70..<74: .employerAnswered(Outcome.allCases.randomElement(using: &random)!)
        case 74..<80:
            .employerStillDeciding(until: day.adding(days: Int.random(in: 1...20, using: &random), in: calendar))
        case 80..<85: .candidateLostInterest
        case 85..<89: .employerAskedAboutNextSteps
        case 89..<92: .declineSent
        case 92..<96: .candidateCameBack
        default: .closed(Closure.Reason.allCases.randomElement(using: &random)!)
        }
    }

    @Test(arguments: 0..<40)
    func everySurfaceAgreesOnEveryDay(seed: UInt64) throws {
        var random = Generator(state: seed)
        var app = try Self.application(&random)
        let planner = Planner(calendar: Self.calendar)
        let coach = Coach(calendar: Self.calendar)
        let store = try Store.inMemory(calendar: Self.calendar)
        let interview = Day(app.interviewEnd!, in: Self.calendar)
        var stored = try store.insert(Conversation.resumed.with(app), now: app.interviewEnd!)
        // How often this user reports something: never, now and then, or often.
        let reporting = [0, 8, 30].randomElement(using: &random)!
        var promised: [StepID: Day] = [:]
        for offset in 0...Self.days {
            let today = interview.adding(days: offset, in: Self.calendar)
            let now = today.at(hour: Int.random(in: 7...22, using: &random), minute: 0, in: Self.calendar)
            guard now >= app.interviewEnd! else { continue }
            var reportedToday = false
            if Int.random(in: 0..<100, using: &random) < reporting {
                reportedToday = true
                let reported = today.adding(days: -Int.random(in: 0...2, using: &random), in: Self.calendar)
                try? app.apply(Self.event(app, day: today, &random), on: max(reported, interview))
                stored.application = app
                try store.save(&stored, now: now)
            }
            let context = "seed \(seed), \(today): \(app.phase)"
            let plan = try #require(planner.plan(for: app, at: now), "\(context)")
            try checkDates(plan, today: today, context: context)
            if !reportedToday { checkPromises(plan, promised: promised, context: context) }
            promised = Dictionary(
                uniqueKeysWithValues: plan.steps.compactMap { step in
                    step.status == .upcoming ? step.day.map { (step.step, $0) } : nil
                })
            try checkNext(plan, store: store, now: now, context: context)
            checkChat(app, plan, coach: coach, now: now, context: context)
        }
    }

    /// Upcoming steps lie ahead, overdue ones behind; the actions are the plan's pending steps.
    func checkDates(_ plan: Plan, today: Day, context: String) throws {
        // Only a decline waits on the employer, with no day of its own.
        for step in plan.steps where step.status == .upcoming && step.step != .declinePolitely {
            let day = try #require(step.day, "\(context): \(step.step) has no day")
            #expect(day > today, "\(context): \(step.step) upcoming on a past day \(day)")
        }
        for action in plan.actions {
            #expect(plan.step(action.step)?.status == action.status, "\(context): \(action.step)")
            switch action.status {
            case .overdue: #expect(action.day <= today, "\(context): \(action.step) overdue on \(action.day)")
            case .upcoming: #expect(action.day > today, "\(context): \(action.step) upcoming on \(action.day)")
            default: break
            }
        }
        if plan.actions.contains(where: { $0.step == .moveOn && $0.status == .due }) {
            #expect(plan.actions.count == 1, "\(context): letting go still lists \(plan.actions.map(\.step))")
        }
        if plan.step(.sendThankYou)?.status == .missed {
            #expect(!plan.actions.contains { $0.step == .sendThankYou }, "\(context): a folded thank-you is listed")
        }
    }

    /// A day given yesterday for a step still to come is the same today: only a report moves it.
    func checkPromises(_ plan: Plan, promised: [StepID: Day], context: String) {
        for (step, day) in promised {
            #expect(plan.step(step)?.day == day, "\(context): \(step) moved from \(day)")
        }
    }

    /// The first `next` item for the application is the plan's first action, and the index
    /// never hides an application with something due.
    func checkNext(_ plan: Plan, store: Store, now: Date, context: String) throws {
        let listed = try store.pending(now: now, upcomingLimit: 0).map(\.action).filter { $0.status != .upcoming }
        let due = plan.actions.filter { $0.status != .upcoming }
        #expect(listed == due, "\(context): next lists \(listed.map(\.step)), the plan \(due.map(\.step))")
        let all = try store.pending(now: now, upcomingLimit: nil)
        #expect(
            all.first?.action == plan.next, "\(context): next starts with \(String(describing: all.first?.action.step))"
        )
    }

    /// "What should I do now?" in the chat names the plan's first action, or asks whether an
    /// overdue one happened.
    func checkChat(_ app: Application, _ plan: Plan, coach: Coach, now: Date, context: String) {
        let turn = coach.respond(to: "what should I do now?", in: Conversation.resumed.with(app), now: now)
        let said = turn.replies.joined(separator: " / ")
        if app.closure != nil {
            #expect(plan.actions.isEmpty && said.contains("closed"), "\(context): \(said)")
        } else if app.outcome != nil {
            // Asked to a next round within the 24 hours, the thank-you notes are all there is to do.
            let notes = app.outcome == .nextRound ? plan.actions.filter { $0.step != .sendThankYou } : plan.actions
            #expect(notes.isEmpty, "\(context): an answered application lists \(plan.actions.map(\.step))")
        } else if app.declining != nil {
            let steps = Set(plan.actions.map(\.step))
            #expect(steps.isSubset(of: [.declineThank, .declinePolitely]), "\(context): \(steps)")
        } else if let next = plan.next {
            if turn.state.question == .happened {
                #expect(
                    next.status == .overdue && turn.state.askedAbout == next.step,
                    "\(context): asked about \(String(describing: turn.state.askedAbout))")
            } else {
                #expect(turn.state.lastAdvice == next.step, "\(context): \(next.step) but said \(said)")
            }
        }
    }
}

extension Conversation {
    /// A resumed conversation about `app`.
    func with(_ app: Application) -> Conversation {
        var conversation = self
        conversation.application = app
        return conversation
    }
}
