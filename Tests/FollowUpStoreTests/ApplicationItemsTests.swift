import Foundation
import Testing

@testable import FollowUpStore

/// Large documents are decoded in two halves side by side: the same document as read whole, and
/// the same refusal when a part is damaged.
struct ApplicationItemsTests {
    /// A document of `count` applications, the one numbered `damaged` given a text id.
    func document(_ count: Int, damaged: Int? = nil) -> Data {
        let entries = (1...count).map { n in
            """
            {"id": \(n == damaged ? "\"x\"" : "\(n)"), "version": 1, "createdAt": "2026-06-02T02:00:00Z",
             "updatedAt": "2026-06-02T02:00:00Z", "phase": "first-follow-up",
             "application": {"company": "Caf\\u00e9 [\(n)], {n}", "contacts": [{"name": "S\u{E9}b \\"\(n)\\""}],
              "records": {"say-thanks": {"status": "done", "on": "2026-06-01"}}},
             "stageHistory": [{"at": "2026-06-02T02:00:00Z", "to": "first-follow-up"}], "turns": [],
             "dialogue": {"application": {"contacts": [], "records": {}}, "checkpoints": [], "ended": false,
              "unclearAnswers": \(n % 3)}}
            """
        }
        return Data(
            """
            {"format": "followup-export", "version": 1, "exportedAt": "2026-11-26T22:00:00Z", "applications": [
            \(entries.joined(separator: ",\n"))
            ]}
            """.utf8)
    }

    let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()

    @Test func halvesDecodeToTheDocumentReadWhole() throws {
        let data = document(ApplicationItems.splitFrom * 2 + 1)
        let whole = try decoder.decode(ExportDocument.self, from: data)
        let split = try #require(ApplicationItems.decode(data, with: decoder))
        #expect(split == whole)
        #expect(split.applications.map(\.id) == Array(1...Int64(ApplicationItems.splitFrom * 2 + 1)))
        #expect(try ExportDocument.read(data) == whole)
    }

    @Test func aDamagedItemIsRefusedAsWhenReadWhole() {
        let data = document(ApplicationItems.splitFrom * 2, damaged: ApplicationItems.splitFrom + 7)
        #expect(ApplicationItems.decode(data, with: decoder) == nil)
        #expect(throws: TransferError.self) { try ExportDocument.read(data) }
        do {
            _ = try ExportDocument.read(data)
        } catch {
            #expect(error.description.contains("applications[\(ApplicationItems.splitFrom + 6)].id"))
        }
    }

    @Test func itemsAreFoundWithTheirBlanks() throws {
        let text = #"{"applications" : [ {"a": [1, "]"]} ,{"b": "\"{"}, 3 ], "x": {"applications": 1}}"#
        let found = try #require(ApplicationItems(Data(text.utf8)))
        let bytes = Array(text.utf8)
        #expect(String(decoding: bytes[found.array], as: UTF8.self) == #"[ {"a": [1, "]"]} ,{"b": "\"{"}, 3 ]"#)
        #expect(
            found.items.map { String(decoding: bytes[$0], as: UTF8.self) } == [
                #"{"a": [1, "]"]} "#, #"{"b": "\"{"}"#, "3 ",
            ])
    }

    @Test func textLaidOutOtherwiseIsLeftWhole() {
        for text in [
            #"{"applications": [{}], "applications": [{}]}"#, #"{"applications": null}"#, #"{"applications": [{},]}"#,
            #"{"applications": [,{}]}"#, #"[{"applications": []}]"#, #"{"format": "x"}"#, #"{"applications": [{}"#,
        ] {
            #expect(ApplicationItems(Data(text.utf8)) == nil, "\(text)")
        }
    }
}
