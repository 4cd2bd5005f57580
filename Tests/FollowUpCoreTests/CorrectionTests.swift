import Foundation
import Testing

@testable import FollowUpCore

/// Things put right after the plan, in a trial's own words (trial 15): the interview's day, the
/// people met and their roles, and who the follow-ups go to.
struct CorrectionTests: PlaysLines {
    let calendar = ScheduleTests.calendar("America/Chicago")
    var coach: Coach { Coach(calendar: calendar) }

    /// Interview Tuesday, Dec 8, told on Wednesday, Dec 9 at 6 PM, with the walkthrough answered.
    var pinecrest: Coach.Turn {
        play(
            [
                "interview was tuesday afternoon at pinecrest dental group, front office coordinator. met jon mcleod the practice manager and kim from hr. jon said hed call by the end of next week",
                "yes", "yes", "i have jons email",
            ], at: "2026-12-09T18:00")
    }

    @Test func aWeekdaySaidWithTodayIsTheOneNearestTheInterviewNotLastWeeks() {
        let turn = play(["oops it was wednesday not tuesday, today"], at: "2026-12-09T18:00", from: pinecrest.state)
        let app = turn.state.application
        #expect(app.interviewEnd.map { Day($0, in: calendar) } == Day(iso: "2026-12-09"))
        #expect(turn.replies.first?.hasPrefix("Changed: the interview ended Wednesday, Dec 9") == true)
    }

    @Test func aDayPutRightFromTheInterviewMovesTheInterviewItselfEverywhere() throws {
        let turn = play(
            ["the interview was yesterday (wed 9th) not tuesday"], at: "2026-12-10T08:00", from: pinecrest.state)
        let app = turn.state.application
        #expect(app.interviewEnd.map { Day($0, in: calendar) } == Day(iso: "2026-12-09"))
        #expect(app.records[.expressInterest]?.on == Day(iso: "2026-12-09"))
        let plan = try #require(Planner(calendar: calendar).plan(for: app, at: moment("2026-12-10T08:00")))
        #expect(plan.step(.sendThankYou)?.status == .due)
        let drafts = try Drafter(calendar: calendar).drafts(.thankYou, for: app).drafts
        #expect(drafts.allSatisfy { $0.body.contains("Wednesday, Dec 9") })
    }

    @Test func aWeekdayAfterTheNotesWentOutIsTheInterviewsWeek() {
        var turn = play(
            ["the interview was yesterday (wed 9th) not tuesday", "sent jon a thank you"], at: "2026-12-10T08:00",
            from: pinecrest.state)
        turn = play(["actually the interview ended at 3pm wednesday"], at: "2026-12-21T11:10", from: turn.state)
        #expect(turn.state.application.interviewEnd == moment("2026-12-09T15:00"))
    }
}

extension CorrectionTests {
    @Test func someoneNotInTheRoomComesOffTheList() {
        let turn = play(
            ["actually kim wasnt even in the room, she just booked the slot"], at: "2026-12-09T18:10",
            from: pinecrest.state)
        #expect(turn.state.application.contacts.map(\.name) == ["Jon Mcleod"])
        #expect(turn.replies.first?.hasPrefix("Done: Kim is off the list") == true)
    }
}

extension CorrectionTests {
    /// Met on Monday, Nov 30 at 4:30 PM; nobody read from the first message.
    var brightwater: Coach.Turn {
        play(["just got out of my interview at brightwater logistics for the ops analyst role"], at: "2026-11-30T16:30")
    }

    @Test func aPanelAfterADashIsReadAndTheHiringManagerLeads() {
        let turn = play(
            [
                "just got out of my interview at brightwater logistics for the ops analyst role, it was a panel - dana whitfield (hiring mgr), raj patel from finance and a guy called tom okafor who runs the warehouse team. went ok i think, dana said theyd decide in about 2 weeks"
            ], at: "2026-11-30T16:30")
        #expect(turn.state.application.contacts.map(\.name) == ["Dana Whitfield", "Raj Patel", "Tom Okafor"])
        #expect(turn.state.application.mainContact?.name == "Dana Whitfield")
    }

    @Test func aListAfterISaidIsOnlyTheNames() {
        let turn = play(
            ["i already said - dana whitfield, raj patel, tom okafor"], at: "2026-11-30T16:40", from: brightwater.state)
        #expect(turn.state.application.contacts.map(\.described) == ["Dana Whitfield", "Raj Patel", "Tom Okafor"])
    }

