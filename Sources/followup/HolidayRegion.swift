import FollowUpCore

/// Whose public holidays count: the region set with `followup config region`, else the one the
/// locale names (LC_ALL, then LC_TIME, then LANG), else the one the time zone (TZ) lies in,
/// else the United States.
struct HolidayRegion {
    let region: Region
    /// Where the region came from, said by `followup config region`.
    let origin: Origin

    enum Origin: Equatable {
        case setting
        case locale(variable: String, value: String)
        case timeZone(String)
        case fallback
    }

    init(setting: String?, environment: Environment) {
        if let setting, let region = Region(code: setting) {
            self.init(region: region, origin: .setting)
        } else if let (variable, value) = Self.localeVariable(in: environment),
            let region = Self.region(ofLocale: value)
        {
            self.init(region: region, origin: .locale(variable: variable, value: value))
        } else if let zone = environment["TZ"].map({ $0.hasPrefix(":") ? String($0.dropFirst()) : $0 }),
            let region = Self.region(ofZone: zone)
        {
            self.init(region: region, origin: .timeZone(zone))
        } else {
            self.init(region: .unitedStates, origin: .fallback)
        }
    }

    private init(region: Region, origin: Origin) {
        self.region = region
        self.origin = origin
    }

    /// The locale variable that decides dates, as POSIX orders them: the first one set.
    static func localeVariable(in environment: Environment) -> (String, String)? {
        for name in ["LC_ALL", "LC_TIME", "LANG"] {
            if let value = environment[name], !value.isEmpty { return (name, value) }
        }
        return nil
    }

    /// The region of a locale such as `en_GB.UTF-8` or `de_DE@euro`; nil for `C`, `POSIX` or a
    /// territory with no rules here.
    static func region(ofLocale locale: String) -> Region? {
        let name = locale.split(whereSeparator: { $0 == "." || $0 == "@" }).first ?? ""
        let parts = name.split(separator: "_")
        guard parts.count == 2, parts[1].count == 2, let region = Region(rawValue: parts[1].uppercased()) else {
            return nil
        }
        return region
    }

    /// Time zones that lie in one region with rules here: "Europe/London" is GB.
    static let zones: [String: Region] = [
        "Europe/London": .englandAndWales, "Europe/Dublin": .ireland, "Europe/Berlin": .germany,
        "Europe/Paris": .france,
        "Europe/Amsterdam": .netherlands, "Asia/Kolkata": .india, "Asia/Calcutta": .india,
        "Pacific/Auckland": .newZealand,
        "America/Toronto": .canada, "America/Vancouver": .canada, "America/Montreal": .canada,
        "America/Edmonton": .canada,
        "America/Winnipeg": .canada, "America/Halifax": .canada, "America/St_Johns": .canada, "America/Regina": .canada,
    ]

    /// The region of a time zone, when it lies in one (Australia/* is AU).
    static func region(ofZone zone: String) -> Region? {
        zones[zone] ?? (zone.hasPrefix("Australia/") ? .australia : nil)
    }

    /// The region in a sentence: "GB: England and Wales, as you set it."
    var sentence: String {
        let code = region.rawValue
        switch origin {
        case .setting:
            return "\(code): \(region.name), as you set it."
        case let .locale(variable, value):
            return
                "\(code): \(region.name), from your locale (\(variable)=\(value)). Set another with followup config region CODE."
        case let .timeZone(zone):
            return
                "\(code): \(region.name), from your time zone (TZ=\(zone)). Set another with followup config region CODE."
        case .fallback:
            return
                "\(code): \(region.name), the default when neither a setting nor your locale names a region. Set yours with followup config region CODE."
        }
    }
}
