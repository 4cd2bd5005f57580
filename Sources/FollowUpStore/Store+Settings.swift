import GRDB

extension Store {
    /// The holiday region the user set with `followup config region`, as its code; nil when unset.
    public func region() throws(StoreError) -> String? {
        try read { db in try SettingRow.value(SettingRow.region, db: db) }
    }

    /// Keeps `code` as the holiday region; nil forgets it.
    public func setRegion(_ code: String?) throws(StoreError) {
        try run { db in
            if let code {
                try SettingRow(key: SettingRow.region, value: code).upsert(db)
            } else {
                try SettingRow.delete(SettingRow.region, db: db)
            }
        }
    }
}
