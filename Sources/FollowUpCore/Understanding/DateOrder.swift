import Foundation

/// Which number comes first in a numeric date like "3/4": the day or the month.
///
/// Chosen from the user's region: the executable reads FOLLOWUP_DATE_ORDER, else LC_ALL,
/// LC_TIME, then LANG, else the region TZ lies in, and passes the order in (as a value, or as the calendar's locale); the
/// core never reads the environment itself.
public enum DateOrder: String, Sendable, CaseIterable {
    case monthFirst = "month-first"
    case dayFirst = "day-first"

    /// Regions that write the month first; every other region writes the day first.
    static let monthFirstRegions: WordSet = [
        "US", "PH", "FM", "MH", "PW", "AS", "GU", "MP", "PR", "UM", "VI", "CA", "BZ",
    ]

    /// The order for a POSIX locale name such as `en_GB.UTF-8` or `de_DE`; month first when
    /// the name has no region (`C`, `POSIX`, empty).
    public init(localeName: String) {
        guard let region = Self.region(ofLocaleName: localeName) else {
            self = .monthFirst
            return
        }
        self = Self.monthFirstRegions.contains(region) ? .monthFirst : .dayFirst
    }

    /// Whether a POSIX locale name names a region: `en_GB.UTF-8` does, `C.UTF-8` does not.
    public static func hasRegion(localeName: String) -> Bool {
        region(ofLocaleName: localeName) != nil
    }

    private static func region(ofLocaleName name: String) -> String? {
        let base = name.split(separator: ".").first.map(String.init) ?? ""
        let parts = base.split(whereSeparator: { $0 == "_" || $0 == "-" })
        guard parts.count >= 2, let region = parts.last.map({ String($0.prefix(2)).uppercased() }), region.count == 2
        else { return nil }
        return region
    }

    /// The order of `locale`'s region: month first for the US and a few others (and for no
    /// locale), day first elsewhere.
    public init(locale: Locale?) {
        guard let region = locale?.region?.identifier else {
            self = .monthFirst
            return
        }
        self = Self.monthFirstRegions.contains(region) ? .monthFirst : .dayFirst
    }

    /// The order of the region a time zone lies in: "Europe/London" is day first,
    /// "America/Chicago" month first; nil for a zone of no region ("UTC", "Etc/GMT+5").
    public init?(timeZone identifier: String) {
        let parts = identifier.split(separator: "/")
        guard parts.count >= 2, !["Etc", "SystemV"].contains(parts[0]) else { return nil }
        let monthFirst =
            ["US", "Canada"].contains(parts[0]) || Self.monthFirstZones.contains(identifier)
            || (parts[0] == "America" && parts.count == 3
                && ["Indiana", "Kentucky", "North_Dakota"].contains(parts[1]))
        self = monthFirst ? .monthFirst : .dayFirst
    }

    /// Zones of the regions that write the month first (the United States, Canada, the
    /// Philippines and a few others).
    static let monthFirstZones: WordSet = [
        "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Phoenix",
        "America/Anchorage", "America/Juneau", "America/Sitka", "America/Yakutat", "America/Nome",
        "America/Metlakatla", "America/Adak", "America/Boise", "America/Detroit", "America/Menominee",
        "America/Puerto_Rico", "America/St_Thomas", "America/Belize", "America/Toronto", "America/Vancouver",
        "America/Edmonton", "America/Winnipeg", "America/Halifax", "America/St_Johns", "America/Regina",
        "America/Moncton", "America/Whitehorse", "America/Yellowknife", "America/Iqaluit", "America/Glace_Bay",
        "America/Goose_Bay", "America/Dawson_Creek", "America/Swift_Current", "America/Rankin_Inlet",
        "America/Cambridge_Bay", "America/Dawson", "America/Fort_Nelson", "America/Creston", "America/Atikokan",
        "America/Resolute", "America/Nipigon", "America/Thunder_Bay", "America/Rainy_River", "America/Inuvik",
        "America/Pangnirtung", "Pacific/Honolulu", "Pacific/Guam", "Pacific/Saipan", "Pacific/Pago_Pago",
        "Pacific/Majuro", "Pacific/Kwajalein", "Pacific/Palau", "Pacific/Chuuk", "Pacific/Pohnpei",
        "Pacific/Kosrae", "Asia/Manila",
    ]

    /// A locale whose region writes dates in this order, for a calendar that carries it.
    public var locale: Locale {
        Locale(identifier: self == .dayFirst ? "en_GB" : "en_US_POSIX")
    }
}
