import ArgumentParser
import FollowUpStore
import Foundation

/// `followup import FILE`: bring back what `export` wrote.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add the applications of a `followup export` document; all or nothing.",
        discussion: "A document this version does not understand is refused, and nothing is changed.")

    @OptionGroup var options: CommonOptions

    @Argument(help: ArgumentHelp("The export to read; - for standard input.", valueName: "file"))
    var file: String

    @Flag(help: "Overwrite applications that already exist with the same number.")
    var replace = false

    /// Why `file` could not be read, as the system says it ("No such file or directory"),
    /// rather than in Foundation's words.
    static func reason(_ error: Error, file: String) -> String {
        var folder: ObjCBool = false
        let code: Int32? =
            switch (error as? CocoaError)?.code {
            case .fileReadNoSuchFile?: ENOENT
            case .fileReadNoPermission?: EACCES
            case _ where FileManager.default.fileExists(atPath: file, isDirectory: &folder) && folder.boolValue:
                EISDIR
            default: nil
            }
        return code.map { String(cString: strerror($0)) } ?? error.localizedDescription
    }

    func run() throws {
        try Failure.reporting {
            let data: Data
            do {
                data =
                    file == "-"
                    ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: file))
            } catch {
                throw Failure.message("cannot read \(file): \(Self.reason(error, file: file))", .noInput)
            }
            do {
                let document = try ExportDocument.read(data)
                try options.writableStore().importDocument(document, replace: replace)
                Output().write(
                    "Imported \(document.applications.count) application\(document.applications.count == 1 ? "" : "s").\n"
                )
            } catch let error as TransferError {
                throw Failure.transfer(error)
            }
        }
    }
}
