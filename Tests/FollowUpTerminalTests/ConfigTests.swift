import Foundation
import Testing

/// The region setting and the holidays, through the real binary.
struct ConfigTests {
    let database = ProcessTests.scratchDatabase()

    func followup(_ arguments: [String], environment: [String: String] = [:]) throws -> BinaryTests.Run {
        let locale = ["LC_ALL": "", "LC_TIME": "", "LANG": ""]
        return try BinaryTests.run(
            BinaryTests.binary, arguments,
            environment: locale.merging(["FOLLOWUP_DB": database]) { $1 }.merging(environment) { $1 })
    }

    @Test func everyRegionsHolidaysMatchPythonsHolidaysPackage() throws {
        let script = BinaryTests.packageRoot.appendingPathComponent("Tests/FollowUpTerminalTests/compare_holidays.py")
        let run = try BinaryTests.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["python3", script.path, BinaryTests.binary.path])
        #expect(run.status == 0, "\(run.output)\n\(run.error)")
        #expect(run.output.contains("holidays: all regions match"))
    }

    @Test func theRegionComesFromTheSettingElseTheLocaleElseUS() throws {
        #expect(try followup(["config", "region"]).output.hasPrefix("US: the United States, the default"))
        #expect(
            try followup(["config", "region"], environment: ["LANG": "en_GB.UTF-8"]).output
                .hasPrefix("GB: England and Wales, from your locale (LANG=en_GB.UTF-8)"))
        #expect(
            try followup(["config", "region"], environment: ["LANG": "en_GB.UTF-8", "LC_TIME": "de_DE@euro"]).output
                .hasPrefix("DE: Germany, from your locale (LC_TIME=de_DE@euro)"))
        let set = try followup(["config", "region", "nz"], environment: ["LANG": "en_GB.UTF-8"])
        #expect(set.status == 0 && set.output == "NZ: New Zealand, as you set it.\n")
        #expect(
            try followup(["config", "region"], environment: ["LANG": "en_GB.UTF-8"]).output
                == "NZ: New Zealand, as you set it.\n")
        #expect(
            try followup(["config", "region", "--unset"], environment: ["LANG": "en_IE.UTF-8"]).output.hasPrefix(
                "IE: Ireland, from your locale"))
        #expect(
            try followup(["config", "region"], environment: ["LANG": "C.UTF-8", "TZ": "Europe/London"]).output
                .hasPrefix("GB: England and Wales, from your time zone (TZ=Europe/London)"))
    }

    @Test func anUnknownRegionIsRefused() throws {
        let run = try followup(["config", "region", "Atlantis"])
        #expect(run.status == 64)
        #expect(run.error.contains("unknown region Atlantis"))
        #expect(try followup(["config", "region"]).output.hasPrefix("US:"))
    }

    @Test func theHolidaysOfTheRegionAreListed() throws {
        _ = try followup(["config", "region", "GB"])
        let run = try followup(["config", "holidays", "--year", "2026"])
        #expect(run.output.contains("2026-12-28  Monday, Dec 28: Boxing Day (observed)\n"))
        #expect(run.output.split(separator: "\n").count == 9)
    }
}
