import ArgumentParser
import FollowUpCore
import FollowUpStore

/// `followup config region [CODE] [--unset]`: whose public holidays a follow-up never lands on.
struct ConfigRegionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "region",
        abstract: "Show or set the region whose public holidays follow-ups skip.",
        discussion: """
            Codes: \(Self.codes). Without a setting, the region comes from the locale \
            (LC_ALL, LC_TIME, LANG: en_GB.UTF-8 gives GB), else it is US.
            """)

    static var codes: String {
        Region.allCases.map(\.rawValue).joined(separator: ", ")
    }

    @OptionGroup var options: CommonOptions

    @Argument(
        help: ArgumentHelp("The region to keep (US, GB, CA, AU, IE, DE, FR, NL, IN, NZ, or none).", valueName: "code"))
    var code: String?

    @Flag(help: "Forget the setting: the locale decides again.")
    var unset = false

    func validate() throws {
        if unset && code != nil { throw ValidationError("give a region or --unset, not both") }
        if let code, Region(code: code) == nil {
            throw ValidationError("unknown region \(code): use one of \(Self.codes)")
        }
    }

    func run() throws {
        try Failure.reporting {
            let store = unset || code != nil ? try options.writableStore() : try options.store()
            if unset {
                try store.setRegion(nil)
            } else if let code, let region = Region(code: code) {
                try store.setRegion(region.rawValue)
            }
            Output().write(try options.holidayRegion(in: store).sentence + "\n")
        }
    }
}
