import ArgumentParser
import Foundation

/// `followup export`: everything as one JSON document.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write every application, with its history, as one JSON document.")

    @OptionGroup var options: CommonOptions

    @Option(
        name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
        try Failure.reporting {
            let now = try options.clock().now()
            try OutputFile.save(try options.store().export(now: now).json() + Data("\n".utf8), to: output)
        }
    }
}
