import Foundation

/// The calendar and moment every fuzz target reads against.
enum FuzzSetting {
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "America/New_York") ?? .current
        calendar.locale = Locale(identifier: "en_US_POSIX")
        return calendar
    }()
    /// Thursday 2026-11-26 17:00 in New York.
    static let now = Date(timeIntervalSince1970: 1_795_730_400)
}