    @Test func aHiringManagerAddedLaterLeads() {
        let turn = play(
            ["raj patel, tom okafor", "no wait you missed dana whitfield, she was the hiring manager"],
            at: "2026-11-30T16:40",
            from: brightwater.state)
        #expect(turn.state.application.mainContact?.name == "Dana Whitfield")
    }

    @Test func theUserSaysWhoTheFollowUpsGoTo() throws {
        var turn = play(
            ["raj patel, dana whitfield, tom okafor", "yes", "yes", "yes", "yes"], at: "2026-11-30T16:40",
            from: brightwater.state)
        #expect(turn.state.application.mainContact?.name == "Raj Patel")
        turn = play(["who is my main contact btw?"], at: "2026-12-01T08:15", from: turn.state)
        #expect(turn.replies.first?.hasPrefix("Your follow-ups go to Raj Patel.") == true)
        turn = play(
            ["can the follow up go to dana instead of raj? raj is finance, dana is the one hiring"],
            at: "2026-12-01T12:00", from: turn.state)
        #expect(turn.replies.first?.hasPrefix("Done: the follow-ups go to Dana Whitfield now, not Raj Patel") == true)
        let app = turn.state.application
        #expect(app.mainContact?.name == "Dana Whitfield")
        let plan = try #require(Planner(calendar: calendar).plan(for: app, at: moment("2026-12-01T12:00")))
        #expect(plan.step(.firstFollowUp)?.note == "to Dana Whitfield")
    }
}

extension CorrectionTests {
    @Test func aTitlePutRightChangesThatPersonsRole() {
        let turn = play(
            ["remove kim, she wasnt at the interview", "oh and his title is office manager, not practice manager"],
            at: "2026-12-10T09:00", from: pinecrest.state)
        #expect(turn.state.application.contacts.map(\.described) == ["Jon Mcleod (office manager)"])
        #expect(turn.replies.last?.hasPrefix("Changed: Jon Mcleod (office manager)") == true)
    }

    @Test func aTitleSaidOfOneOfSeveralGoesToThePersonWhoseRoleItWas() {
        let turn = play(
            ["oh and his title is office manager, not practice manager", "kim's title is recruiter"],
            at: "2026-12-10T09:00",
            from: pinecrest.state)
        #expect(turn.state.application.contacts.map(\.described) == ["Jon Mcleod (office manager)", "Kim (recruiter)"])
    }

    @Test func aCompanyTakenForAPersonGoesAndThePersonMeantComesOn() {
        var turn = play(
            [
                "Northgate Credit Union", "member services supervisor", "just now", "Northgate Credit Union",
            ], at: "2026-12-03T11:40")
        #expect(turn.state.application.contacts.map(\.name) == ["Northgate Credit Union"])
        turn = play(
            ["the person was Luis Romero, branch manager. northgate is the company not a person"],
            at: "2026-12-03T11:40",
            from: turn.state)
        #expect(turn.state.application.contacts.map(\.described) == ["Luis Romero (branch manager)"])
    }
}

extension CorrectionTests {
    @Test func theInterviewsDaySaidAgainStands() {
        var turn = play(["oops it was wednesday not tuesday, today"], at: "2026-12-09T18:00", from: pinecrest.state)
        turn = play(["the interview was yesterday (wed 9th) not tuesday"], at: "2026-12-10T08:00", from: turn.state)
        #expect(turn.replies == ["That's what I have: the interview ended Wednesday, Dec 9 at 2:30 PM."])
    }

    /// Trial 20: the end's time put right after its day keeps the day put right.
    @Test func timeAloneKeepsTheDayPutRight() {
        let told = play(
            [
                "interview at halden studio today for ux designer, met ruth adeyemi, ended 3pm, they said two weeks",
                "y", "y", "y", "y",
            ],
            at: "2026-12-03T16:00")
        let turn = play(
            ["wait sorry the interview was wednesday not thursday", "actually it ended at 4pm"], at: "2026-12-03T16:20",
            from: told.state)
        #expect(turn.state.application.interviewEnd == moment("2026-12-02T16:00"))
    }

    /// Trial 20: a first message's call with its day and time gives the end; a plain end time
    /// typed while a room question is open puts the end right and keeps the question.
    @Test func endTimeTypedDuringAnotherQuestion() {
        let told = play(
            ["had a call w/ Fenwick Media yesterday at 11am for a content producer job, spoke with jo park the editor"],
            at: "2026-12-21T10:05")
        #expect(told.state.application.interviewEnd == moment("2026-12-20T11:00"))
        let turn = play(["it finished about 11:45"], at: "2026-12-21T10:10", from: told.state)
        #expect(turn.state.application.interviewEnd == moment("2026-12-20T11:45"))
        #expect(turn.state.question == told.state.question)
    }
}
