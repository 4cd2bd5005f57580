import Foundation
import Testing

@testable import FollowUpCore

/// The dialogue engine as a pure function: state in, state and replies out.
struct CoachTests {
    let calendar = ScheduleTests.calendar("America/New_York")
    var coach: Coach { Coach(calendar: calendar) }
    var now: Date { try! ISOMoment.parse("2026-11-26T17:00", calendar: calendar) }

    /// Plays `lines` from the start and returns the final turn.
    func play(_ lines: [String]) -> Coach.Turn {
        var turn = coach.opening(Conversation(), now: now)
        for line in lines {
            turn = coach.respond(to: line, in: turn.state, now: now)
        }
        return turn
    }

    let walkthrough = [
        "Acme", "Designer", "just now", "Sarah Lee, hiring manager", "yes", "yes, two weeks", "yes", "yes",
    ]

    @Test func theSameInputGivesTheSameTurn() {
        let first = play(walkthrough)
        let second = play(walkthrough)
        #expect(first.state == second.state)
        #expect(first.replies == second.replies)
    }

    @Test func undoRestoresTheExactEarlierState() {
        let before = play(Array(walkthrough.prefix(5)))
        let after = coach.respond(
            to: "/undo", in: coach.respond(to: "yes, two weeks", in: before.state, now: now).state, now: now)
        #expect(after.state.application == before.state.application)
        #expect(after.state.question == before.state.question)
    }

    @Test func controlCharactersAreDroppedAndNothingIsLost() {
        let turn = play(["Ac\u{1B}[31mme\u{7}\u{0}"])
        #expect(turn.state.application.company == "Ac[31mme")
        let junk = coach.respond(to: "\u{FFFD}\u{FFFD}\u{3}", in: turn.state, now: now)
        #expect(junk.state.application == turn.state.application)
        #expect(junk.replies.first?.hasPrefix("Take your time.") == true)
    }

    @Test func aHugePasteIsCutWithANote() {
        let turn = play([String(repeating: "Acme ", count: 5000)])
        #expect(turn.replies.first == "That was a long message; I read the first 2000 characters.")
        #expect(turn.state.application.company?.count ?? 0 <= Exchange.longestLine)
    }

    @Test func anUnclearAnswerIsAskedAgainThenOfferedChoicesThenMarkedUnknown() {
        let start = play(Array(walkthrough.prefix(4)))
        let first = coach.respond(to: "hmm", in: start.state, now: now)
        #expect(first.state.question == .expressInterest)
        let second = coach.respond(to: "hmm", in: first.state, now: now)
        #expect(second.replies.last?.contains("yes, no, or not sure?") == true)
        let third = coach.respond(to: "hmm", in: second.state, now: now)
        #expect(third.state.application.records[.expressInterest] == StepRecord(.unknown, on: Day(iso: "2026-11-26")))
        #expect(third.state.question == .askNextStep)
    }

    @Test func decliningSchedulesNoFollowUps() {
        let turn = play(walkthrough + ["no", "I'm not interested in this job"])
        let entries = Planner(calendar: calendar).plan(for: turn.state.application, at: now)!.steps
        let followUps = entries.filter { [StepID.firstFollowUp, .secondFollowUp, .sendThankYou].contains($0.step) }
        #expect(followUps.allSatisfy { $0.status == .cancelled })
        #expect(entries.contains { $0.step == .declineWait && $0.status == .due })
    }

