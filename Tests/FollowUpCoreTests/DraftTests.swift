import Foundation
import Testing

@testable import FollowUpCore

/// Templates, drafts and the message format.
struct DraftTests {
    /// An interview at Acme for the designer role, with Sarah Lee.
    static let sarahAtAcme: Application = {
        var app = Application()
        app.company = "Acme"
        app.role = "Designer"
        app.interviewEnd = Date(timeIntervalSince1970: 1_795_000_000)
        app.contacts = [Contact(name: "Sarah Lee")]
        return app
    }()
    let drafter = Drafter(calendar: ScheduleTests.calendar("America/New_York"))

    @Test func aFirstFollowUpCarriesTheThanksOnlyWhenTheNoteNeverWentOut() throws {
        var app = Self.sarahAtAcme
        // From trial 15: with no thanks recorded at all, the thanks are not "again".
        let first = try drafter.drafts(.firstFollowUp, for: app, lateThanks: true).drafts[0].body
        #expect(first.contains("Thank you for taking the time to meet me"))
        app.records[.sayThanks] = StepRecord(.done)
        let late = try drafter.drafts(.firstFollowUp, for: app, lateThanks: true).drafts[0].body
        let plain = try drafter.drafts(.firstFollowUp, for: app).drafts[0].body
        #expect(late.contains("Thank you again for taking the time to meet me"))
        #expect(!plain.contains("Thank you again"))
        let thanks = try drafter.drafts(.thankYou, for: app, lateThanks: true).drafts[0].body
        #expect(!thanks.contains("Thank you again for taking the time"))
    }

    @Test func notesToTwoPeopleOfOneInterviewEachSayWhatIsKnownOfThatPerson() throws {
        // From trial 21: the two notes were the same but for the greeting.
        var app = Self.sarahAtAcme
        app.contacts = [Contact(name: "Raj Patel", role: "engineering manager"), Contact(name: "Lee Kim", role: "HR")]
        app.contacts[1].detail = "the user research they are planning"
        let drafts = try drafter.drafts(.thankYou, for: app).drafts
        #expect(drafts[0].subject == "Thank you, Raj, for meeting with me about the Designer role at Acme")
        #expect(drafts[0].body.contains("your perspective as the engineering manager."))
        #expect(drafts[0].body.contains("our conversation about [what you talked about with Raj]."))
        #expect(drafts[1].body.contains("your perspective as someone in HR."))
        #expect(drafts[1].body.contains("our conversation about the user research you are planning."))
        // A topic the user chose to leave out stays out; one person alone gets no placeholder.
        app.contacts[0].detail = ""
        #expect(try !drafter.drafts(.thankYou, for: app).drafts[0].body.contains("conversation about"))
        #expect(try !drafter.drafts(.thankYou, for: Self.sarahAtAcme).drafts[0].body.contains("[what"))
    }

    @Test func everyNoteKeepsItsSubjectAndItsThanksWithNoTitleGiven() throws {
        var app = Self.sarahAtAcme
        app.role = nil
        for kind in [DraftKind.thankYou, .firstFollowUp, .secondFollowUp] {
            let draft = try drafter.drafts(kind, for: app).drafts[0]
            #expect(draft.subject?.contains("the role at Acme") == true, "\(kind)")
            #expect(draft.body.contains("the role at Acme"), "\(kind)")
        }
        #expect(try drafter.drafts(.thankYou, for: app).drafts[0].body.contains("Thank you for your time on"))
    }

    @Test func aThankYouNoteLeftUnaskedAboutTheNextStepAsksAndOnesAlreadySentAreSaidToBe() throws {
        var app = Self.sarahAtAcme
        app.records[.askNextStep] = StepRecord(.missed)
        let first = try drafter.drafts(.thankYou, for: app)
        #expect(first.drafts[0].body.contains("Could you tell me what the next steps are"))
        #expect(!first.notes.contains(.allThanked))
        try app.apply(.thankYouSent(to: []), on: Day(year: 2026, month: 11, day: 19))
        app.records[.askNextStep] = StepRecord(.done)
        let again = try drafter.drafts(.thankYou, for: app)
        #expect(!again.drafts[0].body.contains("next steps are"))
        #expect(again.notes.contains(.allThanked))
    }

