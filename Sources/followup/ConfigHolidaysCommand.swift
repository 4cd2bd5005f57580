import ArgumentParser
import FollowUpCore
import Foundation

/// `followup config holidays`: the public holidays the follow-ups skip, year by year.
struct ConfigHolidaysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "holidays",
        abstract: "List the public holidays that follow-ups skip (observed days included).")

    @OptionGroup var options: CommonOptions

    @Option(
        help: ArgumentHelp(
            "Another region than yours (US, GB, CA, AU, IE, DE, FR, NL, IN, NZ, or none).", valueName: "code"))
    var region: String?

    @Option(help: ArgumentHelp("The first year (default: this year).", valueName: "year"))
    var year: Int?

    @Option(help: ArgumentHelp("The last year (default: the first).", valueName: "year"))
    var through: Int?

    @Flag(help: "Print JSON: a list of {\"day\", \"name\"}.")
    var json = false

    /// One holiday in the JSON.
    struct Item: Encodable {
        var day: String
        var name: String
    }

    func validate() throws {
        if let region, Region(code: region) == nil {
            throw ValidationError("unknown region \(region): use one of \(ConfigRegionCommand.codes)")
        }
        for year in [year, through].compactMap({ $0 }) where !(1900...9999).contains(year) {
            throw ValidationError("years run from 1900 to 9999")
        }
    }

    func run() throws {
        try Failure.reporting {
            let chosen = try region.flatMap(Region.init(code:)) ?? options.holidayRegion(in: options.store()).region
            let first = try year ?? Day(options.clock().now(), in: options.calendar).year
            let last = max(first, through ?? first)
            let holidays = (first...last).flatMap(HolidayCalendar(region: chosen).holidays(in:))
            if json {
                return try JSONOutput.write(holidays.map { Item(day: $0.day.description, name: $0.name) })
            }
            let text = DateText(calendar: options.calendar)
            Output().write(holidays.map { "\($0.day)  \(text.day($0.day)): \($0.name)\n" }.joined())
        }
    }
}
