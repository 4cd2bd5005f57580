import Foundation
import Testing

/// Every document in Tests/Hostile imported through the binary: `refuse-*` ones exit 65 with
/// one line of explanation and leave the database byte-for-byte as it was; `accept-*` ones
/// import and come out with no control or formatting characters.
struct HostileImportTests {
    static let files: [URL] = {
        let folder = BinaryTests.packageRoot.appendingPathComponent("Tests/Hostile")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { folder.appendingPathComponent($0) }
    }()

    /// A database holding application #900, made by importing the corpus's plain document renumbered.
    static func seeded() throws -> String {
        let database = ProcessTests.scratchDatabase()
        let plain = try String(
            contentsOf: try #require(files.first { $0.lastPathComponent.hasSuffix("-plain.json") }), encoding: .utf8)
        let seed = plain.replacingOccurrences(of: "\"id\": 1,", with: "\"id\": 900,")
        #expect(try followup(["import", "-"], database: database, input: seed).status == 0)
        return database
    }

    static func followup(_ arguments: [String], database: String, input: String = "") throws -> BinaryTests.Run {
        try BinaryTests.run(BinaryTests.binary, arguments, input: input, environment: ["FOLLOWUP_DB": database])
    }

    /// Characters that must never reach a terminal from imported text.
    static func unwanted(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { scalar in
            scalar != "\n" && scalar != "\t"
                && [.control, .format].contains(scalar.properties.generalCategory) || scalar == "\u{FFFD}"
        }
    }

    @Test func theCorpusHoldsAtLeastSixtyDocuments() {
        #expect(Self.files.count >= 60)
        #expect(Self.files.contains { $0.lastPathComponent.hasPrefix("accept-") })
    }

    @Test(arguments: HostileImportTests.files)
    func eachDocumentIsRefusedUntouchedOrAcceptedClean(_ file: URL) throws {
        let database = try Self.seeded()
        let before = FileManager.default.contents(atPath: database)
        let run = try Self.followup(["import", file.path], database: database)
        if file.lastPathComponent.hasPrefix("accept-") {
            #expect(run.status == 0, "\(file.lastPathComponent): \(run.error)")
            for arguments in [["list", "--all"], ["show", "1"], ["next", "--all", "--now", "2026-11-27T09:00"]] {
                let shown = try Self.followup(arguments, database: database)
                #expect(shown.status == 0 || arguments[0] == "show")
                #expect(Self.unwanted(shown.output).isEmpty, "\(file.lastPathComponent): \(arguments)")
            }
        } else {
            #expect(run.status == 65, "\(file.lastPathComponent): \(run.error)")
            #expect(run.error.hasPrefix("followup: ") && run.error.filter { $0 == "\n" }.count == 1)
            #expect(Self.unwanted(run.error).isEmpty)
            #expect(
                FileManager.default.contents(atPath: database) == before,
                "\(file.lastPathComponent) changed the database")
        }
    }
}
