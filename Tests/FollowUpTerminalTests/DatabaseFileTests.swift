import Foundation
import Testing

/// A database path that points nowhere, and a database file that is damaged, through the real binary.
struct DatabaseFileTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("followup-file-\(UUID().uuidString)")
        .path

    func followup(_ arguments: [String], database: String, input: String = "") throws -> BinaryTests.Run {
        try BinaryTests.run(BinaryTests.binary, arguments + ["--db", database], input: input)
    }

    @Test func aDatabaseInAFolderThatDoesNotExistIsRefusedAndNoFolderIsMade() throws {
        let missing = folder + "/typo"
        for arguments in [
            ["config", "name", "Sam Ortiz"], ["--now", "2026-11-26T17:00"], ["done", "acme", "send-thank-you"],
        ] {
            let run = try followup(arguments, database: missing + "/followup.sqlite", input: "Acme\n")
            #expect(run.status == 73)
            #expect(run.error.hasPrefix("followup: there is no folder \(missing), so the database"))
            #expect(run.error.contains("mkdir -p \(missing)"))
            #expect(!FileManager.default.fileExists(atPath: missing))
        }
    }

    /// A followup database with one application, made through the chat.
    func realDatabase() throws -> String {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/followup.sqlite"
        let chat = "Acme\nDesigner\njust now\nSarah Lee, hiring manager\nyes\nyes, two weeks\n"
        #expect(try followup(["--now", "2026-11-26T17:00"], database: path, input: chat).status == 0)
        return path
    }

    @Test func aDamagedDatabaseIsRefusedUntouchedSayingWhatToDo() throws {
        let real = try realDatabase()
        let whole = try #require(FileManager.default.contents(atPath: real))
        var noise = [UInt8](repeating: 0, count: 3000)
        for index in noise.indices { noise[index] = UInt8.random(in: 0...255) }
        let damaged = [("noise.sqlite", Data(noise)), ("half.sqlite", whole.prefix(whole.count / 2))]
        for (name, bytes) in damaged {
            let path = folder + "/" + name
            FileManager.default.createFile(atPath: path, contents: bytes)
            for arguments in [["list"], ["next"], ["done", "acme", "send-thank-you"], ["--now", "2026-11-27T09:00"]] {
                let run = try followup(arguments, database: path, input: "hi\n")
                #expect(run.status == 74, "\(name) \(arguments)")
                #expect(run.error.hasPrefix("followup: \(path) is damaged, or is not a followup database"))
                #expect(run.error.contains("nothing in it was changed"))
                #expect(run.error.contains("mv \(path) \(path).damaged"))
                #expect(run.error.contains("followup import"))
            }
            #expect(FileManager.default.contents(atPath: path) == bytes)
        }
    }
}
