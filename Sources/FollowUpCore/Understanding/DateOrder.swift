import Foundation

/// Which number comes first in a numeric date like "3/4": the day or the month.
///
/// Chosen from the user's region: the executable reads FOLLOWUP_DATE_ORDER, else LC_ALL,
/// LC_TIME, then LANG, and passes the order in (as a value, or as the calendar's locale); the
/// core never reads the environment itself.
public enum DateOrder: String, Sendable, CaseIterable {
    case monthFirst = "month-first"
    case dayFirst = "day-first"

    /// Regions that write the month first; every other region writes the day first.
    static let monthFirstRegions: Set<String> = [
        "US", "PH", "FM", "MH", "PW", "AS", "GU", "MP", "PR", "UM", "VI", "CA", "BZ",
    ]

    /// The order for a POSIX locale name such as `en_GB.UTF-8` or `de_DE`; month first when
    /// the name has no region (`C`, `POSIX`, empty).
    public init(localeName: String) {
        let base = localeName.split(separator: ".").first.map(String.init) ?? ""
        let parts = base.split(whereSeparator: { $0 == "_" || $0 == "-" })
        guard parts.count >= 2, let region = parts.last.map({ String($0.prefix(2)).uppercased() }), region.count == 2
        else {
            self = .monthFirst
            return
        }
        self = Self.monthFirstRegions.contains(region) ? .monthFirst : .dayFirst
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

    /// A locale whose region writes dates in this order, for a calendar that carries it.
    public var locale: Locale {
        Locale(identifier: self == .dayFirst ? "en_GB" : "en_US_POSIX")
    }
}
