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

    /// A line of invalid UTF-8 (read as U+FFFD) gets a calm reply and changes nothing: at the
    /// question about when it ended, it is not taken for "just now".
    @Test(arguments: [[0xE2, 0x82], [0x41, 0x63, 0x6D, 0x65, 0x20, 0xFF], [0xC3, 0x28]] as [[UInt8]])
    func aLineThatIsNoTextChangesNothing(_ bytes: [UInt8]) {
        for count in [0, 2, walkthrough.count] {
            let before = play(Array(walkthrough.prefix(count)))
            let turn = coach.respond(to: String(decoding: bytes, as: UTF8.self), in: before.state, now: now)
            #expect(turn.replies.first?.hasPrefix("Part of that line didn't come through") == true)
            #expect(turn.state.application == before.state.application)
        }
    }

    /// "sarah emailed, said ...": one of them got in touch, so no follow-up of the user's is recorded.
    @Test func aContactWhoEmailedIsNoFollowUp() {
        let before = play(walkthrough)
        let later = now.addingTimeInterval(20 * 86_400)
        let turn = coach.respond(to: "sarah emailed, said theyd update me next week", in: before.state, now: later)
        #expect(!turn.state.application.isDone(.firstFollowUp))
        let mine = coach.respond(to: "i emailed sarah this morning", in: before.state, now: later)
        #expect(mine.state.application.isDone(.firstFollowUp))
    }

    @Test func theSameInputGivesTheSameTurn() {
        let first = play(walkthrough)
        let second = play(walkthrough)
        #expect(first.state == second.state)
        #expect(first.replies == second.replies)
    }

    @Test func anOffersAnswerDayIsKeptAndSaidBack() {
        // Thursday, Nov 26: "by monday" is Monday, Nov 30.
        let turn = play(walkthrough + ["they want to hire me!! they need my answer by monday"])
        #expect(turn.state.application.outcome == .offer)
        #expect(turn.state.application.waitUntil == Day(iso: "2026-11-30"))
        #expect(turn.replies.joined().contains("They'd like your answer on Monday, Nov 30."))
        let asked = coach.respond(to: "what now?", in: turn.state, now: now)
        #expect(asked.replies.joined().contains("by Monday, Nov 30"))
    }

    /// "is that this friday or next" gives both dates (Thursday, Nov 26: Nov 27 and Dec 4).
    @Test func thisFridayOrNextGivesBothDates() {
        let turn = coach.respond(to: "is that this friday or next", in: play(walkthrough).state, now: now)
        #expect(
            turn.replies.first
                == "The coming one is Friday, Nov 27; the one after is Friday, Dec 4. If they didn't say which, it's fine to ask them."
        )
    }

    /// "why the last one a week later" asks about the second follow-up, and /why after it too.
    @Test func whyTheLastOneIsTheSecondFollowUp() {
        let turn = coach.respond(to: "why the last one a week later", in: play(walkthrough).state, now: now)
        #expect(turn.replies.first?.hasSuffix("(schedule-second-follow-up)") == true)
        let again = coach.respond(to: "/why", in: turn.state, now: now)
        #expect(again.replies.first?.hasSuffix("(schedule-second-follow-up)") == true)
    }

    /// "should i email priya instead of meera?" chooses who the follow-ups go to.
    @Test func writingToOneInsteadOfTheOtherChoosesWhoTheFollowUpsGoTo() {
        let two = [
            "Acme", "Designer", "just now", "Meera Rao, hiring manager; Priya Das, recruiter", "yes", "yes, two weeks",
            "yes", "yes",
        ]
        let turn = coach.respond(
            to: "should i email priya instead of meera? priya is the recruiter", in: play(two).state, now: now)
        #expect(turn.state.application.mainContact?.name == "Priya Das")
    }

    /// People named after "your interviewer" stood for them take its place, roles and all, and
    /// the notes greet them; said again, nothing changes.
    @Test func peopleNamedLaterTakeThePlaceOfYourInterviewer() {
        let nobody = ["Acme", "Designer", "just now", "yes", "yes", "yes"]
        var turn = play(nobody)
        #expect(turn.state.application.contacts.map(\.name) == [Contact.placeholderName])
        turn = coach.respond(to: "actually i met raj, director of ops, and kim lee from hr", in: turn.state, now: now)
        #expect(turn.state.application.contacts.map(\.name) == ["Raj", "Kim Lee"])
        #expect(turn.state.application.contacts.first?.role == "director of ops")
        let again = coach.respond(to: "my interviewer was raj", in: turn.state, now: now)
        #expect(again.replies.first?.hasPrefix("I have that already") == true)
        #expect(again.state.application.contacts.count == 2)
        let later = coach.respond(
            to: "the people i met were Raj, director of ops; Kim Lee, HR", in: play(nobody).state, now: now)
        #expect(later.state.application.contacts.map(\.name) == ["Raj", "Kim Lee"])
    }

    /// A note to "your interviewer" leaves the name to fill in, never "Dear your,".
    @Test func aNoteToSomeoneNotNamedLeavesTheNameToFillIn() {
        let turn = play(["Acme", "Designer", "just now", "yes", "yes", "yes"])
        let asked = coach.respond(to: "/draft thank-you", in: turn.state, now: now)
        let draft = coach.respond(to: "skip", in: asked.state, now: now)
        #expect(draft.replies.contains { $0.contains("Dear [their name],") })
        #expect(!draft.replies.contains { $0.contains("Dear your") })
    }

    /// An offer turned down in the same line starts the decline, due now: the offer has asked.
    @Test func anOfferTurnedDownInTheSameLineIsDeclinedNow() throws {
        let line = "acme called with an offer! need an answer by monday. but i want to turn acme down nicely"
        let turn = play(walkthrough + [line])
        #expect(turn.state.application.outcome == .offer)
        #expect(turn.state.application.declining?.isTime == true)
        let plan = try #require(Planner(calendar: calendar).plan(for: turn.state.application, at: now))
        #expect(plan.actions.first?.step == .declinePolitely)
        let draft = coach.respond(to: "/draft decline", in: turn.state, now: now)
        #expect(draft.replies.contains { $0.contains("Dear Sarah,") })
        let asked = coach.respond(to: "how do i say no without burning the bridge", in: turn.state, now: now)
        #expect(asked.replies.joined().contains("Answer their offer soon"))
    }

    /// "i want to decline this offer politely" with their offer in hand starts the decline.
    @Test func decliningTheOfferInHandStartsTheDecline() {
        let offered = play(walkthrough + ["they offered me the job"])
        let turn = coach.respond(to: "i want to decline this offer politely", in: offered.state, now: now)
        #expect(turn.state.application.declining?.isTime == true)
    }

    /// "rang this afternoon" is when they called: no answer day is made of it; "by 5pm today" is one.
    @Test func whenAnOfferCameIsNoDayToAnswerBy() throws {
        let later = try ISOMoment.parse("2026-12-16T15:00", calendar: calendar)
        let told = "GREAT news, oakridge rang this afternoon and offered me the insight officer job, im going to accept"
        let turn = coach.respond(to: told, in: play(walkthrough).state, now: later)
        #expect(turn.state.application.outcome == .offer)
        #expect(turn.state.application.waitUntil == nil)
        #expect(!turn.replies.joined().contains("your answer"))
        let dated = coach.respond(
            to: "they offered me the job, answer needed by 5pm today", in: play(walkthrough).state, now: later)
        #expect(dated.state.application.waitUntil == Day(iso: "2026-12-16"))
    }

    /// "What did they say?" never stops news: a delay told instead is read, counted from their
    /// day (Thursday, Dec 10, two weeks from the interview), and the question is not put again.
    @Test func aPendingQuestionLetsADelayBeReadFromTheirDay() throws {
        let later = try ISOMoment.parse("2026-12-03T10:00", calendar: calendar)
        let asked = coach.respond(to: "sarah emailed me", in: play(walkthrough).state, now: later)
        #expect(asked.state.question == .employerReply)
        let turn = coach.respond(
            to: "another update from sarah, theyve pushed the decision back another week", in: asked.state, now: later)
        #expect(turn.state.application.waitUntil == Day(iso: "2026-12-17"))
        #expect(turn.state.question == nil)
        #expect(!turn.replies.joined().contains("What did they say"))
    }

    /// A freeze is a pause with no decision day: what was assumed is said, no decision day is
    /// claimed, and a why about a date explains the step on that date.
    @Test func aFreezeClaimsNoDecisionDay() throws {
        let later = try ISOMoment.parse("2027-01-04T09:00", calendar: calendar)
        let turn = coach.respond(
            to: "ugh. got a msg from HR at acme, hiring freeze until february", in: play(walkthrough).state, now: later)
        #expect(turn.state.application.waitUntil == Day(iso: "2027-02-01"))
        #expect(turn.replies.joined().contains("A pause gives no decision day"))
        let why = coach.respond(to: "why would i wait that long?", in: turn.state, now: later)
        #expect(!why.replies.joined().contains("expect to decide"))
        let dated = coach.respond(to: "how come feb 10?", in: turn.state, now: later)
        #expect(dated.replies.joined().hasSuffix("(second-follow-up)"))
    }

    @Test func aDeclineSentAfterTakingAnotherOfferKeepsWhyItClosed() throws {
        var turn = coach.respond(
            to: "took an offer somewhere else, how do i bow out?", in: play(walkthrough).state, now: now)
        #expect(turn.state.application.closure?.reason == .acceptedElsewhere)
        turn = coach.respond(to: "/draft decline", in: turn.state, now: now)
        turn = coach.respond(to: "/sent", in: turn.state, now: now)
        #expect(turn.state.application.closure?.reason == .acceptedElsewhere)
        #expect(turn.state.application.isDone(.declinePolitely))
    }

    @Test func aNextRoundWhoseDayHasPassedIsAskedAbout() throws {
        let round = coach.respond(to: "they want a 2nd interview on dec 30", in: play(walkthrough).state, now: now)
        let later = try ISOMoment.parse("2027-01-05T10:00", calendar: calendar)
        let turn = coach.respond(to: "what now", in: round.state, now: later)
        #expect(turn.replies.contains { $0.hasPrefix("Your next round was Wednesday, Dec 30. How did it go?") })
    }

    /// "they said theyd decide by the 18th" is their day, not the round's end; the company
    /// named among the people is no one to thank (trial 18).
    @Test func aRoundsDecisionDayIsNotItsEndAndTheCompanyIsNoOne() throws {
        let later = try ISOMoment.parse("2026-12-09T16:15", calendar: calendar)
        let line =
            "just had the 2nd interview with acme, raj and their vp sandra ortiz. they said theyd decide by the 18th"
        let turn = coach.respond(to: line, in: play(walkthrough).state, now: later)
        let app = turn.state.application
        #expect(app.interviewEnd == later)
        #expect(app.timeFrame == .by(Day(year: 2026, month: 12, day: 18)))
        #expect(app.contacts.map(\.name) == ["Raj", "Sandra Ortiz"])
    }

    /// Asked for the role, a line that tells what happened is never the title (trial 18).
    @Test(arguments: ["got dans email, not sophies", "sent sam a thank you already", "met the cto too"])
    func aLineOfTheStoryIsNoRole(line: String) {
        let turn = play(["Acme", line])
        #expect(turn.state.application.role == nil)
    }

    /// Pictures alone name no company and no role: they are asked for again (trial 18).
    @Test func picturesAloneNameNothing() {
        let company = play(["😀😀😀 🚀"])
        #expect(company.state.application.company == nil && company.state.question == .company)
        let role = play(["Acme", "🚀🚀"])
        #expect(role.state.application.role == nil && role.state.question == .role)
    }

    @Test func referencesSentGiveADayToAskAboutTheirTiming() throws {
        var turn = coach.respond(to: "they want refs", in: play(walkthrough).state, now: now)
        turn = coach.respond(to: "sent them my refs this morning", in: turn.state, now: now)
        let checkIn = Day(now, in: calendar).adding(days: 7, in: calendar)
        #expect(turn.state.application.waitUntil == checkIn)
        let later = coach.respond(to: "what now", in: turn.state, now: now)
        #expect(later.replies.contains { $0.hasPrefix("Your references went out.") })
    }

    @Test func aNoteToldAsSentThatNeverWentIsBackOnTheList() {
        let turn = play(walkthrough + ["sent sarah her thank you", "ok so i never actually sent sarah a thank you"])
        #expect(!turn.state.application.isDone(.sendThankYou))
        #expect(turn.state.application.contactsAwaitingThanks.map(\.name) == ["Sarah Lee"])
    }

    @Test func someoneMetAddedAfterTheNotesHasANoteStillToWrite() {
        let turn = play(walkthrough + ["sent sarah her thank you", "I also met Dana Whitfield, hiring manager"])
        #expect(!turn.state.application.isDone(.sendThankYou))
        #expect(turn.state.application.contactsAwaitingThanks.map(\.name) == ["Dana Whitfield"])
        #expect(turn.replies.contains { $0.hasPrefix("A thank-you note to Dana Whitfield is still to write") })
    }

    @Test func notesSentSaidWhileAskedAboutTheRoomAreTheNotesNotAYes() {
        let turn = play(["Acme", "Designer", "just now", "Sarah Lee and Tom Park", "sent both"])
        #expect(turn.state.application.contactsAwaitingThanks.isEmpty)
        #expect(turn.state.application.records[.expressInterest] == nil)
        #expect(turn.state.question == .expressInterest)
    }

    @Test func decidingToPullOutWhileAskingHowStartsTheDecline() {
        let line = "honestly i think im going to pull out of this one, the commute is awful. how do i bow out?"
        let turn = coach.respond(to: line, in: play(walkthrough).state, now: now)
        #expect(turn.state.application.declining != nil)
        #expect(turn.replies.contains { $0.contains("/draft decline writes a short note") })
        let asking = coach.respond(to: "how do i bow out if i decide to?", in: play(walkthrough).state, now: now)
        #expect(asking.state.application.declining == nil)
    }

    @Test func aPauseWithADayToPickUpAgainCountsFromThatDay() throws {
        let later = try ISOMoment.parse("2026-12-10T12:00", calendar: calendar)
        let line = "recruiter rang, it's on hold till january and they'll pick it up again around jan 12"
        let turn = coach.respond(to: line, in: play(walkthrough).state, now: later)
        #expect(turn.state.application.waitUntil == Day(iso: "2027-01-12"))
    }

    /// A contract signed is this one's job unless the line names another company's or another offer.
    @Test(arguments: [
        ("signed the contract today!", Closure.Reason.offer), ("signed the acme contract", .offer),
        ("signed the lakeside contract today", .acceptedElsewhere), ("signed another contract", .acceptedElsewhere),
    ])
    func aSignedContractClosesAsTheJobTaken(_ line: String, _ reason: Closure.Reason) {
        let turn = coach.respond(to: line, in: play(walkthrough).state, now: now)
        #expect(turn.state.application.closure?.reason == reason)
    }

    @Test func stillDecidingTakesTheDayAfterByNotTheDayTheMessageCame() throws {
        let later = try ISOMoment.parse("2026-12-17T10:00", calendar: calendar)
        let turn = coach.respond(
            to: "sarah emailed on the 10th saying theyre still interviewing and will get back by dec 22",
            in: play(walkthrough).state, now: later)
        #expect(turn.state.application.waitUntil == Day(iso: "2026-12-22"))
    }

    @Test func askingForTheNoteThatBowsOutStartsTheDeclineAndDraftsIt() {
        let line = "im taking the other offer so acme is a no, can you write the email to sarah"
        #expect(coach.declines(line))
        let turn = coach.respond(to: line, in: play(walkthrough).state, now: now, offerElsewhere: true)
        #expect(turn.state.application.declining?.withOfferElsewhere == true)
        #expect(turn.replies.contains { $0.hasPrefix("Decline to Sarah Lee") })
        #expect(!turn.replies.joined().contains("remain very interested"))
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
        #expect(junk.replies.first?.hasPrefix("Part of that line didn't come through as text") == true)
    }

    @Test func aHugePasteIsCutWithANote() {
        let turn = play([String(repeating: "Acme ", count: 5000)])
        #expect(turn.replies.first == "That was a long message; I read the first 2000 characters.")
        #expect(turn.state.application.company?.count ?? 0 <= Exchange.longestLine)
    }

    @Test func aQuestionAboutTheRoomLeftForDaysIsNotAskedAgain() throws {
        let start = play(Array(walkthrough.prefix(4)))
        #expect(start.state.question == .expressInterest)
        let nextDay = now.addingTimeInterval(86_400)
        #expect(coach.pendingQuestion(start.state, now: nextDay).first?.contains("want the job") == true)
        let later = now.addingTimeInterval(3 * 86_400)
        #expect(coach.pendingQuestion(start.state, now: later).isEmpty)
        let turn = coach.respond(to: "what now?", in: start.state, now: later)
        #expect(turn.state.question != .expressInterest && turn.state.question != .sayThanks)
        #expect(StepID.atInterview.allSatisfy { turn.state.application.records[$0]?.status == .unknown })
    }

    @Test func aQuestionAboutTheRoomIsLetGoAfterAnAsideTheNextDayAndCanStillBeAnswered() throws {
        let start = play(Array(walkthrough.prefix(4)))
        let nextDay = now.addingTimeInterval(16 * 3_600)
        let aside = coach.respond(to: "what should i do now?", in: start.state, now: nextDay)
        #expect(aside.state.question == nil)
        #expect(aside.replies.suffix(2) == [Exchange.roomLetGo, "Without their timing, I'll assume two weeks."])
        #expect(!aside.replies.contains { $0.contains("want the job") })
        let told = coach.respond(to: "I thanked them on the way out", in: aside.state, now: nextDay)
        #expect(told.state.application.records[.sayThanks]?.status == .done)
        let sameDay = coach.respond(to: "what should i do now?", in: start.state, now: now)
        #expect(sameDay.state.question == .expressInterest)
    }

    @Test func theCompanyOrSomeonesNamePutRightWhileTheRoleIsAskedIsNoRole() {
        let start = play(["Zentrix, video call with priya nair (recruiter) just now"])
        #expect(start.state.question == .role)
        #expect(start.state.application.contacts.map(\.name) == ["Priya Nair"])
        let company = coach.respond(
            to: "that company name is wrong, its Q-Ten Robotics not Zentrix", in: start.state, now: now)
        #expect(company.state.application.company == "Q-Ten Robotics")
        #expect(company.state.application.role == nil && company.state.question == .role)
        let name = coach.respond(
            to: "his name is just george, \"only\" isnt his surname lol", in: company.state, now: now)
        #expect(name.state.application.contacts.map(\.name) == ["George"])
        #expect(name.state.application.role == nil)
    }

    @Test func aMisspeltNameIsPutRightWithoutTheWordsAroundIt() {
        let start = play(["Zentrix, video call with Meara Walsh and Tom today"])
        let first = coach.respond(to: "her name is actualy Meera not Meara", in: start.state, now: now)
        let full = coach.respond(to: "his full name is Tom Baker", in: first.state, now: now)
        #expect(full.state.application.contacts.map(\.name) == ["Meera Walsh", "Tom Baker"])
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
        #expect(entries.contains { $0.step == .declineWait && $0.status == .waiting })
    }

    @Test func futureRolesTurnedDownWhenDecliningAreNotAskedAboutAgain() {
        let turn = play(walkthrough + ["no", "im out, not applying there again either", "they asked about next steps"])
        #expect(turn.state.application.declining?.futureInterest == false)
        #expect(turn.state.question == nil)
        #expect(turn.replies.joined().contains("say you don't think you're the best fit for this role. Nothing more"))
    }

    @Test(arguments: [
        "sent a quick thanks to sarah just now, skipped tom", "sent notes to everyone except tom",
        "sent everyone a note, except tom", "sent my notes, skipped tom", "sent sarah her note but not tom",
    ])
    func aPersonLeftOutGetsNoNoteRecorded(line: String) {
        let met = ["Acme", "Designer", "just now", "Sarah Lee, hiring manager; Tom Park, HR"]
        let turn = play(met + ["yes", "yes, two weeks", "yes", "yes", "yes", line])
        let thanked = turn.state.application.contacts.filter { $0.thankedOn != nil }.map(\.name)
        #expect(thanked == ["Sarah Lee"])
    }

    @Test func doneAfterTheAdviceToThankThemWhileDecliningIsThePlainThankYou() {
        let turn = play(["Acme", "Designer", "just now", "Sarah Lee, hiring manager", "im out", "what now", "done"])
        #expect(turn.state.application.contacts.allSatisfy { $0.thankedOn != nil })
        #expect(turn.state.application.closure == nil)
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

    /// From trial 15: details for one person say nothing of the others, who are asked about;
    /// cards from some and not others leave on the plan who can be reached.
    @Test func detailsForSomeLeaveTheOthersOpen() throws {
        let people = "Jon Mcleod, practice manager; Kim, HR"
        let start = play(["Acme", "Designer", "just now", people, "yes", "yes, two weeks", "yes"])
        let turn = coach.respond(to: "i have jons email", in: start.state, now: now)
        #expect(turn.state.application.contacts.map(\.hasDetails) == [true, nil])
        #expect(turn.state.question == .collectCards)
        #expect(turn.state.application.records[.collectCards] == nil)
        let three = play([
            "Acme", "Designer", "just now", "Dana Whitfield; Raj Patel; Tom Okafor", "yes", "yes, two weeks", "yes",
        ])
        let cards = coach.respond(to: "got cards from dana and tom, not raj", in: three.state, now: now)
        let app = cards.state.application
        #expect(app.contacts.map(\.hasDetails) == [true, false, true])
        let plan = try #require(Planner(calendar: calendar).plan(for: app, at: now))
        #expect(plan.step(.collectCards)?.note == "reach: Dana Whitfield, Tom Okafor; not yet: Raj Patel")
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

    /// From trial 15: a report that names some people as still to do records only the others.
    @Test(arguments: [
        ("ok so i emailed ana last night, thanking her. bo and cy still to go", ["Ana Cruz"]),
        ("sent ana and bo theirs, cy still to do", ["Ana Cruz", "Bo Li"]),
        ("sent ana's, bo and cy next", ["Ana Cruz"]),
        ("sent ana a thank you. bo, cy are next", ["Ana Cruz"]),
        ("ana done, bo and cy pending", ["Ana Cruz"]),
        ("emailed ana and bo, cy yet to get hers", ["Ana Cruz", "Bo Li"]),
        ("sent ana one but not bo and cy", ["Ana Cruz"]),
        ("thanked ana by email, havent done bo or cy yet", ["Ana Cruz"]),
    ])
    func notesNamedAsStillToDoStayWaiting(line: String, thanked: [String]) {
        let people = "Ana Cruz, engineer; Bo Li, HR; Cy Diaz, manager"
        let start = play(["Acme", "Designer", "tuesday at 10am", people, "yes", "yes, two weeks", "yes", "yes"])
        let app = coach.respond(to: line, in: start.state, now: now).state.application
        #expect(app.contacts.filter { $0.thankedOn != nil }.map(\.name) == thanked)
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

    /// From trial 15: thanks sent by email are the note, whether told unasked or as the answer
    /// to "did your note go out?", and never an answer about the room or the cards.
    @Test(arguments: [
        "thanked priya this morning by email",
        "the thank you to priya went out yesterday morning, by email. you didnt log it",
        "yes it did, yesterday",
    ])
    func thanksByEmailAreTheNote(line: String) throws {
        let done = play(["Acme", "Designer", "just now", "Priya Nair, head of data", "yes", "yes, two weeks", "yes"])
        let later = try ISOMoment.parse("2026-11-28T09:00", calendar: calendar)
        let asked = coach.respond(to: "what now", in: done.state, now: later)
        #expect(asked.state.question == .happened)
        let state = line.hasPrefix("yes") ? asked.state : done.state
        let turn = coach.respond(to: line, in: state, now: later)
        #expect(turn.state.application.isDone(.sendThankYou))
        #expect(turn.replies.first?.hasPrefix("Well done: thank-you sent to Priya Nair") == true)
        #expect(turn.state.application.records[.sayThanks] == done.state.application.records[.sayThanks])
    }

    /// From trial 15: roles given while a yes/no question is open are roles, and the question stays.
    @Test func rolesGivenWhileAskedAreNoAnswer() {
        let start = play(["Acme", "Designer", "just now", "Dana Whitfield; Raj Patel; Tom Okafor"])
        #expect(start.state.question == .expressInterest)
        let turn = coach.respond(
            to: "dana is the hiring manager, raj is finance, tom runs the warehouse", in: start.state, now: now)
        let app = turn.state.application
        #expect(app.contacts.map(\.role) == ["hiring manager", "finance", "runs the warehouse"])
        #expect(app.records[.expressInterest] == nil)
        #expect(turn.state.question == .expressInterest)
        let unknown = coach.respond(to: "mia is the recruiter and raj is from finance", in: start.state, now: now)
        #expect(unknown.state.application.contacts.map(\.name) == ["Dana Whitfield", "Raj Patel", "Tom Okafor"])
        #expect(unknown.state.application.contacts[1].role == "finance")
        #expect(unknown.state.question == .expressInterest)
        let nice = coach.respond(to: "dana is nice, raj is lovely", in: start.state, now: now)
        #expect(nice.state.application.contacts.allSatisfy { $0.role == nil })
        // A question naming someone is no yes either.
        for line in [
            "can the follow up go to dana instead of raj? raj is finance, dana is the one hiring",
            "who is my main contact btw? should be dana shes the hiring manager",
        ] {
            let asked = coach.respond(to: line, in: start.state, now: now)
            #expect(asked.state.application.records[.expressInterest] == nil)
            #expect(asked.state.question == .expressInterest)
        }
    }

    /// From trial 15: a call to someone named, with what they said, is the follow-up to that
    /// person and their new day; the next follow-up goes to them too.
    @Test(arguments: [
        "phoned dana at lunch, she said they are still seeing a couple of people and should know by end of next week",
        "i rang dana today",
    ])
    func aFollowUpToSomeoneNamedGoesToThem(line: String) throws {
        let start = play(["Acme", "Designer", "just now", "Raj Patel; Dana Whitfield", "yes", "yes, two weeks", "yes"])
        let later = try ISOMoment.parse("2026-12-14T14:00", calendar: calendar)
        let turn = coach.respond(to: line, in: start.state, now: later)
        let app = turn.state.application
        #expect(app.isDone(.firstFollowUp))
        #expect(app.mainContact?.name == "Dana Whitfield")
        #expect(app.contacts.map(\.id) == [2, 1])
        if line.contains("next week") { #expect(app.waitUntil == Day(year: 2026, month: 12, day: 25)) }
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

    @Test func whatWasTalkedAboutInTheFirstMessageIsKeptForTheNotes() throws {
        let turn = play([
            "interviewed at Acme today with Sarah Lee and Tom Baker, we talked about their dashboard migration with sarah and the team is moving to kubernetes"
        ])
        #expect(
            turn.state.application.contacts.map(\.detail) == [
                "their dashboard migration", "how the team is moving to kubernetes",
            ])
        let drafts = try Drafter(calendar: calendar).drafts(.thankYou, for: turn.state.application).drafts
        #expect(drafts[0].body.contains("our conversation about your dashboard migration."))
        #expect(drafts[1].body.contains("our conversation about how your team is moving to kubernetes."))
    }

    @Test func theEarlyMessageQuestionIsAnsweredWithTheNoteOrTheFollowUp() throws {
        let done = play(walkthrough + ["yes", "I sent the thank-you notes"])
        let later = try ISOMoment.parse("2026-12-01T10:00", calendar: calendar)
        let asked = coach.respond(to: "emailed sarah this morning", in: done.state, now: later)
        #expect(asked.replies.first?.hasPrefix("Was that your first follow-up?") == true)
        for line in ["it was the note", "that was the thank you"] {
            let note = coach.respond(to: line, in: asked.state, now: later)
            #expect(note.replies.first?.hasPrefix("Then nothing changes") == true, "\(line)")
            #expect(!note.state.application.isDone(.firstFollowUp), "\(line)")
        }
        let followUp = coach.respond(to: "it was the follow up", in: asked.state, now: later)
        #expect(followUp.state.application.records[.firstFollowUp]?.on == Day(iso: "2026-12-01"))
        #expect(followUp.state.earlyMessage == nil)
    }

    @Test func aDayNamedFromTodayInTheFirstMessageCountsFromToday() {
        let turn = play(["interviewed at Acme on the 19th with Sam Lee, they will decide by friday week"])
        #expect(turn.state.application.timeFrame == .by(Day(iso: "2026-12-04")!))
    }

    @Test func aDeadlineThatEndsOnAWeekendIsTheWorkingDayBeforeAndSaysSo() {
        let turn = play(["interviewed at Acme today with Sam Lee, they will decide by mid december"])
        #expect(turn.state.application.timeFrame == .by(Day(iso: "2026-12-18")!))
        #expect(
            turn.replies.contains {
                $0.contains(
                    "a decision by Friday, Dec 18 (\"mid december\" ends on Sunday, Dec 20, so I took the working day before)"
                )
            })
    }

    @Test func whenItEndedToldWhileTheRoleIsAskedIsNoRole() throws {
        let turn = play(["Acme", "yesterday at 3pm"])
        #expect(turn.state.application.role == nil)
        #expect(turn.state.application.interviewEnd == (try ISOMoment.parse("2026-11-25T15:00", calendar: calendar)))
        #expect(turn.state.question == .role)
        #expect(play(["Acme", "night shift nurse"]).state.application.role == "night shift nurse")
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

    @Test(arguments: [
        ("meera shah, planning lead", ["Meera Shah (planning lead)"]),
        (
            "Jo Lane, Branch Manager; Ravi Kumar, head of data",
            ["Jo Lane (Branch Manager)", "Ravi Kumar (head of data)"]
        ),
        ("linda park hr and then marcus wells branch manager", ["Linda Park (hr)", "Marcus Wells (branch manager)"]),
        (
            "kim lee recruiter then sam ortiz engineering director",
            ["Kim Lee (recruiter)", "Sam Ortiz (engineering director)"]
        ),
        ("Dr. Amy Fox, Chief Medical Officer", ["Amy Fox (Chief Medical Officer)"]),
        ("the recruiter, then two engineers", ["the recruiter", "the two engineers"]),
    ])
    func aTitleAfterANameIsTheirRoleAndEveryPersonIsKept(answer: String, people: [String]) {
        let turn = play(["Acme", "Designer", "just now", answer])
        #expect(turn.state.application.contacts.map(\.described) == people)
    }

    @Test(arguments: [
        ("sorry it was Tuesday not Thursday", "2026-11-24T17:00"), ("no wait, it was monday", "2026-11-23T17:00"),
        ("oops, it was wednesday at 2pm", "2026-11-25T14:00"),
    ])
    func aDaySetRightWhenPeopleAreAskedMovesTheInterviewAndAddsNobody(line: String, ended: String) throws {
        let turn = play(["Acme", "Designer", "just now", line])
        #expect(turn.state.application.contacts.isEmpty)
        #expect(turn.state.application.interviewEnd == (try ISOMoment.parse(ended, calendar: calendar)))
        #expect(turn.replies.first?.hasPrefix("Changed: the interview ended") == true)
        #expect(turn.state.question == .people)
    }

    @Test func aDaySetRightBeforeTheEndIsAskedAnswersThatQuestion() throws {
        let turn = play(["interviewed at Lumen Health on thursday", "oops it was Monday not Thursday"])
        let app = turn.state.application
        #expect(app.company == "Lumen Health" && app.role == nil)
        #expect(app.interviewEnd == (try ISOMoment.parse("2026-11-23T17:00", calendar: calendar)))
        #expect(turn.state.question == .role)
    }

    @Test func aDayAnsweringWhenTheyDecideIsNoCorrectionOfTheInterviewDay() {
        let turn = play(["Acme", "Designer", "just now", "Sarah Lee", "yes", "yes", "sorry, friday"])
        #expect(turn.state.application.interviewEnd == now)
        #expect(turn.state.application.timeFrame == .by(Day(iso: "2026-11-27")!))
    }

    @Test func afterThePlanOnlyADaySaidInPlaceOfTheInterviewsMovesIt() throws {
        let story =
            "Just finished at Acme for the designer role, met Sarah Lee, told her I want the job and thanked her, "
            + "they'll decide in two weeks, got her card"
        let other = play([story, "no", "sorry it was Monday not Friday"])
        #expect(other.state.application.interviewEnd == now)
        let turn = play([story, "no", "sorry it was Tuesday not Thursday"])
        #expect(turn.state.application.interviewEnd == (try ISOMoment.parse("2026-11-24T17:00", calendar: calendar)))
        #expect(turn.replies.contains { $0.hasPrefix("That changes the dates:") })
    }

    @Test func aDayAloneIsNoPersonEvenWithoutACorrection() {
        let turn = play(["Acme", "Designer", "just now", "it was Tuesday"])
        #expect(turn.state.application.contacts.isEmpty)
        #expect(turn.state.question == .people)
    }

    @Test(arguments: [
        (
            "had my interview w/ Oakridge Studios for junior ux designer this afternoon", "Oakridge Studios",
            "junior ux designer"
        ),
        ("interviewed at Lumen Health this morning for data engineer", "Lumen Health", "data engineer"),
    ])
    func aFirstMessageGivesTheCompanyAndTheRole(line: String, company: String, role: String) {
        let app = play([line]).state.application
        #expect(app.company == company && app.role == role)
        #expect(app.contacts.isEmpty)
    }

    @Test(arguments: [
        ("had an interview with Acme", "Acme"), ("just had my interview w/ brightwave", "Brightwave"),
        ("was with acme", "Acme"), ("interviewed at Lumen Health on thursday", "Lumen Health"),
    ])
    func aFirstMessageWithTheCompanyAfterWithOrAtGivesJustTheCompany(line: String, company: String) {
        let app = play([line]).state.application
        #expect(app.company == company && app.contacts.isEmpty)
    }

    @Test(arguments: ["emailed sam last night. still need to do priya", "sent my thank you notes"])
    func aFirstMessageStartingWithAVerbIsNoCompany(line: String) {
        let turn = play([line])
        #expect(turn.state.application.company == nil)
        #expect(turn.state.question == .company)
    }

    @Test func aLongRamblingPasteStillGivesWhatItCan() {
        let ramble = String(
            repeating: "i kept going over every answer in my head and wondering whether i came across as too nervous, ",
            count: 8)
        let line =
            "ok long story, the last weeks were a lot, " + ramble
            + "but today was the panel over at harbour bank for the risk analyst job, what should i even do now, "
            + ramble + ramble
        let turn = play([line])
        #expect(turn.replies.first == "That was a long message; I read the first 2000 characters.")
        #expect(turn.state.application.company == "Harbour Bank")
        #expect(turn.state.application.role == "risk analyst")
        // "today was the panel": it ended today, so the people met come next.
        #expect(turn.state.application.interviewEnd != nil)
        #expect(turn.state.question == .people)
    }

    @Test func aLongPasteGivesThePeopleAndTheTimeFrameBesideTheCompany() {
        let aside = "at which point i started to panic, and at times i wondered if i was qualified at all, "
        let line =
            "so, long message. " + String(repeating: aside, count: 3)
            + "anyway today i did the onsite at zentrix for the platform engineer role, i met with maria lopez, "
            + "engineering manager and dev patel, they said i would hear back within 10 days. "
            + String(repeating: aside, count: 10)
        let app = play([line]).state.application
        #expect(app.company == "Zentrix" && app.role == "platform engineer")
        #expect(app.contacts.map(\.described) == ["Maria Lopez (engineering manager)", "Dev Patel"])
        #expect(app.timeFrame == .within(10, .days))
    }

    @Test func aSecondInterviewInTheFirstMessageIsLeftForNew() {
        let turn = play([
            "today was northgate logistics, ops coordinator, met with helen (ops manager) and tom (head of people), "
                + "they said 2 weeks. monday i also had one at kestrel foods for supply planner, they'll decide this week"
        ])
        let app = turn.state.application
        #expect(app.company == "Northgate Logistics" && app.role == "ops coordinator")
        #expect(app.contacts.map(\.described) == ["Helen (ops manager)", "Tom (head of people)"])
        #expect(app.timeFrame == .within(2, .weeks))
        #expect(turn.replies.contains { $0.contains("second interview") && $0.contains("/new") })
    }

    @Test func aSecondInterviewAfterACompanyAloneIsLeftForNewToo() {
        let turn = play(["Alder Foods. also had one at Birch Labs on monday"])
        #expect(turn.state.application.company == "Alder Foods")
        #expect(turn.replies.contains { $0.contains("second interview") && $0.contains("/new") })
        #expect(turn.state.question == .role)
    }

    @Test(arguments: [
        (["Priya N"], "her last name is actualy Nair btw", "Priya Nair"),
        (["Sam Ortiz", "Priya"], "her surname is Nair", "Priya Nair"),
        (["Sam Ortiz", "Priya Shah"], "priya's last name is actually Nair", "Priya Nair"),
        (["Sam Ortiz", "Priya Shah"], "her last name's Nair", "Priya Nair"),
    ])
    func aLastNameGivenLaterGoesToThePersonItCanOnlyBe(people: [String], line: String, named: String) {
        let turn = play(["Acme", "Designer", "just now", people.joined(separator: "; "), line])
        #expect(turn.state.application.contacts.map(\.name).contains(named))
        #expect(turn.replies.first?.hasPrefix("Changed: \(named), not") == true)
    }

    @Test func aFirstMessageKeepsWhatWasSaidInTheRoomBesideTheCards() {
        let turn = play([
            "Just walked out of my interview with Acme Ltd for a junior copywriter job. Spoke with Olivia Benson and Elliot Stabler. I told them I really want it and thanked both of them. Got everyone's card but Elliot's."
        ])
        let app = turn.state.application
        #expect(app.records[.expressInterest]?.status == .done)
        #expect(app.records[.sayThanks]?.status == .done)
    }

    @Test func aRoleLeftAsideLetsTheOtherQuestionsCome() {
        let turn = play(["Acme", "hmm", "ugh", "no idea"])
        #expect(turn.state.application.role == nil)
        #expect(turn.state.question == .interviewEnd)
        let opened = play(["staff engineer interview w/ Nordwerk GmbH, met Anke Weber + Jonas Kraft, recruiter"])
        #expect(opened.state.application.role == "staff engineer")
        #expect(opened.state.application.contacts.map(\.name) == ["Anke Weber", "Jonas Kraft"])
    }

    @Test func aStoryToldWhileTheRoleIsAskedIsNoTitle() {
        let start = play(["Pied Piper"])
        #expect(start.state.question == .role)
        #expect(coach.respond(to: "just now", in: start.state, now: now).state.application.role == nil)
        let turn = coach.respond(to: "totally forgot to thank them in person tbh", in: start.state, now: now)
        #expect(turn.state.application.role == nil)
        #expect(turn.state.question == .role)
    }

    @Test func aCardFromOneAndNotTheOtherIsAboutCardsWhateverWasAsked() {
        let start = play(["Acme", "Designer", "just now", "Jared Dunn and Richard Hendricks"])
        #expect(start.state.question == .expressInterest)
        let turn = coach.respond(to: "jared gave me his card, richard didnt", in: start.state, now: now)
        #expect(turn.state.application.contacts.map(\.hasDetails) == [true, false])
        #expect(turn.state.application.records[.expressInterest] == nil)
    }

    @Test func aFirstNamePutRightKeepsTheLastName() {
        let start = play(["Acme", "Designer", "just now", "Keisha Odum, hiring manager"])
        let turn = coach.respond(to: "oh sorry her name is actualy Keysha with a y", in: start.state, now: now)
        #expect(turn.state.application.contacts.map(\.name) == ["Keysha Odum"])
        #expect(turn.state.application.records[.expressInterest] == nil)
    }
}
