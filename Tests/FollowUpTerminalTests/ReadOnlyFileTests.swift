import Foundation
import Testing

/// A database the user cannot write is refused and left as it is. Root writes to any file, so
/// when the tests run as root (as CI does) the binary runs as the unprivileged user `nobody`.
struct ReadOnlyFileTests {
    /// Runs followup with `arguments`, as `nobody` when the tests run as root.
    func followup(_ arguments: [String], database: String) throws -> BinaryTests.Run {
        let binary = BinaryTests.binary.path
        guard getuid() == 0 else {
            return try BinaryTests.run(BinaryTests.binary, arguments, environment: ["FOLLOWUP_DB": database])
        }
        return try BinaryTests.run(
            URL(fileURLWithPath: "/usr/bin/setpriv"),
            ["--reuid=65534", "--regid=65534", "--clear-groups", binary] + arguments,
            environment: ["FOLLOWUP_DB": database, "HOME": "/tmp", "XDG_DATA_HOME": "/tmp"])
    }

    @Test func aFileTheUserCannotWriteIsRefusedUntouched() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "followup-readonly-\(UUID().uuidString)")
        // The folder stays open to all, so that only the file itself is read-only.
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o777])
        let database = folder.appendingPathComponent("followup.sqlite").path
        let made = try BinaryTests.run(
            BinaryTests.binary, ["--now", "2026-11-26T17:00"], input: "Acme\nDesigner\n",
            environment: ["FOLLOWUP_DB": database])
        #expect(made.status == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: database)
        let before = FileManager.default.contents(atPath: database)
        let refused = try followup(["done", "acme", "say-thanks", "--now", "2026-11-27T09:00"], database: database)
        #expect(refused.status == 74, "\(refused.output)\(refused.error)")
        #expect(refused.error == "followup: cannot write to \(database): the file or its folder is read-only\n")
        #expect(FileManager.default.contents(atPath: database) == before)
        let listed = try followup(["list", "--now", "2026-11-27T09:00"], database: database)
        #expect(listed.status == 0 && listed.output.contains("Acme"), "\(listed.error)")
    }

    @Test func aDatabaseInAFolderTheUserCannotWriteCanStillBeRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "followup-read-only folder?#%-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o777])
        let database = folder.appendingPathComponent("followup.sqlite").path
        let made = try BinaryTests.run(
            BinaryTests.binary, ["--now", "2026-11-26T17:00"], input: "Acme\nDesigner\n",
            environment: ["FOLLOWUP_DB": database])
        #expect(made.status == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: database)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder.path) }
        let before = FileManager.default.contents(atPath: database)
        // SQLite cannot make its shared-memory file here; the file is read as it stands.
        let listed = try followup(["list", "--now", "2026-11-27T09:00"], database: database)
        #expect(listed.status == 0 && listed.output.contains("Acme"), "\(listed.error)")
        let next = try followup(["next", "--now", "2026-11-27T09:00"], database: database)
        #expect(next.status == 0, "\(next.error)")
        #expect(FileManager.default.contents(atPath: database) == before)
        #expect(!FileManager.default.fileExists(atPath: database + "-shm"))
    }
}
