import FollowUpCore

/// Whose public holidays count: the region set with `followup config region`, else the one the
/// locale names (LC_ALL, then LC_TIME, then LANG), else the United States.
struct HolidayRegion {
    let region: Region
    /// Where the region came from, said by `followup config region`.
    let origin: Origin

    enum Origin: Equatable {
        case setting
        case locale(variable: String, value: String)
        case fallback
    }

    init(setting: String?, environment: [String: String]) {
        if let setting, let region = Region(code: setting) {
            self.init(region: region, origin: .setting)
        } else if let (variable, value) = Self.localeVariable(in: environment), let region = Self.region(ofLocale: value) {
            self.init(region: region, origin: .locale(variable: variable, value: value))
        } else {
            self.init(region: .unitedStates, origin: .fallback)
        }
    }

    private init(region: Region, origin: Origin) {
        self.region = region
        self.origin = origin
    }

    /// The locale variable that decides dates, as POSIX orders them: the first one set.
    static func localeVariable(in environment: [String: String]) -> (String, String)? {
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
        guard parts.count == 2, parts[1].count == 2, let region = Region(rawValue: parts[1].uppercased()) else { return nil }
        return region
    }

    /// The region in a sentence: "GB: England and Wales, as you set it."
    var sentence: String {
        let code = region.rawValue
        switch origin {
        case .setting:
            return "\(code): \(region.name), as you set it."
        case let .locale(variable, value):
            return "\(code): \(region.name), from your locale (\(variable)=\(value)). Set another with followup config region CODE."
        case .fallback:
            return "\(code): \(region.name), the default when neither a setting nor your locale names a region. Set yours with followup config region CODE."
        }
    }
}
