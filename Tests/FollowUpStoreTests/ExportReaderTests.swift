import FollowUpCore
import Foundation
import Testing

@testable import FollowUpStore

/// `ExportReader` reads a document exactly as `JSONDecoder` does, or leaves it to it.
struct ExportReaderTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// What `JSONDecoder` makes of `json`, or nil when it refuses it.
    func decoded(_ json: Data) -> ExportDocument? {
        try? ExportDocument.decoder.decode(ExportDocument.self, from: json)
    }

    /// Checks that the reader either leaves `json` to `JSONDecoder` or reads what it reads;
    /// whether the reader read it.
    @discardableResult
    func agree(_ json: Data, _ comment: Comment? = nil) -> Bool {
        guard let read = ExportReader.read(json)?.document else { return false }
        #expect(read == decoded(json), comment)
        return true
    }

    /// `Scripts/generate-export`'s document of `count` applications, as the benchmark imports it.
    func generated(_ count: Int) throws -> Data {
        let process = Process()
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", Self.packageRoot.appendingPathComponent("Scripts/generate-export").path, "\(count)",
        ]
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }

    /// An export written by the store, of applications in several states.
    func storeExport() throws -> Data {
        let now = try ISOMoment.parse("2026-11-26T17:00", calendar: StoreTests.calendar)
        let store = try Store.inMemory(calendar: StoreTests.calendar)
        var conversation = StoreTests().conversation(company: "Café \"Acme\"")
        conversation.question = .employerReply
        conversation.askedOn = Day(iso: "2026-11-27")
        conversation.skipped = [.collectCards]
        conversation.notYet = [.sendThankYou: Day(iso: "2026-11-28")!]
        conversation.earlyMessage = EarlyMessage(contact: "Sarah Lee", day: Day(iso: "2026-11-29")!)
        conversation.application.contacts[0].email = "sarah@acme.example"
        conversation.application.contacts[0].hasDetails = true
        conversation.application.waitUntil = Day(iso: "2026-12-01")
        conversation.application.roundIsTakeHome = true
        conversation.application.roundMinute = 900
        var stored = try store.insert(conversation, lines: [.init(speaker: "you", text: "Acme\nis 🙂")], now: now)
        try stored.application.apply(.candidateLostInterest, on: Day(iso: "2026-11-28")!)
        try store.save(&stored, lines: [.init(speaker: "you", text: "not interested")], now: now)
        var closed = StoreTests().conversation(company: "Globex", timeFrame: .by(Day(iso: "2026-12-11")!))
        closed.application.closure = Closure(reason: .movedOn, on: Day(iso: "2026-12-20")!)
        closed.application.outcome = .rejected
        _ = try store.insert(closed, now: now)
        _ = try store.insert(StoreTests().conversation(company: "Initech", contacts: [], timeFrame: .unknown), now: now)
        return try store.export(now: now).json()
    }

    @Test func itReadsTheGeneratedAndTheStoresExportsAsJSONDecoderDoes() throws {
        for json in [try generated(300), try storeExport()] {
            #expect(agree(json))
            #expect(try ExportDocument.read(json) == decoded(json))
        }
    }

    /// Each hostile document as it is, which the reader leaves to `JSONDecoder` when it holds a
    /// member of older exports (`lastReason`), and without that member.
    @Test func itReadsTheHostileDocumentsAsJSONDecoderDoesOrLeavesThemToIt() throws {
        let folder = Self.packageRoot.appendingPathComponent("Tests/Hostile")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        #expect(names.count >= 80)
        var read = 0
        for name in names {
            let json = try Data(contentsOf: folder.appendingPathComponent(name))
            agree(json, "\(name)")
            let current = String(decoding: json, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.contains("\"lastReason\"") }.joined(separator: "\n")
            if agree(Data(current.utf8), "\(name) without lastReason") { read += 1 }
            #expect(outcome(Data(current.utf8)) == oldOutcome(Data(current.utf8)), "\(name) without lastReason")
        }
        #expect(read >= 40)
    }

    /// What `ExportDocument.read` makes of `json`: the number of applications, or the refusal.
    func outcome(_ json: Data) -> String {
        do {
            return "\(try ExportDocument.read(json).applications.count)"
        } catch {
            return error.description
        }
    }

    /// The same as `JSONDecoder` and `ImportCheck`'s reading of every string found it, for a
    /// document `JSONDecoder` reads.
    func oldOutcome(_ json: Data) -> String? {
        guard let document = decoded(json) else { return outcome(json) }
        do throws(TransferError) {
            guard document.format == ExportDocument.formatName else { throw TransferError.notAnExport }
            guard document.version <= ExportDocument.currentVersion else {
                throw TransferError.newerVersion(document.version)
            }
            try ImportCheck.check(document, json: json)
            return "\(document.applications.count)"
        } catch {
            return error.description
        }
    }

    @Test func stringsArePlainOnlyWhenEveryOneIsPrintableASCIIAndShort() throws {
        let text = String(decoding: try generated(2), as: UTF8.self)
        let long = String(repeating: "a", count: ImportCheck.lineLimit + 1)
        #expect(ExportReader.read(Data(text.utf8))?.stringsArePlain == true)
        for company in [#"Caf\u00e9"#, "Café", "A\u{7F}B", long, #"a\"b"#, #"Acme\u001b]0;x\u0007"#, "A\u{200B}B"] {
            let changed = Data(text.replacingOccurrences(of: "Company 1\"", with: company + "\"").utf8)
            #expect(ExportReader.read(changed)?.stringsArePlain == false, "\(company)")
            #expect(outcome(changed) == oldOutcome(changed), "\(company)")
        }
        let checkpoint = text.replacingOccurrences(
            of: #""checkpoints": []"#,
            with: #""checkpoints": [{"application": {"contacts": [], "records": {}}, "answer": "Acme"}]"#)
        #expect(ExportReader.read(Data(checkpoint.utf8))?.stringsArePlain == true)
        #expect(outcome(Data(checkpoint.utf8)) == oldOutcome(Data(checkpoint.utf8)))
        let escaped = checkpoint.replacingOccurrences(of: #""answer": "Acme""#, with: #""answer": "Caf\u00e9""#)
        #expect(ExportReader.read(Data(escaped.utf8))?.stringsArePlain == false)
        #expect(outcome(Data(escaped.utf8)) == oldOutcome(Data(escaped.utf8)))
    }

    /// The first application of the generated document changed by one substitution at a time:
    /// whatever the reader reads, `JSONDecoder` reads the same.
    @Test func everyVariantIsReadAsJSONDecoderReadsItOrLeftToIt() throws {
        let text = String(decoding: try generated(2), as: UTF8.self)
        let variants: [(String, String)] = [
            (#""id": 1,"#, #""id": 1.0,"#), (#""id": 1,"#, #""id": 1e0,"#), (#""id": 1,"#, #""id": -0,"#),
            (#""id": 1,"#, #""id": 01,"#), (#""id": 1,"#, #""id": -1,"#), (#""id": 1,"#, #""id": "1","#),
            (#""id": 1,"#, #""id": 123456789012345678901,"#), (#""id": 1,"#, #""id": 1, "id": 3,"#),
            (#""id": 1,"#, #""\u0069d": 1,"#), (#""id": 1,"#, #""id": 1, "extra": [1, {"a": null}],"#),
            (#""id": 1,"#, ""), (#""version": 1, "createdAt""#, #""version": null, "createdAt""#),
            (#""createdAt": "2026-06-02T02:00:00Z""#, #""createdAt": "2026-06-02T02:00:00.000Z""#),
            (#""createdAt": "2026-06-02T02:00:00Z""#, #""createdAt": "2026-06-02T02:00:00+00:00""#),
            (#""createdAt": "2026-06-02T02:00:00Z""#, #""createdAt": "2026-02-29T02:00:00Z""#),
            (#""createdAt": "2026-06-02T02:00:00Z""#, #""createdAt": "2024-02-29T23:59:59Z""#),
            (#""createdAt": "2026-06-02T02:00:00Z""#, #""createdAt": "1899-12-31T23:59:59Z""#),
            (#""createdAt": "2026-06-02T02:00:00Z""#, #""createdAt": "1900-01-01T00:00:00Z""#),
            (#""createdAt": "2026-06-02T02:00:00Z""#, #""createdAt": "9999-12-31T23:59:59Z""#),
            (#""createdAt": "2026-06-02T02:00:00Z""#, #""createdAt": "1969-12-31T23:59:59Z""#),
            (#""createdAt": "2026-06-02T02:00:00Z""#, #""createdAt": "2026-06-02T24:00:00Z""#),
            (#""createdAt": "2026-06-02T02:00:00Z""#, #""createdAt": "2026-06-02t02:00:00z""#),
            (#""company": "Company 1""#, #""company": null"#), (#""company": "Company 1""#, #""company": 1"#),
            (#""company": "Company 1""#, #""company": "Caf\u00e9 \ud83d\ude00 \/ \"1\" \\ \t""#),
            (#""company": "Company 1""#, #""company": "Caf\u00e9 \ud83d""#),
            (#""company": "Company 1""#, "\"company\": \"Company\t1\""),
            (#""company": "Company 1""#, "\"company\": \"Compa\u{7F}ny \u{2028} 1\""),
            (#""role": "Engineer", "#, ""), (#""role": "Engineer", "#, #""role": "Engineer", "outcome": "offer", "#),
            (#""role": "Engineer", "#, #""role": "Engineer", "outcome": "maybe", "#),
            (#""role": "Engineer", "#, #""role": "Engineer", "waitUntil": "2026-07-01", "declining": null, "#),
            (
                #""role": "Engineer", "#,
                #""role": "Engineer", "declining": {"since": "2026-06-05", "futureInterest": false}, "#
            ),
            (#""role": "Engineer", "#, #""role": "Engineer", "closure": {"reason": "offer", "on": "2026-06-09"}, "#),
            (#""role": "Engineer", "#, #""role": "Engineer", "closure": {"reason": "offer"}, "#),
            (#"{"name": "Sam Lee", "#, #"{"id": 4, "name": "Sam Lee", "#),
            (
                #"{"name": "Sam Lee", "#,
                #"{"id": null, "hasDetails": true, "email": "s@x.example", "name": "Sam Lee", "#
            ),
            (#"{"name": "Sam Lee", "#, #"{"id": 2, "name": "Sam Lee", "#), (#""name": "Sam Lee", "#, ""),
            (#""thankedOn": "2026-06-01""#, #""thankedOn": "2026-6-1""#),
            (#""thankedOn": "2026-06-01""#, #""thankedOn": "2026-02-30""#),
            (#""thankedOn": "2026-06-01""#, #""thankedOn": null"#),
            (#""count": 2, "unit": "weeks""#, #""count": 2, "unit": "weeks", "day": "2026-07-01""#),
            (#""kind": "within", "count": 2"#, #""kind": "by", "count": 2"#),
            (#""kind": "within", "count": 2, "unit": "weeks""#, #""kind": "by", "day": "2026-07-01""#),
            (#""kind": "within", "count": 2, "unit": "weeks""#, #""kind": "unknown""#),
            (#""unit": "weeks""#, #""unit": "fortnights""#), (#""count": 2"#, #""count": 2.5"#),
            (#""status": "done""#, #""status": "done", "on": null"#), (#""status": "done""#, #""status": "maybe""#),
            (#""express-interest""#, #""flying""#), (#"{"at": "#, #"{"from": null, "at": "#),
            (#"{"at": "#, #"{"from": "first-day", "at": "#), (#""to": "first-follow-up""#, #""to": "nowhere""#),
            (#""turns": []"#, #""turns": [{"at": "2026-06-02T02:00:00Z", "speaker": "you", "text": "a\nb"}]"#),
            (#""turns": []"#, #""turns": [{"at": "2026-06-02T02:00:00Z", "speaker": "you"}]"#),
            (#""ended": false"#, #""ended": 0"#), (#""ended": false"#, #""ended": true"#),
            (#""unclearAnswers": 0"#, #""unclearAnswers": 0, "question": "timeFrame", "lastAdvice": "move-on""#),
            (#""unclearAnswers": 0"#, #""unclearAnswers": 0, "question": null, "skipped": ["role", "people"]"#),
            (#""unclearAnswers": 0"#, #""unclearAnswers": 0, "notYet": {"first-follow-up": "2026-06-20"}"#),
            (#""unclearAnswers": 0"#, #""unclearAnswers": 0, "askedAbout": "first-follow-up", "askedOn": null"#),
            (#""checkpoints": []"#, #""checkpoints": [ ]"#), (#""checkpoints": []"#, #""checkpoints": {}"#),
            (
                #""checkpoints": []"#,
                #""checkpoints": [{"application": {"contacts": [], "records": {}}, "answer": "Acme"}]"#
            ),
            (#""format": "followup-export""#, #""format": "other""#), (#""version": 1, "e"#, #""version": 2, "e"#),
            (#"{"format""#, "\u{FEFF}{\"format\""), (#"{"format""#, "[{\"format\""),
            (#"{"format""#, " \r\n\t{\"format\""),
        ]
        var read = 0
        for (old, new) in variants {
            guard let range = text.range(of: old) else {
                Issue.record("no \(old) in the generated document")
                continue
            }
            if agree(Data(text.replacingCharacters(in: range, with: new).utf8), "\(old) -> \(new)") { read += 1 }
        }
        #expect(read >= 30)
        for tail in ["", " \n", "}", "x", ",", "\u{0}"] { agree(Data((text + tail).utf8), "ending \(tail)") }
    }
}
