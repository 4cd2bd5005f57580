import ArgumentParser

/// `followup config`: settings kept in the database.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Settings kept in the database: your name, and the region whose public holidays count.",
        subcommands: [ConfigNameCommand.self, ConfigRegionCommand.self, ConfigHolidaysCommand.self])
}