    @Test func nothingAsksAboutTheNextStepOnceTheyHaveAnswered() throws {
        let app = Self.sarahAtAcme
        var rejected = app
        try rejected.apply(.employerAnswered(.rejected), on: Day(year: 2026, month: 11, day: 30))
        #expect(throws: DraftError.finished(.closed(.rejected))) { try drafter.drafts(.thankYou, for: rejected) }
        var offered = app
        try offered.apply(.employerAnswered(.offer), on: Day(year: 2026, month: 11, day: 30))
        #expect(throws: DraftError.finished(.answered(.offer))) { try drafter.drafts(.firstFollowUp, for: offered) }
    }

    @Test func everyKindAndFormHasABuiltInTemplate() {
        for kind in DraftKind.allCases {
            for form in kind.forms {
                #expect(BuiltInTemplates.all[BuiltInTemplates.name(kind, form)] != nil, "\(kind) \(form)")
            }
        }
    }

    let calendar = ScheduleTests.calendar("America/New_York")

    var application: Application {
        var app = Application()
        app.company = "Acme"
        app.role = "Product Designer"
        app.interviewEnd = try! ISOMoment.parse("2026-11-26T17:00", calendar: calendar)
        var sarah = Contact(name: "Sarah Lee", role: "hiring manager")
        sarah.email = "sarah@acme.example"
        sarah.detail = "the redesign of the onboarding flow"
        app.contacts = [sarah, Contact(name: "Tom Park", role: "HR")]
        return app
    }

    @Test func aLineWhoseFieldHasNoValueIsLeftOut() {
        let template = Template(name: "t", text: "Subject: Hi {first_name}\nDear {first_name},\nAbout {detail}.\nBye")
        let rendered = template.render(["first_name": "Sarah"])
        #expect(rendered.subject == "Hi Sarah")
        #expect(rendered.body == "Dear Sarah,\nBye")
    }

    @Test func aThankYouForEachPersonWithTheirDetail() throws {
        let result = try Drafter(calendar: calendar).drafts(.thankYou, for: application)
        #expect(result.drafts.map(\.contact) == ["Sarah Lee", "Tom Park"])
        #expect(result.drafts[0].to == "sarah@acme.example")
        #expect(result.drafts[0].body.contains("our conversation about the redesign of the onboarding flow"))
        #expect(result.drafts[0].body.contains("Product Designer role at Acme"))
        // No topic known for Tom: a placeholder to fill, never one made up.
        #expect(result.drafts[1].body.contains("our conversation about [what you talked about with Tom]."))
        #expect(result.notes == [.missingDetail("Tom Park")])
    }

    @Test func noDraftHasFillerOrPromises() throws {
        var app = application
        try app.apply(.candidateLostInterest, on: Day(iso: "2026-11-30")!)
        var texts: [String] = []
        for kind in [DraftKind.thankYou, .firstFollowUp, .secondFollowUp] {
            for form in kind.forms {
                texts += try Drafter(calendar: calendar).drafts(kind, form: form, for: application).drafts.map(\.text)
            }
        }
        texts += try Drafter(calendar: calendar).drafts(.decline, for: app).drafts.map(\.text)
        for text in texts {
            #expect(!text.lowercased().contains("just checking in"))
            #expect(!text.lowercased().contains("touching base"))
            #expect(!text.contains("{"))
        }
    }

    @Test func theSecondFollowUpOffersReferencesAndThePhoneScriptAsksTheTimeFrame() throws {
        let email = try Drafter(calendar: calendar).drafts(.secondFollowUp, for: application).drafts[0]
        #expect(email.body.contains("references or more samples of my work"))
        let phone = try Drafter(calendar: calendar).drafts(.secondFollowUp, form: .phone, for: application).drafts[0]
        #expect(phone.subject == nil)
        #expect(phone.body.contains("when you expect to fill the role"))
    }

