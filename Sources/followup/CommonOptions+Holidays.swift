import FollowUpCore
import FollowUpStore

extension CommonOptions {
    /// Where the holidays come from, reading the setting in `store`.
    func holidayRegion(in store: Store) throws -> HolidayRegion {
        HolidayRegion(setting: try store.region(), environment: environment)
    }

    /// The public holidays that count as days off for the user.
    func holidays(in store: Store) throws -> HolidayCalendar {
        HolidayCalendar(region: try holidayRegion(in: store).region)
    }
}
