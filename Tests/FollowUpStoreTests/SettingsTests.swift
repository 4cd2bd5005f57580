import Foundation
import Testing

@testable import FollowUpStore

/// Settings kept in the database.
struct SettingsTests {
    @Test func theRegionIsKeptAcrossOpeningsAndCanBeForgotten() throws {
        let path = StoreTests.scratchPath()
        let store = try Store.open(path: path, calendar: StoreTests.calendar)
        #expect(try store.region() == nil)
        try store.setRegion("GB")
        #expect(try Store.open(path: path, calendar: StoreTests.calendar).region() == "GB")
        try store.setRegion("NZ")
        #expect(try store.region() == "NZ")
        try store.setRegion(nil)
        #expect(try Store.open(path: path, calendar: StoreTests.calendar).region() == nil)
    }
}
