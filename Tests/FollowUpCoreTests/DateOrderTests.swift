import Testing

@testable import FollowUpCore

/// Which number comes first in "3/4", from a locale name or, without a region there, the time zone.
struct DateOrderTests {
    @Test func aLocaleWithARegionDecides() {
        #expect(DateOrder(localeName: "en_GB.UTF-8") == .dayFirst)
        #expect(DateOrder(localeName: "en_US.UTF-8") == .monthFirst)
        #expect(!DateOrder.hasRegion(localeName: "C.UTF-8") && DateOrder.hasRegion(localeName: "de_DE"))
    }

    @Test func elseTheRegionOfTheTimeZone() {
        #expect(DateOrder(timeZone: "Europe/London") == .dayFirst)
        #expect(DateOrder(timeZone: "Australia/Sydney") == .dayFirst)
        #expect(DateOrder(timeZone: "America/Sao_Paulo") == .dayFirst)
        #expect(DateOrder(timeZone: "America/Chicago") == .monthFirst)
        #expect(DateOrder(timeZone: "America/Indiana/Indianapolis") == .monthFirst)
        #expect(DateOrder(timeZone: "America/Toronto") == .monthFirst)
        #expect(DateOrder(timeZone: "UTC") == nil)
        #expect(DateOrder(timeZone: "Etc/GMT+5") == nil)
    }
}