    @Test func aCorrectionRecomputesEveryDependentDate() {
        let turn = play(walkthrough + ["yes", "actually they said three weeks"])
        #expect(turn.state.application.timeFrame == .within(3, .weeks))
        #expect(
            turn.replies.contains { $0.contains("the first follow-up moves from Monday, Dec 14 to Monday, Dec 21") })
        #expect(turn.replies.contains("Move the reminder in your calendar to Monday, Dec 21."))
    }

    @Test func quitEndsTheConversation() {
        #expect(play(["/quit"]).state.ended)
    }

    @Test func everythingInTheFirstMessageReachesThePlanAtOnce() throws {
        let turn = play([
            "Just finished at Acme for the designer role, met Sarah Lee (hiring manager), told her I really "
                + "want the job and thanked her, they'll decide in two weeks, got her card"
        ])
        let app = turn.state.application
        #expect(app.company == "Acme" && app.role == "designer")
        #expect(app.contacts.map(\.described) == ["Sarah Lee (hiring manager)"])
        #expect(app.timeFrame == .within(2, .weeks))
        #expect(StepID.atInterview.allSatisfy { app.isDone($0) })
        #expect(turn.replies.contains("Here is your plan:"))
        #expect(turn.state.question == .calendarNote)
    }

    @Test func lowerCaseAndTyposGiveTheRightNamesAndDates() {
        let turn = play(["acme", "the senior backend engineer role", "an hour ago", "dana white the hirign manager"])
        let app = turn.state.application
        #expect(app.role == "senior backend engineer")
        #expect(app.contacts.map(\.described) == ["Dana White (hiring manager)"])
        #expect(app.interviewEnd == now.addingTimeInterval(-3600))
    }

    @Test(arguments: [
        ("I have cards from all of them but Denise", ["Ana Cruz", "Bo Li"]),
        ("only the manager gave me a card", ["Denise Ray"]),
        ("anas card only. should i send a card or email?", ["Ana Cruz"]),
    ])
    func cardsFromSomeButNotAll(answer: String, reachable: [String]) {
        let people = "Denise Ray, manager; Ana Cruz, engineer; Bo Li, HR"
        let turn = play(["Acme", "Designer", "just now", people, "yes", "yes, two weeks", "yes", answer])
        let app = turn.state.application
        #expect(app.contacts.filter { $0.hasDetails == true }.map(\.name) == reachable)
        #expect(app.records[.collectCards]?.status == .missed)
    }

    @Test func notesReportedInPiecesKeepTheirOwnDays() throws {
        let people = "Ana Cruz, engineer; Bo Li, HR; Cy Diaz, manager"
        let start = play(["Acme", "Designer", "tuesday at 10am", people, "yes", "yes, two weeks", "yes"])
        #expect(start.state.question == .collectCards)
        // A report while a question is open is taken, and what is still to do is left waiting.
        let first = coach.respond(to: "emailed ana last night. still need to do bo and cy", in: start.state, now: now)
        var app = first.state.application
        #expect(app.contacts.map(\.thankedOn) == [Day(year: 2026, month: 11, day: 25), nil, nil])
        #expect(first.state.question == .collectCards)
        let second = coach.respond(to: "sent bo one this morning, and cy hers yesterday", in: first.state, now: now)
        app = second.state.application
        #expect(
            app.contacts.map(\.thankedOn) == [
                Day(year: 2026, month: 11, day: 25), Day(year: 2026, month: 11, day: 26),
                Day(year: 2026, month: 11, day: 25),
            ])
        #expect(app.isDone(.sendThankYou))
        // One answer: /undo takes back both notes at once.
        let undone = coach.respond(to: "/undo", in: second.state, now: now)
        #expect(undone.state.application.contacts.map(\.thankedOn) == [Day(year: 2026, month: 11, day: 25), nil, nil])
    }

    @Test func aLineAboutTheRoomIsTakenWithNothingAsked() {
        let done = play(walkthrough + ["yes"])
        #expect(done.state.question == nil)
        let turn = coach.respond(to: "actually i never thanked her in person", in: done.state, now: now)
        #expect(turn.state.application.records[.sayThanks]?.status == .missed)
        #expect(turn.replies.first?.hasPrefix("Changed: you didn't thank them") == true)
        let cards = coach.respond(to: "sarah did not give me a card", in: done.state, now: now)
        #expect(cards.state.application.contacts.map(\.hasDetails) == [false])
        #expect(cards.replies.first?.contains("LinkedIn") == true)
    }

    @Test func aNewTimeFrameSaidDuringAnotherQuestionIsNotANo() {
        let start = play(["Acme", "Designer", "just now", "Sarah Lee", "yes", "this friday"])
        #expect(start.state.question == .sayThanks)
        let turn = coach.respond(to: "and they said 2 weeks not this friday", in: start.state, now: now)
        #expect(turn.state.application.timeFrame == .within(2, .weeks))
        #expect(turn.state.application.records[.sayThanks] == nil)
        #expect(turn.state.question == .sayThanks)
    }

    @Test func correctionsOfTheCompanyAndRoleKeepToTheirOwnWords() {
        let start = play(["Kestrel", "Designer", "just now", "Sarah Lee"])
        let company = coach.respond(
            to: "wait no, the company is northgate logistics. ops coordinator role", in: start.state, now: now)
        #expect(company.state.application.company == "Northgate Logistics")
        let status = coach.respond(to: "the role is paused until mid january", in: start.state, now: now)
        #expect(status.state.application.role == "Designer")
    }

    @Test func anOkayToAnOverdueQuestionIsNotAReportThatItHappened() throws {
        let done = play(walkthrough + ["yes", "I sent the thank-you notes"])
        let later = try ISOMoment.parse("2026-12-15T09:00", calendar: calendar)
        let asked = coach.respond(to: "what should I do now?", in: done.state, now: later)
        #expect(asked.state.question == .happened)
        let turn = coach.respond(to: "ok", in: asked.state, now: later)
        #expect(!turn.state.application.isDone(.firstFollowUp))
        #expect(turn.state.question == nil)
    }

    @Test func whatWasTalkedAboutWithEachPersonIsKeptForTheirNote() {
        let start = play(["Acme", "Designer", "just now", "Ana Cruz, engineer; Bo Li, HR", "yes"])
        let turn = coach.respond(
            to: "ana was really into my SQL dashboard project, talked with Bo about the relocation package",
            in: start.state, now: now)
        #expect(
            turn.state.application.contacts.map(\.detail) == ["my SQL dashboard project", "the relocation package"])
        #expect(turn.state.question == start.state.question)
        for (line, topic) in [
            ("ana kept asking about the stapler policy", "the stapler policy"),
            ("Ana loved my portfolio.", "my portfolio"),
            ("talked to ana about remote work", "remote work"),
        ] {
            let heard = coach.respond(to: line, in: start.state, now: now)
            #expect(heard.state.application.contacts.first?.detail == topic, "\(line)")
        }
        for line in ["Ana was great", "ana asked me when I could start", "Ana asked about next steps"] {
            let none = coach.respond(to: line, in: start.state, now: now)
            #expect(none.state.application.contacts.map(\.detail) == [nil, nil], "\(line)")
        }
    }

    @Test func aValuePutRightWithANotIsACorrectionNotANo() throws {
        let start = play(["Acme", "Designer", "at 3pm", "Sarah Lee"])
        #expect(start.state.question == .expressInterest)
        let turn = coach.respond(to: "oh and it was 3:30 not 3", in: start.state, now: now)
        let end = try ISOMoment.parse("2026-11-26T15:30", calendar: calendar)
        #expect(turn.state.application.interviewEnd == end)
        #expect(turn.state.application.records[.expressInterest] == nil)
        #expect(turn.state.question == .expressInterest)
    }
}
