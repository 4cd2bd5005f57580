import FollowUpCore
import Foundation
import Testing

@testable import FollowUpStore

/// What import refuses before it writes anything, each time naming the field.
struct ImportCheckTests {
    let now = try! ISOMoment.parse("2026-11-26T17:00", calendar: StoreTests.calendar)

    /// An export of one walked-through application, changed by `change`.
    func document(_ change: (inout ExportDocument.Entry) -> Void = { _ in }) throws -> ExportDocument {
        let store = try Store.inMemory(calendar: StoreTests.calendar)
        _ = try store.insert(
            StoreTests().conversation(company: "Acme"), lines: [.init(speaker: "you", text: "Acme")], now: now)
        var document = try store.export(now: now)
        change(&document.applications[0])
        return document
    }

    func refusal(_ change: (inout ExportDocument.Entry) -> Void) throws -> String? {
        let document = try document(change)
        let store = try Store.inMemory(calendar: StoreTests.calendar)
        do {
            try store.importDocument(document, replace: false)
            return nil
        } catch {
            #expect(try store.summaries(includeClosed: true).isEmpty)
            guard case let .invalid(field, _) = error else { return "\(error)" }
            return field
        }
    }

    @Test func aCleanExportIsAccepted() throws {
        #expect(try refusal { _ in } == nil)
    }

    @Test func aDocumentChangedAfterReadingIsCheckedAgain() throws {
        var document = try ExportDocument.read(try document().json())
        document.applications[0].application.company = "Acme\u{7}"
        let store = try Store.inMemory(calendar: StoreTests.calendar)
        #expect(throws: TransferError.self) { try store.importDocument(document, replace: false) }
        #expect(try store.summaries(includeClosed: true).isEmpty)
    }

    @Test func numbersOutOfRangeAreRefused() throws {
        #expect(try refusal { $0.id = 0 } == "applications[0].id")
        #expect(try refusal { $0.id = -3 } == "applications[0].id")
        #expect(try refusal { $0.id = .max } == "applications[0].id")
        #expect(try refusal { $0.version = 0 } == "applications[0].version")
        #expect(
            try refusal { $0.application.timeFrame = .within(.min, .months) }
                == "applications[0].application.timeFrame.count")
        #expect(
            try refusal { $0.application.timeFrame = .within(10_000_000, .businessDays) }
                == "applications[0].application.timeFrame.count")
        #expect(try refusal { $0.application.timeFrame = .within(520, .weeks) } == nil)
    }

    @Test func aDuplicateNumberIsRefusedByName() throws {
        var document = try document()
        document.applications.append(document.applications[0])
        #expect(
            throws: TransferError.invalid("applications[1].id", "is #1 a second time; each application may appear once")
        ) {
            try Store.inMemory(calendar: StoreTests.calendar).importDocument(document, replace: false)
        }
    }

    @Test func datesOutsideTheCalendarsYearsAreRefused() throws {
        #expect(
            try refusal { $0.application.timeFrame = .by(Day(year: 10000, month: 1, day: 1)) }
                == "applications[0].application.timeFrame.day")
        #expect(
            try refusal { $0.application.contacts[0].thankedOn = Day(year: 1899, month: 12, day: 31) }
                == "applications[0].application.contacts[0].thankedOn")
        #expect(try refusal { $0.createdAt = Date(timeIntervalSince1970: -3e9) } == "applications[0].createdAt")
    }

    @Test func everyDayIsNamedWhenRefused() throws {
        #expect(
            try refusal {
                $0.application.records[.sayThanks] = StepRecord(.done, on: Day(year: 1899, month: 1, day: 1))
            }
                == "applications[0].application.records.say-thanks.on")
        #expect(
            try refusal { $0.application.closure = Closure(reason: .withdrew, on: Day(year: 10000, month: 1, day: 1)) }
                == "applications[0].application.closure.on")
    }

    @Test func controlAndFormattingCharactersAreRefusedWherever() throws {
        #expect(
            try refusal { $0.application.company = "Acme\u{1B}]0;owned\u{7}" } == "applications[0].application.company")
        #expect(try refusal { $0.application.role = "Designer\u{0}admin" } == "applications[0].application.role")
        #expect(
            try refusal { $0.application.contacts[1].name = "Tom\u{202E}kraP" }
                == "applications[0].application.contacts[1].name")
        #expect(
            try refusal { $0.application.contacts[0].email = "a@b.example\r\nBcc: x@evil.example" }
                == "applications[0].application.contacts[0].email")
        #expect(try refusal { $0.phase = "first-day\u{9B}2J" } == "applications[0].phase")
        #expect(try refusal { $0.turns[0].text = "fine\nthen \u{1B}[2J" } == "applications[0].turns[0].text")
        #expect(try refusal { $0.turns[0].text = "two\nlines" } == nil)
        #expect(
            try refusal { $0.application.company = String(repeating: "A", count: 2001) }
                == "applications[0].application.company")
    }

    @Test func aBlankCompanyOrRoleReadsAsNotKnown() throws {
        let document = try document {
            $0.application.company = "  "
            $0.application.role = ""
        }
        let read = try #require(ExportReader.read(try ExportDocument.encoder.encode(document)))
        #expect(read.document.applications[0].application.company == nil)
        #expect(read.document.applications[0].application.role == nil)
    }

    @Test func aContactTakesOneWellFormedAddress() throws {
        #expect(
            try refusal { $0.application.contacts[0].email = "a@b.example, x@evil.example" }
                == "applications[0].application.contacts[0].email")
        #expect(
            try refusal { $0.application.contacts[0].email = "not an address" }
                == "applications[0].application.contacts[0].email")
        #expect(
            try refusal { $0.application.contacts[0].name = "Eve <x@evil.example>" }
                == "applications[0].application.contacts[0].name")
        #expect(try refusal { $0.application.contacts[0].email = "sarah.lee+jobs@acme.example" } == nil)
        #expect(
            try refusal { $0.application.contacts[0].name = "Zoë; Lee" }
                == "applications[0].application.contacts[0].name")
        #expect(try refusal { $0.application.contacts[0].name = "Zoë Lee" } == nil)
    }

    @Test func theMessageNamesTheFieldAndTheCharacter() {
        let error = TransferError.invalid(
            "applications[0].application.company",
            "holds a control character (U+001B); imported text may not hold control characters or invisible formatting")
        #expect(
            error.description
                == "the export was refused, nothing imported: applications[0].application.company holds a control character (U+001B); imported text may not hold control characters or invisible formatting"
        )
    }
}

/// Damage the reader finds is told in plain words, with the field.
struct DamageWordingTests {
    @Test func aValueOutsideItsListIsNamedPlainly() throws {
        let check = ImportCheckTests()
        let text = String(decoding: try check.document().json(), as: UTF8.self)
        let damaged = text.replacingOccurrences(
            of: #""status"\s*:\s*"done""#, with: #""status": "maybe""#, options: .regularExpression)
        #expect(damaged != text)
        #expect(throws: TransferError.self) { try ExportDocument.read(Data(damaged.utf8)) }
        do {
            _ = try ExportDocument.read(Data(damaged.utf8))
        } catch {
            #expect("\(error)".contains("\"maybe\" is not one of the values this field takes"))
            #expect(!"\(error)".contains("Cannot initialize"))
        }
    }
}
