import GRDB

extension SluiceStore {
    /// Records that no version of the table is live any more: its kernel table was removed (an
    /// unconfirmed first apply rolled back to "no Sluice table"). History is kept.
    public func clearLiveVersion(table: String) throws(StoreError) {
        try write("clear the live version of table \(table)") { db in
            try db.execute(sql: "DELETE FROM live_version WHERE table_name = ?", arguments: [table])
        }
    }
}
