import Foundation

/// The time zone TZ names. A name no zone answers to is said once on standard error, and
/// UTC is used, rather than a silent guess.
enum TimeZoneSetting {
    /// The zone for this run, worked out (and warned about) once.
    static let zone: TimeZone = resolve(CommonOptions.environment["TZ"], warn: { Output.error($0) })

    /// TZ's zone: an identifier ("Europe/Paris"), with or without a leading colon, or a path
    /// into a zoneinfo folder; unset or empty is the system's zone.
    static func resolve(_ value: String?, warn: (String) -> Void) -> TimeZone {
        guard let value, !value.isEmpty else { return .current }
        let name = value.hasPrefix(":") ? String(value.dropFirst()) : value
        let identifier = name.range(of: "zoneinfo/").map { String(name[$0.upperBound...]) } ?? name
        if let zone = TimeZone(identifier: identifier) { return zone }
        let utc = TimeZone(secondsFromGMT: 0) ?? .current
        if ["UTC0", "GMT0", "UTC-0", "GMT-0", "UTC+0", "GMT+0"].contains(identifier.uppercased()) { return utc }
        warn("unknown time zone '\(value)', using UTC")
        return utc
    }
}