    @Test func theDeclineMentionsFutureRolesOnlyWhenWanted() throws {
        var app = application
        try app.apply(.candidateLostInterest, on: Day(iso: "2026-11-30")!)
        let plain = try Drafter(calendar: calendar).drafts(.decline, for: app).drafts[0]
        #expect(plain.body.contains("best fit"))
        #expect(!plain.body.contains("future openings"))
        app.declining?.futureInterest = true
        let open = try Drafter(calendar: calendar).drafts(.decline, for: app).drafts[0]
        #expect(open.body.contains("I'd be glad to hear about future openings at Acme."))
        #expect(throws: DraftError.declining(.firstFollowUp)) {
            try Drafter(calendar: calendar).drafts(.firstFollowUp, for: app)
        }
    }

    @Test func decliningTheThankYouIsPlainUntilTheyAskThenTheDeclineThanksThem() throws {
        var app = application
        app.records[.askNextStep] = StepRecord(.missed)
        try app.apply(.candidateLostInterest, on: Day(iso: "2026-11-30")!)
        for form in DraftKind.thankYou.forms {
            let body = try Drafter(calendar: calendar).drafts(.thankYou, form: form, for: app).drafts[0].body
            #expect(body.contains("Thank you"))
            #expect(!body.contains("interested") && !body.contains("keen") && !body.contains("next step"))
        }
        try app.apply(.employerAskedAboutNextSteps, on: Day(iso: "2026-12-02")!)
        #expect(throws: DraftError.declining(.thankYou)) { try Drafter(calendar: calendar).drafts(.thankYou, for: app) }
    }

    @Test func aWithdrawalAfterAnotherOfferSaysSoAndInventsNoOtherReason() throws {
        var app = application
        try app.apply(.closed(.acceptedElsewhere), on: Day(iso: "2026-11-30")!)
        let draft = try Drafter(calendar: calendar).drafts(.decline, for: app).drafts[0]
        #expect(draft.body.contains("I've accepted another offer, so I'd like to step back from the process."))
        #expect(!draft.body.contains("best fit"))
    }

    @Test func aTemplateWithAnUnknownFieldIsReportedAndTheBuiltInOneUsed() throws {
        let mine = Template(name: "thank-you-email", text: "Subject: Thanks\nHi {first_name}, {favourite_colour}")
        let drafter = Drafter(calendar: calendar, overrides: ["thank-you-email": mine])
        let result = try drafter.drafts(.thankYou, for: application, contact: "Sarah")
        #expect(result.notes == [.unknownFields(template: "thank-you-email", fields: ["favourite_colour"])])
        #expect(
            result.drafts[0].subject == "Thank you, Sarah, for meeting with me about the Product Designer role at Acme")
        let good = Drafter(
            calendar: calendar,
            overrides: [
                "thank-you-email": Template(name: "thank-you-email", text: "Subject: Thanks, {first_name}\nCheers!")
            ])
        #expect(
            try good.drafts(.thankYou, for: application, contact: "Sarah").drafts[0].text
                == "Subject: Thanks, Sarah\n\nCheers!")
    }

    @Test func everyDraftIsSignedWithTheNameSetElseLeavesItsPlace() throws {
        let named = Drafter(calendar: calendar, sender: "Sam Ortiz")
        let mine = Template(name: "thank-you-card", text: "Thanks, {first_name}!\n-- {my_name}")
        let own = Drafter(calendar: calendar, overrides: ["thank-you-card": mine], sender: "Sam Ortiz")
        #expect(
            try own.drafts(.thankYou, form: .card, for: application, contact: "Sarah").drafts[0].body
                == "Thanks, Sarah!\n-- Sam Ortiz")
        for kind in [DraftKind.thankYou, .firstFollowUp, .secondFollowUp] {
            for form in kind.forms {
                let signed = try named.drafts(kind, form: form, for: application, contact: "Sarah").drafts[0].body
                let unsigned = try Drafter(calendar: calendar).drafts(
                    kind, form: form, for: application, contact: "Sarah"
                )
                .drafts[0].body
                #expect(signed.contains("Sam Ortiz") && !signed.contains("[your name]"), "\(kind) \(form)")
                #expect(
                    unsigned.replacingOccurrences(of: "[your name]", with: "Sam Ortiz") == signed, "\(kind) \(form)")
            }
        }
    }

    @Test func anEmailMessageCannotBeGivenExtraHeaders() throws {
        var draft = try Drafter(calendar: calendar).drafts(.thankYou, for: application, contact: "Sarah").drafts[0]
        draft.subject = "Hello\r\nBcc: everyone@example.com"
        draft.contact = "Zoë"
        let eml = draft.eml
        #expect(eml.contains("Subject: Hello  Bcc: everyone@example.com\r\n"))
        #expect(!eml.contains("\r\nBcc:"))
        #expect(eml.hasPrefix("To: =?UTF-8?B?\(Data("Zoë".utf8).base64EncodedString())?= <sarah@acme.example>\r\n"))
        #expect(eml.contains("\r\nX-Unsent: 1\r\n\r\nDear Sarah,\r\n"))
    }

    @Test func onlyOnePlainAddressIsAnAddress() {
        for good in ["sarah@acme.example", "o'neil+jobs@mail.acme.co.uk", "a.b-c@x-y.io"] {
            #expect(MailAddress.isWellFormed(good), "\(good)")
        }
        for bad in [
            "a@b, x@evil.com", "a@b.com, x@evil.com", "Eve <x@evil.com>", "a@b.com\r\nBcc: x@evil.com",
            "a@b.com x@c.com",
            "a..b@c.com", ".a@c.com", "a@-c.com", "a@c", "a@c.com.", "\"a b\"@c.com", "zoë@c.com", "a@b@c.com", "",
        ] {
            #expect(!MailAddress.isWellFormed(bad), "\(bad)")
        }
    }

    @Test func aDisplayNameIsQuotedOrEncodedAsFormataddrDoes() {
        #expect(MailAddress.mailbox(name: "Sarah Lee", address: "s@a.io") == "Sarah Lee <s@a.io>")
        #expect(
            MailAddress.mailbox(name: "Eve <x@evil.com>, Sarah", address: "s@a.io")
                == "\"Eve <x@evil.com>, Sarah\" <s@a.io>")
        #expect(MailAddress.mailbox(name: #"Lee, "Sam" \o/"#, address: "s@a.io") == #""Lee, \"Sam\" \\o/" <s@a.io>"#)
        #expect(
            MailAddress.mailbox(name: "Sarah\r\nBcc: x@evil.com", address: "s@a.io")
                == "\"Sarah  Bcc: x@evil.com\" <s@a.io>")
        #expect(MailAddress.mailbox(name: nil, address: "s@a.io") == "s@a.io")
        let long = MailAddress.mailbox(name: String(repeating: "Zoë ", count: 30), address: "s@a.io")
        #expect(long.split(separator: " ").allSatisfy { $0.count <= 75 })
        #expect(long.hasPrefix("=?UTF-8?B?") && long.hasSuffix("?= <s@a.io>"))
    }

    @Test func anAddressThatIsNotOnePlainAddressLeavesTheDraftWithoutRecipient() throws {
        var app = application
        app.contacts[0].email = "sarah@acme.example, x@evil.example"
        let result = try Drafter(calendar: calendar).drafts(.thankYou, for: app, contact: "Sarah")
        #expect(result.drafts[0].to == nil)
        #expect(result.notes == [.unusableAddress("Sarah Lee", "sarah@acme.example, x@evil.example")])
        #expect(!result.drafts[0].eml.contains("To:"))
    }

    @Test func aTemplateWithCRLFLineEndsKeepsItsBody() {
        let rendered = Template(name: "t", text: "Subject: Hi {first_name}\r\n\r\nDear {first_name},\r\nThanks.\r\n")
            .render(["first_name": "Sarah"])
        #expect(rendered.subject == "Hi Sarah")
        #expect(rendered.body == "Dear Sarah,\nThanks.")
    }

    @Test func aValueIsFilledInOnceAndNeverReadAsAField() {
        let rendered = Template(name: "t", text: "About {detail} with {first_name}.").render([
            "detail": "{first_name} and {company}", "first_name": "Sarah",
        ])
        #expect(rendered.body == "About {first_name} and {company} with Sarah.")
    }

    @Test func aTemplateWithHalfAMillionFieldsIsFilledInWhole() {
        let line = String(repeating: "{first_name} ", count: 500_000)
        let rendered = Template(name: "t", text: "Subject: x\n" + line + "\n" + String(repeating: "{", count: 100_000))
            .render(["first_name": "A"])
        #expect(rendered.body.hasPrefix("A A A"))
        #expect(rendered.body.count == 500_000 * 2 + 1 + 100_000)
    }

    @Test func anEditedTextKeepsItsSubject() {
        var draft = Draft(kind: .thankYou, form: .email, contact: "Sarah Lee", subject: "Old", body: "Old body")
        draft.replaceText(with: "Subject: New subject\n\nNew body\nsigned\n\n")
        #expect(draft.subject == "New subject")
        #expect(draft.body == "New body\nsigned")
        #expect(draft.edited)
    }
}
