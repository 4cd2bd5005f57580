import GRDB

extension Store {
    /// The holiday region the user set with `followup config region`, as its code; nil when unset.
    public func region() throws(StoreError) -> String? {
        try read { db in try SettingRow.value(SettingRow.region, db: db) }
    }

    /// Keeps `code` as the holiday region; nil forgets it.
    public func setRegion(_ code: String?) throws(StoreError) {
        try keep(code, as: SettingRow.region)
    }

    /// The name the user set with `followup config name`, which drafts are signed with; nil when unset.
    public func senderName() throws(StoreError) -> String? {
        try read { db in try SettingRow.value(SettingRow.senderName, db: db) }
    }

    /// Keeps `name` as the user's own name; nil forgets it.
    public func setSenderName(_ name: String?) throws(StoreError) {
        try keep(name, as: SettingRow.senderName)
    }

    /// Keeps `value` under `key`; nil forgets it.
    private func keep(_ value: String?, as key: String) throws(StoreError) {
        try run { db in
            if let value {
                try SettingRow(key: key, value: value).upsert(db)
            } else {
                try SettingRow.delete(key, db: db)
            }
        }
    }
}
